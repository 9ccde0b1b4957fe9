"""Fixed lines of a document header and words that open a body paragraph."""

from __future__ import annotations

#: The quốc hiệu in two pieces, as a narrow header cell wraps it: its head (both spellings
#: of "HÒA") and the words on the next line.
MOTTO_HEADS: tuple[str, ...] = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA")
MOTTO_TAIL = "VIỆT NAM"

#: Upper-case lines that are the national motto block or a party banner, never the issuer.
NATIONAL_LINES: tuple[str, ...] = (
    *(f"{head} {MOTTO_TAIL}" for head in MOTTO_HEADS),
    "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
)

#: The Youth Union's banner, printed in the right column of its documents where a state
#: body prints the motto ("BCH ĐOÀN XÃ X ⇥ ĐOÀN TNCS HỒ CHÍ MINH"): a whole cell of it is
#: not the issuer, unless no other body is named.  Upper case.
UNION_BANNERS: tuple[str, ...] = (
    "ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
)
#: An issuer that names a committee without its organisation ("BAN CHẤP HÀNH TRUNG ƯƠNG" of
#: the Youth Union): the banner beside it completes it (the Party's banner does not: its
#: Central Committee is "Ban Chấp hành Trung ương").  Upper case.
BANNER_COMPLETED_BODIES: tuple[str, ...] = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG", "BCH TRUNG ƯƠNG", "BCH TW",
)

#: Words of the session of a council or a term, printed under its name in a header
#: ("HỘI ĐỒNG NHÂN DÂN TỈNH X / KHÓA XI, KỲ HỌP THỨ 9"): never part of the issuer.
SESSION_WORDS: tuple[str, ...] = ("KHÓA", "KHOÁ", "KỲ HỌP", "NHIỆM KỲ")
#: The ordinal word before a session's number ("KỲ HỌP THỨ 8").
SESSION_ORDINAL = "THỨ"

#: Upper-case heads of the enacting line under a decision's title ("ỦY BAN NHÂN DÂN TỈNH X",
#: "THỦ TƯỚNG CHÍNH PHỦ"): a body name alone on its line.
ENACTING_HEADS: tuple[str, ...] = (
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH", "THỦ TƯỚNG",
    "BỘ TRƯỞNG", "GIÁM ĐỐC", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "CHÍNH PHỦ", "QUỐC HỘI",
    # heads of an office, a school or a department deciding in their own name
    "TRƯỞNG PHÒNG", "HIỆU TRƯỞNG", "TRƯỞNG BAN", "CỤC TRƯỞNG", "CHÁNH VĂN PHÒNG",
)

#: Positions that may open an enacting line before the body they head ("CHỦ TỊCH ỦY BAN
#: NHÂN DÂN TỈNH X" over a chairman's decision): the body after them is the issuer.
ENACTING_POSITIONS: tuple[str, ...] = ("CHỦ TỊCH",)

#: Upper-case heads of an enacting line that names a body (not a position such as "CHỦ
#: TỊCH …"): the issuer when the header lacks it or its locality.
ENACTING_BODY_HEADS: tuple[str, ...] = (
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "THỦ TƯỚNG CHÍNH PHỦ",
    "CHÍNH PHỦ", "QUỐC HỘI", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH",
)

#: Verbs of the sentence by which a body says it makes this document ("Ủy ban nhân dân
#: tỉnh X ban hành Kế hoạch …", "… xây dựng kế hoạch như sau").  Lower case.
ISSUING_VERBS: tuple[str, ...] = ("ban hành", "xây dựng")
#: The closing formula of a notice by which its sender names itself ("Văn phòng Chính phủ
#: thông báo để Ủy ban nhân dân tỉnh … biết, thực hiện./."): the issuer of a Thông báo
#: printed without its header.  Lower case.
NOTIFYING_FORMULAS: tuple[str, ...] = ("thông báo để", "thông báo cho", "xin thông báo để",
                                       "trân trọng thông báo để")

#: Words opening the bracketed note under a title that names the decision the text is
#: attached to ("(Ban hành kèm theo Quyết định số 45/QĐ-UBND …)"): a reference (decision
#: 12), not a line of the title.  Lower case.
ATTACHMENT_NOTE_OPENERS: tuple[str, ...] = ("ban hành kèm theo", "kèm theo")

#: Notes printed in brackets after a title ("… NĂM 2007 (Trích)"): not part of it.  Lower
#: case.
TITLE_NOTES: tuple[str, ...] = ("trích", "dự thảo", "trích lục")

#: The word after a type line's "CỦA <body>" that opens its subject ("NGHỊ QUYẾT CỦA QUỐC
#: HỘI VỀ KẾ HOẠCH …").  Upper case, as printed in a type line.
TYPE_LINE_SUBJECT_WORDS: tuple[str, ...] = ("VỀ VIỆC", "VỀ")

#: Documents adopted by a vote, whose date is the day of adoption written in a closing
#: clause ("Nghị quyết này được Quốc hội … thông qua ngày 19 tháng 02 năm 2025").  Lower case.
ADOPTED_DOC_TYPES: tuple[str, ...] = ("nghị quyết", "luật", "bộ luật", "pháp lệnh")
#: The verb of that clause.  Lower case.
ADOPTION_VERBS: tuple[str, ...] = ("thông qua",)

#: Words that open a body paragraph: a line starting so is not part of a title.
BODY_OPENERS: tuple[str, ...] = (
    "căn cứ", "thực hiện", "nhằm", "để", "theo", "xét", "trên cơ sở", "năm 20", "ngày",
    "trong", "qua", "sau khi", "hưởng ứng", "chào mừng", "phát huy",
)

#: Words a title's second line opens with when the first line left the phrase to go on
#: ("… KẾT QUẢ PHỔ CẬP⏎⏎VÀ XÓA MÙ CHỮ", "Phát triển du lịch⏎⏎Giai đoạn 2026-2030"): no
#: heading, lead-in or sentence of the body opens so.  Lower case.
TITLE_CONTINUING_OPENERS: tuple[str, ...] = (
    "và", "của", "với", "giai đoạn", "nhiệm kỳ", "thời kỳ", "năm học",
)
#: Words of a period a title's last line may end with before a blank line and its year or
#: span alone ("… năm học⏎⏎2025 - 2026", "… GIAI ĐOẠN⏎⏎2026-2030").  Lower case.
TITLE_PERIOD_ENDINGS: tuple[str, ...] = ("năm học", "năm", "giai đoạn", "thời kỳ", "nhiệm kỳ")
#: A line in sentence case read across a blank line as the rest of a title in sentence
#: case ("Về việc treo cờ và nghỉ⏎⏎Lễ giỗ Quốc tổ năm 2026") has at most this many words.
TITLE_REST_MAX_WORDS = 16

#: Openings of a paragraph in sentence case under a header that lost its type line which
#: make it the body, never the title ("Căn cứ Luật …", "Xét đề nghị …", "Kính gửi: …"); a
#: title may open with "Thực hiện" ("Thực hiện công tác bán trú năm học 2022 - 2023").
#: Lower case.
UNTYPED_TITLE_NON_OPENERS: tuple[str, ...] = ("căn cứ", "xét", "theo đề nghị", "kính gửi")

#: Document types whose name also opens titles as a common noun ("CHƯƠNG TRÌNH TIÊM CHỦNG
#: MỞ RỘNG …" under "Số: 12/KH-UBND", "QUY ĐỊNH CHUNG"): such a line under a symbol of
#: another type is the title of a copy that lost its type line.  Lower case.
TITLE_NOUN_TYPES: tuple[str, ...] = ("chương trình", "quy định", "quy chế", "kế hoạch",
                                     "đề án", "phương án", "hướng dẫn")

#: Openings of a decision's preamble lines ("Căn cứ Luật …;", "Theo đề nghị của …."): a
#: type word with a colon under one is the enacting word ("QUYẾT ĐỊNH:"). Lower case.
PREAMBLE_OPENERS: tuple[str, ...] = ("căn cứ", "xét", "theo đề nghị", "thực hiện",
                                     "trên cơ sở")

#: Lead-ins that open the body of a plan or a report under its title ("Căn cứ Luật …",
#: "Thực hiện Công văn số …", "Trên cơ sở …"): after a first line "KẾ HOẠCH X" with no header,
#: a paragraph opening so makes that line the type line (decision 26).  Lower case.
DOCUMENT_LEAD_INS: tuple[str, ...] = ("căn cứ", "thực hiện", "trên cơ sở", "xét", "nhằm")
#: Types whose text recounts what took place ("Ngày 18 tháng 11 năm 2025, Phó Thủ tướng …
#: đã chủ trì buổi làm việc …"): a dated or narrative paragraph under their type line does
#: not make that line a news headline.
RECOUNTING_DOC_TYPES: tuple[str, ...] = ("Thông báo", "Báo cáo", "Biên bản")

#: The word opening the number line of a header ("Số: 12/KH-UBND"), as printed and as
#: font damage or a missing diacritic leaves it.  Case-sensitive.
NUMBER_LINE_WORDS: tuple[str, ...] = ("Số", "SỐ", "Sô", "So")

#: The same word in any case, with or without its accent: a line or cell that is only
#: "Số:" was cut from its number (a blank left in a draft, a wrapped line).  Lower case.
NUMBER_WORD_FORMS: tuple[str, ...] = ("số", "so")

#: The salutation that opens a letter-like document ("Kính gửi: …").  Lower case.
LETTER_OPENERS: tuple[str, ...] = ("kính gửi",)

#: How many lines from the top the header may span.
HEADER_MAX_LINES = 40

#: Verbs by which a letter's sender speaks of itself in its sentences ("…, Bộ Tài chính đề
#: nghị Ủy ban nhân dân các tỉnh …", "Bộ Tài chính trân trọng cảm ơn …"): the body before
#: them is the sender of a letter that lost its header.  Lower case.
SENDER_VERBS: tuple[str, ...] = (
    "đề nghị", "kính đề nghị", "trân trọng đề nghị", "trân trọng cảm ơn", "xin cảm ơn",
    "trả lời", "thông báo", "đề xuất",
)
#: Heads of the bodies that send letters (their names follow in capitalised words).
SENDER_HEADS: tuple[str, ...] = (
    "Bộ", "Sở", "Cục", "Tổng cục", "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Ban",
    "Văn phòng", "Phòng", "Trường", "Công an", "Thanh tra", "Kho bạc Nhà nước",
    "Bảo hiểm xã hội", "Hội đồng nhân dân", "HĐND", "Chi cục", "Trung tâm", "Viện",
)

#: Issuing-body codes of a symbol that name one body in the whole country ("31/1999/QH10":
#: the National Assembly, its term after the code): a text whose header lost the body's
#: name is issued by it.  The code as printed, before any term number.
NATIONAL_ISSUER_CODES: dict[str, str] = {
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "CP": "Chính phủ",
    "TTg": "Thủ tướng Chính phủ",
}

#: Heads of the bodies that state, in a text that lost its header table, that they make
#: it ("…, Trường Tiểu học X xây dựng kế hoạch …", "…; Ban Chấp hành Thành đoàn X ban
#: hành Kế hoạch …"): the letters' senders and a council's standing committee.
STATEMENT_HEADS: tuple[str, ...] = (*SENDER_HEADS, "Thường trực", "Ban Chấp hành", "BCH",
                                    "Ban Thường vụ", "BTV", "Đảng ủy", "Đảng uỷ", "Chi bộ",
                                    "Chi đoàn", "Công đoàn")
#: What a body says it makes besides a document of a type ("… Công đoàn trường X xây dựng
#: phương hướng hoạt động năm học …": a union's or a youth branch's plan).  Lower case.
STATEMENT_OBJECTS: tuple[str, ...] = ("phương hướng",)
#: A congress that adopts a resolution (a Party, union or youth body's "Đại hội"), named in
#: the opening sentence of its resolution: "Đại hội đại biểu Đảng bộ quận X lần thứ X
#: (nhiệm kỳ …) tiến hành …", then "Đại hội thống nhất quyết nghị:".  The head, the word
#: for a congress of delegates, the bodies that hold one, the words of its term (never part
#: of the issuer, decision 21) and the word by which it resolves.  The bodies and the term
#: words in lower case (read in any case).
CONGRESS_HEAD = "Đại hội"
CONGRESS_DELEGATES = "đại biểu"
CONGRESS_BODIES: tuple[str, ...] = ("đảng bộ", "chi bộ", "công đoàn", "đoàn", "chi đoàn",
                                    "hội", "chi hội")
CONGRESS_TERM_WORDS: tuple[str, ...] = ("lần thứ", "nhiệm kỳ", "khóa", "khoá")
RESOLVING_WORD = "quyết nghị"
#: The verbs by which a resolution's opening sentence says its congress is being held
#: ("… lần thứ X tiến hành …", "… họp từ ngày …"); a congress that "đã xác định" or "đề
#: ra" something is named as background, not the body that resolves.  Lower case.
CONGRESS_HOLDING_VERBS: tuple[str, ...] = ("tiến hành", "họp", "diễn ra")
#: The only document type a congress adopts (a text of another type, or of none read, is
#: not searched for one).
CONGRESS_DOC_TYPE = "Nghị quyết"
#: The words that end a body's enacting sentence at the top of a text that lost its header
#: table ("Hội đồng nhân dân xã X căn cứ:").  Lower case.
ENACTING_SENTENCE_WORDS: tuple[str, ...] = ("căn cứ",)

"""Words of citations: relation cues, the shape of issuing bodies, issuer codes.

Plain data only: :mod:`kehoach_parser.extract.references` compiles its patterns from these
tables (and :mod:`kehoach_parser.extract.dates` reuses the body vocabulary to find who owes
a deadline).  Cues and words are lower case unless the case matters; matching of cues is
case-insensitive.
"""

from __future__ import annotations

#: Cue before a citation → the relation the document has to the cited one.
#: The nearest cue before the citation in the same sentence wins.
RELATION_CUES: dict[str, str] = {
    "căn cứ": "basis",
    "căn cứ vào": "basis",
    "thực hiện": "implements",
    "triển khai": "implements",
    "triển khai thực hiện": "implements",
    "tiếp tục thực hiện": "implements",
    "quán triệt": "implements",
    "cụ thể hóa": "implements",
    "hướng dẫn thực hiện": "implements",
    "tổ chức thực hiện": "implements",
    "hướng dẫn thi hành": "implements",
    "trên cơ sở": "basis",
    "thay thế": "other",
    "sửa đổi": "other",
    "bãi bỏ": "other",
    "theo đề nghị": "proposal",
    "theo đề nghị của": "proposal",
    "xét đề nghị": "proposal",
    "xét đề nghị của": "proposal",
    "theo tờ trình": "proposal",
    "xét tờ trình": "proposal",
}

#: Words that, right before an implementing cue, show that the cue belongs to another cited
#: document ("Kết luận số 01-KL/TW … về tiếp tục thực hiện Chỉ thị …"), not to this one.
FOREIGN_CUE_PREFIXES: tuple[str, ...] = ("về", "về việc", "về tiếp tục")

#: First words of the name of a body (issuer of a cited document, owner of a task).
#: Case as printed in names; matched case-sensitively on the first letter.
BODY_HEADS: tuple[str, ...] = (
    "Ủy ban", "Uỷ ban", "Hội đồng", "Ban", "Bộ", "Sở", "Phòng", "Văn phòng", "Chính phủ",
    "Thủ tướng", "Quốc hội", "Chủ tịch", "Phó Chủ tịch", "Trung ương", "Tỉnh ủy", "Thành ủy",
    "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Đảng", "Cục", "Tổng cục", "Vụ",
    "Trung tâm", "Viện", "Tòa án", "Công an", "Bộ Chỉ huy", "Ban Chỉ huy", "Mặt trận",
    "Liên đoàn", "Hội", "Đoàn", "Tỉnh đoàn", "Thành đoàn", "Trạm", "Trường", "Thường trực",
    "Thủ trưởng", "Trưởng", "Bí thư", "Giám đốc", "Bộ trưởng", "Cơ quan", "Khối", "Cụm",
    "Kho bạc", "Ngân hàng", "Chi cục", "Bảo hiểm", "Thanh tra", "Viện kiểm sát", "Tổ công tác",
    "Tổ dân phố", "Tổ giúp việc", "Tổ chuyên môn", "Tổ thư ký",
    "Các cơ quan", "Các đơn vị", "Các phòng", "Các ban", "Các ngành", "Các sở", "Các thôn",
    "Các khối", "Các cụm", "Các tổ chức", "Các trường", "Các xã", "Các phường", "Các đoàn thể",
    "Đơn vị", "UBND", "HĐND", "MTTQ", "UBMTTQ", "UBMTTQVN", "BCH", "BTV", "BCĐ",
)

#: Lower-case words that may continue the name of a body ("Ủy ban nhân dân thành phố",
#: "Ban chấp hành Đảng bộ xã", "Ban Thường vụ Tỉnh ủy").
BODY_WORDS: tuple[str, ...] = (
    "ban", "nhân", "dân", "đồng", "chấp", "hành", "thường", "vụ", "trực", "chính", "trị",
    "phủ", "tướng", "bí", "thư", "ủy", "uỷ", "bộ", "đảng", "trung", "ương", "quốc", "hội",
    "tỉnh", "thành", "phố", "huyện", "quận", "xã", "phường", "thị", "trấn", "mặt", "trận",
    "tổ", "chỉ", "huy", "đạo", "quân", "sự", "công", "an", "liên", "tịch", "lâm", "thời",
    "khóa", "khoá", "các", "cấp", "đoàn", "thể", "và", "sở", "phòng", "văn", "lao", "động",
    # later syllables of common names: "Hội Cựu chiến binh", "Hội Người cao tuổi",
    # "Hội Chữ thập đỏ", "Ban Quản lý dự án", "Đoàn Thanh niên", "Hội đồng Đội thiếu nhi"
    "cựu", "chiến", "binh", "cao", "tuổi", "thập", "đỏ", "dự", "án", "niên", "nhi", "lý",
    # "Bộ Nông nghiệp và Phát triển nông thôn"
    "nông", "thôn",
    # "Ủy ban bầu cử xã …", "Hội đồng Bầu cử quốc gia"
    "bầu", "cử",
)

#: Two-syllable words that end a body's name whose second syllable is no body word alone
#: ("gia" after "quốc": "Hội đồng Bầu cử quốc gia", "Ban Chỉ đạo quốc gia"; but "tỉnh gia
#: hạn" is no name).
BODY_COMPOUNDS: tuple[tuple[str, str], ...] = (("quốc", "gia"),)

#: The term of an elected body ("Ban Chấp hành Đảng bộ tỉnh khóa XVIII", "HĐND huyện khóa
#: XX"): before a Roman numeral or a number it ends the body's name in prose (the term is
#: not part of it, as ``header_words.SESSION_WORDS`` keep it out of the header's issuer).
TERM_WORDS: tuple[str, ...] = ("khóa", "khoá")

#: Phrases that open the title of a cited document right after its issuer, where the
#: title is written in capitals or starts with a capital ("… của CHÍNH PHỦ PHÊ DUYỆT …",
#: "… của Chính phủ Quy định chi tiết …"): they end the issuer's name in any case.
TITLE_OPENERS: tuple[str, ...] = (
    "về", "về việc", "phê duyệt", "ban hành", "quy định", "hướng dẫn", "sửa đổi", "thực hiện",
    "triển khai", "thông báo",
)

#: Lower-case words that may go on the subject of a task sentence, a list of bodies
#: ("Các cơ quan, đơn vị trên địa bàn xã", "các trường học", "Thủ trưởng các ban, ngành").
SUBJECT_WORDS: tuple[str, ...] = (
    "các", "những", "cơ", "quan", "đơn", "vị", "ngành", "đoàn", "thể", "tổ", "chức", "thôn",
    "làng", "bản", "khu", "phố", "trường", "học", "doanh", "nghiệp", "hợp", "tác", "cán", "bộ",
    "công", "viên", "địa", "phương", "khối", "cụm", "chi", "liên", "trực", "thuộc", "chuyên",
    "môn", "lập", "trên", "bàn", "hội", "đội", "ngũ", "tập", "cá", "nhân", "người", "đứng",
    "đầu", "trưởng", "phó", "giám", "đốc", "thủ", "hiệu", "sự", "ấp", "tổ dân phố", "xóm",
)

#: Words and phrases where the name of a body ends, even right after a capitalised word
#: ("UBND tỉnh Thanh Hóa về việc …", "UBND xã Ngọc Liên ban hành …").
BODY_STOPS: tuple[str, ...] = (
    "về", "việc", "về việc", "ban hành", "phát động", "triển khai", "thực hiện", "quy định",
    "hướng dẫn", "chỉ đạo", "tại", "trong", "theo", "đối với", "với", "để", "nhằm", "ngày",
    "số", "năm", "đã", "đang", "sẽ", "vừa", "có", "là", "được", "bị", "do", "cho", "của",
    "chủ trì", "phối hợp", "tổ chức", "báo cáo", "tổng hợp", "tham mưu", "xây dựng",
    "kiểm tra", "theo dõi", "gửi", "nộp", "hoàn thành", "đôn đốc", "căn cứ", "chịu",
    "trách nhiệm", "tăng cường", "đẩy mạnh", "rà soát", "đề nghị", "phê duyệt", "giao",
    "quyết định", "yêu cầu", "lập", "trình", "xét", "tiếp tục", "tập trung", "chuẩn bị",
    "hợp", "tiếp nhận", "cung cấp", "thông tin", "tuyên truyền", "phổ biến", "đánh giá",
    "sơ kết", "tổng kết", "khen thưởng", "đề xuất", "bảo đảm", "đảm bảo", "hỗ trợ", "quản lý",
    "thẩm định", "nghiên cứu", "vận động", "phát huy", "nâng cao", "phát hiện", "chủ động",
    "kịp thời", "thường xuyên", "định kỳ", "trước", "sau", "đến", "từ", "khi", "nếu",
)

#: Phrases that open a task sentence before its body: "Giao Phòng …", "Đề nghị Ủy ban …".
TASK_OPENERS: tuple[str, ...] = (
    "giao", "giao cho", "đề nghị", "yêu cầu", "phân công", "ủy quyền", "uỷ quyền", "đối với",
)

#: Verbs of issuing, between a body named before a citation and the citation:
#: "UBND tỉnh đã ban hành Quyết định số …".
ISSUING_VERBS: tuple[str, ...] = (
    "ban hành", "ký ban hành", "đã ban hành", "vừa ban hành", "đã ký ban hành", "có",
    "đã có", "phát hành", "đã phát hành",
)

#: Verbs that name the issuer of the document cited after "tại": "(được) Thủ tướng Chính
#: phủ phê duyệt tại (các) Quyết định số …", "Bộ Tài chính quy định tại Thông tư số …".
ISSUING_AT_VERBS: tuple[str, ...] = (
    "phê duyệt", "đã phê duyệt", "quy định", "đã quy định", "hướng dẫn", "đã hướng dẫn",
    "ban hành", "đã ban hành",
)

#: Abbreviated document types, written before "số" in informal prose ("QĐ số 12/QĐ-UBND").
#: Case-sensitive; only read when "số" follows.
ABBREVIATED_TYPES: dict[str, str] = {
    "QĐ": "Quyết định", "NQ": "Nghị quyết", "KH": "Kế hoạch", "NĐ": "Nghị định",
    "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "CV": "Công văn", "TTr": "Tờ trình",
    "KL": "Kết luận", "HD": "Hướng dẫn", "TB": "Thông báo", "CTr": "Chương trình",
    "BC": "Báo cáo",
}

#: Documents cited by name and date without a number ("Căn cứ Luật Tổ chức chính quyền
#: địa phương ngày 19 tháng 6 năm 2025"): their date is the date of a cited document.
NAMED_DOC_TYPES: tuple[str, ...] = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Điều lệ")

#: Words after "Type NUMBER" that make the number a count, not a short citation:
#: "Chương trình 5 năm", "Nghị quyết 3 lần", "Chỉ thị 15 điểm".
#: Types whose short form "TYPE N" numbers a part of a programme, not a document: "Dự án 1:
#: Hỗ trợ đầu tư …" (the projects of a national target programme).  A citation with a full
#: number ("Dự án số 12/DA-UBND") is still read.
NOT_SHORT_FORM_TYPES: tuple[str, ...] = ("Dự án",)

SHORT_FORM_UNITS: tuple[str, ...] = (
    "năm", "tháng", "ngày", "tuổi", "người", "lần", "giờ", "phút", "ha", "hộ", "con", "triệu",
    "tỷ", "tỉ", "nghìn", "ngàn", "km", "%", "điểm", "nội dung", "nhiệm vụ", "chỉ tiêu",
)

#: Issuer names (as they start) → the code used in canonical ids when the number carries
#: no issuer code.  Longest prefix wins; matching is case-insensitive.
ISSUER_CODES: dict[str, str] = {
    "bộ chính trị": "TW",
    "ban bí thư": "TW",
    "ban chấp hành trung ương": "TW",
    "trung ương": "TW",
    "quốc hội": "QH",
    "ủy ban thường vụ quốc hội": "UBTVQH",
    "chính phủ": "CP",
    "thủ tướng chính phủ": "TTg",
    "thủ tướng": "TTg",
    "ủy ban nhân dân": "UBND",
    "ubnd": "UBND",
    "hội đồng nhân dân": "HĐND",
    "hđnd": "HĐND",
    "ban thường vụ tỉnh ủy": "TU",
    "ban thường vụ thành ủy": "TU",
    "ban chấp hành đảng bộ tỉnh": "TU",
    "tỉnh ủy": "TU",
    "thành ủy": "TU",
    "ban thường vụ huyện ủy": "HU",
    "huyện ủy": "HU",
    "quận ủy": "QU",
    "thị ủy": "TU",
    "đảng ủy": "ĐU",
    "ban chấp hành đảng bộ": "ĐU",
    "ban thường vụ đảng ủy": "ĐU",
    "ủy ban mặt trận tổ quốc": "MTTQ",
}

#: The word before a document's number ("Kế hoạch số 12/KH-UBND").
NUMBER_WORD = "số"
#: "số" before a document's number as it is also typed: without its tone ("Chỉ thị so
#: 41-CT/TW", "Công văn sô 7681/BKH-TH").  Read only right between a type word and a number.
NUMBER_WORD_TYPOS: tuple[str, ...] = ("sô", "so")

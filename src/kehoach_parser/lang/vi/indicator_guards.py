"""Numbers that are not targets: the words around them that give them away.

* ``BEFORE_NUMBER`` — a word right before the number makes it a name, an ordinal or a
  reference: "lần thứ 2", "khối thi đua số 8", "thôn 9", "mức độ 2", "Đề án 06".
* ``AFTER_NUMBER`` — a word right after it makes it part of a name or a count of the
  document's own parts: "dưới 5 tuổi", "OCOP 3 sao", "02 cấp", "13 chỉ tiêu".
* ``ANNIVERSARY_AFTER`` — "96 năm ngày thành lập …", "81 năm Quốc khánh".
* ``ACHIEVED_CUES`` — a clause with these words reports a result, it sets no target.
* ``CLAUSE_SKIP_OPENERS`` — clauses that cite (``Căn cứ …``) rather than commit.
* ``PER_WORDS`` — "trên 1 ha", "mỗi 1 ha": a rate's denominator inside a name.

All entries are lower case and matched on whole words, case-insensitively.
"""

from __future__ import annotations

from kehoach_parser.lang.vi.comparators import PLURAL_DETERMINERS

BEFORE_NUMBER: tuple[str, ...] = (
    "lần thứ", "thứ", "số", "đợt", "khóa", "khoá", "khối", "cụm", "thôn", "tổ", "xóm",
    "ấp", "bản", "khu phố", "tổ dân phố", "khu", "phường", "quận", "tuyến", "quốc lộ", "ql",
    "tỉnh lộ",
    "đường", "mức độ", "cấp độ", "hạng", "loại", "nhóm", "giai đoạn", "chương", "điều",
    "khoản", "mục", "phụ lục", "ngày", "tháng", "quý", "kỳ", "lớp", "đề án",
    "nghị quyết", "chỉ thị", "quyết định", "kế hoạch", "thông tư", "nghị định", "luật",
    "kết luận", "chương trình", "công văn", "thông báo", "kỷ niệm", "top", "cả",
    "gồm", "bao gồm", "trong số", "thành viên",
    "phòng", "tầng", "lô", "thửa", "tờ", "tiểu khu", "đội", "tiểu đội", "trung đội",
    "nhiệm kỳ", "năm học", "khoá học", "niên khóa", "version", "phiên bản",
    "lần", "chiến dịch", "bước", "mẫu", "biểu", "hệ",
    "quy chuẩn", "tcvn", "qcvn", "iso", "vn",
)

AFTER_NUMBER: tuple[str, ...] = (
    "tuổi", "tháng tuổi", "ngày tuổi", "sao", "con số", "cấp", "chỉ tiêu", "nhiệm vụ", "đột phá",
    "khâu đột phá",
    "giải pháp", "nội dung", "trụ cột", "mục tiêu", "lĩnh vực", "phong trào", "khâu",
    "nhóm", "bước", "phần", "chương", "điều", "khoản", "mặt", "không", "sạch", "tốt",
    "nhất", "cùng", "tại chỗ", "đồng bộ", "an toàn", "xanh", "giảm", "tăng", "kỳ",
    "nhiệm kỳ", "lần thứ", "đợt", "giai đoạn", "khóa", "khoá", "thành phần", "bên",
    "chữ", "tầng", "cửa", "ngành", "cấp độ", "mức độ", "tiêu chí", "bộ tiêu chí",
    "tiêu chuẩn", "năm học", "mùa", "vòng", "trang", "tập", "số",
    # the parts of a programme and its slogans (H19S): "5 quan điểm", "8 trọng tâm chỉ
    # đạo", "3 công khai, 4 kiểm tra", "6 rõ" name the programme, they set no target
    "quan điểm", "trọng tâm", "công khai", "kiểm tra", "rõ",
)

#: A word of ``AFTER_NUMBER`` followed by "/" and one of these periods is the unit of a
#: frequency, not part of a name: "tần suất quan trắc: 02 đợt/tháng", "3 lần/năm".
RATE_PERIODS: tuple[str, ...] = ("năm", "tháng", "quý", "tuần", "ngày", "kỳ", "vụ", "học kỳ")

#: Words of ``AFTER_NUMBER`` that are units when a connector states the value: "dưới 5
#: tuổi" is part of a name, "Tuổi thọ trung bình đạt 74 tuổi" is a target; "13 chỉ tiêu"
#: counts a document's parts, "bình quân đạt 15 tiêu chí/xã" is a target.
UNITS_WHEN_STATED: tuple[str, ...] = ("tuổi", "tiêu chí")

#: Compounds that hold a word of ``UNITS_WHEN_STATED`` but do not restate it: "Người cao
#: tuổi đạt 80 tuổi" names the elderly, not an age ("Độ tuổi bình quân đạt 28 tuổi" does
#: restate it).
NOT_RESTATING: dict[str, tuple[str, ...]] = {
    "tuổi": ("cao tuổi", "trẻ tuổi", "đủ tuổi", "tuổi trẻ"),
    "tiêu chí": (),
}

#: Before a word of ``BEFORE_NUMBER``, a plural determiner makes it a kind, not a numbered
#: name: "sản phẩm thịt các loại 37 300 tấn" is 37300 tấn, "tổ 9 450 m" is 450 m (read
#: where thousands are grouped with blanks: values._spaced).
PLURAL_BEFORE_NAME: tuple[str, ...] = PLURAL_DETERMINERS

ANNIVERSARY_AFTER: tuple[str, ...] = (
    "ngày", "thành lập", "quốc khánh", "chiến thắng", "truyền thống", "giải phóng",
    "kỷ niệm", "cách mạng", "khởi nghĩa", "sinh nhật", "ngày sinh", "đổi mới",
)

ACHIEVED_CUES: tuple[str, ...] = (
    "đã đạt", "đã đạt được", "đạt được kết quả", "kết quả đạt được", "đã hoàn thành",
    "thực hiện được", "năm trước đạt", "năm qua đạt", "đã thực hiện", "đã có",
    "đã xây dựng", "đã công nhận", "đã được công nhận", "ước thực hiện cả năm",
    "cùng kỳ năm trước", "lũy kế", "đến nay",
    "đến thời điểm này",
)

CLAUSE_SKIP_OPENERS: tuple[str, ...] = ("căn cứ", "thực hiện chỉ thị", "thực hiện nghị quyết",
                                        "thực hiện kế hoạch số", "thực hiện quyết định")

PER_WORDS: tuple[str, ...] = ("trên", "mỗi", "/", "trên mỗi", "cho mỗi")

#: Slogan phrases whose number is part of the name ("hai con số", "5 không 3 sạch").
NUMBER_NAME_PHRASES: tuple[str, ...] = ("con số", "không", "sạch", "có", "tốt", "giỏi")

#: Words before a four-digit number that make it a year whatever follows ("năm 2026 tỷ lệ").
YEAR_BEFORE: tuple[str, ...] = ("năm", "niên độ", "khóa", "khoá", "nhiệm kỳ")

#: Words before "d/m" that make it a day and month, not a fraction ("ngày 30/4").
DAY_WORDS: tuple[str, ...] = ("ngày", "đêm", "hôm", "sáng", "chiều", "tối")

#: Bases of a rate inside a name: "trên 1 ha", "mỗi 1.000 dân".
PER_BASES: tuple[str, ...] = ("ha", "km", "km²", "m²", "dân", "người", "hộ", "sào", "m", "vạn dân",
                              "nghìn dân", "vạn người")


#: Nouns ending in "số" that are no ordinal before a number: "dân số 7.210 người".
SO_COMPOUNDS: tuple[str, ...] = ("dân", "tổng", "chỉ", "hệ", "tỷ", "tỉ")

#: Words after a value that make it a condition of eligibility (project decision 5).
ELIGIBILITY_CUES: tuple[str, ...] = (
    "được đề nghị", "đề nghị tặng", "được xét", "xét tặng", "thì được", "sẽ được xét",
    "được đề nghị khen thưởng",
)

#: Words of a vote in the clause of a value: the share a candidate must win ("đạt tín
#: nhiệm trên 50%", "trên 50% số phiếu tín nhiệm") is a condition of election, not a target.
VOTE_THRESHOLD_CUES: tuple[str, ...] = (
    "tín nhiệm", "số phiếu", "phiếu bầu", "phiếu tín nhiệm", "phiếu đồng ý", "trúng cử",
)

#: A case that a rule applies to: "Đối với thôn có dưới 100 cử tri: …" — an opener, a verb
#: of having right before the value, and a colon after it that opens what the case requires.
CONDITION_OPENERS: tuple[str, ...] = ("đối với", "trường hợp", "nếu")
CONDITION_VERBS: tuple[str, ...] = ("có",)

#: Words before "một" that make it the base of a rate, not a count ("trên một đơn vị diện
#: tích").
RATE_BASE_WORDS: tuple[str, ...] = ("trên", "mỗi", "cho")

#: Joiners of a list of numbers ("1, 2 và 3"): a number right after one belongs to the list.
NUMBER_LIST_JOINERS: tuple[str, ...] = (",", "và", "hoặc")

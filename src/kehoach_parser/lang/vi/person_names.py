"""Words that open a person's name in a list of members ("1. Đồng chí Nguyễn Văn An - Chủ
tịch UBND xã, Trưởng ban"): a numbered line that names a person is a member of a list, not
a heading ("1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban", a position, heads the
tasks of whoever holds it).
"""

from __future__ import annotations

#: Titles before a person's name.  Lower case; matched ignoring case.
PERSON_TITLES: tuple[str, ...] = ("đồng chí", "đ/c", "ông", "bà", "ông/bà")

#: The common Vietnamese family names (a name opening with one of them, then one to three
#: more capitalised syllables, is a person's).  Lower case; matched capitalised.
FAMILY_NAMES: tuple[str, ...] = (
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
    "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "đoàn", "lâm", "mai", "trịnh", "trương", "đào",
    "cao", "lưu", "hà", "tạ", "tô", "châu", "thái", "lương", "quách", "hứa", "kiều", "triệu",
    "vương", "chu", "la", "lại", "nông", "lò", "lục", "mạc", "tăng", "từ", "vi",
)

#: Common middle names.  A name printed without a title must have one as its second syllable
#: ("Lê Thị Hoa"): several family names are everyday words too ("Tăng Cường Công Tác", "Cao
#: Điểm Ra Quân", "Từ Thiện" open headings in title case).  Lower case; matched capitalised.
MIDDLE_NAMES: tuple[str, ...] = (
    "văn", "thị", "hữu", "đức", "đình", "quang", "ngọc", "xuân", "thanh", "công", "minh",
    "bá", "như", "kim", "hồng", "mạnh", "thế", "trọng", "quốc", "viết", "duy", "tiến",
    "phương", "thu", "hải", "anh", "huy", "khắc", "trung", "đăng", "sỹ", "sĩ", "cảnh",
)

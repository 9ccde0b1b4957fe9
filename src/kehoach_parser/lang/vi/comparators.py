"""Words that say how a value binds a target: above, at least, about, between …

Every table maps a phrase as written (lower case; matched case-insensitively on whole
words) to a comparator of the gold format: ``>``, ``>=``, ``<``, ``<=``, ``~``, ``=``.
The extractor reads the words standing right before a value (``BEFORE_VALUE``), right
after it (``AFTER_VALUE``) and the words that join the two ends of a range.
"""

from __future__ import annotations

#: Phrases written before a value.  Longer phrases are tried first.
BEFORE_VALUE: dict[str, str] = {
    # at least
    "từ": ">=", "tối thiểu": ">=", "tối thiểu là": ">=", "ít nhất": ">=", "ít nhất là": ">=",
    "không dưới": ">=", "không thấp hơn": ">=", "không ít hơn": ">=", "không nhỏ hơn": ">=",
    "≥": ">=", ">=": ">=", "⩾": ">=", "đạt và vượt": ">=", "bằng hoặc cao hơn": ">=",
    "thấp nhất phải đạt": ">=", "thấp nhất đạt": ">=", "tối thiểu phải đạt": ">=",
    "ít nhất phải đạt": ">=",
    # the bound before the verb of having: "Tối thiểu có 5 doanh nghiệp …"
    "tối thiểu có": ">=", "ít nhất có": ">=",
    # above
    "trên": ">", "hơn": ">", "vượt": ">", "vượt trên": ">", "cao hơn": ">", "lớn hơn": ">",
    "nhiều hơn": ">", "vượt mức": ">", "trên mức": ">", ">": ">",
    # below
    "dưới": "<", "xuống dưới": "<", "thấp hơn": "<", "ít hơn": "<", "nhỏ hơn": "<",
    "dưới mức": "<", "<": "<", "chưa đến": "<", "chưa tới": "<",
    # at most
    "tối đa": "<=", "tối đa là": "<=", "không quá": "<=", "không vượt quá": "<=",
    "không cao hơn": "<=", "không lớn hơn": "<=", "trong vòng": "<=", "≤": "<=", "<=": "<=",
    "⩽": "<=",
    # about
    "khoảng": "~", "xấp xỉ": "~", "ước": "~", "ước đạt": "~", "ước khoảng": "~", "≈": "~",
    "~": "~", "gần": "~", "trên dưới": "~", "khoảng chừng": "~",
    # equal: connectors that only introduce the value
    "đạt": "=", "là": "=", "bằng": "=", "=": "=", ":": "=", "ở mức": "=", "đạt mức": "=",
    "đạt tỷ lệ": "=", "đạt tỉ lệ": "=", "với tỷ lệ": "=", "với tỉ lệ": "=", "còn": "=",
    "đạt được": "=", "chiếm": "=", "chiếm tỷ lệ": "=", "chiếm tỉ lệ": "=", "lên": "=",
    "xuống": "=", "xuống còn": "=", "lên mức": "=",
    "xuống mức": "=", "tới": "=", "đến": "=",
    "gấp": "=",  # a multiple: "gấp 30 lần GRDP"
}

#: Comparators that say "by this much" rather than "above": "sớm hơn 01 tháng".  The
#: adjective stays in the target's name, the comparator is ``=``.
BY_AMOUNT: tuple[str, ...] = ("sớm hơn", "nhanh hơn", "trước thời hạn")

#: Phrases written after a value (and its unit).
AFTER_VALUE: dict[str, str] = {
    "trở lên": ">=", "trở xuống": "<=", "trở lại": "<=", "trở về trước": "<=",
    "hoặc hơn": ">=", "trở lên so với": ">=",
}

#: Bounds written after what is counted, closing a frame the value opens ("từ 05 mỏ đá
#: … trở lên"): the words between are what is counted, the bound is no part of its name.
LATE_BOUNDS: tuple[str, ...] = ("trở lên", "trở xuống")

#: Words before a value that open such a frame ("từ 10 hội viên … trở lên").
FRAME_OPENERS: tuple[str, ...] = ("từ",)

#: The plural determiners ("all", "many", "the … of"): before a word that could number or
#: rank a thing, they make it a kind of the thing (``PLURALS_BEFORE_LEVEL`` here,
#: ``indicator_guards.PLURAL_BEFORE_NAME``).
PLURAL_DETERMINERS: tuple[str, ...] = ("các", "mọi", "nhiều", "những")
#: Heads of a level, a rating or a grade: a bound after one of them is the level's ("từ 70%
#: giáo viên đạt trình độ cao đẳng trở lên": college or above), it stays in the name.
LEVEL_HEADS: tuple[str, ...] = ("trình độ", "xếp loại", "loại", "mức", "hạng")
#: Plural or quantity words that, before such a head, make it "kinds", "levels" of a thing
#: rather than its level ("hộ nuôi các loại gia súc": all kinds of livestock, review R18b
#: finding 6): the bound after is then the frame's, not the level's.
PLURALS_BEFORE_LEVEL: tuple[str, ...] = (*PLURAL_DETERMINERS, "mấy")

#: Strength order used when several comparator words stand before one value:
#: an explicit bound beats a strict one, which beats "about", which beats "=".
PRIORITY: tuple[str, ...] = (">=", "<=", ">", "<", "~", "=")

#: Words that join the two ends of a range ("15 - 17%", "từ 1.500 đến 2.400").
RANGE_JOINERS: tuple[str, ...] = ("-", "–", "—", "÷", "đến", "tới", "~")

#: Words that open a range and do not, with a range, mean "at least".
RANGE_OPENERS: tuple[str, ...] = ("từ", "khoảng", "trong khoảng", "dao động từ")

#: Words that only state a value ("đạt 74 tuổi", "là 15%", "X: 100 giấy").
CONNECTORS: tuple[str, ...] = ("đạt", "là", "bằng", "ở mức", ":", "=", "gấp")

#: Words between a start value and the target value: "từ 3,12% xuống còn 2,5%".  With
#: "đến"/"tới" and no direction verb the two values are a range ("từ 60 tạ/ha đến 65 tạ/ha").
TRAJECTORY: tuple[str, ...] = ("xuống", "xuống còn", "lên", "lên mức", "còn", "xuống mức",
                               "đến", "tới")


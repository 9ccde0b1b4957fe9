"""Numbers written in words: "hai" (2), "mười lăm" (15), "một trăm linh năm" (105).

Read by :func:`kehoach_parser.extract.numbers.parse_number_words`.  Lower case.
"""

from __future__ import annotations

#: Digit words.  "bẩy" is a common spelling of "bảy" (7).
DIGIT_WORDS: dict[str, int] = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "bẩy": 7, "tám": 8, "chín": 9,
}
#: Digits as they are said after a tens word only: "hai mươi mốt" (21), "ba mươi tư" (34),
#: "mười lăm" (15), "hai mươi nhăm" (25).
AFTER_TENS_DIGITS: dict[str, int] = {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
#: "mười" is ten by itself ("mười hai" = 12); "mươi" multiplies the digit before it by ten
#: ("hai mươi" = 20).
TEN_WORD = "mười"
TENS_WORD = "mươi"
#: "trăm" multiplies the digit before it by a hundred.
HUNDRED_WORD = "trăm"
#: "linh"/"lẻ" stand for an empty tens place after "trăm": "một trăm linh năm" (105).
ZERO_TENS_WORDS: tuple[str, ...] = ("linh", "lẻ")
#: Scale words: everything read so far is multiplied by them ("hai nghìn" = 2000).
SCALE_WORDS: dict[str, int] = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000}

#: The words a run of number words in prose is made of (the indicator extractor looks
#: for such a run after a cue: "đạt hai mươi lăm …").  "không" is left out (in prose it
#: is mostly "not"), and so is "triệu" (read as a unit after digits, "5 triệu đồng").
RUN_WORDS: tuple[str, ...] = (
    "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi",
    "mốt", "tư", "lăm", "nhăm", "trăm", "nghìn", "ngàn", "linh", "lẻ",
)

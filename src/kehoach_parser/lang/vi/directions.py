"""Verbs that give a target its direction: increase, decrease, maintain.

``DIRECTION_VERBS`` maps a verb (lower case) to the gold ``direction``.  A verb counts when
it opens the clause ("Giảm tỷ lệ … xuống dưới 12,5%") or stands before the value
("Tỷ lệ hộ nghèo giảm 0,5%").  It does not count when it belongs to the measure's name:
after ``NAME_BEFORE_VERB`` ("Tốc độ tăng …", "Tỷ lệ tăng thu …") or before
``NAME_AFTER_VERB`` ("Tăng trưởng GRDP", "tăng cường").
"""

from __future__ import annotations

DIRECTION_VERBS: dict[str, str] = {
    "tăng": "increase", "tăng thêm": "increase", "thêm": "increase", "nâng": "increase",
    "nâng lên": "increase", "nâng cao": "increase", "tăng lên": "increase",
    "tăng bình quân": "increase",
    "giảm": "decrease", "giảm xuống": "decrease", "hạ": "decrease", "kéo giảm": "decrease",
    "giảm bình quân": "decrease", "hạ thấp": "decrease",
    "cắt giảm": "decrease",
    "ổn định": "maintain", "giữ ổn định": "maintain", "duy trì ổn định": "maintain",
    "duy trì": "maintain", "giữ vững": "maintain",
}

#: Words that, right before a direction verb, make the verb part of the measure's name.
NAME_BEFORE_VERB: tuple[str, ...] = (
    "tốc độ", "tỷ lệ", "tỉ lệ", "mức", "mức độ", "chỉ số", "tỷ suất", "tỉ suất", "số",
)

#: Standards that a following "nâng cao" grades (an adjective, no direction): "xã đạt chuẩn
#: nông thôn mới nâng cao" is a level of the standard, not a rise.
GRADED_STANDARDS: tuple[str, ...] = ("nông thôn mới", "đạt chuẩn", "chuẩn quốc gia")
#: The direction verbs that grade a standard when they follow it.
GRADE_WORDS: tuple[str, ...] = ("nâng cao",)

#: Words that, right after a direction verb, make it a noun or another verb.
NAME_AFTER_VERB: tuple[str, ...] = ("trưởng", "cường", "gia", "thiểu", "nghèo", "cấp",
                                    # "tăng cơ học", "tăng tự nhiên": kinds of population growth
                                    "cơ học", "tự nhiên")

#: Fillers that stand between a direction verb and the value ("tăng bình quân 19%").
FILLERS: tuple[str, ...] = ("bình quân", "bình quân hằng năm", "bình quân hàng năm",
                            "hằng năm", "hàng năm", "mỗi năm", "thêm", "ít nhất",
                            # "giảm trung bình 0,2%/năm": the average, like "bình quân"
                            "trung bình", "trung bình mỗi năm", "trung bình hằng năm",
                            "trung bình hàng năm")

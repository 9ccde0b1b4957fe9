"""Words of the clause's own structure that tell a figure reached from a figure to reach.

Two shapes are decided by structure, not learned (:mod:`kehoach_parser.extract.indicators.
status_shapes`):

* an **achieved-so-far verb phrase with a share**: the past marker ("đã", "vừa") a few
  words before a percentage ("đã hoàn thành 80% khối lượng", "đã xử lý được 60% …") is a
  result; the particle of achievement right before it ("xử lý được 60%") is a result when
  the sentence reviews before it ("Đến nay, …"), a target when it commits ("phấn đấu xử lý
  được 60%"), and left to the learned model when the sentence says neither;
* a **count of a plan's targets that were met** ("đạt và vượt 19/19 chỉ tiêu", "38/54 chỉ
  tiêu hoàn thành", "có 21 chỉ tiêu đạt và vượt kế hoạch") is a result with unit "chỉ tiêu"
  (project decision 31); a count of the text's own targets ("đề ra 28 chỉ tiêu") and one
  the text commits to meet ("phấn đấu đạt 22/22 chỉ tiêu") are not.

All entries are lower case and matched on whole words, case-insensitively.
"""

from __future__ import annotations

#: Aspect markers of what has happened: "đã hoàn thành", "vừa xử lý xong".  The status
#: words' "past" group (``status_words.STATUS_CUES["past"]``) also has "từng", left out here
#: on purpose: "từng" is as often "each" ("từng hộ", "từng xã đạt 80%"), which this shape,
#: a marker a few words before a share, would read as "has done".
PAST_ASPECT: tuple[str, ...] = ("đã", "vừa")

#: Words right after a quantity (not a share) that go on with the clause of a condition:
#: "các hộ đã vay 50 triệu đồng được gia hạn", "hộ đã nộp 2 triệu đồng thì được miễn …".
#: The past marker before such a quantity is the condition's, not a report of the figure,
#: and the learned model decides (review R17b, finding 4).  An allow-list of what may close
#: the clause ("," ".", "so với", "tăng" …) was measured and dropped: it also refused
#: "đã cấp 320 thẻ cho người cao tuổi"-like results (one lost in a train document).
PAST_QUANTITY_GOES_ON: tuple[str, ...] = ("được", "thì", "sẽ", "phải", "cần")

#: Markers of a sentence that commits to what follows, besides the status words' "strive"
#: and "with_target" groups: "sẽ" ("xã sẽ xử lý được 60%").  The other words of the "future"
#: group are left out: "cần" and "phải" also state a need in a review ("còn 20% cần xử lý"),
#: the rest ("sắp tới", "năm tới" …) are time phrases, not commitments.
COMMIT_MARKERS: tuple[str, ...] = ("sẽ",)

#: The verb of achievement before an achieved/planned pair ("đạt 512,7/498 tỷ đồng"), besides
#: the status words' "achieved" group.
ACHIEVED_VERBS: tuple[str, ...] = ("đạt",)

#: The particle of achievement after a verb: "xử lý được", "giải ngân được".
ACHIEVED_PARTICLE: tuple[str, ...] = ("được",)

#: Words that may stand between the particle and the value ("xử lý được trên 60%").
BETWEEN_PARTICLE_AND_VALUE: tuple[str, ...] = (
    "trên", "hơn", "khoảng", "gần", "xấp xỉ", "tới", "đến", "ít nhất", "tối thiểu", "trên dưới",
)

#: A noun that counts the targets of a plan.
TARGET_COUNT_NOUNS: tuple[str, ...] = ("chỉ tiêu",)

#: The name, unit and base unit of a count of met targets (decision 31: unit "chỉ tiêu").
TARGET_COUNT_UNIT = "chỉ tiêu"

#: Words between a met word and the count: "hoàn thành các 12 chỉ tiêu", "đạt tổng số 9/9
#: chỉ tiêu".
COUNT_DETERMINERS: tuple[str, ...] = ("các", "tổng số", "số")

#: Words that say the counted targets were met, before the count ("đạt và vượt 19/19 chỉ
#: tiêu") or after its noun ("38/54 chỉ tiêu hoàn thành").
MET_WORDS: tuple[str, ...] = (
    "đạt và vượt", "đạt, vượt", "đạt hoặc vượt", "hoàn thành và vượt", "hoàn thành vượt",
    "hoàn thành", "đạt", "vượt", "đạt được",
)

#: A negation before a met word: "16 chỉ tiêu chưa đạt" is no count of met targets.
UNMET_NEGATIONS: tuple[str, ...] = ("chưa", "không")

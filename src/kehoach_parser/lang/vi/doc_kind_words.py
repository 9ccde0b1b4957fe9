"""Words that tell, over a whole text or a whole section, a report of the past from a plan.

The status decision (:mod:`kehoach_parser.extract.indicators.status_kind`) counts these cues
over the whole document and over the value's section: a text that mostly reviews ("đã",
"đạt", "ước thực hiện", "so với cùng kỳ", "bằng 98% kế hoạch") reports its figures; one that
mostly commits ("phấn đấu", "chỉ tiêu", "đến năm") sets targets.  The share of the two is a
feature of the learned status model, not a rule.

All entries are lower case and matched on whole words, case-insensitively, longest first
(one occurrence counts once, for the longest phrase that covers it).
"""

from __future__ import annotations

DOC_KIND_CUES: dict[str, tuple[str, ...]] = {
    # what was done: aspect, achievement, estimates, comparisons with a past period
    "result": ("đã", "đạt", "đạt được", "đã đạt", "ước thực hiện", "ước đạt", "ước tính",
               "ước cả năm", "thực hiện được", "so với cùng kỳ", "so cùng kỳ", "cùng kỳ",
               "so với năm trước", "năm qua", "vừa qua", "thời gian qua", "kết quả đạt được",
               "đã hoàn thành", "hoàn thành vượt", "lũy kế", "luỹ kế", "tính đến",
               "đến nay"),
    # what is to be done: striving, targets, deadlines ahead, the plan's year
    "target": ("phấn đấu", "chỉ tiêu", "mục tiêu", "đến năm", "đến hết năm", "kế hoạch năm",
               "phải đạt", "cần đạt", "sẽ", "dự kiến", "định hướng", "nhiệm vụ",
               "giải pháp", "tổ chức thực hiện"),
}

#: The base a share of a plan is measured against: "bằng 98% kế hoạch", "đạt 102% dự toán",
#: "bằng 105% so với cùng kỳ" (a percentage, an optional "so với", then one of these) — a
#: reported figure, counted with the "result" cues.
SHARE_BASES: tuple[str, ...] = ("kế hoạch", "kh", "dự toán", "cùng kỳ", "chỉ tiêu",
                                "nghị quyết", "năm trước")

#: The words a share of a base may stand between ("98% so với kế hoạch").
SHARE_LINKS: tuple[str, ...] = ("so với", "so", "của")

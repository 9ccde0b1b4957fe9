"""Words that tell, over a whole text or a whole section, a report of the past from a plan.

The status decision (:mod:`kehoach_parser.extract.indicators.status_kind`) counts cues over
the whole document and over the value's section: a text that mostly reviews ("đã", "đạt",
"ước thực hiện", "so với cùng kỳ", "bằng 98% kế hoạch") reports its figures; one that mostly
commits ("phấn đấu", "chỉ tiêu", "đến năm") sets targets.  The share of the two is a feature
of the learned status model, not a rule.

The cues are the status words of :mod:`kehoach_parser.lang.vi.status_words`, read by group:
a report's are those of ``REVIEW_GROUPS`` ("kế hoạch năm", in ``of_plan``, is the measure of
a result: "đạt 98% kế hoạch năm"), a plan's those of ``COMMIT_GROUPS`` and ``forecast``.
This module keeps only the words no group there holds, matched with them (longest phrase
first, one occurrence counted once) — so "phải đạt" stays a commitment, not "đạt".

All entries are lower case and matched on whole words, case-insensitively.
"""

from __future__ import annotations

from kehoach_parser.lang.vi.status_words import STATUS_CUES

#: The words of a report and of a plan that no status group holds (group names distinct from
#: those of ``STATUS_CUES``).
KIND_ONLY_CUES: dict[str, tuple[str, ...]] = {
    # achievement without an aspect marker ("sản lượng đạt 41.000 tấn"), beating a plan
    "report_only": ("đạt", "hoàn thành vượt"),
    # the parts a plan is written in
    "plan_only": ("nhiệm vụ", "giải pháp", "tổ chức thực hiện", "định hướng"),
}

#: The base a share of a plan is measured against: "bằng 98% kế hoạch", "đạt 102% dự toán",
#: "bằng 105% so với cùng kỳ" (a percentage, an optional "so với", then one of these) — a
#: reported figure, counted once with the report's cues (the status words inside it are not
#: counted again).
SHARE_BASES: tuple[str, ...] = (*STATUS_CUES["plan_word"], "cùng kỳ", "chỉ tiêu", "nghị quyết",
                                "năm trước")

#: The words a share of a base may stand between ("98% so với kế hoạch").
SHARE_LINKS: tuple[str, ...] = ("so với", "so", "của")

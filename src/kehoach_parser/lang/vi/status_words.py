"""Words that tell a target (what a plan commits to) from a result (what was done, is
estimated, or describes the place).

Each group below is one *cue*: the status decision (:mod:`kehoach_parser.extract.indicators.
status`) asks whether a cue occurs in the words before a value, right after it, or in its
sentence, and weighs the answers (a learned model, or the rule baseline).  The groups name
language, not documents: aspect and tense markers, comparisons with a past period, verbs of
striving, estimates, facts about the place, counts about a meeting.

All entries are lower case and matched on whole words, case-insensitively.
"""

from __future__ import annotations

STATUS_CUES: dict[str, tuple[str, ...]] = {
    # --- commitment ---------------------------------------------------------------------
    "strive": ("phấn đấu", "quyết tâm", "cố gắng", "nỗ lực", "hướng tới", "hướng đến",
               "tiến tới", "phải đạt", "cần đạt", "mạnh dạn",
               # building on what was achieved looks ahead ("Phát huy kết quả đạt được,
               # nhiệm kỳ …, Hội đề ra một số chỉ tiêu …"): every verb × achievement
               *(f"{verb} {what} {reached}" for verb in ("phát huy", "kế thừa", "tiếp nối")
                 for what in ("kết quả", "những kết quả", "thành tích", "những thành tích",
                              "thành quả", "những thành quả")
                 for reached in ("đạt được", "đã đạt được"))),
    "ensure": ("bảo đảm", "đảm bảo", "giữ vững", "duy trì", "tiếp tục"),
    "target_noun": ("mục tiêu", "chỉ tiêu"),
    "by_year": ("đến năm", "đến hết năm", "đến cuối năm", "tới năm", "vào năm",
                "giai đoạn", "đến năm học"),
    "forecast": ("dự kiến", "dự báo", "kịch bản"),
    "future": ("sẽ", "cần", "phải", "sớm", "trong thời gian tới", "thời gian tới",
               "năm tới", "nhiệm kỳ tới", "sắp tới"),
    "assign": ("giao", "giao chỉ tiêu", "phân bổ", "kế hoạch vốn", "bố trí"),
    "plan_word": ("kế hoạch", "kh", "dự toán"),
    "with_target": ("với mục tiêu", "mục tiêu là", "mục tiêu đạt", "chỉ tiêu đạt"),
    # --- achievement ----------------------------------------------------------------------
    "past": ("đã", "vừa", "từng"),
    "passive": ("được",),
    "estimate": ("ước", "ước đạt", "ước thực hiện", "ước tính", "ước th", "ước cả năm",
                 "ước khoảng"),
    "achieved": ("đạt được", "thực hiện được", "đã đạt", "đã hoàn thành", "vượt mục tiêu",
                 "vượt kế hoạch", "vượt chỉ tiêu", "không đạt", "vượt kịch bản"),
    "exceed": ("vượt",),
    "same_period": ("cùng kỳ", "so với cùng kỳ", "so cùng kỳ", "so với năm trước",
                    "so với năm ngoái", "năm trước", "so với đầu năm", "so với đầu nhiệm kỳ",
                    "so với đầu kỳ", "so với tháng trước", "so với quý trước"),
    "compare": ("so với", "so"),
    "of_plan": ("kế hoạch năm", "dự toán năm", "kế hoạch đề ra", "kế hoạch giao",
                "dự toán giao", "dự toán được giao", "chỉ tiêu giao", "chỉ tiêu nghị quyết",
                "nghị quyết đề ra", "mục tiêu đề ra", "kế hoạch tỉnh giao",
                "kế hoạch huyện giao"),
    "now": ("hiện có", "hiện nay", "hiện tại", "đến nay", "tính đến", "lũy kế", "luỹ kế",
            "đến thời điểm", "tới nay", "đến hết", "tính chung", "tổng cộng", "hiện còn"),
    "review": ("năm qua", "nhiệm kỳ qua", "thời gian qua", "vừa qua", "qua", "kết quả",
               "trong năm", "năm vừa qua", "những năm qua", "tháng đầu năm", "tháng qua",
               "đạt kết quả", "nổi bật", "trong kỳ", "thống kê", "theo thống kê",
               "minh chứng"),
    "increase_by": ("tăng", "tăng thêm", "giảm", "nâng"),
    "share": ("chiếm", "chiếm tỷ lệ", "chiếm tỉ lệ", "bằng"),
    "rank": ("đứng thứ", "xếp thứ", "xếp hạng", "tốp", "top"),
    # --- facts and the text itself ----------------------------------------------------------
    "fact": ("dân số", "diện tích tự nhiên", "cách", "nằm", "có tổng", "tổng diện tích",
             "nhân khẩu", "gồm", "bao gồm", "có", "với"),
    "meeting": ("đại biểu", "đồng chí", "phiếu", "bầu", "đại hội", "hội nghị", "kỳ họp",
                "ý kiến", "kiến nghị", "cử tri", "tham dự", "về dự"),
    "criteria": ("điểm", "chấm", "tiêu chuẩn", "xét", "khen thưởng", "cộng", "trừ",
                 "thang điểm", "không quá", "danh hiệu", "được tặng", "tặng", "mức thưởng",
                 "hỗ trợ", "mức hỗ trợ", "định mức"),
    "means": ("kinh phí", "nguồn vốn", "tổng mức đầu tư", "ngân sách cấp", "nguồn kinh phí"),
}

#: The groups above whose words, in a value's own sentence, commit to it / review it: the
#: status features crossed with the document's kind (:mod:`kehoach_parser.extract.indicators.
#: status_kind`), that kind's own balance, and the training script's rule baseline by kind
#: read them.
COMMIT_GROUPS: frozenset[str] = frozenset({"strive", "by_year", "future", "with_target",
                                           "target_noun"})
REVIEW_GROUPS: frozenset[str] = frozenset({"past", "estimate", "achieved", "now", "review",
                                           "same_period", "of_plan"})

#: Words that open a list right after a lead-in naming targets, as a colon does ("… các
#: nhiệm vụ, chỉ tiêu chủ yếu như tốc độ tăng trưởng … đạt 15%; …", "… mục tiêu, gồm …").
TARGET_LIST_OPENERS: tuple[str, ...] = ("gồm", "bao gồm")

#: "như" opens such a list too ("chỉ tiêu chủ yếu như tốc độ tăng trưởng …"), but not where
#: it compares (review R16 F4): after ``LIKE_COMPARING_BEFORE`` ("Các chỉ tiêu kinh tế cũng
#: như xã hội … đều đạt khá") or before ``LIKE_COMPARING_AFTER`` ("Các nhiệm vụ được triển
#: khai như kế hoạch", "như cùng kỳ", "như năm trước").
LIKE_LIST_OPENERS: tuple[str, ...] = ("như",)
LIKE_COMPARING_BEFORE: tuple[str, ...] = ("cũng",)
LIKE_COMPARING_AFTER: tuple[str, ...] = ("kế hoạch", "cùng kỳ", "năm", "các năm", "mọi năm",
                                         "trước", "thường lệ", "dự kiến")

#: Verbs of deciding on targets: after them a past marker reports the decision, not the
#: figures ("HĐND đã thống nhất … với các chỉ tiêu: …" sets targets; "xã đã hoàn thành các
#: chỉ tiêu: …" reviews them).
TARGET_DECISION_VERBS: tuple[str, ...] = ("thống nhất", "đề ra", "đặt ra", "xác định",
                                          "thông qua", "chốt", "biểu quyết", "quyết nghị")

#: Words right before a percentage over 100 that make it the share of a plan achieved ("thu
#: ngân sách đạt 148,32%", "đạt 120,5% kế hoạch"): a reported figure, never a target.
OVER_FULL_CONNECTORS: tuple[str, ...] = ("đạt",)

#: Words in a document's title (or its first lines, for a page without a header) that say
#: what kind of text it is: a report of results, or a plan of targets.
TITLE_CUES: dict[str, tuple[str, ...]] = {
    "report": ("báo cáo", "kết quả", "tổng kết", "sơ kết", "đánh giá", "tình hình",
               "thông báo kết quả"),
    "plan": ("kế hoạch", "phương hướng", "nhiệm vụ", "chương trình", "mục tiêu", "chỉ tiêu",
             "đề án", "phát động", "giao chỉ tiêu", "dự toán", "phân bổ", "cam kết",
             "định hướng", "dự báo"),
    "resolution": ("nghị quyết", "đại hội", "nhiệm kỳ"),
}

#: The formula that opens the enacting body of a decision or a resolution, alone on its line
#: ("QUYẾT NGHỊ:", "QUYẾT ĐỊNH:"; "QUYÉT" as OCR prints it).  A figure after it that no
#: section covers is a clause of what is enacted, not a figure without a section.
ENACTING_FORMULAS: tuple[str, ...] = ("quyết nghị", "quyết định", "quyét nghị", "quyét định")

#: The base of a share of a plan achieved, right after the percentage ("đạt 96% kế hoạch",
#: "bằng 87,5% dự toán", "đạt 92% so với KH", "đạt 95% chỉ tiêu huyện giao"): below 100, such
#: a share is what was reached of the plan, a reported figure (issue 12, brief H17S;
#: :func:`kehoach_parser.extract.indicators.status_shapes.plan_share`).
PLAN_SHARE_BASES: tuple[str, ...] = ("kế hoạch", "kh", "chỉ tiêu", "dự toán", "mục tiêu",
                                     "nghị quyết", "nq")
#: Words between the percentage and its base: "đạt 96% so với kế hoạch", "bằng 90% của dự
#: toán", "đạt 95% tổng kế hoạch".
PLAN_SHARE_LINKS: tuple[str, ...] = ("so với", "so", "của", "tổng", "trên")
#: A base followed by these words is a plan of capital to disburse ("giải ngân đạt 95% kế
#: hoạch vốn"), as often a target of a plan as a report's figure: left to the model.
PLAN_SHARE_NOT_BEFORE: tuple[str, ...] = ("vốn",)
#: The verbs that reach a share of a plan, right before the percentage (a modifier of
#: ``achievement_words.BETWEEN_PARTICLE_AND_VALUE`` may stand between).
PLAN_SHARE_VERBS: tuple[str, ...] = ("đạt", "bằng", "hoàn thành", "đạt được", "thực hiện")
#: Words of purpose before a share: "Để công tác tuyển quân đạt 95% chỉ tiêu, …" aims at it.
PURPOSE_MARKERS: tuple[str, ...] = ("để", "nhằm")
#: Deadlines after a share of a plan that make it one to reach, not one reached: "giải ngân
#: đạt 95% kế hoạch trước ngày 31/12", "hoàn thành 90% kế hoạch trong quý III" (review R17b,
#: finding 3).  Kept apart from ``STATUS_CUES["by_year"]``, whose words are model features;
#: read only after the value, to the sentence's end ("Trong năm, thu ngân sách đạt 98% dự
#: toán" reviews).
PLAN_SHARE_DEADLINES: tuple[str, ...] = ("trước ngày", "trong quý", "hết quý", "cuối năm",
                                         "trong năm")
#: The deadline of ``PLAN_SHARE_DEADLINES`` that may name a year already over: "trong năm"
#: refuses only when no year, or the plan's year or a later one, follows it, and none of
#: ``PLAN_SHARE_PAST_YEAR`` ("đạt 92% kế hoạch trong năm qua" reviews; review R17c,
#: finding 1).
PLAN_SHARE_YEAR_DEADLINE = "trong năm"
PLAN_SHARE_PAST_YEAR: tuple[str, ...] = ("qua", "trước", "học")
#: Words that open another figure's clause after a share of a plan: its deadline search
#: stops there ("đạt 95% dự toán, ước cả năm đạt 102% vào cuối năm" — the deadline is the
#: forecast's; review R17c, finding 1).
PLAN_SHARE_NEXT_FIGURE: tuple[str, ...] = ("dự kiến", "dự báo", "ước")

#: Status groups of ``STATUS_CUES`` that, in a list item's own words, keep a committing
#: lead-in line ("Phấn đấu năm 2028:") from governing it ("- Đã vận động …", "- Ước đạt …"):
#: the item reports (issue 12, brief M18a).
COMMITMENT_BREAKERS: frozenset[str] = frozenset({"past", "estimate", "achieved"})

#: Nouns that open a lead-in line naming what a coming year is to bring: "Phương hướng năm
#: 2027:", "Phương hướng, nhiệm vụ năm 2027:", "Nhiệm vụ năm 2027:", "Kế hoạch năm 2027:".
#: Naming a year after the document's own, such a line commits to the bulleted items below
#: it as "Phấn đấu năm 2027:" does (review R18b, finding 1); naming the document's year or an
#: earlier one, it may head what was done ("Kế hoạch năm 2025:" in a review).
COMMIT_LEAD_NOUNS: tuple[str, ...] = ("phương hướng", "nhiệm vụ", "kế hoạch", "định hướng")
#: Words that join two of ``COMMIT_LEAD_NOUNS`` ("Phương hướng, nhiệm vụ", "… và …").
COMMIT_LEAD_JOINERS: tuple[str, ...] = ("và",)

#: Words of a plan right after "/" before a figure: "ước tăng 7,2%/KH tăng 6,5%" — the
#: plan's own figure beside an achieved one, a target (decision 40 of docs/annotation.md).
PLAN_FIGURE_MARKERS: tuple[str, ...] = ("kh", "kế hoạch", "nq", "nghị quyết", "mục tiêu",
                                        "chỉ tiêu")
#: The same words right after an opening bracket, the achieved figure right before it: "đạt
#: 6,8% (Kế hoạch 7%)", "(KH tăng 6,5%)", "(Nghị quyết đề ra 5%)" (decision 40; review R18b,
#: finding 2).  Only the names of a plan or a resolution, the words decision 40 names: with
#: "mục tiêu" and "chỉ tiêu" as well the check half lost a document (AI014 0.947 → 0.900).
PLAN_FIGURE_BRACKET_MARKERS: tuple[str, ...] = ("kh", "kế hoạch", "nq", "nghị quyết")

#: Status groups whose words in a value's sentence commit to it, besides the lead-ins: a
#: figure compared with the same period ("tăng 5,4% so với cùng kỳ") with none of them in
#: its sentence is reported (brief M18a).  ``target_noun`` is not among them: "Các chỉ tiêu
#: … đều đạt khá" reviews targets.
SENTENCE_COMMIT_GROUPS: frozenset[str] = frozenset({"strive", "by_year", "future",
                                                    "with_target", "forecast", "assign"})

#: A count of listed places (``status_shapes.named_members``, brief H19S, review R19a
#: finding 1): the relational words one of which stands before the count in its clause
#: ("phối hợp với Ủy ban nhân dân 04 xã: …", "tại 5 xã trọng điểm: …", "thuộc 3 xóm …",
#: "cho 2 thôn …") — the places are where or with whom, not what is reached.
MEMBER_COUNT_BEFORE: tuple[str, ...] = ("tại", "với", "thuộc", "cho", "của", "ở",
                                        "trên địa bàn")
#: … and the words that, right before the count, make it what is reached ("đạt 4 xã",
#: "hoàn thành 3 xã", "có thêm 3 xã"), besides the connectors of
#: ``comparators.CONNECTORS``.
MEMBER_COUNT_REACHED: tuple[str, ...] = ("hoàn thành", "thêm")

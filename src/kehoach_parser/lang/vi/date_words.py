"""Words of Vietnamese date expressions and the cues that give a date its role.

Plain data only: :mod:`kehoach_parser.extract.dates` compiles its patterns from these
tables.  Every entry is lower case; matching is case-insensitive.  Multi-word cues are
written with single spaces (the matcher accepts any run of spaces between words).
"""

from __future__ import annotations

#: The unit words of a written date: "ngày 27 tháng 02 năm 2026".
DAY_WORD = "ngày"
MONTH_WORD = "tháng"
YEAR_WORD = "năm"
#: "quý"; "qúy" is the same word with its tone mark misplaced (as some old-style tone
#: normalisers print it).
QUARTER_WORDS: tuple[str, ...] = ("quý", "qúy")

#: Roman numerals of the four quarters ("Quý IV/2026"), upper case as printed.
ROMAN_QUARTERS: dict[str, int] = {"I": 1, "II": 2, "III": 3, "IV": 4}

#: How "six months" is written before "đầu/cuối năm" ("6 tháng đầu năm 2026").
SIX_MONTHS: tuple[str, ...] = ("6 tháng", "06 tháng", "sáu tháng", "nửa")

#: The half a year-half phrase names: "đầu" → first (H1), "cuối"/"sau" → second (H2).
HALF_WORDS: dict[str, int] = {"đầu": 1, "cuối": 2, "sau": 2}

#: Characters that stand for a blank left in a draft: "ngày … tháng … năm 2026".
BLANK_CHARS = "….·_"

#: Words joining the two ends of a range ("từ … đến …", "01/01 - 31/12/2026").
RANGE_JOINERS: tuple[str, ...] = ("đến", "tới", "-", "–", "—")

#: Words between a cited document and its date ("Nghị định số 12 được ban hành ngày …"):
#: an optional passive marker, then an optional verb.
DATED_PASSIVES: tuple[str, ...] = ("được",)
DATED_VERBS: tuple[str, ...] = ("ban hành", "ký")

#: Words joining two dates of one list ("tháng 11 và tháng 12 năm 2026", "ngày 15 và
#: 16/3/2026"): the first borrows the year (and month) it leaves out from the second.
LIST_JOINERS: tuple[str, ...] = ("và", ",")

#: Cues right before a date that make it a deadline.  The date may be preceded further by a
#: clock time ("trước 16 giờ 00 ngày 15/12/2026").
DEADLINE_CUES: tuple[str, ...] = (
    "trước", "chậm nhất", "chậm nhất là", "chậm nhất vào", "chậm nhất trước",
    "muộn nhất", "muộn nhất là", "không muộn hơn", "hạn chót", "hạn cuối", "hạn",
    "thời hạn", "hạn nộp", "hạn gửi", "hạn báo cáo", "thời hạn hoàn thành", "hoàn thành",
    "hoàn thành trước", "hoàn thành xong", "xong trước", "chậm nhất đến", "không quá",
)

#: Words that may stand between a deadline cue and the date ("chậm nhất là vào ngày …").
DEADLINE_FILLERS: tuple[str, ...] = ("là", "vào", "trong", "trước", "đến", "hết", "ngày")

#: Heads of a deadline label: a few words ending in ":" or "là" ("Hạn nộp hồ sơ: …").
DEADLINE_LABEL_HEADS: tuple[str, ...] = ("hạn", "thời hạn", "hạn cuối", "hạn chót")

#: Words linking a deadline label to its date ("Hạn nộp hồ sơ là ngày …").
DEADLINE_LABEL_LINKS: tuple[str, ...] = ("là", "vào")

#: Cues right before a date that open a period ("từ ngày 01/01/2026").
PERIOD_START_CUES: tuple[str, ...] = (
    "từ", "kể từ", "tính từ", "bắt đầu từ", "bắt đầu", "bắt đầu vào", "khởi động từ",
)

#: Cues right before a date that close a period ("đến hết tháng 12 năm 2026").  They also
#: cover the cues that state figures as of a date ("Tính đến ngày 31/12/2025, toàn xã có …",
#: "tính tới", "số liệu đến"), which end in one of them: the date ends the span the figures
#: cover, ``period_end`` (project decision 33).
PERIOD_END_CUES: tuple[str, ...] = (
    "đến", "đến hết", "tới", "tới hết", "cho đến", "cho đến hết", "kéo dài đến",
    "kết thúc", "kết thúc vào", "kết thúc ngày",
)

#: Cues right before a date that name a span ("trong tháng 12/2026").
PERIOD_CUES: tuple[str, ...] = ("trong", "trong suốt", "suốt", "xuyên suốt")

#: Words right before a month written without a year that make it a date ("trong tháng 12",
#: "từ tháng 3"); without one (or a yearly cue after it) "tháng 6" is not read as a date.
MONTH_CUES: tuple[str, ...] = (
    "trong", "từ", "đến", "tới", "hết", "trước", "vào", "cuối", "đầu", "giữa", "suốt",
)

#: Words after a yearless date that make it a yearly date ("ngày 26/3 hằng năm").
RECURRING_CUES: tuple[str, ...] = (
    "hằng năm", "hàng năm", "mỗi năm", "định kỳ hằng năm", "định kỳ hàng năm",
)

#: Words before a year range that make it a term, and the term's kind.
TERM_WORDS: dict[str, str] = {
    "nhiệm kỳ": "term",
    "khóa": "term",
    "giai đoạn": "phase",
    "thời kỳ": "phase",
    "chặng đường": "phase",
    "năm học": "school_year",
    "niên khóa": "school_year",
    "niên học": "school_year",
    "kế hoạch 5 năm": "plan",
    "5 năm": "plan",
    "05 năm": "plan",
    "năm năm": "plan",
}

#: The hour and minute words of a clock time before a date ("16 giờ 00", "16h30",
#: "8 giờ 30 phút ngày …").
HOUR_WORDS: tuple[str, ...] = ("giờ", "h", "g")
MINUTE_WORDS: tuple[str, ...] = ("phút",)
#: Signs written after the minutes of a clock time ("7h00′", "7h30'").
MINUTE_MARKS: str = "′'’"

#: A document dating itself in its closing formula: "Nghị quyết này đã được Hội đồng nhân
#: dân … thông qua ngày 18 tháng 12 năm 2026" — the date is the document's own (issued).
#: ``SELF_REFERENCES`` must open the sentence's subject; ``ADOPTION_CUES`` stand right
#: before the date.
SELF_REFERENCES: tuple[str, ...] = (
    "nghị quyết này", "quyết định này", "kế hoạch này", "văn bản này", "chỉ thị này",
    "quy chế này", "quy định này",
)
ADOPTION_CUES: tuple[str, ...] = ("thông qua", "ban hành", "ký ban hành", "ký")
#: Words between an adoption cue and the date ("thông qua vào ngày …").
ADOPTION_LINKS: tuple[str, ...] = ("vào", "từ")

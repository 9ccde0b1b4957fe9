"""What kind of figures a table's value columns hold, from the table's own evidence.

:mod:`.tables` reads a column's kind from its header words (plan, result, plain, skip).
The decisions here look at the table as a whole — its caption, its other columns, a row of
column numbers under its header — and correct those kinds (the words are in
:mod:`kehoach_parser.lang.vi.table_words`):

* :func:`holds_rates` — revenue shares, norms, fees: no records at all;
* :func:`mark_report_periods` — the reporting periods of a report form hold results;
* :func:`mark_forecasts` — an estimate for a year after its source's date is a plan;
* :func:`mark_series` — consecutive year columns under a caption of statistics: results;
* :func:`mark_facts` — "Diện tích", "Trữ lượng địa chất" beside target columns: results;
* :func:`lists_tasks` — "Nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành": no records.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

import regex

from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.extract.indicators.grid import clean
from kehoach_parser.lang.vi import table_words
from kehoach_parser.lazy_pattern import lazy_compile


class Column(Protocol):
    """A value column as :mod:`.tables` reads it."""

    kind: str  # plan, result, plain, skip
    header: str
    year: int | None
    any_year: int | None


def _words(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    return lazy_compile(lx.word_alternation(phrases), regex.IGNORECASE)


_PLAN_RE = _words(table_words.COLUMN_WORDS["plan"])
_RATE_RE = _words(table_words.RATE_WORDS)
_PERIOD_RE = _words(table_words.REPORT_PERIOD_WORDS)
_FACT_RE = _words(table_words.COLUMN_WORDS["fact"])
_NUMERIC_DATE_RE = lazy_compile(r"(?<![\d/])\d{1,2}/\d{1,2}/((?:19|20)\d{2})(?!\d)")

#: How many lines above a table its caption may take (a hard-wrapped title, the "Kèm theo"
#: line under it).
CAPTION_LINES = 6
#: A run of at least this many consecutive years across the columns is a time series.
MIN_SERIES_YEARS = 3


def caption(before: str) -> str:
    """The caption above a table: its last non-blank lines, cleaned and joined."""
    return " ".join([clean(ln) for ln in before.splitlines() if ln.strip()][-CAPTION_LINES:])


def holds_rates(caption_text: str, cols: Sequence[Column]) -> bool:
    """The caption or a value column says the figures are rates fixed by a rule ("TỶ LỆ
    PHẦN TRĂM (%) PHÂN CHIA NGUỒN THU …", "NS Trung ương (%)")."""
    return _RATE_RE.search(caption_text) is not None \
        or any(_RATE_RE.search(c.header) for c in cols)


def mark_report_periods(cols: Sequence[Column]) -> None:
    """A report form: value columns of reporting periods ("6 tháng đầu năm", "Quý IV",
    "Cả năm") with no word of a plan hold what was done."""
    for c in cols:
        if _PERIOD_RE.search(c.header) and not _PLAN_RE.search(c.header):
            c.kind = "result"


def mark_forecasts(caption_text: str, cols: Sequence[Column]) -> None:
    """An estimate for a year after the date the caption gives its source ("Ước TH năm
    2021" under "(Theo báo cáo … ngày 04/12/2020)") is a forecast of a year not yet begun:
    the plan for it, not a result."""
    dates = [int(y) for y in _NUMERIC_DATE_RE.findall(caption_text)]
    if not dates:
        return
    written = max(dates)
    for c in cols:
        if c.kind == "result" and c.any_year is not None and c.any_year > written:
            c.kind = "plan"


def mark_series(cols: Sequence[Column]) -> None:
    """Under a caption that says what is ("SỐ LIỆU THỐNG KÊ …", "TÌNH HÌNH …"), columns of
    consecutive years with no word of a plan ("Năm 2019 | Năm 2020 | Năm 2021") are a
    statistics series: results, whatever the plan's year."""
    dated = [c for c in cols if c.any_year is not None]
    years = [c.any_year for c in dated if c.any_year is not None]
    if len(dated) < MIN_SERIES_YEARS or any(_PLAN_RE.search(c.header) for c in cols):
        return
    if any(b != a + 1 for a, b in pairwise(years)):
        return
    for c in dated:
        c.kind = "result"


def mark_facts(cols: Sequence[Column], plan_year: int | None) -> None:
    """Plain columns of what already is ("Diện tích (ha)", "Trữ lượng địa chất") beside
    columns of targets (a plan column, or a period not before the plan's) hold results."""
    if not any(c.kind == "plan" or (c.year is not None and (plan_year is None
                                                           or c.year >= plan_year))
               for c in cols):
        return
    for c in cols:
        if c.kind == "plain" and _FACT_RE.search(c.header) is not None:
            c.kind = "result"


_TASK_HEAD_RE = lazy_compile(r"\A(?:" + lx.alternation(table_words.TASK_HEADS) + r")(?!\p{L})",
                             regex.IGNORECASE)
_DUTY_RE = _words(table_words.DUTY_HEADS)


def lists_tasks(name_headers: Sequence[str], other_headers: Sequence[str],
                n_values: int) -> bool:
    """A table of tasks: its name column is headed by a task word ("Nhiệm vụ", "Nội dung
    công việc"), another column says who does a task or by when ("Cơ quan chủ trì", "Thời
    hạn hoàn thành") and no column holds figures (``n_values``: the value columns)."""
    return n_values == 0 \
        and any(_TASK_HEAD_RE.match(clean(h)) for h in name_headers) \
        and any(_DUTY_RE.search(clean(h)) for h in other_headers)

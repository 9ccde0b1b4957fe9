"""Shared helpers of the indicator rule tests: the rule decider, records as tuples, the
status cues of one candidate, and the renderings of one table in the layouts the parser
reads."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kehoach_parser.document import Indicator
from kehoach_parser.extract.indicators import figures_from_text, indicators_from_text
from kehoach_parser.extract.indicators.status import collect_candidates
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def rule_decider(monkeypatch: pytest.MonkeyPatch) -> None:
    """Targets decided by the rules, not the shipped status model (the rule under test)."""
    monkeypatch.setenv("KEHOACH_STATUS", "rules")


def extract(text: str) -> list[Indicator]:
    return indicators_from_text(normalize(text).text)


def cues_of(sentence: str, value: float) -> set[str]:
    """The status cues of the candidate with ``value`` in ``sentence`` (collected while
    ``figures_from_text`` judges it)."""
    with collect_candidates() as cands:
        figures_from_text(normalize(sentence).text)
    found = [d.cues for _f, d, _r, _t in cands if d.q is not None and d.q.value == value]
    assert found, f"no candidate with {value}"
    return set(found[0])


def years_by_value(text: str) -> dict[float, int | None]:
    """Each record's year, by its value."""
    return {i.value: i.year for i in extract(text) if i.value is not None}


def name_group_value(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(i.name, i.group, i.value) for i in extract(text)]


Rows = list[list[str]]


def docx(rows: Rows) -> str:
    """DOCX rows: "a | b"."""
    return "\n".join(" | ".join(r) for r in rows)


def markdown(rows: Rows) -> str:
    """Markdown pipes, a rule line under the header."""
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])


def tabs(rows: Rows) -> str:
    return "\n".join("\t".join(r) for r in rows)


def cells(rows: Rows) -> str:
    """One cell a line, empty cells lost."""
    return "\n".join(c for r in rows for c in r if c)


def bar_lines(rows: Rows) -> str:
    """One cell a line, a "|" line after each cell (empty cells kept)."""
    return "\n|\n".join("\n|\n".join(r) + "\n|" for r in rows)


def bars(rows: Rows) -> str:
    """A web table copied one cell a line between bars, a double bar between rows (empty
    cells kept, but for the header's: a merged header cell is one cell of a web table)."""
    out = ["|"]
    for k, row in enumerate(rows):
        header = k < 2 and not any(c[:1].isdigit() for c in row)
        for c in (c for c in row if c or not header):
            out += ([c] if c else []) + ["|"]
        out.append("|")
    return "\n".join(out[:-1])


def paragraphs(rows: Rows) -> str:
    """One cell a paragraph, empty cells lost."""
    return "\n\n".join(c for r in rows for c in r if c)


#: The renderings of a table, by name.
TABLE_LAYOUTS: dict[str, Callable[[Rows], str]] = {
    "docx": docx, "markdown": markdown, "tabs": tabs, "cells": cells, "bar_lines": bar_lines,
    "bars": bars, "paragraphs": paragraphs,
}


def render(rows: Rows, layout: str) -> str:
    """``rows`` rendered in the layout named ``layout`` (a key of ``TABLE_LAYOUTS``)."""
    return TABLE_LAYOUTS[layout](rows)

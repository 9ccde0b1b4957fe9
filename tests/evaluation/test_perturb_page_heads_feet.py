"""The page-head and page-foot perturbation (H20W): a page's number printed flush against
the text on one side, the page's margin of blank lines on the other; tables and the header
are left alone, and the normaliser gives back the clean text."""

from __future__ import annotations

import pytest

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations
from kehoach_parser.text.normalize import normalize
from kehoach_parser.text.page_numbers import is_page_line

#: A plan of 160 short paragraphs (made up), one a line.
LINES = [f"- Nhiệm vụ số {k}: các xã triển khai kế hoạch phát triển nông nghiệp hàng hóa."
         for k in range(160)]


def _run(text: str, seed: str) -> str:
    return apply_perturbations(text, ["page_heads_feet"], seed=seed)


def test_registered_and_prints_numbers_flush_on_one_side() -> None:
    assert "page_heads_feet" in PERTURBATIONS
    for seed in ("a", "b", "c", "d"):
        lines = _run("\n".join(LINES), seed).split("\n")
        pages = [k for k, ln in enumerate(lines) if is_page_line(ln)]
        assert pages, seed
        for k in pages:
            above, below = lines[k - 1].strip(), lines[k + 1].strip()
            assert bool(above) != bool(below), seed  # flush on exactly one side


#: The seeds whose page numbers are bare ("2"); flush against the text such a number is no
#: page number to the normaliser (a table's ordinal, one cell a line, looks the same).
_BARE_SEEDS = ("a",)


@pytest.mark.parametrize("seed", [
    pytest.param(seed, marks=pytest.mark.xfail(
        strict=True, reason="a known limit: a bare page number flush against the text"))
    if seed in _BARE_SEEDS else seed
    for seed in "abcdefghij"])
def test_the_normaliser_gives_back_the_clean_text(seed: str) -> None:
    text = "\n".join(LINES)
    assert normalize(_run(text, seed)).text == normalize(text).text


def test_the_bare_seeds_print_bare_numbers_and_the_others_not() -> None:
    # (the xfail above stays on the seeds it is about)
    text = "\n".join(LINES)
    for seed in "abcdefghij":
        bare = any(ln.isdigit() for ln in _run(text, seed).split("\n"))
        assert bare == (seed in _BARE_SEEDS), seed


def test_table_rows_are_not_cut() -> None:
    rows = "\n".join(f"| {k} | Xã {k} | {100 + k} |" for k in range(200))
    assert _run(rows, "a") == rows

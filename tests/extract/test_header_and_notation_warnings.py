"""W106 (issuer taken from the body) and W107 (ambiguous number notation): each is left
where its situation arises, and only there."""

from __future__ import annotations

import pytest

from kehoach_parser import parse
from kehoach_parser.extract.notation import notation

HEADER = ("ỦY BAN NHÂN DÂN\nXÃ HƯƠNG BÌNH\nSố: 12/KH-UBND\nKẾ HOẠCH\n"
          "Phát triển kinh tế - xã hội năm 2026\n\n")
OPENING = ("Thực hiện Nghị quyết của Hội đồng nhân dân xã, UBND xã Hương Bình ban hành kế hoạch "
           "như sau:\n")
TARGETS = "I. CHỈ TIÊU\n1. Sản lượng lương thực đạt 1.500 tấn.\n2. Tỷ lệ hộ nghèo giảm còn {}%.\n"


def _codes(text: str) -> list[str]:
    return [w.code for w in parse(text).warnings]


def test_issuer_read_from_the_body_is_warned_with_its_span() -> None:
    doc = parse(OPENING + TARGETS.format("2,5"))
    assert doc.issuer == "Ủy ban nhân dân xã Hương Bình"
    (w,) = [w for w in doc.warnings if w.code == "W106"]
    assert w.span is not None
    assert doc.text[w.span[0]:w.span[1]] == "UBND xã Hương Bình"


def test_issuer_from_the_header_is_not_warned() -> None:
    doc = parse(HEADER + OPENING + TARGETS.format("2,5"))
    assert doc.issuer is not None and doc.issuer.endswith("Hương Bình")
    assert "W106" not in [w.code for w in doc.warnings]


def test_no_issuer_anywhere_is_not_warned() -> None:
    assert "W106" not in _codes("I. CHỈ TIÊU\n1. Sản lượng lương thực đạt 1.500 tấn.\n")


def test_a_thousands_dot_beside_an_english_decimal_is_ambiguous() -> None:
    doc = parse(HEADER + TARGETS.format("2.5"))
    assert [i.value for i in doc.indicators] == [1500.0, 2.5]  # read as before
    (w,) = [w for w in doc.warnings if w.code == "W107"]
    assert w.span is not None and doc.text[w.span[0]:w.span[1]] == "1.500"
    assert "'2.5'" in w.message


@pytest.mark.parametrize("percent", ["2,5", "2"])
def test_one_convention_throughout_is_not_ambiguous(percent: str) -> None:
    doc = parse(HEADER + TARGETS.format(percent))
    assert doc.indicators[0].value == 1500.0
    assert "W107" not in [w.code for w in doc.warnings]


@pytest.mark.parametrize(("written", "kind"), [
    ("1.500", "ambiguous"), ("1,500", "ambiguous"), ("-10.900", "ambiguous"),
    ("54,6", "vi"), ("1.500.000", "vi"), ("1.500,5", "vi"), ("0,125", "vi"),
    ("9.5", "en"), ("12.50", "en"), ("1,500,000", "en"), ("1,500.5", "en"), ("0.125", "en"),
    ("2026", "plain"), ("15.12.2026", "plain"),
])
def test_notation_of_a_written_number(written: str, kind: str) -> None:
    assert notation(written) == kind

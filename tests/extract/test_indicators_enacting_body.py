"""Figures in the numbered clauses of an enacting article ("QUYẾT NGHỊ:" then "Điều 1.
Thông qua …" then "1. Tổng số thu … là …") are clauses of what is enacted, not figures
outside any section."""

from __future__ import annotations

from kehoach_parser import parse
from kehoach_parser.extract.indicators.status import collect_candidates

_BODY = (
    "Điều 1. Thông qua dự toán ngân sách của huyện năm 2027\n\n"
    "1. Tổng thu ngân sách trên địa bàn là 412.500 triệu đồng.\n\n"
    "2. Tổng chi ngân sách huyện là 398.000 triệu đồng.\n"
)


def _section_features(text: str) -> dict[str, set[str]]:
    with collect_candidates() as bucket:
        parse(text)
    return {t[d.span[0]:d.span[1]]: {f for f in feats if f.startswith("sec:")}
            for feats, d, _rule, t in bucket}


def test_numbered_clauses_after_the_formula_are_enacted() -> None:
    text = "HỘI ĐỒNG NHÂN DÂN HUYỆN\n\nQUYẾT NGHỊ:\n\n" + _BODY
    found = _section_features(text)
    clauses = {k: v for k, v in found.items() if "triệu đồng" in k}
    assert len(clauses) == 2
    assert all(v == {"sec:enacted"} for v in clauses.values())


def test_without_the_formula_the_clauses_have_no_section() -> None:
    found = _section_features(_BODY)
    clauses = {k: v for k, v in found.items() if "triệu đồng" in k}
    assert clauses and all("sec:enacted" not in v for v in clauses.values())

"""A bullet parsed alone, with no title, section or year around it (review R18b, finding 8).

Every sentence here is written for the test (made-up figures).  The fixtures of the name
tests prefix a plan's title and a targets section; these state what a bullet given ALONE
becomes under the shipped status model, so that the change is a decision the suite records,
not a side effect of fixtures.  The refit of H18S reads the lack of evidence of a short text
as a lean towards "report" (the ``k:…:few`` features, review R18b finding 3, see
docs/models.md "known limits"): a bare bullet with a verb of doing, no past marker and no
commitment, that was a target before H18S, is now a result.  H19S made that absence one
feature (``k:few``) and refitted: the bullet is still a result (0.40 target / 0.48 result),
the plain features' own absences (``cmp:=``, ``doc:none``, ``doc:no_year``,
``doc:no_header``) leaning so.  The strict xfail below turns green when that lean goes.
"""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.text.normalize import normalize


@pytest.fixture(autouse=True)
def shipped_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped status model decides."""
    monkeypatch.delenv("KEHOACH_STATUS", raising=False)


def _status(text: str) -> tuple[list[float | None], list[float | None]]:
    doc = kehoach_parser.parse(normalize(text).text)
    return [r.value for r in doc.indicators], [r.value for r in doc.results]


@pytest.mark.parametrize(("text", "value"), [
    ("- Phấn đấu 95% thôn có nhà văn hoá đạt chuẩn.", 95.0),
    ("- Tỷ lệ hộ dùng điện lưới giảm còn 0,8% số hộ chưa có điện.", 0.8),
])
def test_a_contextless_bullet_that_commits_is_a_target(text: str, value: float) -> None:
    assert _status(text) == ([value], [])


@pytest.mark.parametrize(("text", "value"), [
    ("- Đã nạo vét 14 km kênh mương nội đồng.", 14.0),
    ("Năm 2025, huyện đã nạo vét 14 km kênh mương nội đồng.", 14.0),
])
def test_a_contextless_bullet_that_reports_a_past_deed_is_a_result(
        text: str, value: float) -> None:
    assert _status(text) == ([], [value])


@pytest.mark.xfail(strict=True, reason="R18b finding 3: a short text's lack of evidence "
                   "leans to report; a bare bullet of a verb of doing is a result since the "
                   "H18S refit, still after H19S's single k:few (the plain absences lean so)")
@pytest.mark.parametrize(("text", "value"), [
    ("- Nạo vét 14 km kênh mương nội đồng.", 14.0),
    ("- Hỗ trợ 35 hộ chuyển sang nuôi trồng thuỷ sản.", 35.0),
])
def test_a_contextless_bullet_of_a_verb_of_doing_is_a_target(
        text: str, value: float) -> None:
    assert _status(text) == ([value], [])


@pytest.mark.xfail(strict=True, reason="R19a finding 3: since the H19S refit a bare lower "
                   "bound ('từ … trở lên') is no record and a bare '100% …' bullet a result "
                   "when parsed alone (the cmp:= / doc:none absences lean to report)")
@pytest.mark.parametrize(("text", "value"), [
    # a lower bound with no past marker: what a plan sets
    ("1. Có từ 5 nhà văn hóa thôn đạt chuẩn trở lên.", 5.0),
    # a full share with no past marker: a plan's commonest bullet
    ("- 100% giáo viên có trình độ từ cao đẳng trở lên.", 100.0),
])
def test_a_contextless_bound_or_full_share_is_a_target(text: str, value: float) -> None:
    targets, results = _status(text)
    assert value in targets
    assert value not in results

"""A value-first name ends at a comma that opens a clause of manner, purpose, emphasis or a
negated counterpart ("…, nhất là …", "…, không còn …", "…, đảm bảo …", "…, trong đó:"):
what follows says how the target is met, not what is counted (brief H18N,
``indicator_words.VALUE_FIRST_COMMA_ENDS``)."""

from __future__ import annotations

from tests.extract.indicator_helpers import extract

#: These tests are about names: each bullet is set in the targets section of a plan, since a
#: bare bullet with no status word is a target or a result only by its context (the status
#: refit of brief H18S reads such bullets without context as results).
PLANNED = "KẾ HOẠCH\nPhát triển kinh tế - xã hội năm 2027\n\nI. CHỈ TIÊU CHỦ YẾU\n"


def _names(text: str) -> list[str | None]:
    return [i.name for i in extract(PLANNED + text)]


def test_a_negated_counterpart_after_a_comma_ends_the_name() -> None:
    assert _names("- Phấn đấu ít nhất 80% số thôn đạt chuẩn văn hóa, không còn thôn "
                  "xếp loại yếu.") == ["số thôn đạt chuẩn văn hóa"]


def test_a_clause_of_manner_after_a_comma_ends_the_name() -> None:
    assert _names("- Xây dựng 3 mô hình trồng rau theo chuỗi giá trị, đảm bảo vệ sinh "
                  "an toàn thực phẩm.") == ["mô hình trồng rau theo chuỗi giá trị"]


def test_emphasis_after_a_comma_ends_the_name() -> None:
    assert _names("- Ít nhất 60% cán bộ được tập huấn kỹ năng phòng cháy, nhất là cán bộ "
                  "cơ sở.") == ["cán bộ được tập huấn kỹ năng phòng cháy"]


def test_the_same_words_without_a_comma_stay_in_the_name() -> None:
    assert _names("- 100% hộ dân đảm bảo an toàn thực phẩm.") == [
        "hộ dân đảm bảo an toàn thực phẩm"]


def test_a_comma_that_goes_on_with_a_list_stays_in_the_name() -> None:
    assert _names("- 100% trường học, trạm y tế có nhà vệ sinh hợp chuẩn.") == [
        "trường học, trạm y tế có nhà vệ sinh hợp chuẩn"]

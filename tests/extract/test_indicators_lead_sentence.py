"""A lead-in line over a list: only its last sentence, the one ending with the colon,
says whether the list reviews or commits ("… trong năm 2001. Các mục tiêu chủ yếu như
sau:" commits; "Kết quả thực hiện trong năm 2001 như sau:" reviews)."""

from __future__ import annotations

from kehoach_parser.extract.indicators import figures_from_text

_ITEMS = "- Trồng rừng tập trung: 1.500 ha\n\n- Giao đất nông nghiệp: 15.000 ha\n"


def test_commitment_sentence_after_a_year_sentence_keeps_targets() -> None:
    text = ("1. Thống nhất các nhiệm vụ, biện pháp thực hiện các chỉ tiêu kinh tế - xã hội "
            "trong năm 2001. Các mục tiêu chủ yếu như sau:\n\n" + _ITEMS)
    targets, results = figures_from_text(text)
    assert [t.value for t in targets] == [1500.0, 15000.0]
    assert results == []


def test_review_sentence_ending_with_the_colon_still_reports() -> None:
    text = ("1. Thống nhất các nhiệm vụ, biện pháp thực hiện các chỉ tiêu kinh tế - xã hội. "
            "Kết quả thực hiện trong năm 2001 như sau:\n\n" + _ITEMS)
    targets, results = figures_from_text(text)
    assert targets == []
    assert [r.value for r in results] == [1500.0, 15000.0]

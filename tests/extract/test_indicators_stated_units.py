"""A word that after a number usually names something ("dưới 5 tuổi", "13 chỉ tiêu", "19
tiêu chí nông thôn mới") is the unit of a target when a connector states the value and the
name before it restates the word: "Tuổi thọ … đạt khoảng 75 tuổi", "Số tiêu chí bình quân
đạt 15 tiêu chí/xã" (issue 12, brief H19N: AO002, AO007, I012 of the readable train
documents, three sources).  Sentences written for the tests."""

from __future__ import annotations

from indicator_helpers import extract, rule_decider  # noqa: F401  (fixture)


def _records(text: str) -> list[tuple[str, str, float | None, float | None, str | None]]:
    return [(i.name, i.comparator, i.value, i.value_max, i.unit) for i in extract(text)]


def test_a_connector_then_an_approximate_word_states_the_age() -> None:
    assert _records("Tuổi thọ trung bình của người dân đạt khoảng 76,5 tuổi.") == [
        ("Tuổi thọ trung bình của người dân", "~", 76.5, None, "tuổi"),
    ]


def test_criteria_restated_by_the_name_are_the_unit() -> None:
    assert _records("Số tiêu chí bình quân của giai đoạn đạt 15 - 17 tiêu chí.") == [
        ("Số tiêu chí bình quân của giai đoạn", "range", 15.0, 17.0, "tiêu chí"),
    ]
    # the rate's denominator stays with the unit
    assert _records("Số tiêu chí bình quân đạt 16,2 tiêu chí/xã theo bộ tiêu chí mới.") == [
        ("Số tiêu chí bình quân", "=", 16.2, None, "tiêu chí/xã"),
    ]


def test_without_a_restating_name_or_a_connector_the_word_stays_a_name() -> None:
    # no connector: the age and the count of criteria are parts of names
    assert all(r[2] != 5.0 for r in _records(
        "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng giảm còn 8%."))
    assert _records("Hoàn thành 13 chỉ tiêu chủ yếu của kế hoạch.") == []
    # a connector, but the name restates nothing: which criteria, not how many
    assert _records("Không còn thôn đạt dưới 12 tiêu chí.") == []
    assert _records("Thị trấn đạt 19 tiêu chí đô thị văn minh.") == []


def test_the_restating_word_must_be_in_the_records_own_name() -> None:
    # review R19b, finding 4: an earlier clause that names the word restates nothing
    assert _records("Phấn đấu xã đạt 19 tiêu chí.") == []
    assert _records("Thực hiện Bộ tiêu chí quốc gia về xã nông thôn mới, phấn đấu xã đạt "
                    "19 tiêu chí.") == []
    assert _records("Trên cơ sở tiêu chí nông thôn mới nâng cao, thôn Đông đạt 15 tiêu "
                    "chí.") == []
    # a comma right before the connector still leaves the name before it
    assert _records("Tuổi thọ trung bình của người dân, đạt 75 tuổi.") == [
        ("Tuổi thọ trung bình của người dân", "=", 75.0, None, "tuổi"),
    ]


def test_a_compound_holding_the_word_does_not_restate_it() -> None:
    # "cao tuổi" names the elderly, not an age
    assert _records("Người cao tuổi đạt 80 tuổi được chúc thọ.") == []
    # "độ tuổi" does restate it
    assert _records("Độ tuổi bình quân của đoàn viên đạt 28 tuổi.") == [
        ("Độ tuổi bình quân của đoàn viên", "=", 28.0, None, "tuổi"),
    ]


def test_a_rate_of_criteria_may_be_restated_by_an_earlier_clause() -> None:
    # "tiêu chí/xã" is a rate, never a name's count: the clause before may restate it
    assert _records("Năm nay các xã tăng 20 tiêu chí, tính bình quân đạt 12,4 tiêu "
                    "chí/xã.")[-1][2:] == (12.4, None, "tiêu chí/xã")
    # the same earlier clause before a count that is no rate restates nothing
    assert all(r[2] != 12.0 for r in _records(
        "Năm nay các xã tăng 20 tiêu chí, phấn đấu xã đạt 12 tiêu chí."))

"""A cell of PDF text one cell a line that ends with "số", "năm", "ngày" goes on only
before a number: "… cạnh tranh số" over "Thứ bậc" are a row's name and its unit, "…
Nghị định số" over "15/2025/NĐ-CP của Chính phủ" is one cell."""

from __future__ import annotations

from kehoach_parser.extract.indicators.gapped_cells import continues_cell


def test_a_number_word_at_the_end_waits_for_a_number() -> None:
    assert continues_cell("Thực hiện Nghị định số", "15/2025/NĐ-CP của Chính phủ")


def test_a_number_word_at_the_end_does_not_take_the_next_cell() -> None:
    assert not continues_cell("Xếp hạng năng lực cạnh tranh số", "Thứ bậc")
    assert not continues_cell("Tỷ lệ hộ dân dùng nước sạch hằng năm", "Phần trăm")


def test_other_open_endings_still_go_on() -> None:
    assert continues_cell("Tỷ lệ hộ gia đình được sử dụng nước sạch của", "hệ thống cấp nước")

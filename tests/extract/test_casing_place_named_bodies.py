"""Bodies named by a unit word and a place alone ("TỈNH ỦY X", "HUYỆN ĐOÀN Y"): the place keeps
its capitals.  Names written for these tests."""

from __future__ import annotations

import pytest

from kehoach_parser.extract.casing import upper_body_case


@pytest.mark.parametrize("upper, written", [
    ("TỈNH ỦY BÌNH AN", "Tỉnh ủy Bình An"),
    ("HUYỆN UỶ TÂN AN", "Huyện ủy Tân An"),
    ("THÀNH ĐOÀN ĐÔNG HÀ", "Thành đoàn Đông Hà"),
])
def test_the_place_after_a_unit_body_is_cased_as_a_place(upper: str, written: str) -> None:
    assert upper_body_case(upper) == written


def test_a_body_with_a_unit_word_is_cased_as_before() -> None:
    assert upper_body_case("ỦY BAN NHÂN DÂN XÃ BÌNH AN") == "Ủy ban nhân dân xã Bình An"


def test_a_long_rest_is_not_cased_as_a_place() -> None:
    # more words than a place's name: another body runs on after it
    assert upper_body_case("TỈNH ỦY BÌNH AN ĐẢNG ỦY XÃ PHÚ LỘC") != (
        "Tỉnh ủy Bình An Đảng Ủy Xã Phú Lộc")


@pytest.mark.parametrize("upper, written", [
    ("BAN NHÂN DÂN ẤP TÂN HÒA", "Ban nhân dân ấp Tân Hòa"),
    ("BAN NHÂN DÂN THÔN ĐÔNG", "Ban nhân dân thôn Đông"),
    ("BAN NHÂN DÂN KHU PHỐ SỐ 4", "Ban nhân dân khu phố số 4"),
])
def test_a_village_body_keeps_its_unit_word_low_and_its_place_high(upper: str,
                                                                   written: str) -> None:
    assert upper_body_case(upper) == written


def test_a_board_without_a_village_word_is_cased_as_before() -> None:
    # a place of more words than a name has: not read as one village's name
    assert upper_body_case("BAN NHÂN DÂN ẤP TÂN HÒA ĐỘI 5 XÓM 2") != (
        "Ban nhân dân ấp Tân Hòa Đội 5 Xóm 2")
    assert upper_body_case("BAN CHỈ ĐẠO PCGD, XMC") == "Ban Chỉ đạo PCGD, XMC"

"""Normaliser gaps of brief H13N: emphasis written with underscores, words glued where a
line wrap was dropped, and a recipient wrapped under a two-column footer."""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.text.glued_words import glued_word_edits, split_point
from kehoach_parser.text.normalize import NormalizeOptions, normalize, underscore_emphasis_edits


@pytest.mark.parametrize(("raw", "read"), [
    ("_Cần Thơ, ngày 07 tháng 4 năm 2027_", "Cần Thơ, ngày 07 tháng 4 năm 2027"),
    ("_Nơi nhận:_\n- Sở Y tế;", "Nơi nhận:\n- Sở Y tế;"),
    ("__Căn cứ__ Luật Đất đai", "Căn cứ Luật Đất đai"),
    ("**_KẾ HOẠCH_**", "KẾ HOẠCH"),
    ("(_Kèm theo Quyết định số 9/QĐ-UBND_)", "(Kèm theo Quyết định số 9/QĐ-UBND)"),
])
def test_underscore_emphasis_is_removed(raw: str, read: str) -> None:
    assert normalize(raw).text == read


@pytest.mark.parametrize("raw", [
    "Số: ____/KH-UBND",
    "Số:___/BC-UBND",
    "Cà Mau, ngày __ tháng __ năm 2027",
    "cột ma_don_vi và ma_xa",
    "Điền vào ô _ trống",
    "tệp bao_cao_2027.xlsx",
    "_chưa đóng",
    "_ a _",
    "mã _x_1",
])
def test_blanks_and_snake_case_stay(raw: str) -> None:
    assert underscore_emphasis_edits(raw) == []
    if "__" not in raw:  # (runs of two or more are the markup pass's, as before)
        assert normalize(raw).text == raw


def test_escaped_underscores_are_text() -> None:
    assert normalize("\\_tạm\\_").text == "_tạm_"


def test_underscore_marks_map_back_to_the_rendering() -> None:
    raw = "_Vĩnh Long, ngày 02 tháng 9 năm 2027_"
    aligned = normalize(raw)
    start = aligned.text.index("Vĩnh")
    span = aligned.to_original((start, start + len("Vĩnh Long")))
    assert raw[span[0]:span[1]] == "Vĩnh Long"


@pytest.mark.parametrize(("raw", "read"), [
    ("Sơn La, ngày09 tháng11 năm2027", "Sơn La, ngày 09 tháng 11 năm 2027"),
    ("NĂM2028", "NĂM 2028"),
])
def test_date_words_glued_to_their_number_are_split(raw: str, read: str) -> None:
    assert normalize(raw).text == read


@pytest.mark.parametrize(("raw", "read"), [
    ("KẾ HOẠCH NÂNGCAO CHẤT LƯỢNG", "KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG"),
    ("CHƯƠNG TRÌNH CHUYỂNĐỔI SỐ", "CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ"),
])
def test_glued_capitals_are_split_when_asked(raw: str, read: str) -> None:
    assert normalize(raw, NormalizeOptions(glued_capitals=True)).text == read
    # by default the text keeps the glue, as the gold copies a title as printed
    assert normalize(raw).text == raw


@pytest.mark.parametrize("raw", [
    "trongnăm2027",      # a date word inside a longer run of letters
    "OCOP",              # an acronym of Latin letters
    "HĐND",              # an acronym: no syllables
    "UBNDXÃ",            # "ubnd" is in the inventory, but not shaped like a syllable
    "XUẤT",              # one syllable
    "QUYÉT",             # a damaged letter: the second part would open with a vowel
    "Phátriển",          # not in capitals
    "COVID-19",
])
def test_words_that_are_not_glued_stay(raw: str) -> None:
    assert glued_word_edits(raw, capitals=True) == []


def test_ambiguous_glue_is_left() -> None:
    # "THƯƠNGNHÂN" … any word that two cuts both read as two syllables is not split
    for word in ("PHÁTTRIỂN", "KINHTẾ", "THƯƠNGMẠI"):
        assert split_point(word) is not None
    assert split_point("ĐĂKLĂK") is None  # "đăk" is not in the inventory


def test_split_offsets_do_not_move() -> None:
    raw = "ĐẨY MẠNH PHÁTTRIỂN DU LỊCH"
    aligned = normalize(raw, NormalizeOptions(glued_capitals=True))
    assert aligned.text == "ĐẨY MẠNH PHÁT TRIỂN DU LỊCH"
    start = aligned.text.index("DU")
    assert aligned.to_original((start, start + 2)) == (raw.index("DU"), raw.index("DU") + 2)


FOOTER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 31/KH-UBND\nTân Lập, ngày 11 tháng 5 năm 2027\n\n"
    "KẾ HOẠCH\nPhòng chống thiên tai năm 2027\n\n"
    "I. MỤC TIÊU\nGiảm thiệt hại do thiên tai gây ra trên địa bàn xã.\n\n"
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n"
    "- Ban Chỉ huy phòng chống thiên tai huyện,\tKT. CHỦ TỊCH\n"
    "- Các ban, ngành, đoàn thể của xã và\tPHÓ CHỦ TỊCH\n"
    "các thôn, ấp;\n"
    "- Lưu: VT.\tLê Thị Hoa\n"
)


def test_recipient_continuation_stays_in_its_column() -> None:
    text = normalize(FOOTER).text
    assert "PHÓ CHỦ TỊCH\ncác thôn, ấp;" in text
    doc = kehoach_parser.parse(FOOTER)
    assert any(r.endswith("các thôn, ấp") for r in doc.recipients)
    assert doc.signers[0].position == "Phó Chủ tịch"
    assert doc.signers[0].name == "Lê Thị Hoa"


def test_continuation_beside_a_lower_case_cell_still_joins() -> None:
    # the right cell is no signature's capitals: the page-break rule joins as before
    text = normalize("Giao phòng Kinh tế\tghi chú\nchủ trì thực hiện.").text
    assert text == "Giao phòng Kinh tế\tghi chú chủ trì thực hiện."


def test_date_cell_still_continues() -> None:
    # a place and date cut after "ngày 10" goes on in the right column (not capitals)
    text = normalize("Số: 4/KH-UBND\tBình An, ngày 10\ntháng 01 năm 2027").text
    assert "ngày 10 tháng 01 năm 2027" in text

"""The second round of header perturbations: both column orders on one line, the whole
header on one line, titles wrapped, split by a blank line or on the type line, the type
word spaced out, PDF font damage.  Each keeps every word (up to the damaged letters)."""

from __future__ import annotations

import unicodedata

import pytest

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HƯNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 27/KH-UBND\n"
    "Đông Hưng, ngày 3 tháng 5 năm 2027\n\n**KẾ HOẠCH**\n"
    "**Phòng, chống dịch bệnh trên đàn gia súc năm 2027**\n\nCăn cứ Luật Thú y;\nI. MỤC TIÊU\n"
)
NEW = ("title_wrapped", "title_blank_line", "title_on_type_line", "type_spaced",
       "header_pipes_swapped", "header_spaces_swapped", "header_one_line", "pdf_font_damage")


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.replace("*", "")).replace("ƣ", "ư").replace(
        "Ƣ", "Ư").replace("Ð", "Đ")
    return sorted(w for w in text.split() if w.strip("-|#"))


@pytest.mark.parametrize("name", [n for n in NEW if n != "type_spaced"])
def test_registered_keeping_every_word(name: str) -> None:
    assert name in PERTURBATIONS
    out = apply_perturbations(HEADER, [name], seed="doc")
    assert out != HEADER
    assert _words(out) == _words(HEADER)
    assert out.endswith("Căn cứ Luật Thú y;\nI. MỤC TIÊU\n")


def test_the_new_layouts() -> None:
    swapped = apply_perturbations(HEADER, ["header_pipes_swapped"], seed="x").split("\n")
    assert swapped[:3] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | ỦY BAN NHÂN DÂN",
                           "Độc lập - Tự do - Hạnh phúc | XÃ ĐÔNG HƯNG",
                           "Đông Hưng, ngày 3 tháng 5 năm 2027 | Số: 27/KH-UBND"]
    one = apply_perturbations(HEADER, ["header_one_line"], seed="x").split("\n")
    assert one[0].startswith("ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG CỘNG HÒA") and one[0].endswith(
        "Số: 27/KH-UBND Đông Hưng, ngày 3 tháng 5 năm 2027")
    on_type = apply_perturbations(HEADER, ["title_on_type_line"], seed="x")
    assert "\nKẾ HOẠCH Phòng, chống dịch bệnh trên đàn gia súc năm 2027\n\nCăn cứ" in on_type
    spaced = apply_perturbations(HEADER, ["type_spaced"], seed="x")
    assert "\nK Ế   H O Ạ C H\n" in spaced
    blank = apply_perturbations(HEADER, ["title_blank_line"], seed="x").split("\n")
    k = blank.index("**KẾ HOẠCH**")
    assert blank[k + 2] == "" and blank[k + 1] and blank[k + 3]
    damaged = apply_perturbations(HEADER, ["pdf_font_damage"], seed="x")
    assert "HƯNG" not in damaged and "HƢNG" in damaged and "ÐÔNG" in damaged


@pytest.mark.parametrize("seed", ["a", "b", "c", "d"])
def test_a_wrapped_title_keeps_its_words_in_order(seed: str) -> None:
    out = apply_perturbations(HEADER, ["title_wrapped"], seed=seed).split("\n")
    k = out.index("**KẾ HOẠCH**")
    end = out.index("", k)
    assert 2 <= end - k - 1 <= 4
    assert " ".join(out[k + 1:end]) == "Phòng, chống dịch bệnh trên đàn gia súc năm 2027"


def test_a_title_whose_end_is_not_clear_is_left_as_it_is() -> None:
    body = "\n".join(f"Thôn {k} tổ chức tiêm phòng" for k in range(1, 6))
    text = HEADER.replace("năm 2027**\n\nCăn cứ", "năm 2027**\n" + body + "\nCăn cứ")
    assert apply_perturbations(text, ["title_wrapped"], seed="x") == text


COLUMN_BY_COLUMN = (
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n\nXÃ AN LẠC\n\nSố:\n/KH-MTTQ\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "An Lạc, ngày 4 tháng 3 năm 2027\n\nKẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết\n\nI. MỤC ĐÍCH\n")
SIDE_BY_SIDE = (
    "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "| XÃ AN LẠC | Độc lập - Tự do - Hạnh phúc |\n"
    "| Số: 12/KH-UBND | An Lạc, ngày 4 tháng 3 năm 2027 |\n\nKẾ HOẠCH\n"
    "Tổ chức Ngày hội Đại đoàn kết\n\nI. MỤC ĐÍCH\n")


@pytest.mark.parametrize("text", [COLUMN_BY_COLUMN, SIDE_BY_SIDE])
def test_headers_in_other_orders_are_rewritten_too(text: str) -> None:
    out = apply_perturbations(text, ["header_one_line"], seed="x")
    assert out != text and _words(out) == _words(text)
    assert out.split("\n")[0].startswith(("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN LẠC CỘNG",
                                          "ỦY BAN NHÂN DÂN XÃ AN LẠC CỘNG"))


def test_a_header_with_a_stray_line_between_its_blocks_is_left_as_it_is() -> None:
    text = COLUMN_BY_COLUMN.replace("\n\nCỘNG HÒA", "\n*\nGhi chú\nCỘNG HÒA")
    assert apply_perturbations(text, ["header_one_line"], seed="x") == text


def test_a_double_spaced_header_stays_double_spaced() -> None:
    spaced = "\n\n".join(COLUMN_BY_COLUMN.replace("\n\n", "\n").split("\n")[:8]) + "\n\n" \
        + "\n".join(COLUMN_BY_COLUMN.replace("\n\n", "\n").split("\n")[8:])
    out = apply_perturbations(spaced, ["header_motto_first"], seed="x").split("\n")
    k = out.index("KẾ HOẠCH")
    head = out[:k]
    assert head[0].startswith("CỘNG HÒA") and head[1] == ""
    assert all(not head[i + 1] for i, ln in enumerate(head[:-1]) if ln)

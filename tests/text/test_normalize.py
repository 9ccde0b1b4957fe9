from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.text import normalize as nz
from kehoach_parser.text.normalize import NormalizeOptions, normalize


def _round_trip(src: str, needle: str) -> str:
    a = normalize(src)
    i = a.text.index(needle)
    s, e = a.to_original((i, i + len(needle)))
    return src[s:e]


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("## KẾ HOẠCH", "KẾ HOẠCH"),
        ("#### **1. Nội dung:**", "1. Nội dung:"),
        ("***Nơi nhận:***", "Nơi nhận:"),
        ("trước ngày **30/6/2026**.", "trước ngày 30/6/2026."),
        ("năng suất  $\\geq 65$  tạ/ha", "năng suất ≥ 65 tạ/ha"),
        ("diện tích $\\approx 362,4$ ha", "diện tích ≈ 362,4 ha"),
        ("giảm $\\geq 20\\%$ so với 2025", "giảm ≥ 20% so với 2025"),
        ("tỷ lệ $\\leq 5$%", "tỷ lệ ≤ 5%"),
        ("1\\. Mục đích", "1. Mục đích"),
        ("Dòng một<br>Dòng hai", "Dòng một\nDòng hai"),
        ("Thường trực (*) xã", "Thường trực (*) xã"),
        ("* Nội dung một", "- Nội dung một"),
        ("> Trích dẫn một đoạn", "Trích dẫn một đoạn"),
        # ">" before a figure is a comparator (a table cell), not a quote marker
        ("Năng suất\n>2.300\n>= 95%", "Năng suất\n>2.300\n>= 95%"),
        ("> 50 tạ/ha", "> 50 tạ/ha"),
        # a backslash hard break (pandoc): at a line's end, before closing emphasis, before
        # a table cell's border or a column gap; an escaped pipe stays a pipe
        ("- Các sở, ngành,\\\n- Lưu: VT.", "- Các sở, ngành,\n- Lưu: VT."),
        ("***Nơi nhận:\\***", "Nơi nhận:"),
        ("| - Chính phủ;\\     |", "| - Chính phủ;\t|"),
        ("Bộ Tài chính\\          **CỘNG HÒA", "Bộ Tài chính\tCỘNG HÒA"),
        # ... or before a single tab (a DOCX table saved with tabs between its cells)
        ("- Sở Y tế;\\\tTRƯỞNG BAN", "- Sở Y tế;\tTRƯỞNG BAN"),
        ("a \\| b", "a | b"),
    ],
)
def test_markup_is_removed(src: str, expected: str) -> None:
    assert normalize(src).text == expected


def test_markup_removal_keeps_offsets_into_the_original() -> None:
    src = "(1) Tổng đàn **gia cầm** $\\geq 148.000$ con; rau màu  $\\approx 362,4$  ha"
    assert _round_trip(src, "gia cầm") == "gia cầm"
    assert _round_trip(src, "148.000") == "148.000"
    assert _round_trip(src, "≥") == "\\geq"
    assert _round_trip(src, "362,4") == "362,4"


def test_nfd_input_becomes_nfc_and_maps_back() -> None:
    nfc = "Ủy ban nhân dân xã Thượng Ninh"
    nfd = unicodedata.normalize("NFD", nfc)
    a = normalize(nfd)
    assert a.text == nfc
    i = a.text.index("Thượng")
    s, e = a.to_original((i, i + len("Thượng")))
    assert unicodedata.normalize("NFC", nfd[s:e]) == "Thượng"


def test_odd_spaces_and_zero_width_characters() -> None:
    assert normalize("đạt\u00a0100%\u200b;\u202fxã").text == "đạt 100%; xã"
    assert normalize("\ufeffKẾ HOẠCH").text == "KẾ HOẠCH"
    assert normalize("A\r\nB\rC").text == "A\nB\nC"


def test_column_gaps_become_tabs_and_double_spaces_single() -> None:
    assert normalize("ỦY BAN NHÂN DÂN      CỘNG HÒA").text == "ỦY BAN NHÂN DÂN\tCỘNG HÒA"
    assert normalize("đạt  100%").text == "đạt 100%"


def test_blank_lines_fold_and_edges_strip() -> None:
    assert normalize("\n\n  A  \n\n\n \n\nB\n\n").text == "A\n\nB"


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("tổng hợp tình hình, kết quả thực hiện\n\n \nbáo cáo UBND xã.",
         "tổng hợp tình hình, kết quả thực hiện báo cáo UBND xã."),
        ("công tác quản lý về tín ngưỡng, tôn\n\ngiáo, dân tộc",
         "công tác quản lý về tín ngưỡng, tôn giáo, dân tộc"),
        ("Mục đích chung\na) Đẩy mạnh phong trào", "Mục đích chung\na) Đẩy mạnh phong trào"),
        ("Mục đích chung\n\nđ. Năm là", "Mục đích chung\n\nđ. Năm là"),
        # a letter label glued to the figure of its item gets its space back and stays a
        # line of its own
        ("2. Mục tiêu cụ thể\n\na)95% trẻ em được tiêm chủng",
         "2. Mục tiêu cụ thể\n\na) 95% trẻ em được tiêm chủng"),
        ("Các nội dung\n- gạch đầu dòng", "Các nội dung\n- gạch đầu dòng"),
        ("Một câu.\n\nHai câu.", "Một câu.\n\nHai câu."),
    ],
)
def test_page_break_rejoin(src: str, expected: str) -> None:
    assert normalize(src).text == expected


def test_rejoin_can_be_switched_off() -> None:
    src = "thực hiện\n\nbáo cáo"
    assert normalize(src, NormalizeOptions(rejoin_lines=False)).text == src


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("Phân đầu tổng giá trị", "Phấn đấu tổng giá trị"),
        ("phần đấu đạt 100%", "phấn đấu đạt 100%"),
        ("phấn\n\nđầu hoàn thành", "phấn đấu hoàn thành"),
        ("chuyên đổi số", "chuyển đổi số"),
        ("phân đấu", "phấn đấu"),
        ("phân công đấu thầu", "phân công đấu thầu"),  # not a typo: different words
    ],
)
def test_typo_repair(src: str, expected: str) -> None:
    assert normalize(src).text == expected


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("thuỷ sản", "thủy sản"),
        ("Uỷ ban", "Ủy ban"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("hoàn thành", "hoàn thành"),  # "oà" followed by a consonant is already right
        ("khoẻ", "khỏe"),
        ("Quý I năm 2026", "Quý I năm 2026"),  # "qu" is a consonant: nothing to move
        ("quỹ khen thưởng", "quỹ khen thưởng"),
    ],
)
def test_tone_placement(src: str, expected: str) -> None:
    assert normalize(src).text == expected


def test_lone_surrogates_become_replacement_characters_and_json_works() -> None:
    import kehoach_parser

    doc = kehoach_parser.parse("KẾ HOẠCH\ud800 phát triển \udfff năm 2026\n")
    assert "\ufffd" in doc.text and "\ud800" not in doc.text
    assert "KẾ HOẠCH" in doc.model_dump_json()


def test_a_long_run_of_spaces_inside_a_line_is_linear() -> None:
    # edge stripping used a "[ \t]+$" search, quadratic on inner runs; 200k spaces took minutes
    from kehoach_parser.text.normalize import normalize

    out = normalize("Tỷ lệ" + " " * 200_000 + "đạt 50%.   \n   II. NHIỆM VỤ").text
    assert out == "Tỷ lệ\tđạt 50%.\nII. NHIỆM VỤ"


_MARKUP_PIECES = ["#", "##", "> ", "* ", "**", "*", "_", "__", "___", "(*)", "(**)", "(", ")",
                  "$", "$$", "\\geq", "\\", "\\*", "<br>", "<br />", "<b>", "</b>", "<span x>",
                  "<", " ", "  ", "\t", "\n", "a", "Kế", "1", ".", "x_y"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_MARKUP_PIECES), max_size=30))
def test_markup_matches_are_those_of_a_full_scan(pieces: list[str]) -> None:
    # issue 15: the markup pattern is tried only at its signs and the blanks before them
    text = "".join(pieces)
    assert [(m.span(), m.groupdict()) for m in nz.markup_matches(text)] == [
        (m.span(), m.groupdict()) for m in nz._MARKUP_RE.finditer(text)]


def test_a_unit_cell_is_not_joined_to_the_cell_above() -> None:
    # a table copied one cell per paragraph: the unit cell keeps its own line
    src = "Mức giảm tỷ lệ thất nghiệp\n\nđiểm\n\n1-1,5\n\nNăng suất lúa\n\ntạ/ha\n\n≥ 60\n"
    text = normalize(src).text
    assert "thất nghiệp điểm" not in text and "lúa tạ/ha" not in text


def test_a_sentence_broken_before_a_lower_case_word_is_still_rejoined() -> None:
    src = "Phấn đấu đến năm 2027 đạt chuẩn\n\nđiểm trường chính và 2 điểm lẻ.\n"
    assert "chuẩn điểm trường" in normalize(src).text

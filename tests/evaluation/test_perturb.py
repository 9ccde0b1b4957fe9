"""Layout perturbations: deterministic, content-preserving, and wired into ``kehoach eval``."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from kehoach_parser.cli.main import main
from kehoach_parser.errors import KehoachError
from kehoach_parser.evaluation import evaluate_corpus
from kehoach_parser.evaluation.perturb import (
    PERTURBATIONS,
    WRAP_WIDTHS,
    Perturbation,
    apply_perturbations,
    perturbation_names,
)

TEXT = (
    "ỦY BAN NHÂN DÂN XÃ AN BÌNH\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2027\n\n"
    "I. MỤC TIÊU, CHỈ TIÊU\n"
    "- Phấn đấu tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa trên 90% và tỷ lệ thôn, tổ "
    "dân phố đạt danh hiệu văn hóa từ 85% trở lên, tỷ lệ hộ nghèo giảm còn dưới 2% vào cuối "
    "năm 2027 theo chuẩn nghèo đa chiều.\n"
    "| 1 | Thu ngân sách | tỷ đồng | 12,5 |\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
)

CONTENT_KEEPING = ("hard_wrap", "crlf", "blank_lines", "double_spaced", "no_blank_lines",
                   "indent", "trailing_spaces", "bullets", "header_pipes", "header_spaces",
                   "header_cells_split", "header_rules", "title_joined",
                   "header_columns_swapped", "header_motto_first")


def folded(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_deterministic_for_a_seed(name: str) -> None:
    first = apply_perturbations(TEXT, [name], seed="doc-1")
    assert first == apply_perturbations(TEXT, [name], seed="doc-1")


@pytest.mark.parametrize("name", CONTENT_KEEPING)
def test_words_unchanged_but_for_bullets(name: str) -> None:
    out = apply_perturbations(TEXT, [name], seed="doc-2")
    before = [w for w in folded(TEXT) if w != "-"]
    after = [w for w in folded(out) if w not in {"-", "•", "–", "−"}]
    assert after == before


def test_hard_wrap_breaks_long_lines_at_spaces_within_the_width() -> None:
    out = apply_perturbations(TEXT, ["hard_wrap"], seed="doc-3")
    assert out.count("\n") > TEXT.count("\n")
    for line in out.split("\n"):
        if "|" not in line:
            assert len(line) <= WRAP_WIDTHS[1]
    # the table row is never re-wrapped
    assert "| 1 | Thu ngân sách | tỷ đồng | 12,5 |" in out.split("\n")


def test_nfd_decomposes_and_crlf_ends_lines() -> None:
    out = apply_perturbations(TEXT, ["nfd", "crlf"], seed="x")
    assert out != TEXT and unicodedata.normalize("NFC", out).replace("\r\n", "\n") == TEXT


def test_table_rows_lose_their_bars() -> None:
    tabs = apply_perturbations(TEXT, ["bars_to_tabs"], seed="x")
    assert "1\tThu ngân sách\ttỷ đồng\t12,5" in tabs
    spaces = apply_perturbations(TEXT, ["bars_to_spaces"], seed="x")
    row = next(line for line in spaces.split("\n") if line.startswith("1 "))
    assert "|" not in row and "Thu ngân sách   " in row


# A header as a narrow two-column table prints it, one cell line under the other.
HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ HÒA PHONG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 31/KH-UBND\n|\nHòa Phong, ngày\n"
    "9 tháng 4 năm 2027\n|\nKẾ HOẠCH\nPHÁT TRIỂN CÂY ĂN QUẢ\nTRÊN ĐỊA BÀN XÃ\nGIAI ĐOẠN "
    "2027 - 2030\nCăn cứ Nghị quyết của Đảng ủy xã;\nI. MỤC TIÊU\n"
)
HEADER_LAYOUTS = ("header_pipes", "header_spaces", "header_cells_split", "header_rules",
                  "title_joined", "header_columns_swapped", "header_motto_first")


def rule_free_words(text: str) -> list[str]:
    return [w for w in folded(text) if w.strip("-|")]


@pytest.mark.parametrize("name", HEADER_LAYOUTS)
def test_header_layouts_move_cells_and_keep_every_word(name: str) -> None:
    out = apply_perturbations(HEADER, [name], seed="doc-4")
    assert out != HEADER
    assert sorted(rule_free_words(out)) == sorted(rule_free_words(HEADER))  # cells may swap
    assert out.endswith("Căn cứ Nghị quyết của Đảng ủy xã;\nI. MỤC TIÊU\n")  # body untouched


def test_header_columns_side_by_side_row_by_row() -> None:
    pipes = apply_perturbations(HEADER, ["header_pipes"], seed="x").split("\n")
    assert pipes[:3] == ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "XÃ HÒA PHONG | Độc lập - Tự do - Hạnh phúc",
                         "Số: 31/KH-UBND | Hòa Phong, ngày 9 tháng 4 năm 2027"]
    spaces = apply_perturbations(HEADER, ["header_spaces"], seed="x").split("\n")
    assert spaces[0].startswith("ỦY BAN NHÂN DÂN    ") and "|" not in spaces[0]
    # cells side by side are put back on lines of their own
    split = apply_perturbations("\n".join(pipes), ["header_cells_split"], seed="x")
    assert split.split("\n")[:3] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                     "XÃ HÒA PHONG"]


def test_header_rules_toggle_and_the_title_joins() -> None:
    bare = apply_perturbations(HEADER, ["header_rules"], seed="x")
    assert "---" not in bare
    ruled = apply_perturbations(bare, ["header_rules"], seed="x").split("\n")
    assert ruled[ruled.index("CỘNG HÒA XÃ HỘI") - 1] == "-------"
    joined = apply_perturbations(HEADER, ["title_joined"], seed="x")
    assert "KẾ HOẠCH\nPHÁT TRIỂN CÂY ĂN QUẢ TRÊN ĐỊA BÀN XÃ GIAI ĐOẠN 2027 - 2030\nCăn cứ" \
        in joined


def test_header_columns_in_another_order() -> None:
    swapped = apply_perturbations(HEADER, ["header_columns_swapped"], seed="x").split("\n")
    assert swapped[:8] == ["CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                           "Hòa Phong, ngày", "9 tháng 4 năm 2027", "ỦY BAN NHÂN DÂN",
                           "XÃ HÒA PHONG", "Số: 31/KH-UBND"]
    motto = apply_perturbations(HEADER, ["header_motto_first"], seed="x").split("\n")
    assert motto[2:6] == ["Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN", "XÃ HÒA PHONG",
                          "Số: 31/KH-UBND"]
    assert motto[8] == "KẾ HOẠCH"


def test_a_text_without_a_header_is_left_as_it_is() -> None:
    for name in HEADER_LAYOUTS:
        assert apply_perturbations(TEXT, [name], seed="x") == TEXT


def test_unknown_names_are_refused() -> None:
    with pytest.raises(KehoachError, match="unknown perturbation"):
        perturbation_names("hard_wrap,sideways")
    assert perturbation_names(" hard_wrap, crlf ") == ["hard_wrap", "crlf"]


def test_eval_parses_the_perturbed_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gold = Path("corpus/000_f3d1e280d760d2eb.gold.json")
    (tmp_path / "doc.txt").write_text(
        Path("corpus/000_f3d1e280d760d2eb.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "doc.gold.json").write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    clean = evaluate_corpus(tmp_path).documents[0]
    wrapped = evaluate_corpus(tmp_path, perturb=["trailing_spaces", "crlf"]).documents[0]
    assert clean.error is None and wrapped.error is None
    assert main(["eval", str(tmp_path), "--perturb", "crlf"]) == 0
    with pytest.raises(KehoachError):
        evaluate_corpus(tmp_path, perturb=["no_such_layout"])
    # a perturbation that keeps only the first line must cost the score: the text is rewritten
    monkeypatch.setitem(PERTURBATIONS, "first_line", Perturbation(
        "first_line", "test only", lambda text, rng: text.split("\n", 1)[0]))
    cut = evaluate_corpus(tmp_path, perturb=["first_line"]).documents[0]
    assert clean.areas["indicators"].f1 == 1.0
    assert cut.areas["indicators"].f1 < 0.5


# --- table layouts -----------------------------------------------------------------------
TABLE_NAMES = sorted(n for n in PERTURBATIONS if n.startswith("table_"))

#: A table of targets in three layouts: DOCX rows, web bars, one cell a paragraph.
ROWS_TABLE = (
    "Các chỉ tiêu chủ yếu năm 2027:\n"
    "STT | Chỉ tiêu | ĐVT | Kế hoạch 2027\n"
    "1 | Tỷ lệ hộ nghèo | % |  \n"
    "2 | Tỷ lệ trẻ em suy dinh dưỡng | % | 8,5\n"
    "3 | Số xã đạt chuẩn nông thôn mới | xã | 12\n"
    "Ghi chú: số liệu dự kiến.\n"
)
BARS_TABLE = "Biểu 1.\n" + "\n".join(
    ["|", "STT", "|", "Chỉ tiêu", "|", "Năm 2026", "|", "Năm 2027", "|", "|",
     "1", "|", "Thu ngân sách", "|", "**12.500**", "|", "|", "14.200", "|", "|",
     "2", "|", "Chi đầu tư", "|", "3.100", "|", "3.400", "|"]) + "\nKết thúc biểu.\n"
PARAGRAPH_TABLE = "Phụ lục\n\n" + "\n\n".join(
    ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "1", "Tổng sản phẩm", "%", "7,5", "2",
     "Thu nhập bình quân", "triệu đồng", "95", "3", "Tỷ lệ đô thị hóa", "%", "40"]) \
    + "\n\nTổ chức thực hiện gồm nhiều nội dung dài hơn một ô của bảng.\n"


def words(text: str) -> list[str]:
    """The words of ``text`` without bars, rule rows and emphasis marks (the layout of a
    table; a layout may drop Markdown, as PDF text does)."""
    return sorted(w.strip("*_") for w in folded(text) if w.strip("|-:*_"))


@pytest.mark.parametrize("name", TABLE_NAMES)
@pytest.mark.parametrize("text", [ROWS_TABLE, BARS_TABLE, PARAGRAPH_TABLE])
def test_table_layouts_keep_every_word(name: str, text: str) -> None:
    assert words(apply_perturbations(text, [name], seed="t")) == words(text)


def test_bars_become_rows_and_a_double_bar_before_values_is_an_empty_cell() -> None:
    out = apply_perturbations(BARS_TABLE, ["table_docx_rows"], seed="t").split("\n")
    assert "STT | Chỉ tiêu | Năm 2026 | Năm 2027" in out
    assert "1 | Thu ngân sách | **12.500** |  | 14.200" in out
    assert "2 | Chi đầu tư | 3.100 | 3.400" in out
    assert out[0] == "Biểu 1." and out[-2] == "Kết thúc biểu."


def test_rows_become_tabs_space_runs_and_pipes() -> None:
    tabs = apply_perturbations(ROWS_TABLE, ["table_tabs"], seed="t").split("\n")
    assert "2\tTỷ lệ trẻ em suy dinh dưỡng\t%\t8,5" in tabs
    spaces = apply_perturbations(ROWS_TABLE, ["table_spaces"], seed="t").split("\n")
    row = next(line for line in spaces if line.startswith("1 "))
    assert "|" not in row and row.rstrip().endswith("%")  # the empty cell is lost
    pipes = apply_perturbations(ROWS_TABLE, ["table_pipes"], seed="t").split("\n")
    assert pipes[1].startswith("| STT |") and pipes[2] == "|---|---|---|---|"


def test_cells_one_a_line_or_a_paragraph_or_between_bars() -> None:
    lines = apply_perturbations(ROWS_TABLE, ["table_cell_lines"], seed="t").split("\n")
    assert lines[1:5] == ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2027"]
    paras = apply_perturbations(BARS_TABLE, ["table_cell_paragraphs"], seed="t")
    assert "\n\nThu ngân sách\n\n**12.500**\n\n14.200\n\n" in paras
    bars = apply_perturbations(ROWS_TABLE, ["table_bar_lines"], seed="t").split("\n")
    assert bars[1:6] == ["|", "STT", "|", "Chỉ tiêu", "|"]
    assert bars[bars.index("Kế hoạch 2027") + 1:][:4] == ["|", "|", "1", "|"]  # a row ends
    # a table one cell a paragraph has no rows to print between bars: left as it is
    assert apply_perturbations(PARAGRAPH_TABLE, ["table_bar_lines"], seed="t") == PARAGRAPH_TABLE
    lines = apply_perturbations(PARAGRAPH_TABLE, ["table_cell_lines"], seed="t").split("\n")
    assert lines[1:5] == ["TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch"]
    # prose after the table is not a cell
    assert "Tổ chức thực hiện gồm nhiều nội dung dài hơn một ô của bảng." in lines


def test_rule_rows_are_added_or_removed_and_empty_cells_dropped() -> None:
    pipes = apply_perturbations(ROWS_TABLE, ["table_pipes"], seed="t")
    assert "---" not in apply_perturbations(pipes, ["table_rules"], seed="t")
    markdown = "| a | b |\n| 1 | 2 |\n| 3 | 4 |\n"
    assert apply_perturbations(markdown, ["table_rules"], seed="t").split("\n")[1] == "|---|---|"
    dropped = apply_perturbations(ROWS_TABLE, ["table_drop_empty"], seed="t").split("\n")
    assert "1 | Tỷ lệ hộ nghèo | %" in dropped


def test_a_header_over_two_rows_is_printed_on_one_row() -> None:
    table = ("STT | Chỉ tiêu | Năm 2026 | Năm 2027\n"
             "Kế hoạch | Ước thực hiện\n"
             "1 | Thu ngân sách | 12,5 | 12,1 | 14\n"
             "2 | Chi đầu tư | 3,1 | 3,0 | 3,4\n")
    out = apply_perturbations(table, ["table_header_one_row"], seed="t").split("\n")
    assert out[0] == "STT | Chỉ tiêu | Năm 2026 | Năm 2027 | Kế hoạch | Ước thực hiện"
    assert out[1] == "1 | Thu ngân sách | 12,5 | 12,1 | 14"


def test_a_table_on_one_line_keeps_its_cells_in_order() -> None:
    out = apply_perturbations(ROWS_TABLE, ["table_one_line"], seed="t").split("\n")
    assert out[1].startswith(
        "| STT | Chỉ tiêu | ĐVT | Kế hoạch 2027 | 1 | Tỷ lệ hộ nghèo | % |  | 2 |")
    assert out[0] == "Các chỉ tiêu chủ yếu năm 2027:" and out[2] == "Ghi chú: số liệu dự kiến."


def test_a_long_name_wraps_onto_a_row_of_its_own() -> None:
    out = apply_perturbations(ROWS_TABLE, ["table_wrapped_rows"], seed="t").split("\n")
    assert "| 3 | Số xã đạt | xã | 12 |" in out
    assert out[out.index("| 3 | Số xã đạt | xã | 12 |") + 1] == "|  | chuẩn nông thôn mới |  |  |"
    assert "| 1 | Tỷ lệ hộ nghèo | % |  |" in out  # (a short name stays on its row)


def test_header_cells_wrap_over_physical_rows() -> None:
    table = ("| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027 |\n"
             "| 1 | Tỷ lệ hộ nghèo | % | 2,1 |\n| 2 | Thu ngân sách | tỷ đồng | 12 |\n"
             "| 3 | Số xã đạt chuẩn | xã | 5 |\n")
    outs = {apply_perturbations(table, ["table_header_lines"], seed=s) for s in "abcdefgh"}
    assert len(outs) == 2  # the two widths
    for out in outs:
        lines = out.split("\n")
        assert lines[0].startswith("| STT | Chỉ tiêu |") and lines[1].startswith("|  |  |")
        assert "| 1 | Tỷ lệ hộ nghèo | % | 2,1 |" in lines
        assert 2 <= lines.index("| 1 | Tỷ lệ hộ nghèo | % | 2,1 |") <= 3


def test_a_wrapped_header_cell_keeps_its_marks_on_each_line() -> None:
    table = ("| **STT** | **Chỉ tiêu** | **Kế hoạch** **năm 2027** |\n"
             "| 1 | Tỷ lệ hộ nghèo | 2,1 |\n| 2 | Thu ngân sách | 12 |\n| 3 | Số xã | 5 |\n")
    lines = apply_perturbations(table, ["table_header_lines"], seed="a").split("\n")
    # (the two bold runs of the cell are one run of bold, cut into lines)
    assert lines[:2] == ["| **STT** | **Chỉ tiêu** | **Kế hoạch** |",
                         "|  |  | **năm 2027** |"]

"""Ruled tables in PDFs: read from the page's rules, one "| c1 | c2 | … |" line per row."""

from __future__ import annotations

import io

import pytest
from loader_paths import HERE
from pdfgen import ruled_table_pdf, unicode_font_available

from kehoach_parser.loaders.pdf import load_pdf_bytes
from kehoach_parser.loaders.pdf_tables import Rule, find_grids, rules_of_boxes

fonts_needed = pytest.mark.skipif(not unicode_font_available(),
                                  reason="needs the DejaVu fonts (fonts-dejavu-core)")

RULE_READING_ENGINES = ["layout", "fast"]
WIDTHS = [12.0, 62.0, 34.0, 60.0]
HEAD = [["TT"], ["CHỈ TIÊU"], ["MỤC TIÊU", "2026 - 2030"], ["CƠ QUAN CHỦ", "TRÌ, THEO DÕI"]]
GROUP = [["I"], ["VỀ KINH TẾ"]]  # its name cell merged over the three columns left
FIRST_PAGE = [
    HEAD, GROUP,
    [["1"], ["Tốc độ tăng trưởng GDP bình", "quân/năm (%)"], ["Phấn đấu ≥", "10,0"],
     ["1. Bộ Tài chính đầu mối", "tham mưu điều hành kịch", "bản tăng trưởng.",
      "2. Các bộ, cơ quan."]],
    [["2"], ["Tỷ lệ hộ nghèo theo chuẩn", "đa chiều (%)"], ["Giảm 1 - 1,5"], []],
]
SECOND_PAGE = [
    HEAD,
    [["3"], ["Chỉ số phát triển kinh tế-", "xã hội vùng (điểm)"], ["> 0,8"], ["Bộ Xây dựng"]],
    [["4"], ["Tỷ lệ đô thị hóa (%)"], ["> 50"], ["Bộ Xây dựng, các", "địa phương"]],
]
HEAD_ROW = "| TT | CHỈ TIÊU | MỤC TIÊU 2026 - 2030 | CƠ QUAN CHỦ TRÌ, THEO DÕI |"
EXPECTED = [
    "Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030 như sau:",
    HEAD_ROW,
    "| I | VỀ KINH TẾ |  |  |",
    ("| 1 | Tốc độ tăng trưởng GDP bình quân/năm (%) | Phấn đấu ≥ 10,0 | 1. Bộ Tài chính đầu "
     "mối tham mưu điều hành kịch bản tăng trưởng. 2. Các bộ, cơ quan. |"),
    "| 2 | Tỷ lệ hộ nghèo theo chuẩn đa chiều (%) | Giảm 1 - 1,5 |  |",
    HEAD_ROW,
    "| 3 | Chỉ số phát triển kinh tế-xã hội vùng (điểm) | > 0,8 | Bộ Xây dựng |",
    "| 4 | Tỷ lệ đô thị hóa (%) | > 50 | Bộ Xây dựng, các địa phương |",
    "Giao các cơ quan theo dõi và báo cáo kết quả thực hiện.",
]


def _lines(data: bytes, engine: str) -> list[str]:
    return [ln for ln in load_pdf_bytes(data, engine=engine).text.split("\n") if ln]


def _table(rules: str) -> bytes:
    return ruled_table_pdf([FIRST_PAGE, SECOND_PAGE], WIDTHS, rules=rules,
                           above=EXPECTED[0], below=EXPECTED[-1])


@fonts_needed
@pytest.mark.parametrize("engine", RULE_READING_ENGINES)
@pytest.mark.parametrize("rules", ["lines", "rects"])
def test_ruled_table_over_two_pages_reads_one_pipe_row_per_row(engine: str, rules: str) -> None:
    """Wrapped cells joined with one space, a hyphen at a line end kept, an empty cell and
    the cells of a merged cell kept empty, the header printed again on the second page."""
    assert _lines(_table(rules), engine) == EXPECTED


@fonts_needed
@pytest.mark.parametrize("engine", RULE_READING_ENGINES)
def test_without_rules_the_same_text_is_not_read_as_these_rows(engine: str) -> None:
    """The rules make the rows: drawn without them, the wrapped cells do not come out as
    the rows above (the alignment-based reader interleaves their lines)."""
    out = _lines(_table("none"), engine)
    assert not any(row in out for row in EXPECTED[3:5])
    assert not any(ln.startswith("| ") for ln in out)


@fonts_needed
@pytest.mark.parametrize("engine", RULE_READING_ENGINES)
def test_a_row_broken_over_two_pages_gives_its_part_on_each(engine: str) -> None:
    """A table's part on each page is read the same way: a row whose cells run onto the
    next page gives a row there too, its columns still in place."""
    first = [HEAD, [["1"], ["Tốc độ tăng trưởng GDP bình", "quân/năm (%)"], ["Phấn đấu ≥"],
                    ["Bộ Tài chính"]]]
    second = [[[], [], ["10,0"], ["và các bộ"]]]
    out = _lines(ruled_table_pdf([first, second], WIDTHS), engine)
    assert out == [HEAD_ROW,
                   "| 1 | Tốc độ tăng trưởng GDP bình quân/năm (%) | Phấn đấu ≥ | Bộ Tài chính |",
                   "|  |  | 10,0 | và các bộ |"]


def test_rules_make_a_grid_only_with_two_columns_or_more() -> None:
    # a boxed paragraph (one cell) and a lone underline are not tables
    box = [(50.0, 100.0, 300.0, 100.5), (50.0, 200.0, 300.0, 200.5),
           (50.0, 100.0, 50.5, 200.5), (299.5, 100.0, 300.0, 200.5)]
    assert find_grids(rules_of_boxes(box)) == []
    assert find_grids(rules_of_boxes([(50.0, 700.0, 500.0, 700.4)])) == []
    # a middle column rule makes it a two-column table
    grids = find_grids(rules_of_boxes([*box, (150.0, 100.0, 150.5, 200.5)]))
    assert len(grids) == 1 and grids[0].columns == 2
    assert grids[0].column_at(100.0, 150.0) == 0 and grids[0].column_at(200.0, 150.0) == 1
    assert grids[0].column_at(320.0, 150.0) is None


def test_shaded_areas_and_joint_dots_are_not_rules() -> None:
    assert rules_of_boxes([(50.0, 100.0, 300.0, 140.0), (80.6, 635.0, 81.1, 635.5)]) == []
    assert rules_of_boxes([(50.0, 100.0, 300.0, 100.4)]) == [Rule(True, 100.2, 50.0, 300.0)]


def _nq109_page(index: int) -> bytes:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    source = pdfium.PdfDocument(str(HERE.parent.parent / "corpus/real_pdf/NQ109.pdf"))
    one = pdfium.PdfDocument.new()
    one.import_pages(source, [index])
    buffer = io.BytesIO()
    one.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("engine", RULE_READING_ENGINES)
def test_nq109_first_annex_page_reads_its_rows(engine: str) -> None:
    """The first page of NQ109's annex I (Công báo, Word's ruled table, cells wrapped over
    many lines): the header and the first rows come out as pipe rows, each indicator with
    its target in one row."""
    out = _lines(_nq109_page(22), engine)
    rows = [ln for ln in out if ln.startswith("| ")]
    assert rows[0] == ("| TT | CHỈ TIÊU | MỤC TIÊU 2026 - 2030 | CƠ QUAN CHỦ TRÌ, THEO DÕI "
                       "| CƠ QUAN PHỐI HỢP |")
    assert rows[1] == "| I | VỀ KINH TẾ |  |  |  |"
    first = rows[2].split(" | ")
    assert first[:3] == ["| 1", "Tốc độ tăng trưởng GDP bình quân/năm (%)", "Phấn đấu ≥ 10,0"]
    assert first[3].startswith("1. Bộ Tài chính đầu mối tham mưu") and len(first) == 5
    assert rows[3].startswith("| 2 | GDP bình quân đầu người đến năm 2030 (USD) | 8.500 | ")
    assert all(row.count(" | ") == 4 for row in rows)  # every row has the five columns
    assert [row.split(" | ")[0] for row in rows[2:]] == [f"| {n}" for n in range(1, len(rows) - 1)]


@fonts_needed
@pytest.mark.parametrize("engine", RULE_READING_ENGINES)
def test_the_rule_thresholds_come_from_the_layout_params(engine: str) -> None:
    from kehoach_parser.loaders.layout_params import LayoutParams

    data = _table("lines")
    strict = LayoutParams(table_min_rule_columns=5)  # the table has four columns
    out = [ln for ln in load_pdf_bytes(data, engine=engine, layout=strict).text.split("\n") if ln]
    assert HEAD_ROW not in out and HEAD_ROW in _lines(data, engine)


@fonts_needed
@pytest.mark.parametrize("engine", RULE_READING_ENGINES)
def test_the_body_is_measured_outside_ruled_tables(engine: str) -> None:
    """A paragraph above a table of cells centred in their rows (their lines at many
    heights): the body's line pitch comes from the body, so the paragraph's three lines
    are one paragraph; the rows read as before."""
    para = ["Thực hiện Nghị quyết số 01/NQ-CP của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực",
            "hiện kế hoạch phát triển kinh tế - xã hội, Ủy ban nhân dân tỉnh giao các chỉ tiêu",
            "chủ yếu giai đoạn 2026 - 2030 cho các sở, ban, ngành và địa phương như sau:"]
    data = ruled_table_pdf([FIRST_PAGE + SECOND_PAGE[1:]], WIDTHS, above=para, middle=True)
    out = _lines(data, engine)
    assert out[0] == " ".join(para)
    assert out[1:] == EXPECTED[1:5] + EXPECTED[6:-1]  # one page: the header once


def test_many_short_rules_are_joined_quickly() -> None:
    """A page drawing thousands of short strokes (a chart, a hatched area) is no table and
    costs little: rules are compared only with those they could touch."""
    import time

    boxes = [(float(x % 500), float(x * 7 % 800), float(x % 500) + 4.0, float(x * 7 % 800) + 0.3)
             for x in range(4000)]
    start = time.process_time()
    assert find_grids(rules_of_boxes(boxes)) == []
    assert time.process_time() - start < 2.0

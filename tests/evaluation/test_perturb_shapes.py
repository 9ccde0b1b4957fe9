"""Table shapes (issue 12, brief H14W): each ``shape_`` perturbation prints a target table
in another real shape and keeps the target column's figures and the rows' names."""

from __future__ import annotations

from kehoach_parser.evaluation.perturb import PERTURBATIONS, apply_perturbations

TABLE = (
    "Các chỉ tiêu chủ yếu:\n\n"
    "| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2027 | Kế hoạch năm 2028 |\n"
    "| 1 | Tỷ lệ hộ dùng nước sạch | % | 82 | 86 |\n"
    "| 2 | Số trường đạt chuẩn | trường | 14 | 16 |\n"
    "| 3 | Sản lượng lương thực | tấn | 5.200 | 5.400 |\n\n"
    "Tổ chức thực hiện.\n"
)
ONE_TARGET = TABLE.replace(" | Kế hoạch năm 2028 |", " |").replace(" | 86 |", " |") \
    .replace(" | 16 |", " |").replace(" | 5.400 |", " |")
PROSE = "Năm 2027 phấn đấu tỷ lệ hộ dùng nước sạch đạt 82%.\n"
SHAPES = sorted(n for n in PERTURBATIONS if n.startswith("shape_"))


def rows(name: str, text: str = TABLE) -> list[list[str]]:
    out = apply_perturbations(text, [name], seed="t")
    return [[c.strip() for c in ln.strip().strip("|").split("|")]
            for ln in out.split("\n") if ln.startswith("|")]


def test_every_shape_leaves_prose_alone() -> None:
    for name in SHAPES:
        assert apply_perturbations(PROSE, [name], seed="t") == PROSE


def test_merged_header_puts_the_years_on_a_row_under_one_plan_cell() -> None:
    out = rows("shape_header_merged")
    assert out[0][3:] == ["Kế hoạch", ""]
    assert out[1] == ["", "", "", "năm 2027", "năm 2028"]
    assert out[2] == ["1", "Tỷ lệ hộ dùng nước sạch", "%", "82", "86"]


def test_extra_columns_come_before_the_one_target_column_and_a_note_after() -> None:
    out = rows("shape_extra_columns", ONE_TARGET)
    assert out[0] == ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "Ước TH 2026", "Kế hoạch năm 2027",
                      "Ghi chú"]
    assert out[1][5] == "82" and out[1][6] == ""
    assert all(float(c.replace(",", ".")) < 82 for c in out[1][3:5])
    # two plan columns: which one is the target is not known, the table is left alone
    assert apply_perturbations(TABLE, ["shape_extra_columns"], seed="t") == TABLE


def test_unit_in_name_drops_the_unit_column() -> None:
    out = rows("shape_unit_in_name")
    assert out[0] == ["STT", "Chỉ tiêu", "Kế hoạch năm 2027", "Kế hoạch năm 2028"]
    assert out[2] == ["2", "Số trường đạt chuẩn (trường)", "14", "16"]


def test_unit_column_moves_after_the_values() -> None:
    out = rows("shape_unit_column_last")
    assert out[0] == ["STT", "Chỉ tiêu", "Kế hoạch năm 2027", "Kế hoạch năm 2028", "ĐVT"]
    assert out[3] == ["3", "Sản lượng lương thực", "5.200", "5.400", "tấn"]


def test_ordinals_get_a_mark_and_keep_their_number() -> None:
    out = rows("shape_ordinals_marked")
    assert [r[0] for r in out[1:]] in (["1.", "2.", "3."], ["1/", "2/", "3/"])


def test_category_rows_open_the_table_and_its_second_half() -> None:
    out = rows("shape_category_rows")
    assert [r[:2] for r in out if r[0] in ("I", "II")] == [
        ["I", "CÁC CHỈ TIÊU CHỦ YẾU"], ["II", "CÁC CHỈ TIÊU KHÁC"]]
    # a table grouped already is left alone
    grouped = TABLE.replace("| 1 |", "| I | KINH TẾ | | | |\n| 1 |")
    assert apply_perturbations(grouped, ["shape_category_rows"], seed="t") == grouped


def test_a_table_whose_rows_of_figures_are_ragged_keeps_its_columns() -> None:
    ragged = TABLE.replace("| 14 | 16 |", "| 14 |")
    assert apply_perturbations(ragged, ["shape_unit_in_name"], seed="t") == ragged

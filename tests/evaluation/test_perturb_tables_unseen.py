"""Table layouts the readers had not seen (issue 12): each perturbation prints a table the
way one saving path does, and keeps the table's words (or adds only layout words)."""

from __future__ import annotations

from kehoach_parser.evaluation.perturb import apply_perturbations

TABLE = (
    "Các chỉ tiêu chủ yếu:\n\n"
    "| STT | Chỉ tiêu | ĐVT | Thực hiện 2025 | Kế hoạch 2027 | Ghi chú |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Tỷ lệ hộ nghèo | % | 3,1 | 2,5 | |\n"
    "| 2 | Tỷ lệ trẻ em suy dinh dưỡng | % | 9 | 8,5 | |\n"
    "| 3 | Tỷ lệ xã đạt chuẩn nông thôn mới | % | 50 | 62 | |\n"
    "| 4 | Tỷ lệ che phủ rừng | % | 40 | 42 | Đạt |\n"
    "| 5 | Tỷ lệ đô thị hóa | % | 30 | | |\n"
    "| 6 | Tỷ lệ lao động qua đào tạo | % | 70 | 75 | |\n\n"
    "Ghi chú: số liệu dự kiến.\n"
)


def run(name: str, text: str = TABLE) -> list[str]:
    return apply_perturbations(text, [name], seed="t").split("\n")


def test_pdf_cells_without_empty_cells_leave_no_blank_line() -> None:
    lines = run("table_pdf_cells_no_empty")
    body = lines[lines.index("STT"):lines.index("Ghi chú: số liệu dự kiến.")]
    assert all(ln.strip() for ln in body[:-1])
    assert body[body.index("Tỷ lệ đô thị hóa") + 1:][:3] == ["%", "30", "6"]


def test_short_rows_lose_only_their_last_empty_cells() -> None:
    lines = run("table_short_rows")
    assert "5 | Tỷ lệ đô thị hóa | % | 30" in lines
    assert "4 | Tỷ lệ che phủ rừng | % | 40 | 42 | Đạt" in lines


def test_a_flat_header_is_one_line_of_single_spaces() -> None:
    lines = run("table_header_flat")
    assert "STT Chỉ tiêu ĐVT Thực hiện 2025 Kế hoạch 2027 Ghi chú" in lines
    row = next(ln for ln in lines if ln.startswith("1 "))
    assert "   " in row and "|" not in row


def test_two_figures_side_by_side_are_one_space_apart() -> None:
    lines = run("table_figures_one_space")
    row = next(ln for ln in lines if ln.startswith("1 "))
    assert " 3,1 2,5" in row
    assert "Tỷ lệ hộ nghèo   " in row


def test_a_page_break_cuts_the_body_and_the_header_is_not_repeated() -> None:
    lines = run("page_break_in_table")
    numbers = [i for i, ln in enumerate(lines) if ln.strip().isdigit()]
    assert len(numbers) == 1
    k = numbers[0]
    assert lines[k - 1] == lines[k + 1] == ""
    assert lines[k + 2].startswith("| ") and "STT" not in lines[k + 2]
    assert sum("STT" in ln for ln in lines) == 1


def test_one_unit_for_every_row_moves_into_the_header() -> None:
    outs = {apply_perturbations(TABLE, ["unit_in_table_header"], seed=s) for s in "abcdefgh"}
    assert len(outs) == 2  # the unit above the table, or after each value header
    for out in outs:
        assert "| % |" not in out and "ĐVT |" not in out
        assert "ĐVT: %" in out or "Kế hoạch 2027 (%)" in out


def test_value_columns_reversed_keep_their_rows() -> None:
    lines = run("table_value_columns_reversed")
    assert "| STT | Chỉ tiêu | ĐVT | Kế hoạch 2027 | Thực hiện 2025 | Ghi chú |" in lines
    assert "| 5 | Tỷ lệ đô thị hóa | % |  | 30 |  |" in lines


def test_an_estimate_and_a_ratio_follow_the_one_plan_column() -> None:
    plan_only = TABLE.replace("Thực hiện 2025 | ", "").replace("| 3,1 ", "").replace(
        "| 9 ", "").replace("| 50 ", "").replace("| 40 ", "").replace("| 30 ", "").replace(
        "| 70 ", "")
    lines = run("estimate_columns_in_table", plan_only)
    assert "| STT | Chỉ tiêu | ĐVT | Kế hoạch 2027 | Ước thực hiện | So sánh (%) | Ghi chú |" \
        in lines
    row = next(ln for ln in lines if ln.startswith("| 1 |")).split(" | ")
    done, ratio = float(row[4].replace(",", ".")), float(row[5].replace(",", "."))
    assert 2.5 * 0.85 - 0.1 <= done < 2.5 and 80 < ratio < 100
    # a table that already has a result column is left alone
    assert run("estimate_columns_in_table") == TABLE.split("\n")

"""Tables as PDF text gives them (issue 12): space-aligned columns whose wide cells wrap,
read back as one Markdown row a logical row, every character mapped to its original place.
The layouts are written for these tests."""

from __future__ import annotations

import pytest

import kehoach_parser
from kehoach_parser.evaluation.perturb import apply_perturbations
from kehoach_parser.extract.indicators import figures_from_text
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.layout_tables import _ORDINAL_RE, layout_table_pieces
from kehoach_parser.text.normalize import normalize

#: Short cells on the middle line of each row (pdftotext -layout of a table centred
#: vertically), a status cell that wraps too, no blank lines.
CENTRED = """Kết quả năm 2027:

 STT   Nội dung chỉ tiêu          ĐVT     Kế hoạch   Thực hiện   Đánh giá
       Mở mới ít nhất 05 lớp
  1    bồi dưỡng nghiệp vụ cho    lớp          5           6     Vượt chỉ
       công chức cấp xã                                          tiêu
  2    Tỷ lệ thôn có nhà văn      %           90          92     Đạt
       hóa đạt chuẩn
       Số trường học được sửa
  3    chữa, nâng cấp theo đề     trường       4           3     Chưa đạt
       án của Sở Giáo dục

Các đơn vị báo cáo trước ngày 15 tháng 12 năm 2027.
"""

#: Rows apart by blank lines, the ordinal alone at the left edge, pieces above and below it.
SPACED = """ TT   Tên nhiệm vụ                                 Chỉ tiêu         Kết quả
      Hỗ trợ chuyển đổi nghề cho lao động
 1    nông thôn                                        300 người     320 người
      tại các xã vùng bãi ngang


      Xây dựng mô hình sản xuất nông nghiệp
 2    ứng dụng công nghệ cao                           4 mô hình     2 mô hình
"""


def rows(text: str) -> list[str]:
    return [line for line in normalize(text).text.split("\n") if line.startswith("| ")]


def test_a_centred_table_reads_one_row_a_line_with_its_cells_joined() -> None:
    got = rows(CENTRED)
    assert got == [
        "| STT | Nội dung chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Đánh giá |",
        "| 1 | Mở mới ít nhất 05 lớp bồi dưỡng nghiệp vụ cho công chức cấp xã | lớp | 5 "
        "| 6 | Vượt chỉ tiêu |",
        "| 2 | Tỷ lệ thôn có nhà văn hóa đạt chuẩn | % | 90 | 92 | Đạt |",
        "| 3 | Số trường học được sửa chữa, nâng cấp theo đề án của Sở Giáo dục | trường | 4 "
        "| 3 | Chưa đạt |",
    ]


def test_prose_around_the_table_is_no_part_of_it() -> None:
    text = normalize(CENTRED).text
    assert "Kết quả năm 2027:\n" in text
    assert text.rstrip().endswith("\nCác đơn vị báo cáo trước ngày 15 tháng 12 năm 2027.")


def test_blank_lines_part_the_rows() -> None:
    assert rows(SPACED) == [
        "| TT | Tên nhiệm vụ | Chỉ tiêu | Kết quả |",
        "| 1 | Hỗ trợ chuyển đổi nghề cho lao động nông thôn tại các xã vùng bãi ngang "
        "| 300 người | 320 người |",
        "| 2 | Xây dựng mô hình sản xuất nông nghiệp ứng dụng công nghệ cao | 4 mô hình "
        "| 2 mô hình |",
    ]


def test_a_cell_maps_back_to_its_lines_in_the_original() -> None:
    aligned = normalize(CENTRED)
    name = "Số trường học được sửa chữa, nâng cấp theo đề án của Sở Giáo dục"
    at = aligned.text.index(name)
    s, e = aligned.to_original((at, at + len(name)))
    assert CENTRED[s:e].startswith("Số trường học được sửa")
    assert CENTRED[s:e].endswith("án của Sở Giáo dục")
    word = aligned.text.index("Vượt chỉ")
    s, e = aligned.to_original((word, word + 4))
    assert CENTRED[s:e] == "Vượt"


PIPES = """Kết quả năm 2027:

| STT | Nội dung chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Đánh giá |
|---|---|---|---|---|---|
| 1 | Mở mới ít nhất 05 lớp bồi dưỡng nghiệp vụ cho công chức cấp xã | lớp | 5 | 6 | Vượt chỉ tiêu |
| 2 | Tỷ lệ thôn có nhà văn hóa đạt chuẩn | % | 90 | 92 | Đạt |
| 3 | Số trường học được sửa chữa, nâng cấp theo đề án của Sở Giáo dục | trường | 4 | 3 | Chưa đạt |

Các đơn vị báo cáo trước ngày 15 tháng 12 năm 2027.
"""


def test_the_rows_give_the_targets_of_the_same_table_with_bars() -> None:
    head = "KẾ HOẠCH\nThực hiện nhiệm vụ năm 2027\n\n"
    got = kehoach_parser.parse(head + CENTRED).indicators
    want = kehoach_parser.parse(head + PIPES).indicators
    assert [(i.name, i.value, i.unit) for i in got] == [(i.name, i.value, i.unit) for i in want]
    assert "Tỷ lệ thôn có nhà văn hóa đạt chuẩn" in {i.name for i in got}


def test_a_table_whose_rows_do_not_wrap_is_left_to_the_tab_reader() -> None:
    text = ("STT   Chỉ tiêu              ĐVT   Kế hoạch\n"
            "1     Tỷ lệ hộ nghèo        %     2,5\n"
            "2     Số xã nông thôn mới   xã    12\n")
    assert layout_table_pieces(text) is None


def test_prose_lists_and_signatures_are_no_tables() -> None:
    prose = (
        "Ủy ban nhân dân xã giao Văn phòng theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch\n"
        "này;  định kỳ báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 20 hằng tháng.\n"
        "1.   Phòng Văn hóa    chủ trì;\n"
        "2.   Phòng Tài chính  phối hợp bố trí kinh phí thực hiện các nội dung của kế hoạch.\n"
        "Nơi nhận:                                     TM. ỦY BAN NHÂN DÂN\n"
        "- Như trên;                                   CHỦ TỊCH\n"
        "- Lưu: VT.\n"
        "                                              Trần Văn Bình\n")
    assert layout_table_pieces(prose) is None


def test_the_perturbation_prints_wrapped_columns_that_the_reader_reads_back() -> None:
    table = ("| STT | Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|---|\n"
             "| 1 | Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ các loại vắc xin | 95% "
             "| 97% |\n| 2 | Số trạm y tế xã đạt chuẩn quốc gia về y tế | 8 | 8 |\n")
    out = apply_perturbations(table, ["table_pdf_layout"], seed="x")
    assert "|" not in out and len(out.strip().split("\n")) > 3
    assert rows(out)[1:] == [
        "| 1 | Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ các loại vắc xin | 95% "
        "| 97% |",
        "| 2 | Số trạm y tế xã đạt chuẩn quốc gia về y tế | 8 | 8 |",
    ]


def test_rearrange_keeps_each_piece_aligned_and_inserts_what_it_is_given() -> None:
    text = AlignedText("ab\ncd\n")
    out = text.rearrange([(3, 5, None), (2, 2, " "), (0, 2, None)])
    assert out.text == "cd ab"
    assert out.to_original((0, 2)) == (3, 5)
    assert out.to_original((3, 5)) == (0, 2)
    lo, hi = out.to_original((0, 5))  # across the pieces: a span that covers both
    assert lo == 0 and hi == 5


def test_a_header_cell_wider_than_its_column_still_heads_it() -> None:
    text = ("Bảng 2. Kết quả năm 2027\n\n"
            " STT      Nội dung chỉ tiêu     Kế hoạch năm 2027    Thực hiện\n"
            "       Mở mới ít nhất 05 lớp bồi dưỡng\n"
            "  1    nghiệp vụ cho công chức cấp xã         5                6\n"
            "       Tỷ lệ thôn có nhà văn hóa đạt\n"
            "  2    chuẩn                                 90               92\n")
    assert rows(text) == [
        "| STT | Nội dung chỉ tiêu | Kế hoạch năm 2027 | Thực hiện |",
        "| 1 | Mở mới ít nhất 05 lớp bồi dưỡng nghiệp vụ cho công chức cấp xã | 5 | 6 |",
        "| 2 | Tỷ lệ thôn có nhà văn hóa đạt chuẩn | 90 | 92 |",
    ]


def test_a_span_with_ordered_ends_still_covers_a_piece_outside_them() -> None:
    # (R17b finding 1: the ends map in order, yet the middle piece lies before both)
    out = AlignedText("ab\ncd\nef").rearrange([(3, 5, None), (0, 2, None), (6, 8, None)])
    assert out.text == "cdabef"
    assert out.to_original((0, 6)) == (0, 8)
    assert out.to_original((2, 4)) == (0, 2)  # one piece: its own place
    # a later pass over the rearranged text keeps covering the pieces
    later = out.apply([(1, 5, "X")])
    assert later.text == "cXf"
    assert later.to_original((0, 3)) == (0, 8)


def test_an_edit_across_pieces_of_an_ordered_text_keeps_its_span() -> None:
    text = AlignedText("ab cd")
    out = text.apply([(1, 4, "-")])
    assert out.to_original((0, 3)) == (0, 5)
    assert out.to_original((1, 2)) == (1, 4)


def test_a_whole_markdown_row_maps_to_all_its_lines() -> None:
    # (R17b findings 1 and 8: the row ends on the inserted " |")
    aligned = normalize(CENTRED)
    text = aligned.text
    row = next(ln for ln in text.split("\n") if ln.startswith("| 3 "))
    s = text.index(row)
    lo, hi = aligned.to_original((s, s + len(row)))
    got = CENTRED[lo:hi]
    assert got.lstrip().startswith("Số trường học được sửa")
    assert got.endswith("án của Sở Giáo dục")
    assert "Chưa đạt" in got
    # a cell alone still maps to its own lines
    name = "Số trường học được sửa chữa, nâng cấp theo đề án của Sở Giáo dục"
    c = text.index(name)
    lo, hi = aligned.to_original((c, c + len(name)))
    assert CENTRED[lo:hi].startswith("Số trường") and CENTRED[lo:hi].endswith("Giáo dục")


def test_a_record_span_of_a_wrapped_row_covers_its_name_to_the_last_line() -> None:
    doc = kehoach_parser.parse(CENTRED)
    rec = next(r for r in [*doc.indicators, *getattr(doc, "results", [])]
               if r.span is not None and "Sở Giáo dục" in (r.name or ""))
    lo, hi = doc.to_original(rec.span)
    assert CENTRED[lo:hi].rstrip().endswith("án của Sở Giáo dục")


#: A PDF's caption and unit on one line above the header (R17b finding 2).
CAPTION_ON_HEADER = """Biểu 01: Kết quả thu chi ngân sách          Đơn vị tính: triệu đồng
 STT   Chỉ tiêu                    Kế hoạch    Thực hiện    Đánh giá
       Tổng thu ngân sách nhà
  1    nước trên địa bàn             12.500       13.100    Vượt
       Tổng chi ngân sách địa
  2    phương cân đối                 9.800        9.650    Đạt
"""


def test_a_caption_with_its_unit_on_one_line_stays_above_the_header() -> None:
    got = rows(CAPTION_ON_HEADER)
    assert got[0] == "| STT | Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá |"
    assert got[1].startswith("| 1 | Tổng thu ngân sách nhà nước trên địa bàn | 12.500 |")
    text = normalize(CAPTION_ON_HEADER).text
    assert text.index("Đơn vị tính: triệu đồng") < text.index("| STT |")
    assert "Biểu 01" not in text[text.index("| STT |"):]


def test_the_caption_s_unit_reaches_every_figure_of_the_table() -> None:
    targets, results = figures_from_text(normalize(CAPTION_ON_HEADER).text)
    got = [*targets, *results]
    assert len(got) == 4
    assert all(ind.unit == "triệu đồng" for ind in got)


def test_a_header_line_of_column_words_above_the_block_still_joins_it() -> None:
    # (a negative case for the caption guard: a header whose words stand over the gaps)
    text = (" STT       Tên chỉ tiêu          Kế hoạch       Thực hiện\n"
            "       Số lớp bồi dưỡng kỹ năng\n"
            "  1    cho cán bộ cấp xã              5               6\n"
            "       Số xã đạt chuẩn nông thôn\n"
            "  2    mới nâng cao                   3               4\n")
    assert rows(text)[0] == "| STT | Tên chỉ tiêu | Kế hoạch | Thực hiện |"


def test_a_caption_without_a_colon_stays_above_the_header_and_a_unit_column_heads() -> None:
    text = ("Bảng 3. Kết quả thực hiện năm 2027          (ĐVT triệu đồng)\n"
            " STT   Nội dung                      Đơn vị    Kế hoạch    Thực hiện\n"
            "       Thu tiền sử dụng đất trên\n"
            "  1    địa bàn các xã                 xã          4.200        4.350\n"
            "       Thu thuế ngoài quốc doanh\n"
            "  2    của doanh nghiệp               xã          1.800        1.760\n")
    got = rows(text)
    assert got[0] == "| STT | Nội dung | Đơn vị | Kế hoạch | Thực hiện |"
    assert "Bảng 3" not in "\n".join(got)


#: (R17b finding 7) Layouts the perturbation did not print: rows aligned at their top or
#: bottom line, a figure that wraps with its unit, a total row.  Written from the rows.
_HEAD = " STT   Nội dung chỉ tiêu            Kế hoạch    Thực hiện\n"
_EXPECTED = [
    "| STT | Nội dung chỉ tiêu | Kế hoạch | Thực hiện |",
    "| 1 | Số lớp tập huấn kỹ năng số cho cán bộ cấp xã | 5 | 6 |",
    "| 2 | Số xã đạt chuẩn nông thôn mới nâng cao | 3 | 4 |",
]


def test_rows_aligned_at_their_top_line_read_back() -> None:
    assert rows(_HEAD
                + "  1    Số lớp tập huấn kỹ năng           5            6\n"
                  "       số cho cán bộ cấp xã\n"
                  "  2    Số xã đạt chuẩn nông thôn         3            4\n"
                  "       mới nâng cao\n") == _EXPECTED


def test_rows_aligned_at_their_bottom_line_read_back() -> None:
    assert rows(_HEAD
                + "       Số lớp tập huấn kỹ năng\n"
                  "  1    số cho cán bộ cấp xã              5            6\n"
                  "       Số xã đạt chuẩn nông thôn\n"
                  "  2    mới nâng cao                      3            4\n") == _EXPECTED


def test_a_figure_that_wraps_with_its_unit_reads_back_whole() -> None:
    text = (" STT   Nội dung chỉ tiêu            Kế hoạch      Thực hiện\n"
            "       Tổng vốn đầu tư phát triển\n"
            "  1    toàn xã hội                       1.200 tỷ      1.350 tỷ\n"
            "                                         đồng          đồng\n"
            "       Vốn ngân sách nhà nước\n"
            "  2    đầu tư công                       300 tỷ đồng   320 tỷ đồng\n")
    assert rows(text)[1:] == [
        "| 1 | Tổng vốn đầu tư phát triển toàn xã hội | 1.200 tỷ đồng | 1.350 tỷ đồng |",
        "| 2 | Vốn ngân sách nhà nước đầu tư công | 300 tỷ đồng | 320 tỷ đồng |",
    ]


def test_a_total_row_without_an_ordinal_stays_a_row_of_its_own() -> None:
    # (R17b finding 7, a limit until H20T: its figures on a line of their own make it a row)
    text = (_HEAD
            + "       Số lớp tập huấn kỹ năng\n"
              "  1    số cho cán bộ cấp xã              5            6\n"
              "       Số xã đạt chuẩn nông thôn\n"
              "  2    mới nâng cao                      3            4\n"
              "       Tổng cộng                         8           10\n")
    assert rows(text)[2] == _EXPECTED[2]


def test_the_perturbation_draws_each_vertical_alignment() -> None:
    table = ("| STT | Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|---|\n"
             "| 1 | Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ các loại vắc xin | 95% "
             "| 97% |\n| 2 | Số trạm y tế xã đạt chuẩn quốc gia về y tế | 8 | 8 |\n")
    seen = set()
    for seed in "abcdefghijklmnop":
        out = apply_perturbations(table, ["table_pdf_layout"], seed=seed)
        lines = out.split("\n")
        name = next(j for j, ln in enumerate(lines) if "Tỷ lệ" in ln)
        fig = next(j for j, ln in enumerate(lines) if "95%" in ln)
        nxt = next(j for j, ln in enumerate(lines) if "Số trạm" in ln)
        seen.add("top" if fig == name else "bottom" if fig == nxt - 1 else "middle")
        assert rows(out)[1:] == [
            "| 1 | Tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ các loại vắc xin | 95% "
            "| 97% |",
            "| 2 | Số trạm y tế xã đạt chuẩn quốc gia về y tế | 8 | 8 |",
        ]
    assert seen == {"top", "middle", "bottom"}


@pytest.mark.parametrize(("label", "ordinal"), [
    ("Đ", True), ("Đ)", True), ("đ.", True), ("H", True), ("XXX.", True), ("IV.2", True),
    ("F", False), ("F.", False), ("L", False), ("XL", False), ("XXXI", False),
    ("CIVIL", False), ("Tổng", False),
])
def test_the_first_columns_labels_are_vietnamese_letters_and_numerals_to_xxx(
        label: str, ordinal: bool) -> None:
    # (R17c finding 4: "Đ" counts as a capital label, "F" does not; Roman numerals end at XXX)
    assert (_ORDINAL_RE.match(label) is not None) is ordinal

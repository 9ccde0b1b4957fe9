"""Double-spaced text (a blank line after every line) is read as the single-spaced text."""

from __future__ import annotations

import kehoach_parser
from kehoach_parser.text.double_spacing import double_spacing_edits, is_double_spaced
from kehoach_parser.text.normalize import normalize

PLAN = (
    "ỦY BAN NHÂN DÂN\nXÃ PHÚ AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nSố: 21/KH-UBND\nPhú An, ngày 2 tháng 3 năm 2027\n\n"
    "KẾ HOẠCH\nPhát triển nông nghiệp năm 2027\n\n"
    "I. MỤC TIÊU,\nCHỈ TIÊU\n\n1. Mục tiêu chung\n"
    "Phát triển nông nghiệp theo hướng hàng hóa, nâng cao thu nhập cho người dân trên\n"
    "địa bàn xã.\n\n2. Chỉ tiêu cụ thể\n"
    "- Tỷ lệ hộ nghèo giảm còn dưới 2%.\n- Diện tích lúa chất lượng cao đạt 450 ha.\n\n"
    "II. NHIỆM VỤ,\nGIẢI PHÁP\n\n1. Chuyển đổi cơ cấu cây trồng\n"
    "Chuyển 30 ha đất lúa kém hiệu quả sang trồng cây ăn quả.\n\n"
    "III. TỔ CHỨC THỰC HIỆN\n\nGiao các thôn triển khai kế hoạch này.\n"
)


def _double(text: str) -> str:
    return "\n".join(line + "\n" if line.strip() else line for line in text.split("\n"))


def _records(text: str) -> tuple[object, ...]:
    doc = kehoach_parser.parse(text)
    return ([(s.label, s.title, s.level) for s in doc.sections],
            [(i.name, i.value, i.unit) for i in doc.indicators],
            doc.issuer, doc.title, doc.place, doc.issued_date)


def test_a_double_spaced_plan_reads_as_the_single_spaced_one() -> None:
    double = _double(PLAN)
    assert is_double_spaced(double.split("\n"))
    assert _records(double) == _records(PLAN)
    sections = kehoach_parser.parse(double).sections
    assert sections[0].title == "MỤC TIÊU, CHỈ TIÊU"  # the heading's two lines joined again


def test_a_double_spaced_table_with_bar_lines_is_recognised() -> None:
    table = "".join(f"|\n{k}\n|\nXã {k}\n|\n{100 + k}\n|\n" for k in range(1, 6))
    assert is_double_spaced(_double(table).split("\n"))
    assert not is_double_spaced(table.split("\n"))


def test_one_paragraph_a_line_with_blank_lines_between_is_left_as_it_is() -> None:
    text = "\n\n".join(f"Đoạn văn thứ {k} của báo cáo tình hình kinh tế." for k in range(12))
    assert double_spacing_edits(text) == []


def test_a_table_one_cell_a_paragraph_with_empty_cells_is_left_as_it_is() -> None:
    cells = ["STT", "Chỉ tiêu", "Năm 2025", "Năm 2026", "I", "Kinh tế", " ", " ", "1",
             "Tốc độ tăng trưởng (%)", "8,5", "9,0", "2", "Thu ngân sách (tỷ đồng)", "12",
             "14"]
    assert double_spacing_edits("\n\n".join(cells)) == []


def test_a_short_text_says_nothing() -> None:
    assert double_spacing_edits("KẾ HOẠCH\n\nNăm 2027\n\n\nI. MỤC TIÊU\n") == []


def test_a_table_one_cell_a_paragraph_double_spaced_again_reads_as_before() -> None:
    # cells one blank line apart, rows three apart (a DOCX table saved as paragraphs), then
    # copied line by line: a blank line after every line, so two and four
    head = ["Đơn vị", "Phân bổ số lượng", "Cơ cấu", "Nữ", "Trẻ dưới 35 tuổi", "Người dân tộc"]
    rows = [["Tổng số", "38", "12", "10", "6", "-"],
            [" Khối cơ quan xã", " 12", "4", "3", "2", "-"],
            [" Khối thôn, ấp", "26", "8", "7", "4", "-"]]
    body = "\n\n\n\n".join("\n\n".join(r) for r in [head, *rows])
    once = ("Các đơn vị giới thiệu người tham gia theo số lượng dưới đây.\n\n"
            "PHỤ LỤC\n\nSố lượng giới thiệu của các đơn vị trên địa bàn xã\n\n\n\n" + body + "\n")
    twice = _double(once)
    assert is_double_spaced(twice.split("\n"))
    found = _records(twice)
    assert found == _records(once)
    assert ("Khối thôn, ấp", 26.0, None) in found[1]
    assert _records(_double(PLAN)) == _records(PLAN)  # a text double-spaced once: one pass


def test_a_second_pass_needs_the_double_spaced_shape_again() -> None:
    # every line two blank lines apart, no paragraph breaks: one blank line goes, and what is
    # left (one line a paragraph, one blank line between) is left as it is
    text = "\n\n\n".join(f"Đoạn văn thứ {k} của báo cáo tình hình kinh tế." for k in range(12))
    text += "\n\n\n\nKết luận của báo cáo."
    edits = double_spacing_edits(text)
    assert edits and all(end - start == 1 for start, end, _ in edits)


#: A narrow hard-wrapped text (a PDF column copied as it is printed) with lines of spaces
#: (empty cells) among its lines, and no paragraph break of two blank lines.
NARROW = [
    "Phát triển kinh tế", "nông nghiệp theo", "hướng hàng hóa", "  ",
    "nâng cao thu nhập", "cho người dân trên", "địa bàn các xã", " ",
    "Tăng cường quản lý", "đất đai và bảo vệ", "môi trường sinh thái", "  ",
    "Đẩy mạnh chuyển đổi", "số trong các cơ quan", "hành chính nhà nước", " ",
    "Giữ vững an ninh", "chính trị và trật tự", "an toàn xã hội.",
]


def test_a_narrow_hard_wrapped_text_double_spaced_is_recognised_by_its_cut_sentences() -> None:
    doubled = _double("\n".join(NARROW))
    # the lines of spaces keep no blank line under them: they stand against the next line,
    # and no run is a paragraph break; the sentences cut by single blank lines say it
    assert is_double_spaced(doubled.split("\n"))
    undone = doubled
    for start, end, repl in sorted(double_spacing_edits(doubled), reverse=True):
        undone = undone[:start] + repl + undone[end:]
    assert undone.rstrip("\n") == "\n".join(NARROW)
    assert not is_double_spaced(NARROW)


def test_lines_of_words_side_by_side_still_say_single_spaced() -> None:
    # the same lines, every third pair of lines left flush: not double-spaced
    lines = _double("\n".join(NARROW)).split("\n")
    flush = [ln for k, ln in enumerate(lines) if not (ln == "" and k % 6 == 1)]
    assert not is_double_spaced(flush)


def test_a_table_one_cell_a_paragraph_with_units_is_no_cut_sentence() -> None:
    # a name with no sentence sign, then its unit in small letters, row after row: a table
    # printed one cell a paragraph, not a double-spaced text
    rows = [["1", "Tổng thu ngân sách trên địa bàn", "tỷ đồng", "120"],
            ["2", "Diện tích gieo trồng lúa", "ha", "450"],
            ["3", "Sản lượng lương thực có hạt", "tấn", "3.200"],
            ["4", "Số hộ sử dụng nước sạch", "hộ", "1.250"],
            ["5", "Tỷ lệ trẻ em đến trường", "%", "98"],
            ["6", "Số lao động được đào tạo nghề", "người", "300"]]
    text = "\n\n".join(c for row in rows for c in row)
    assert double_spacing_edits(text) == []


def test_one_paragraph_a_line_of_headings_and_sentences_is_left_as_it_is() -> None:
    # headings end with no sentence sign, but the paragraph after them opens with a capital
    paras = []
    for k in range(1, 8):
        paras += [f"{k}. Nhiệm vụ trọng tâm thứ {k}",
                  f"Các xã triển khai nhiệm vụ thứ {k} theo kế hoạch của huyện."]
    assert double_spacing_edits("\n\n".join(paras)) == []


def test_one_paragraph_a_line_with_a_lettered_list_is_left_as_it_is() -> None:
    # the items "a) …", "b) …" open in small letters and end with no sentence sign, and the
    # heading over them ends with none either: still one paragraph a line, not a cut sentence
    items = ["Xây dựng nông thôn mới kiểu mẫu", "Mở rộng mạng lưới chợ dân sinh",
             "Nâng cấp đường giao thông liên xã", "Hỗ trợ hợp tác xã nông nghiệp",
             "Đào tạo nghề cho lao động trẻ", "Chuyển đổi số trong trường học",
             "Bảo tồn di tích lịch sử cấp tỉnh", "Phòng chống dịch bệnh gia súc"]
    paras = ["KẾ HOẠCH", "Triển khai các chương trình của xã", "I. NỘI DUNG",
             "1. Những việc cần làm ngay"]
    paras += [f"{lab}) {item}" for lab, item in zip("abcdđegh", items, strict=True)]
    paras += ["2. Tổ chức thực hiện", "Ủy ban nhân dân xã giao các ban ngành theo dõi."]
    text = "\n\n".join(paras) + "\n"
    assert not is_double_spaced(text.split("\n"))
    assert double_spacing_edits(text) == []
    assert "\n\nb) Mở rộng" in normalize(text).text


def test_lines_of_spaces_do_not_count_as_lines_of_words() -> None:
    # review R20a finding 8: an empty table's lines of spaces, a blank line after each, and
    # six lines of words two blank lines apart: too few lines of words to say anything
    words = ["Bảng tổng hợp chỉ tiêu của xã", "Ghi chú: số liệu ước đạt",
             "Nguồn: Ủy ban nhân dân xã", "Ngày cập nhật: tháng sáu",
             "Người lập biểu: cán bộ thống kê", "Người duyệt: chủ tịch xã"]
    text = "\n\n".join(["   "] * 12) + "\n\n\n" + "\n\n\n".join(words)
    assert not is_double_spaced(text.split("\n"))

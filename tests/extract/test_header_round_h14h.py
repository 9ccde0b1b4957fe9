"""Header and footer layouts of issue 11 (round H14H), on headers written for these tests:
two signatures side by side, a symbol with a template's blank after it, a number line cut
after its year's slash, cooperatives and grassroots unions as issuers, and the headers that
must give warnings and no exception (another language, no header at all)."""

from __future__ import annotations

import pytest

from kehoach_parser import parse

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
TYPE = "\nKẾ HOẠCH\nTổ chức ngày hội đại đoàn kết năm 2027\n"
BODY = (
    "\nI. MỤC ĐÍCH, YÊU CẦU\nPhát huy sức mạnh của khối đại đoàn kết toàn dân.\n"
    "\nII. TỔ CHỨC THỰC HIỆN\nCác thôn triển khai thực hiện.\n\n"
)


def _header(issuer: str, number: str = "Số: 12/KH-UBND") -> str:
    return f"{issuer}\n{MOTTO}{number}\nHòa Bình, ngày 04 tháng 9 năm 2027\n{TYPE}"


def _signed(footer: str) -> str:
    return _header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH") + BODY + footer


# -- two signatures side by side (a joint plan of two bodies) --------------------------------

@pytest.mark.parametrize("footer", [
    # rows of a table: the right column's deputy signs for its chairman
    "| TM. BAN THƯỜNG TRỰC UBMTTQ XÃ | TM. ỦY BAN NHÂN DÂN |\n"
    "| CHỦ TỊCH | KT. CHỦ TỊCH |\n| | PHÓ CHỦ TỊCH |\n| Đỗ Minh Khang | Vũ Thị Lan |\n",
    # a DOCX table saved as text: tabs between the columns
    "TM. BAN THƯỜNG TRỰC UBMTTQ XÃ\tTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\tKT. CHỦ TỊCH\n"
    "\tPHÓ CHỦ TỊCH\n\nĐỗ Minh Khang\tVũ Thị Lan\n",
])
def test_two_signatures_side_by_side_are_read_column_by_column(footer: str) -> None:
    doc = parse(_signed(footer))
    got = [(s.name, s.position, s.authority) for s in doc.signers]
    assert got == [("Đỗ Minh Khang", "Chủ tịch", "TM."),
                   ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]


def test_one_signature_beside_the_recipients_is_still_one_column() -> None:
    footer = ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n"
              "- Lưu: VT.\tPHÓ CHỦ TỊCH\n\n\tVũ Thị Lan\n")
    doc = parse(_signed(footer))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]
    assert doc.archive == ["VT"]


@pytest.mark.parametrize(("block", "signer"), [
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\n\nVũ Thị Lan\n",
     ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")),
    ("KT. CHỦ TỊCH\tPHÓ CHỦ TỊCH\nVũ Thị Lan\n", ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")),
    ("| TL. GIÁM ĐỐC | TRƯỞNG PHÒNG |\n| Vũ Thị Lan |\n",
     ("Vũ Thị Lan", "Trưởng phòng", "TL.")),
])
def test_a_deputys_authority_and_position_in_two_cells_are_one_signature(
        block: str, signer: tuple[str, str, str]) -> None:
    # the position the "KT."/"TL." waits for opens no second signature: no columns
    doc = parse(_signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [signer]


def test_two_authorities_on_one_line_still_open_two_columns() -> None:
    footer = ("TM. BAN THƯỜNG TRỰC\tKT. GIÁM ĐỐC\nTRƯỞNG BAN\tPHÓ GIÁM ĐỐC\n\n"
              "Đỗ Minh Khang\tVũ Thị Lan\n")
    doc = parse(_signed(footer))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Đỗ Minh Khang", "Trưởng ban", "TM."), ("Vũ Thị Lan", "Phó Giám đốc", "KT.")]


def test_a_deputy_split_over_two_cells_keeps_the_deputys_position() -> None:
    footer = ("| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH |\n"
              "| | PHÓ CHỦ TỊCH<br><br>Vũ Thị Lan |\n")
    doc = parse(_signed(footer))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]


# -- the number line -------------------------------------------------------------------------

@pytest.mark.parametrize("blank", ["…………", "........", "___"])
def test_a_templates_blank_after_the_symbol_is_no_part_of_it(blank: str) -> None:
    doc = parse(_header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", f"Số: 12/KH-UBND{blank}") + BODY)
    assert (doc.number, doc.symbol) == ("12", "KH-UBND")


def test_a_symbols_own_codes_are_kept() -> None:
    doc = parse(_header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", "Số: 12/KH-UBND-VP") + BODY)
    assert doc.symbol == "KH-UBND-VP"


def test_a_number_line_cut_after_the_slash_of_its_year() -> None:
    head = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH\n" + MOTTO + "Số: 07/2027/\nNQ-HĐND\n"
            "Hòa Bình, ngày 04 tháng 9 năm 2027\n\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2028\n")
    doc = parse(head + BODY)
    assert (doc.number, doc.symbol, doc.doc_type) == ("07/2027", "NQ-HĐND", "Nghị quyết")


def test_a_year_cut_from_a_number_with_no_code_under_it_gives_no_symbol() -> None:
    head = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH\n" + MOTTO + "Số: 07/2027/\n"
            "Hòa Bình, ngày 04 tháng 9 năm 2027\n\nNGHỊ QUYẾT\nVề dự toán ngân sách năm 2028\n")
    doc = parse(head + BODY)
    assert doc.symbol is None


# -- issuers outside the usual bodies --------------------------------------------------------

@pytest.mark.parametrize(("issuer_lines", "issuer"), [
    ("HỢP TÁC XÃ DỊCH VỤ\nNÔNG NGHIỆP HÒA BÌNH", "Hợp tác xã dịch vụ nông nghiệp Hòa Bình"),
    ("UBND XÃ HÒA BÌNH\nHTX CHĂN NUÔI HÒA BÌNH", "Hợp tác xã chăn nuôi Hòa Bình"),
    ("LĐLĐ HUYỆN LẠC SƠN\nCĐCS TRƯỜNG TH HÒA BÌNH",
     "Công đoàn cơ sở Trường Tiểu học Hòa Bình"),
    ("CÔNG ĐOÀN GIÁO DỤC HUYỆN LẠC SƠN\nBCH CĐCS TRƯỜNG THCS HÒA BÌNH",
     "Ban Chấp hành Công đoàn cơ sở Trường Trung học cơ sở Hòa Bình"),
    # a school under its district office is still read as the school
    ("PHÒNG GD&ĐT HUYỆN LẠC SƠN\nTRƯỜNG TH HÒA BÌNH", "Trường Tiểu học Hòa Bình"),
])
def test_issuers_outside_the_state_offices(issuer_lines: str, issuer: str) -> None:
    doc = parse(_header(issuer_lines) + BODY)
    assert doc.issuer is not None
    assert doc.issuer.casefold() == issuer.casefold()


def test_a_cooperatives_unit_word_opens_no_locality_of_a_parent() -> None:
    """"XÃ" inside "HỢP TÁC XÃ" is no commune: the cooperative is not read as a parent's
    locality of the People's Committee above it."""
    doc = parse(_header("UBND XÃ HÒA BÌNH\nHTX CHĂN NUÔI HÒA BÌNH") + BODY)
    assert doc.issuer is not None and not doc.issuer.startswith("Ủy ban")


@pytest.mark.parametrize("name", ["BÀ RỊA – VŨNG TÀU", "BÀ RỊA - VŨNG TÀU"])
def test_a_dash_inside_a_province_name(name: str) -> None:
    head = (f"ỦY BAN NHÂN DÂN\nTỈNH {name}\n{MOTTO}Số: 12/KH-UBND\n"
            f"{name.title()}, ngày 04 tháng 9 năm 2027\n{TYPE}")
    doc = parse(head + BODY)
    assert doc.issuer is not None
    assert doc.issuer.replace("–", "-") == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
    assert doc.place is not None and doc.place.replace("–", "-") == "Bà Rịa - Vũng Tàu"


# -- no Vietnamese header: warnings, no exception --------------------------------------------

def test_a_header_in_another_language_gives_a_warning_and_no_fields() -> None:
    text = ("PEOPLE'S COMMITTEE OF HOA BINH COMMUNE\nSOCIALIST REPUBLIC OF VIETNAM\n"
            "No: 12/PL\nPLAN\nOn the national unity day in 2027\n"
            "I. PURPOSE\nThe commune will organise the day.\n")
    doc = parse(text)
    assert "W130" in {w.code for w in doc.warnings}
    assert (doc.doc_type, doc.issuer, doc.title, doc.number) == (None, None, None, None)
    assert doc.signers == []


def test_a_text_with_no_header_gives_no_header_fields() -> None:
    doc = parse("Sáng ngày 4/9, xã Hòa Bình tổ chức ngày hội đại đoàn kết.\n"
                "Các thôn đều cử đại diện tham dự.\n")
    assert (doc.doc_type, doc.issuer, doc.title, doc.number, doc.place) == (
        None, None, None, None, None)
    assert doc.signers == []


# -- a signature flattened onto one line -----------------------------------------------------

@pytest.mark.parametrize("block", [
    "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Lan\n",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH\n\nVũ Thị Lan\n",
    "TM. ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Thị Lan\n",
])
def test_a_deputys_block_flattened_keeps_the_deputys_authority(block: str) -> None:
    doc = parse(_signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n" + block))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Phó Chủ tịch", "KT.")]


def test_one_capacity_over_two_positions_flattened_with_no_name_is_one_signer() -> None:
    # "KT." over two positions joined by a comma, the name on a line of its own: the cell is
    # not cut before the second position, which is no deputy's
    doc = parse(_signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                        "KT. GIÁM ĐỐC, TRƯỞNG BAN\n\nVũ Thị Lan\n"))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Vũ Thị Lan", "Giám đốc, trưởng ban", "KT.")]


def test_a_chairmans_block_flattened_stays_on_behalf_of_the_body() -> None:
    doc = parse(_signed("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đỗ Minh Khang\n"))
    assert [(s.name, s.position, s.authority) for s in doc.signers] == [
        ("Đỗ Minh Khang", "Chủ tịch", "TM.")]


# -- a body's code cut inside the word by a narrow column ------------------------------------

@pytest.mark.parametrize(("lines", "symbol"), [
    ("Số: 12/KH-UB\nND", "KH-UBND"),
    ("Số: 07/NQ-HĐ\nND", "NQ-HĐND"),
])
def test_a_body_code_cut_inside_the_word_is_joined(lines: str, symbol: str) -> None:
    doc = parse(_header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", lines) + BODY)
    assert doc.symbol == symbol


def test_a_whole_code_takes_no_capital_line_under_it() -> None:
    """"UBND" is whole: the capital line under the number line ("VP") is not glued to it."""
    doc = parse(_header("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH", "Số: 12/KH-UBND\nND") + BODY)
    assert doc.symbol == "KH-UBND"


# -- the place and date beside the type line or the title ------------------------------------

_TOP = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\n")


@pytest.mark.parametrize("rows", [
    "KẾ HOẠCH\tHòa Bình, ngày 04 tháng 9 năm 2027\nTổ chức ngày hội đại đoàn kết năm 2027\n",
    "KẾ HOẠCH\nTổ chức ngày hội\tHòa Bình, ngày 04 tháng 9 năm 2027\nđại đoàn kết năm 2027\n",
    "KẾ HOẠCH\nTổ chức ngày hội\nđại đoàn kết năm 2027\tHòa Bình, ngày 04 tháng 9 năm 2027\n",
])
def test_the_place_and_date_beside_the_type_line_or_the_title(rows: str) -> None:
    doc = parse(_TOP + rows + BODY)
    assert (doc.place, doc.issued_date) == ("Hòa Bình", "2027-09-04")
    assert doc.title == "Tổ chức ngày hội đại đoàn kết năm 2027"


def test_a_header_row_with_the_title_in_the_left_cell() -> None:
    text = ("| ỦY BAN NHÂN DÂN<br>XÃ HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>"
            "Độc lập - Tự do - Hạnh phúc |\n| Số: 12/KH-UBND<br>KẾ HOẠCH<br>Tổ chức ngày hội<br>"
            "đại đoàn kết năm 2027 | Hòa Bình, ngày 04 tháng 9 năm 2027 |\n")
    doc = parse(text + BODY)
    assert (doc.place, doc.issued_date, doc.number) == ("Hòa Bình", "2027-09-04", "12")
    assert doc.title == "Tổ chức ngày hội đại đoàn kết năm 2027"


def test_a_date_in_the_last_cell_of_a_row_keeps_the_cells_before_it_out_of_the_place() -> None:
    """The type word, a title and the place and date on one row: the place is the last
    cell's, not the words of the cells before it."""
    doc = parse(_TOP + "KẾ HOẠCH\tTổ chức ngày hội\tHòa Bình, ngày 04 tháng 9 năm 2027\n" + BODY)
    assert (doc.place, doc.issued_date) == ("Hòa Bình", "2027-09-04")


# -- a dash inside a province's name: the enacting line, a wrap at the dash -------------------

_DECISION_TOP = ("ỦY BAN NHÂN DÂN\n" + MOTTO + "Số: 12/QĐ-UBND\n"
                 "Vũng Tàu, ngày 04 tháng 9 năm 2027\n"
                 "\nQUYẾT ĐỊNH\nVề việc ban hành kế hoạch phòng, chống thiên tai\n\n")
_ENACTED = ("\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này kế hoạch.\n")


@pytest.mark.parametrize("enacting", [
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU",
    "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA – VŨNG TÀU",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA – VŨNG TÀU",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU",
])
def test_the_enacting_line_gives_a_bare_issuer_its_province_with_a_dash(enacting: str) -> None:
    doc = parse(_DECISION_TOP + enacting + _ENACTED)
    assert doc.issuer is not None
    assert doc.issuer.replace("–", "-") == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_an_enacting_line_with_no_locality_under_it_stays_bare() -> None:
    doc = parse(_DECISION_TOP + "CHỦ TỊCH ỦY BAN NHÂN DÂN\nCăn cứ Luật Tổ chức chính quyền "
                "địa phương;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kế hoạch.\n")
    assert doc.issuer == "Ủy ban nhân dân"


@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_header_issuer_wrapped_at_the_dash_of_its_province(dash: str) -> None:
    head = (f"ỦY BAN NHÂN DÂN TỈNH BÀ RỊA\n{dash} VŨNG TÀU\n{MOTTO}Số: 12/KH-UBND\n"
            f"Vũng Tàu, ngày 04 tháng 9 năm 2027\n{TYPE}")
    doc = parse(head + BODY)
    assert doc.issuer is not None
    assert doc.issuer.replace("–", "-") == "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_a_bullet_in_sentence_case_under_the_issuer_is_not_its_name() -> None:
    head = (f"ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n- Tổ chức ngày hội\n{MOTTO}Số: 12/KH-UBND\n"
            f"Hòa Bình, ngày 04 tháng 9 năm 2027\n{TYPE}")
    doc = parse(head + BODY)
    assert doc.issuer == "Ủy ban nhân dân xã Hòa Bình"

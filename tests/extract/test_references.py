"""References: numbers in all shapes, dates and issuers, aliases, canonical ids, relations.

Sentences are written for the test; only the reference and date stages run.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.context import ParseContext
from kehoach_parser.document import Reference
from kehoach_parser.extract.dates import extract_dates
from kehoach_parser.extract.references import extract_references
from kehoach_parser.extract.references.canonical import canonical_id, issuer_code, type_key
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import normalize


def make_ctx(text: str) -> ParseContext:
    aligned = normalize(text)
    ctx = ParseContext(aligned=aligned, lines=split_lines(aligned.text))
    ctx.body = (0, len(aligned.text))
    extract_references(ctx)
    extract_dates(ctx)
    return ctx


def refs_of(text: str) -> list[Reference]:
    return make_ctx(text).references


def one(text: str) -> Reference:
    found = refs_of(text)
    assert len(found) == 1, [r.text for r in found]
    return found[0]


# --- numbers and types ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "doc_type", "number"),
    [
        ("Tiếp tục quán triệt Chỉ thị số 08-CT/TW về công tác dân vận.", "Chỉ thị", "08-CT/TW"),
        ("Triển khai Nghị quyết số 27/NQ-HĐND của kỳ họp thứ 5.", "Nghị quyết", "27/NQ-HĐND"),
        ("Theo Luật Phòng, chống ma túy số 73/2021/QH14 đã sửa đổi.", "Luật", "73/2021/QH14"),
        ("Thực hiện Công văn số 1871/BVHTTDL-VHCS về tổ chức lễ hội.", "Công văn",
         "1871/BVHTTDL-VHCS"),
        ("Bám sát Chương trình hành động số 11-CTr/HU của huyện.", "Chương trình hành động",
         "11-CTr/HU"),
        ("Áp dụng Thông tư liên tịch số 04/2015/TTLT-BNV-BTC trong chi trả.",
         "Thông tư liên tịch", "04/2015/TTLT-BNV-BTC"),
        ("Căn cứ Nghị định 73/2024/NĐ-CP quy định mức lương.", "Nghị định", "73/2024/NĐ-CP"),
        ("Xem Hướng dẫn số 36-HD/BTGTW của Ban Tuyên giáo.", "Hướng dẫn", "36-HD/BTGTW"),
        ("Theo Tờ trình số 88/TTr-VHXH của phòng chuyên môn.", "Tờ trình", "88/TTr-VHXH"),
        ("Xây dựng Đề án số 05/ĐA-UBND về chuyển đổi số.", "Đề án", "05/ĐA-UBND"),
        ("Nhận Thông báo số 412-TB/ĐU về kết luận hội nghị.", "Thông báo", "412-TB/ĐU"),
        ("Căn cứ QĐ số 920/QĐ-UBND về việc kiện toàn Ban chỉ đạo.", "Quyết định",
         "920/QĐ-UBND"),
        # the number glued to "số", a code with a lower-case letter inside, a blank after "-"
        ("Căn cứ Kế hoạch số1207/KH-PGDĐT, ngày 9/9/2027 về bán trú.", "Kế hoạch",
         "1207/KH-PGDĐT"),
        ("Theo Công văn số 318/SGDĐT- GDTrH về dạy thêm.", "Công văn", "318/SGDĐT-GDTrH"),
        # "văn bản" names no kind: the number's type code does
        ("Theo ý kiến tại văn bản số 507/BC-UBND ngày 10/11/2027 của tỉnh.", "Báo cáo",
         "507/BC-UBND"),
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 12/2027/QH16;", "Luật",
         "12/2027/QH16"),
        ("Thực hiện văn bản số 8123/BNNMT-ĐCKS về khoáng sản.", "Văn bản", "8123/BNNMT-ĐCKS"),
        # "số" typed without its tone; the code glued to "ngày"; no type word after a cue
        ("Thực hiện Chỉ thị so 45-CT/TW ngày 26/12/2027 của Bộ Chính trị.", "Chỉ thị",
         "45-CT/TW"),
        ("Theo Công văn sô 7681/BKH-TH về kế hoạch.", "Công văn", "7681/BKH-TH"),
        ("Căn cứ Kế hoạch số 263/KH-UBNDngày 31/12/2027 của huyện.", "Kế hoạch",
         "263/KH-UBND"),
        ("Thực hiện 264/KH-UBND ngày 31/12/2027 của Ủy ban nhân dân huyện.", "Kế hoạch",
         "264/KH-UBND"),
    ],
)
def test_types_and_number_shapes(sentence: str, doc_type: str, number: str) -> None:
    ref = one(sentence)
    assert (ref.doc_type, ref.number) == (doc_type, number)


@pytest.mark.parametrize(
    ("printed", "number"),
    [("52 - CT/TW", "52-CT/TW"), ("52–CT/TW", "52-CT/TW"), ("52-CT / TW", "52-CT/TW"),
     ("18/ NQ-HĐND", "18/NQ-HĐND"), ("18/NQ – HĐND", "18/NQ-HĐND")],
)
def test_stray_spaces_and_dashes(printed: str, number: str) -> None:
    ref = one(f"Quán triệt Chỉ thị số {printed} đến toàn thể đảng viên.".replace(
        "Chỉ thị", "Nghị quyết" if "NQ" in printed else "Chỉ thị"))
    assert ref.number == number
    assert ref.text.endswith(printed)


@pytest.mark.parametrize(
    ("printed", "number"),
    [("473/TTr-NN&PTNT", "473/TTr-NN&PTNT"), ("12/KH- GD&ĐT", "12/KH-GD&ĐT"),
     ("461/SNV-XDCQ&TCBC", "461/SNV-XDCQ&TCBC"), ("227/TTr-SYT.DS", "227/TTr-SYT.DS"),
     ("191/UB .TH", "191/UB.TH"), ("66.4/2025/NQ-CP", "66.4/2025/NQ-CP")],
)
def test_codes_joined_by_ampersand_or_dot(printed: str, number: str) -> None:
    """Codes of two units joined by "&", a unit's code after ".", a sub-numbered resolution."""
    ref = one(f"Căn cứ Văn bản số {printed} ngày 08/12/2024 của Sở Y tế về tổ chức.")
    assert (ref.number, ref.date) == (number, "2024-12-08")


def test_a_sentence_end_is_not_part_of_a_code() -> None:
    ref = one("Thực hiện Kế hoạch số 15/KH-UBND. Các đơn vị báo cáo kết quả.")
    assert ref.number == "15/KH-UBND"


def test_number_without_so() -> None:
    ref = one("Thực hiện Kết luận 14-KL/TW ngày 22/9/2021 về khuyến khích cán bộ.")
    assert (ref.number, ref.date) == ("14-KL/TW", "2021-09-22")


def test_a_document_without_number_is_not_listed() -> None:
    assert refs_of("Thực hiện Luật Đất đai năm 2024 và các Nghị quyết của Tỉnh ủy.") == []


def test_the_document_own_number_line_is_not_a_reference() -> None:
    assert refs_of("ỦY BAN NHÂN DÂN XÃ\nSố: 31/KH-UBND\nKẾ HOẠCH\nVề việc tổ chức hội thi") == []


# --- date and issuer -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        ("Căn cứ Quyết định số 1502/QĐ-UBND ngày 09/5/2025 của Ủy ban nhân dân tỉnh Lâm Đồng về "
        "việc phê duyệt đề án."),
        ("Căn cứ Quyết định số 1502/QĐ-UBND của Ủy ban nhân dân tỉnh Lâm Đồng ngày 09/5/2025 về "
        "việc phê duyệt đề án."),
        ("Căn cứ Quyết định số 1502/QĐ-UBND, ngày 09 tháng 5 năm 2025, của Ủy ban nhân dân tỉnh "
        "Lâm Đồng phê duyệt đề án."),
    ],
)
def test_date_and_issuer_in_either_order(sentence: str) -> None:
    ref = one(sentence)
    assert ref.date == "2025-05-09"
    assert ref.issuer == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert ref.relation == "basis"
    assert make_ctx(sentence).dates[0].role == "reference"


@pytest.mark.parametrize(
    ("tail", "issuer"),
    [
        ("của Ban Thường vụ Huyện ủy về tăng cường", "Ban Thường vụ Huyện ủy"),
        ("của Bộ Lao động - Thương binh và Xã hội hướng dẫn",
         "Bộ Lao động - Thương binh và Xã hội"),
        ("của HĐND huyện thông qua", "HĐND huyện"),
        ("của Thủ tướng Chính phủ.", "Thủ tướng Chính phủ"),
        ("của UBND thị trấn Phong Điền về việc", "UBND thị trấn Phong Điền"),
        # the term is not part of the name (as in the header's issuer)
        ("của Ban Chấp hành Trung ương Đảng khóa XIII về",
         "Ban Chấp hành Trung ương Đảng"),
        ("của Ủy ban nhân dân thành phố phát động thi đua", "Ủy ban nhân dân thành phố"),
    ],
)
def test_issuer_extent(tail: str, issuer: str) -> None:
    ref = one(f"Thực hiện Kế hoạch số 301/KH-UBND ngày 02/6/2026 {tail} công tác.")
    assert ref.issuer == issuer
    span = ref.field_spans["issuer"]
    assert make_ctx(f"Thực hiện Kế hoạch số 301/KH-UBND ngày 02/6/2026 {tail} công tác.").text[
        span[0]:span[1]] == issuer


def test_issuer_named_before_the_citation() -> None:
    ref = one("Sở Nội vụ đã ban hành Hướng dẫn số 19/HD-SNV ngày 14/02/2026 về khen thưởng.")
    assert (ref.issuer, ref.date) == ("Sở Nội vụ", "2026-02-14")
    assert ref.text.startswith("Hướng dẫn")


def test_issuer_of_a_proposal() -> None:
    ref = one("Xét đề nghị của Phòng Văn hóa - Xã hội tại Tờ trình số 17/TTr-VHXH ngày 3/3/2026.")
    assert (ref.issuer, ref.relation) == ("Phòng Văn hóa - Xã hội", "proposal")


def test_one_cua_serves_a_list() -> None:
    found = refs_of("Căn cứ Chỉ thị số 21-CT/TW ngày 20/01/2023 và Kết luận số 59-KL/TW ngày "
                    "08/8/2023 của Ban Bí thư về công tác gia đình.")
    assert [(r.number, r.date, r.issuer) for r in found] == [
        ("21-CT/TW", "2023-01-20", "Ban Bí thư"), ("59-KL/TW", "2023-08-08", "Ban Bí thư")]


def test_numbers_listed_under_one_type_share_date_and_issuer() -> None:
    found = refs_of("Thực hiện các Nghị quyết số 11-NQ/ĐU, số 12-NQ/ĐU ngày 05/02/2026 của "
                    "Đảng ủy phường.")
    assert [(r.doc_type, r.number, r.date, r.issuer) for r in found] == [
        ("Nghị quyết", "11-NQ/ĐU", "2026-02-05", "Đảng ủy phường"),
        ("Nghị quyết", "12-NQ/ĐU", "2026-02-05", "Đảng ủy phường"),
    ]


def test_issuer_is_not_carried_forward() -> None:
    found = refs_of("Kết luận số 70-KL/TW ngày 31/01/2024 của Bộ Chính trị về tiếp tục thực hiện "
                    "Chỉ thị số 03-CT/TW về học tập.")
    assert [r.issuer for r in found] == ["Bộ Chính trị", None]
    assert [r.relation for r in found] == ["other", "other"]


# --- repeats and aliases -------------------------------------------------------------------

TWICE = (
    "Căn cứ Chỉ thị số 19-CT/TU ngày 11/4/2025 của Ban Thường vụ Tỉnh ủy (sau đây gọi là Chỉ thị "
    "19).\n\nI. MỤC ĐÍCH\n\n1. Quán triệt Chỉ thị số 19-CT/TU ngày 11/4/2025 của Ban Thường vụ "
    "Tỉnh ủy đến cán bộ.\n\n2. Đánh giá việc thực hiện Chỉ thị 19 vào cuối năm."
)


def test_repeated_citation_is_one_reference_with_mentions() -> None:
    ctx = make_ctx(TWICE)
    (ref,) = ctx.references
    assert ref.number == "19-CT/TU"
    assert len(ref.mentions) == 4
    texts = [ctx.text[s:e] for s, e in ref.mentions]
    assert texts[1] == "Chỉ thị 19" and texts[3] == "Chỉ thị 19"
    assert ref.relation == "basis"
    # the date is listed at each full citation
    assert [(d.value, d.role) for d in ctx.dates] == [("2025-04-11", "reference")] * 2


def test_alias_before_the_full_citation_resolves_too() -> None:
    found = refs_of("Chỉ thị 24 đã đi vào cuộc sống. Thực hiện Chỉ thị số 24/CT-UBND ngày "
                    "6/6/2026 của UBND tỉnh.")
    assert len(found) == 1 and len(found[0].mentions) == 2


def test_short_form_with_no_full_citation_is_its_own_reference() -> None:
    ref = one("Triển khai nhiệm vụ của Đề án 06 trên địa bàn phường.")
    assert (ref.doc_type, ref.number, ref.date, ref.issuer) == ("Đề án", "06", None, None)


@pytest.mark.parametrize(
    "trap",
    ["Kế hoạch 2026 của xã.", "Chương trình 5 năm của ngành.", "kế hoạch 12 tháng tới.",
     "Nghị quyết 3 lần sửa đổi.",
     # the projects of a national target programme are parts, not documents
     "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo."],
)
def test_short_form_traps(trap: str) -> None:
    assert refs_of(trap) == []


def test_a_project_with_a_full_number_is_still_cited() -> None:
    ref = one("Phê duyệt Dự án số 12/DA-UBND ngày 3/3/2025 của UBND huyện.")
    assert (ref.doc_type, ref.number) == ("Dự án", "12/DA-UBND")


def test_different_issuers_same_digits_are_different_documents() -> None:
    found = refs_of("Căn cứ Quyết định số 15/QĐ-UBND ngày 2/1/2026 của UBND xã; Quyết định số "
                    "15/QĐ-TTg ngày 3/1/2026 của Thủ tướng Chính phủ.")
    assert [r.canonical_id for r in found] == [
        "QĐ|15/QĐ-UBND|2026|UBND", "QĐ|15/QĐ-TTg|2026|TTg"]


# --- canonical ids and relations -----------------------------------------------------------

def test_canonical_id_parts() -> None:
    assert type_key("Chương trình hành động") == "CTHĐ"
    assert type_key("Luật") == "L"
    assert issuer_code("Chỉ thị", "41-CT/TW", None) == "TW"
    assert issuer_code("Luật", "06/2022/QH15", None) == "QH15"
    assert issuer_code("Công văn", "77/BNV-TĐKT", None) == "BNV-TĐKT"
    assert issuer_code("Đề án", "06", "Thủ tướng Chính phủ") == "TTg"
    assert canonical_id("Luật", "06/2022/QH15", None, None) == "L|06/2022/QH15|2022|QH15"
    assert canonical_id("Kế hoạch", "9/KH-UBND", "2025-03-01", "UBND xã") == \
        "KH|9/KH-UBND|2025|UBND"


def test_the_same_document_written_two_ways_joins() -> None:
    a = one("Căn cứ Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị.")
    b = one("Tiếp tục thực hiện Chỉ thị 41 - CT/TW của Bộ chính trị ngày 26 tháng 12 năm 2024.")
    assert a.canonical_id == b.canonical_id


@pytest.mark.parametrize(
    ("lead", "relation"),
    [("Căn cứ", "basis"), ("Thực hiện", "implements"), ("Triển khai thực hiện", "implements"),
     ("Theo đề nghị của UBND xã tại", "proposal"), ("Gửi kèm", "other")],
)
def test_relations(lead: str, relation: str) -> None:
    assert one(f"{lead} Kế hoạch số 64/KH-UBND ngày 1/4/2026.").relation == relation


def test_document_number_digits_are_not_dates() -> None:
    ctx = make_ctx("Căn cứ Nghị định số 30/2020/NĐ-CP và Thông tư số 01/2011/TT-BNV.")
    assert ctx.dates == [] and len(ctx.references) == 2


def test_spans_point_at_the_text() -> None:
    ctx = make_ctx(TWICE + " Căn cứ Quyết định số 5/QĐ-UBND ngày 2/2/2026 của UBND xã Tân Hòa.")
    for ref in ctx.references:
        assert ctx.text[ref.span[0]:ref.span[1]] == ref.text
        for field, (s, e) in ref.field_spans.items():
            assert ctx.text[s:e], field
        assert ref.mentions[0][0] <= ref.span[0]


_CODES = st.sampled_from(["CT/TW", "NQ-HĐND", "KH-UBND", "QĐ-UBND", "CTr/ĐU", "TB-UBND"])
_TYPES = {"CT/TW": "Chỉ thị", "NQ-HĐND": "Nghị quyết", "KH-UBND": "Kế hoạch",
          "QĐ-UBND": "Quyết định", "CTr/ĐU": "Chương trình", "TB-UBND": "Thông báo"}


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 9999), _CODES, st.booleans(), st.sampled_from(["-", "/"]))
def test_any_numbered_citation_is_found(n: int, code: str, with_so: bool, sep: str) -> None:
    number = f"{n}{sep}{code}" if code[0] != "C" or sep == "-" else f"{n}-{code}"
    doc_type = _TYPES[code]
    so = "số " if with_so else ""
    ref = one(f"Thực hiện {doc_type} {so}{number} ngày 10/10/2025 của UBND huyện về việc này.")
    assert (ref.doc_type, ref.number, ref.date, ref.issuer) == (
        doc_type, number, "2025-10-10", "UBND huyện")


def test_number_inside_a_body_name_and_next_citation_after_va() -> None:
    found = refs_of("Theo Kế hoạch số 45/KH-BCĐ ngày 2/3/2026 của Ban Chỉ đạo 389 tỉnh và "
                    "Hướng dẫn số 12-HD/BTG ngày 3/3/2026 của Ban Tuyên giáo Tỉnh ủy.")
    assert [r.issuer for r in found] == ["Ban Chỉ đạo 389 tỉnh", "Ban Tuyên giáo Tỉnh ủy"]


def test_citations_above_the_body_are_found() -> None:
    # the whole text is read: a header stage that starts the body lower loses nothing
    ctx = make_ctx("QUYẾT ĐỊNH\nCăn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;")
    ctx2 = make_ctx("QUYẾT ĐỊNH\nCăn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;")
    ctx2.body = (len(ctx2.text), len(ctx2.text))
    extract_references(ctx2)
    assert [r.number for r in ctx.references] == [r.number for r in ctx2.references] == [
        "152/2025/NĐ-CP"]


def test_issuer_name_with_a_comma() -> None:
    ref = one("Thực hiện Hướng dẫn số 07/HD-BVHTTDL ngày 2/2/2026 của Bộ Văn hóa, Thể thao và "
              "Du lịch về tổ chức lễ hội.")
    assert ref.issuer == "Bộ Văn hóa, Thể thao và Du lịch"


def test_comma_between_two_bodies_ends_the_issuer() -> None:
    ref = one("Căn cứ Kế hoạch số 3/KH-UBND ngày 1/2/2026 của UBND tỉnh, Ban Chỉ đạo tỉnh và "
              "Sở Nội vụ.")
    assert ref.issuer == "UBND tỉnh"


def test_party_rule_number_issuer_code() -> None:
    ref = one("Thực hiện Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị.")
    assert (ref.doc_type, ref.canonical_id) == ("Quy định", "QĐ|144-QĐ/TW|2024|TW")


def test_joint_plan_type_and_issuer_code() -> None:
    ref = one("Căn cứ Kế hoạch liên tịch số 05/KHLT-UBND-MTTQ ngày 3/3/2026 của UBND xã.")
    assert (ref.doc_type, ref.canonical_id) == (
        "Kế hoạch liên tịch", "KHLT|05/KHLT-UBND-MTTQ|2026|UBND-MTTQ")


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Quyết định này thay thế Quyết định số 77/QĐ-UBND ngày 3/2/2020 của UBND xã.", "other"),
        ("Trên cơ sở Kế hoạch số 61/KH-UBND ngày 6/9/2025 của UBND tỉnh, xã ban hành.", "basis"),
        ("Để triển khai Chỉ thị số 16/CT-UBND ngày 4/4/2026, UBND xã ban hành Kế hoạch.",
         "implements"),
        ("Quyết định có hiệu lực thi hành, bãi bỏ Quyết định số 9/QĐ-UBND.", "other"),
    ],
)
def test_more_relation_cues(sentence: str, relation: str) -> None:
    assert one(sentence).relation == relation


def test_hard_wrapped_citation() -> None:
    ctx = make_ctx("Thực hiện Nghị định số\n27/2022/NĐ-CP ngày\n19/4/2022 của Chính phủ về cơ chế "
                   "quản lý; Thông tư số 10/2022/TT-BLĐTBXH ngày\n31/5/2022 của Bộ Lao động - "
                   "Thương binh và Xã hội.")
    assert [(r.number, r.date, r.issuer, r.relation) for r in ctx.references] == [
        ("27/2022/NĐ-CP", "2022-04-19", "Chính phủ", "implements"),
        ("10/2022/TT-BLĐTBXH", "2022-05-31", "Bộ Lao động - Thương binh và Xã hội", "implements"),
    ]
    assert [d.role for d in ctx.dates] == ["reference", "reference"]


def test_proposal_issuer_with_a_parenthetical() -> None:
    ref = one("Theo đề nghị của Sở Kế hoạch và Đầu tư (cơ quan thường trực) tại Tờ trình số "
              "126/TTr-SKHĐT ngày 23/01/2026.")
    assert (ref.issuer, ref.relation) == ("Sở Kế hoạch và Đầu tư", "proposal")


# --- where the issuer's name ends -------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "issuer"), [
    # the term of an elected body is not part of its name
    ("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/7/2024 của HĐND huyện khóa XX về thu chi;",
     "HĐND huyện"),
    ("Thực hiện Nghị quyết số 05-NQ/ĐH ngày 2/8/2020 của Ban Chấp hành Đảng bộ xã Khoá 15 "
     "về phát triển;", "Ban Chấp hành Đảng bộ xã"),
    # a title in capitals, or opening with a capital, after the issuer
    ("CĂN CỨ QUYẾT ĐỊNH SỐ 99/QĐ-TTG NGÀY 01/02/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ PHÊ DUYỆT ĐỀ ÁN "
     "PHÁT TRIỂN;", "THỦ TƯỚNG CHÍNH PHỦ"),
    ("Căn cứ Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ Quy định chi tiết một số "
     "nội dung;", "Chính phủ"),
    ("Căn cứ Kế hoạch số 7/KH-UBND ngày 2/1/2024 của Ủy ban nhân dân tỉnh Hòa Bình Thực hiện "
     "chương trình;", "Ủy ban nhân dân tỉnh Hòa Bình"),
    # a place name cut by a line break goes on
    ("Căn cứ Quyết định số 31/QĐ-UBND ngày 5/5/2023 của Ủy ban nhân dân huyện Đông\nAnh về "
     "quy chế;", "Ủy ban nhân dân huyện Đông Anh"),
    ("Căn cứ Nghị quyết số 8/NQ-HĐND ngày 5/5/2023 của Hội đồng nhân dân tỉnh Thừa Thiên\nHuế "
     "quy định mức thu;", "Hội đồng nhân dân tỉnh Thừa Thiên Huế"),
    # ... but not into the next paragraph, a label or another body
    ("Căn cứ Quyết định số 31/QĐ-UBND ngày 5/5/2023 của UBND tỉnh Nam Định\nCăn cứ Luật Đất "
     "đai;", "UBND tỉnh Nam Định"),
    ("Theo Quyết định số 31/QĐ-UBND ngày 5/5/2023 của UBND huyện Kim\nĐiều 1. Phạm vi",
     "UBND huyện Kim"),
    ("Theo Quyết định số 31/QĐ-UBND ngày 5/5/2023 của UBND xã An Hòa\nỦy ban nhân dân xã "
     "báo cáo", "UBND xã An Hòa"),
    # a ministry whose name has lower-case words
    ("Căn cứ Thông tư số 11/2004/TTLT-BNN-BNV ngày 02/4/2004 của Bộ Nông nghiệp và Phát triển "
     "nông thôn hướng dẫn chức năng;", "Bộ Nông nghiệp và Phát triển nông thôn"),
])
def test_where_the_issuer_ends(sentence: str, issuer: str) -> None:
    assert one(sentence).issuer == issuer


def test_a_list_under_one_type_and_a_colon() -> None:
    """"các Quyết định …: số A …; số B …" — every number of the list takes the type."""
    refs = refs_of(
        "Phù hợp với các Quy hoạch đã được phê duyệt tại các Quyết định của Thủ tướng\n"
        "Chính phủ: số 36/QĐ-TTg ngày 11/01/2024 về quy hoạch hạ tầng thông tin, tầm nhìn "
        "đến năm 2050; số 1569/QĐ-TTg ngày 12/12/2024 về quy hoạch Thủ đô và số 1668/QĐ-TTg "
        "ngày 27/12/2024 về điều chỉnh quy hoạch chung.")
    assert [(r.doc_type, r.number, r.date) for r in refs] == [
        ("Quyết định", "36/QĐ-TTg", "2024-01-11"), ("Quyết định", "1569/QĐ-TTg", "2024-12-12"),
        ("Quyết định", "1668/QĐ-TTg", "2024-12-27")]
    refs = refs_of("Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số "
                   "009/CĐ-UBND ngày 19/11/2025 của UBND tỉnh.")
    assert [(r.doc_type, r.number) for r in refs] == [
        ("Công điện", "007/CĐ-UBND"), ("Công điện", "008/CĐ-UBND"), ("Công điện", "009/CĐ-UBND")]


def test_a_list_ends_with_its_sentence() -> None:
    """After a full stop a bare "số …" belongs to no list."""
    refs = refs_of("Thực hiện các Quyết định: số 36/QĐ-TTg ngày 11/01/2024. Hộ gia đình số "
                   "12/KP-ABC được hỗ trợ; số 15/TT-XYZ nhận thêm.")
    assert [r.number for r in refs] == ["36/QĐ-TTg"]


# --- the proposer before "tại", over a line break, and lists that share one issuer -----------
@pytest.mark.parametrize(("sentence", "issuer"), [
    # a hard wrap inside the proposer's name
    ("Theo đề nghị của Giám đốc Sở\nTư pháp tại Tờ trình số 41/TTr-STP ngày 02/3/2026.",
     "Giám đốc Sở Tư pháp"),
    ("Xét đề nghị của Trưởng\nBan Dân tộc tỉnh tại Tờ trình số 7/TTr-BDT ngày 9/1/2026.",
     "Trưởng Ban Dân tộc tỉnh"),
    # lower-case words the name reader does not know, and "&", up to "tại"
    ("Theo đề nghị của Ban An toàn giao thông huyện tại Tờ trình số 5/TTr-BATGT ngày 1/2/2026.",
     "Ban An toàn giao thông huyện"),
    ("Xét đề nghị của Phòng Tài chính & Kế hoạch tại Tờ trình số 8/TTr-TCKH ngày 1/2/2026.",
     "Phòng Tài chính & Kế hoạch"),
])
def test_proposer_named_before_tai(sentence: str, issuer: str) -> None:
    assert one(sentence).issuer == issuer


def test_a_line_that_opens_a_unit_ends_the_proposer() -> None:
    # "Căn cứ" opens a paragraph of its own: no name runs into it
    found = refs_of("Theo đề nghị của Sở\nCăn cứ Tờ trình số 41/TTr-STP ngày 02/3/2026.")
    assert [r.issuer for r in found] == [None]


def test_one_proposer_serves_the_list_after_tai() -> None:
    found = refs_of("Xét đề nghị của Sở Xây dựng tại các văn bản số: 120/SXD-QH ngày "
                    "3/2/2026, 131/SXD-QH ngày 9/2/2026 và 140/SXD-QH ngày 12/2/2026.")
    assert [(r.number, r.issuer) for r in found] == [
        ("120/SXD-QH", "Sở Xây dựng"), ("131/SXD-QH", "Sở Xây dựng"),
        ("140/SXD-QH", "Sở Xây dựng")]


def test_a_list_head_names_the_issuer() -> None:
    found = refs_of("Căn cứ các Quyết định của Chủ tịch Ủy ban nhân dân tỉnh: số 15/QĐ-UBND "
                    "ngày 2/1/2026 về việc giao chỉ tiêu; số 27/QĐ-UBND ngày 9/1/2026 về việc "
                    "phân bổ vốn;")
    assert [(r.number, r.issuer) for r in found] == [
        ("15/QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("27/QĐ-UBND", "Chủ tịch Ủy ban nhân dân tỉnh")]


def test_a_verb_before_tai_names_the_issuer() -> None:
    ref = one("Các dự án phù hợp quy hoạch đã được Ủy ban nhân dân tỉnh phê duyệt tại "
              "Quyết định số 210/QĐ-UBND ngày 5/2/2026.")
    assert ref.issuer == "Ủy ban nhân dân tỉnh"


def test_a_list_of_proposals_does_not_pass_its_issuer_backwards() -> None:
    # the body named after the second citation is not the first one's proposer
    found = refs_of("Căn cứ Kế hoạch số 3/KH-UBND ngày 2/1/2026 của UBND huyện và Công văn số "
                    "9/SNV-TCBC ngày 4/1/2026 của Sở Nội vụ;")
    assert [r.issuer for r in found] == ["UBND huyện", "Sở Nội vụ"]


@pytest.mark.parametrize(("sentence", "issuer"), [
    ("Thực hiện Quyết định 125/QĐ-TTg năm 2026 của Thủ tướng Chính phủ về chuyển đổi số.",
     "Thủ tướng Chính phủ"),
    ("Căn cứ Nghị quyết số 07/NQ-TW, khóa XII của Ban Chấp hành Trung ương về giáo dục;",
     "Ban Chấp hành Trung ương"),
    # a number without a code, cited for the first time
    ("Triển khai Nghị quyết số 02 của Chính phủ về cải thiện môi trường kinh doanh.",
     "Chính phủ"),
])
def test_year_or_term_between_number_and_cua(sentence: str, issuer: str) -> None:
    assert one(sentence).issuer == issuer


@pytest.mark.parametrize("sentence", [
    "Theo Công văn 12/Ba của phòng.",  # a word in title case is no code
    "Nghị quyết khóa mới số1207 chưa ban hành.",  # a bare number with no code
    "Nộp hồ sơ1207/KH-PGDĐT sau.",  # glued to a word that is not "số"
    "Thực hiện 8123/BNNMT-ĐCKS về khoáng sản.",  # no type word and no type code
    "Nghị quyết so với 15/NQ-HĐND năm trước.",  # "so" is no "số" away from the number
])
def test_shapes_that_are_no_numbered_reference(sentence: str) -> None:
    assert [r.number for r in refs_of(sentence) if r.number and "/" in r.number] == []


@pytest.mark.parametrize(("sentence", "date"), [
    ("Ngày 05/3/2027, UBND tỉnh có Kế hoạch số 48/KH-UBND về sản xuất.", "2027-03-05"),
    ("Ngày 18 tháng 7 năm 2027 Ủy ban nhân dân xã An Phú đã ban hành Quyết định số "
     "19/QĐ-UBND về cải cách hành chính.", "2027-07-18"),
])
def test_a_date_opening_the_issuing_sentence_is_the_cited_documents(sentence: str,
                                                                    date: str) -> None:
    assert one(sentence).date == date


@pytest.mark.parametrize("sentence", [
    # the date does not open the sentence
    "Sáng ngày 05/3/2027, UBND tỉnh có Kế hoạch số 48/KH-UBND về sản xuất.",
    # a month is no document's date
    "Tháng 3/2027, UBND tỉnh có Kế hoạch số 48/KH-UBND về sản xuất.",
])
def test_other_dates_before_the_issuer_are_not_taken(sentence: str) -> None:
    assert one(sentence).date is None


@pytest.mark.parametrize(("sentence", "issuer"), [
    ("Căn cứ Nghị quyết số 41/NQ-HĐBCQG ngày 29/9/2027 của Hội đồng Bầu cử quốc gia "
     "Quy định mẫu hồ sơ.", "Hội đồng Bầu cử quốc gia"),
    ("Theo Thông báo số 08/TB-UBBC ngày 15/12/2027 của Ủy ban bầu cử xã An Hòa Thông báo "
     "địa điểm nộp hồ sơ.", "Ủy ban bầu cử xã An Hòa"),
    # "gia" ends a name only after "quốc"
    ("Quyết định số 5/QĐ-UBND ngày 1/2/2027 của UBND tỉnh gia hạn thời gian nộp.",
     "UBND tỉnh"),
])
def test_election_bodies_and_national_bodies(sentence: str, issuer: str) -> None:
    assert one(sentence).issuer == issuer

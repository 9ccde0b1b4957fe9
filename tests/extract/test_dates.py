"""Dates: forms, values, roles, yearless dates, traps, terms, deadlines and who owes them.

Every sentence here is written for the test (none is taken from the corpus); most tests run
only the reference and date stages on a freshly normalised text, so they do not depend on
the other stages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_parser.context import ParseContext
from kehoach_parser.document import DateMention
from kehoach_parser.extract.dates import extract_dates
from kehoach_parser.extract.outline import build_outline
from kehoach_parser.extract.references import extract_references
from kehoach_parser.pipeline import run_pipeline
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import normalize


def make_ctx(text: str, *, outline: bool = False) -> ParseContext:
    aligned = normalize(text)
    ctx = ParseContext(aligned=aligned, lines=split_lines(aligned.text))
    ctx.body = (0, len(aligned.text))
    if outline:
        build_outline(ctx)
    extract_references(ctx)
    extract_dates(ctx)
    return ctx


def dates_of(text: str, **kw: bool) -> list[DateMention]:
    return make_ctx(text, **kw).dates


def one(text: str) -> DateMention:
    found = dates_of(text)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


# --- forms and values ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "written", "value", "granularity"),
    [
        ("Hội nghị khai mạc ngày 14 tháng 3 năm 2027 tại hội trường.",
         "ngày 14 tháng 3 năm 2027", "2027-03-14", "day"),
        ("Lễ ra quân được tổ chức ngày 9/11/2026 ở sân vận động.",
         "ngày 9/11/2026", "2026-11-09", "day"),
        ("Đoàn kiểm tra làm việc 21/04/2026 với các thôn.", "21/04/2026", "2026-04-21", "day"),
        ("Buổi tập huấn diễn ra 7-5-2026 cho cán bộ.", "7-5-2026", "2026-05-07", "day"),
        ("Hồ sơ được tiếp nhận 03.08.2026 tại bộ phận một cửa.", "03.08.2026", "2026-08-03",
         "day"),
        ("Đợt cao điểm là tháng 10/2026 trên toàn xã.", "tháng 10/2026", "2026-10", "month"),
        ("Ngày hội được tổ chức vào tháng 8 năm 2026 ở nhà văn hóa.", "tháng 8 năm 2026",
         "2026-08", "month"),
        ("Chương trình diễn ra vào Quý III năm 2027 tại các trường.", "Quý III năm 2027",
         "2027-Q3", "quarter"),
        ("Nghiệm thu dự kiến vào quý 1/2027 sau khi hoàn thiện.", "quý 1/2027", "2027-Q1",
         "quarter"),
        ("Đánh giá lại vào Quý II/2028 theo kế hoạch.", "Quý II/2028", "2028-Q2", "quarter"),
        ("Sơ kết 6 tháng đầu năm 2027 với các ngành.", "6 tháng đầu năm 2027", "2027-H1",
         "half"),
        ("Tổng kết sáu tháng cuối năm 2025 của khối thi đua.", "sáu tháng cuối năm 2025",
         "2025-H2", "half"),
        ("Ngày ký: 2027-03-09 08:15:02 +07:00", "2027-03-09", "2027-03-09", "day"),
    ],
)
def test_forms_give_iso_values(sentence: str, written: str, value: str, granularity: str) -> None:
    d = one(sentence)
    assert d.text == normalize(written).text  # the expression as the normaliser left it
    assert d.value == value
    assert d.granularity == granularity


def test_markup_around_a_date_is_gone() -> None:
    d = one("Các xã gửi báo cáo trước ngày **12/10/2026** để tổng hợp.")
    assert d.text == "ngày 12/10/2026"
    assert d.value == "2026-10-12"


def test_blank_day_of_a_draft_gives_the_month() -> None:
    ctx = make_ctx("ỦY BAN NHÂN DÂN XÃ HÒA AN\n\nHòa An, ngày tháng 9 năm 2026\n\nKẾ HOẠCH\n")
    (d,) = ctx.dates
    assert (d.text, d.value, d.role, d.granularity) == (
        "ngày tháng 9 năm 2026", "2026-09", "issued", "month")


def test_blank_day_and_month_give_the_year() -> None:
    ctx = make_ctx("Đông Hà, ngày … tháng … năm 2027\n\nQUYẾT ĐỊNH\n")
    (d,) = ctx.dates
    assert (d.value, d.granularity, d.role) == ("2027", "year", "issued")


def test_span_points_at_the_text() -> None:
    text = ("Bắc Sơn, ngày 3 tháng 4 năm 2026\n\nTừ ngày 01/5/2026 đến ngày 31/5/2026, các đơn "
            "vị báo cáo trước ngày 05/6/2026; tổng kết trong Quý II năm 2026.")
    ctx = make_ctx(text)
    assert len(ctx.dates) == 5
    for d in ctx.dates:
        assert ctx.text[d.span[0]:d.span[1]] == d.text


# --- ranges --------------------------------------------------------------------------------

def test_range_from_to_gives_start_and_end() -> None:
    found = dates_of("Thời gian phát động: từ ngày 02/3/2026 đến ngày 15/9/2026.")
    assert [(d.value, d.role) for d in found] == [
        ("2026-03-02", "period_start"), ("2026-09-15", "period_end")]
    assert found[0].text == "ngày 02/3/2026"


def test_verbal_range_without_second_ngay() -> None:
    found = dates_of("Thời gian: Từ ngày 05 tháng 02 năm 2027 đến 30 tháng 11 năm 2027")
    assert [(d.text, d.value, d.role) for d in found] == [
        ("ngày 05 tháng 02 năm 2027", "2027-02-05", "period_start"),
        ("30 tháng 11 năm 2027", "2027-11-30", "period_end"),
    ]


def test_dashed_range_of_two_dates_is_two_mentions() -> None:
    found = dates_of("Đợt kiểm tra 10/4/2026 - 25/4/2026 tại các thôn.")
    assert [(d.value, d.role) for d in found] == [
        ("2026-04-10", "period_start"), ("2026-04-25", "period_end")]


def test_anniversary_pair_is_two_events() -> None:
    found = dates_of("Kỷ niệm 95 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2026).")
    assert [(d.value, d.role) for d in found] == [
        ("1931-03-26", "event"), ("2026-03-26", "event")]


def test_yearless_start_of_a_range_borrows_the_year() -> None:
    found = dates_of("Kiểm tra từ ngày 01/10 đến ngày 15/11/2026 trên địa bàn.")
    assert [d.value for d in found] == ["2026-10-01", "2026-11-15"]
    found = dates_of("Ra quân từ 05/6 - 20/6/2027.")
    assert [d.value for d in found] == ["2027-06-05", "2027-06-20"]


def test_bare_day_start_borrows_month_and_year() -> None:
    found = dates_of("Hội thi diễn ra từ ngày 12 đến ngày 14/8/2026.")
    assert [(d.text, d.value) for d in found] == [
        ("ngày 12", "2026-08-12"), ("ngày 14/8/2026", "2026-08-14")]


def test_month_range_and_until_end_of_month() -> None:
    found = dates_of("Triển khai từ tháng 4 đến tháng 7 năm 2026, duy trì đến hết tháng 12/2026.")
    assert [(d.value, d.role) for d in found] == [
        ("2026-04", "period_start"), ("2026-07", "period_end"), ("2026-12", "period_end")]
    assert found[2].text == "tháng 12/2026"


# --- roles ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Các trường nộp hồ sơ trước ngày 18/9/2026.", "2026-09-18"),
        ("Báo cáo gửi về chậm nhất ngày 02/11/2026 qua thư điện tử.", "2026-11-02"),
        ("Thời hạn: 30.11.2026.", "2026-11-30"),
        ("Hạn nộp sản phẩm dự thi: 15/7/2026.", "2026-07-15"),
        ("Danh sách gửi trước 17 giờ 00 ngày 09/10/2026.", "2026-10-09"),
        ("Đăng ký chậm nhất là ngày 3 tháng 6 năm 2026.", "2026-06-03"),
    ],
)
def test_deadline_cues(sentence: str, value: str) -> None:
    d = one(sentence)
    assert (d.value, d.role) == (value, "deadline")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Phong trào bắt đầu từ ngày 10/01/2027.", "period_start"),
        ("Áp dụng kể từ ngày 01/7/2026.", "period_start"),
        ("Phong trào kéo dài đến hết ngày 31/10/2026.", "period_end"),
        ("Tổng kết trong tháng 11/2026.", "period"),
        ("Tập huấn vào Quý IV/2026.", "period"),
        ("Tổ chức Hội thao nhân dịp 27/7/2026.", "event"),
        ("Ngày 19/5/2026 là ngày sinh nhật Bác.", "event"),
    ],
)
def test_other_roles(sentence: str, role: str) -> None:
    assert one(sentence).role == role


def test_issued_line_is_found_without_the_header_stage() -> None:
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN AN\n\nSố: 45/KH-UBND\n\n"
            "Tân An, ngày 09 tháng 01 năm 2027\n\nKẾ HOẠCH\nTổ chức hội thi\n\n"
            "Thời gian: ngày 20/01/2027.")
    ctx = make_ctx(text)
    assert [(d.value, d.role) for d in ctx.dates] == [
        ("2027-01-09", "issued"), ("2027-01-20", "event")]


def test_only_the_top_line_is_the_issued_date() -> None:
    body = "\n".join(f"Dòng nội dung số {i} của kế hoạch." for i in range(60))
    ctx = make_ctx(f"KẾ HOẠCH\n{body}\nHà Tĩnh, ngày 05 tháng 5 năm 2026")
    assert [d.role for d in ctx.dates] == ["event"]


def test_date_of_a_cited_document_is_a_reference() -> None:
    found = dates_of(
        "Thực hiện Quyết định số 210/QĐ-UBND ngày 04/3/2026 của UBND huyện, xã tổ chức hội thi "
        "vào ngày 20/4/2026."
    )
    assert [(d.value, d.role) for d in found] == [
        ("2026-03-04", "reference"), ("2026-04-20", "event")]


def test_date_of_an_unnumbered_document_is_a_reference() -> None:
    d = one("Căn cứ Nghị quyết của Hội đồng nhân dân xã ngày 15/12/2025 về dự toán ngân sách.")
    assert d.role == "reference"


# --- yearless dates ------------------------------------------------------------------------

def test_yearly_date_has_no_guessed_year() -> None:
    d = one("Tổ chức mít tinh vào ngày 27/7 hằng năm tại nghĩa trang liệt sĩ.")
    assert d.value == "--07-27"
    assert d.recurring is True
    assert d.value is not None and "2026" not in d.value


def test_yearly_deadline() -> None:
    d = one("Các chi hội gửi báo cáo trước ngày 10/12 hàng năm.")
    assert (d.value, d.role, d.recurring) == ("--12-10", "deadline", True)


def test_yearless_date_without_cue_is_not_recurring() -> None:
    d = one("Ngày hội diễn ra ngày 2/9 tại quảng trường.")
    assert (d.value, d.recurring) == ("--09-02", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong năm 2028, tổ chức sơ kết 6 tháng cuối năm theo quy định.",
        "Năm 2028 là năm bản lề. Tổ chức sơ kết 6 tháng đầu năm theo quy định.",
        "So với năm 2025, sơ kết 6 tháng đầu năm và định hướng năm 2026.",
        "Năm 2027, hoàn thiện hồ sơ trong quý II.",
        "Hoàn thiện hồ sơ trong quý II.",
    ],
)
def test_quarter_or_half_year_without_its_own_year_is_not_a_date(sentence: str) -> None:
    assert [d for d in dates_of(sentence) if d.granularity in ("quarter", "half")] == []


def test_half_year_with_its_year_is_a_date_next_to_one_without() -> None:
    found = dates_of("Báo cáo 6 tháng đầu năm, phương hướng 6 tháng cuối năm 2028.")
    assert [(d.text, d.value) for d in found] == [("6 tháng cuối năm 2028", "2028-H2")]


def test_month_without_year_needs_a_cue() -> None:
    assert dates_of("Tháng 6 có nhiều ngày lễ.") == []
    d = one("Tổng kết trong tháng 6 hằng năm.")
    assert (d.value, d.recurring) == ("--06", True)


# --- impossible dates and traps ------------------------------------------------------------

@pytest.mark.parametrize("bad", ["31/02/2026", "30/02/2027", "31/4/2026", "29/02/2027",
                                 "ngày 31 tháng 6 năm 2026"])
def test_impossible_date_warns(bad: str) -> None:
    ctx = make_ctx(f"Báo cáo gửi trước {bad} theo quy định.")
    assert ctx.dates == []
    assert [w.code for w in ctx.warnings] == ["W101"]
    w = ctx.warnings[0]
    assert w.span is not None and bad in ctx.text[w.span[0]:w.span[1]]


def test_leap_day_is_a_date() -> None:
    assert one("Hạn cuối là ngày 29/02/2028.").value == "2028-02-29"


@pytest.mark.parametrize(
    "trap",
    [
        "Tỷ lệ hộ nghèo giảm còn 18,73% trong năm.",
        "Thu nhập bình quân đạt 54,6 triệu đồng/người.",
        "Sản lượng đạt 10.900 tấn, tăng 3-5% so với cùng kỳ.",
        "Thời gian đào tạo là 6 tháng.",
        "Tập huấn 6 tháng một lần cho cán bộ.",
        "Diện tích gieo cấy từ 901-910 ha; giải quyết việc làm cho 1.500 - 2.400 lao động.",
        "Đạt 36/41 thôn, phủ sóng 4G/5G, tăng 15 - 17%.",
        "Căn cứ Luật số 47/2019/QH14 và Nghị định số 12/2026/NĐ-CP.",
        "Chỉ tiêu năm 2026 và mục tiêu đến năm 2030.",
        "Khối thi đua số 12 gồm 08 đơn vị.",
    ],
)
def test_traps_are_not_dates(trap: str) -> None:
    ctx = make_ctx(trap)
    assert ctx.dates == []
    assert ctx.warnings == []


# --- terms ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "written", "kind", "years"),
    [
        ("Đại hội Đảng bộ xã nhiệm kỳ 2030 - 2035 thành công.", "nhiệm kỳ 2030 - 2035", "term",
         (2030, 2035)),
        ("Chương trình giai đoạn 2021-2025 đã kết thúc.", "giai đoạn 2021-2025", "phase",
         (2021, 2025)),
        ("Tổng kết năm học 2026–2027 của ngành.", "năm học 2026–2027", "school_year",
         (2026, 2027)),
        ("Kế hoạch 5 năm 2026 -2030 của xã.", "Kế hoạch 5 năm 2026 -2030", "plan",
         (2026, 2030)),
        ("Phát triển xã giai đoạn 2025-2030, tầm nhìn đến năm 2045.", "giai đoạn 2025-2030",
         "phase", (2025, 2030)),
        ("Thực hiện từ năm 2024 đến năm 2027.", "từ năm 2024 đến năm 2027", None, (2024, 2027)),
    ],
)
def test_year_ranges_are_terms_not_dates(
    sentence: str, written: str, kind: str | None, years: tuple[int, int]
) -> None:
    ctx = make_ctx(sentence)
    assert ctx.dates == []
    (term,) = ctx.terms
    assert (term.text, term.kind, (term.start_year, term.end_year)) == (written, kind, years)
    assert ctx.text[term.span[0]:term.span[1]] == term.text


def test_reversed_years_are_not_a_term() -> None:
    assert make_ctx("Mã 2030-2025 không phải nhiệm kỳ.").terms == []


# --- deadlines: task and responsible body --------------------------------------------------

def test_subject_of_the_sentence_owes_the_deadline() -> None:
    ctx = make_ctx("Trung tâm Văn hóa - Thể thao xã hoàn thiện hồ sơ trước ngày 12/8/2026. "
                   "Các thôn phối hợp thực hiện.")
    (d,) = ctx.dates
    assert d.responsible == "Trung tâm Văn hóa - Thể thao xã"
    assert d.task_span is not None
    assert ctx.text[d.task_span[0]:d.task_span[1]] == (
        "Trung tâm Văn hóa - Thể thao xã hoàn thiện hồ sơ trước ngày 12/8/2026")


def test_body_after_giao_and_per_clause() -> None:
    ctx = make_ctx("Giao Phòng Kinh tế chủ trì, hoàn thành trước ngày 20/7/2026; Công an xã "
                   "báo cáo kết quả chậm nhất ngày 25/7/2026.")
    assert [(d.responsible, d.value) for d in ctx.dates] == [
        ("Phòng Kinh tế", "2026-07-20"), ("Công an xã", "2026-07-25")]
    second = ctx.dates[1]
    assert second.task_span is not None
    assert ctx.text[second.task_span[0]:second.task_span[1]].startswith("Công an xã")


def test_fronted_deadline_with_subject_after_it() -> None:
    d = one("Trước ngày 05/10/2026, các trường học gửi danh sách về Phòng Văn hóa - Xã hội.")
    assert d.responsible == "các trường học"


HEADED = """\
III. TỔ CHỨC THỰC HIỆN

1. Văn phòng HĐND và UBND xã:

- Tham mưu tổ chức lễ phát động.

- Tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước ngày 14/11/2026.

2. Đề nghị Hội Liên hiệp Phụ nữ xã:

Vận động hội viên tham gia; báo cáo kết quả trước ngày 21/11/2026.

IV. THỜI GIAN

Tổ chức sơ kết trước ngày 30/11/2026.
"""


@pytest.mark.parametrize("outline", [True, False])
def test_heading_names_the_body_that_owes_the_deadline(outline: bool) -> None:
    ctx = make_ctx(HEADED, outline=outline)
    assert [(d.value, d.responsible) for d in ctx.dates] == [
        ("2026-11-14", "Văn phòng HĐND và UBND xã"),
        ("2026-11-21", "Hội Liên hiệp Phụ nữ xã"),
        ("2026-11-30", None),
    ]
    for d in ctx.dates:
        assert d.role == "deadline" and d.task_span is not None


def test_non_deadlines_have_no_task() -> None:
    d = one("Phòng Kinh tế tổ chức hội chợ vào ngày 14/9/2026.")
    assert d.role == "event"
    assert d.responsible is None and d.task_span is None


# --- the whole pipeline --------------------------------------------------------------------

def test_pipeline_fills_dates_and_terms() -> None:
    doc = run_pipeline(
        "ỦY BAN NHÂN DÂN XÃ AN LẠC\n\nSố: 12/KH-UBND\n\nAn Lạc, ngày 02 tháng 02 năm 2027\n\n"
        "KẾ HOẠCH\nThi đua năm 2027\n\nCăn cứ Kế hoạch số 7/KH-UBND ngày 10/01/2027 của UBND "
        "huyện; nhiệm kỳ 2026 - 2031.\n\nI. THỜI GIAN\n\nTừ ngày 15/02/2027 đến ngày 15/12/2027.\n"
    )
    assert [(d.value, d.role) for d in doc.dates] == [
        ("2027-02-02", "issued"), ("2027-01-10", "reference"), ("2027-02-15", "period_start"),
        ("2027-12-15", "period_end"),
    ]
    assert [t.text for t in doc.terms] == ["nhiệm kỳ 2026 - 2031"]


# --- properties ----------------------------------------------------------------------------

_FORMS = ("{d}/{m}/{y}", "{d:02d}/{m:02d}/{y}", "{d}-{m}-{y}", "{d:02d}.{m:02d}.{y}",
          "ngày {d} tháng {m} năm {y}", "ngày {d:02d} tháng {m:02d} năm {y}", "ngày {d}/{m}/{y}")
_LEADS = ("Tổ chức vào", "Hội nghị họp", "Đoàn công tác đến xã", "Ra mắt mô hình")


@settings(max_examples=150, deadline=None)
@given(
    st.dates(min_value=__import__("datetime").date(1930, 1, 1),
             max_value=__import__("datetime").date(2099, 12, 31)),
    st.sampled_from(_FORMS),
    st.sampled_from(_LEADS),
)
def test_any_written_day_reads_back(day: object, form: str, lead: str) -> None:
    import datetime

    assert isinstance(day, datetime.date)
    written = form.format(d=day.day, m=day.month, y=day.year)
    found = dates_of(f"{lead} {written} theo kế hoạch.")
    assert [(d.text, d.value) for d in found] == [(written, day.isoformat())]


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 999), st.integers(0, 99), st.sampled_from(("%", " triệu đồng", " ha", "")))
def test_decimal_amounts_never_become_dates(whole: int, frac: int, unit: str) -> None:
    ctx = make_ctx(f"Chỉ tiêu đạt {whole},{frac}{unit} và {whole}.{frac:03d}{unit} trong năm.")
    assert ctx.dates == []


# --- more cues and header shapes -----------------------------------------------------------

def test_date_of_a_named_law_is_a_reference() -> None:
    d = one("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")
    assert (d.value, d.role) == ("2025-06-16", "reference")


def test_as_of_date_ends_the_period_of_its_figures() -> None:
    # decision 33: "tính đến <date>" states figures as of the date: period_end
    d = one("Tính đến ngày 30/9/2026, toàn huyện có 14 xã đạt chuẩn.")
    assert d.role == "period_end"


def test_as_of_date_wrapped_after_tinh_den_het() -> None:
    d = one("Số vốn giải ngân tính đến hết\nngày 15 tháng 11 năm 2026 đạt 61% kế hoạch.")
    assert (d.value, d.role) == ("2026-11-15", "period_end")


def test_date_after_a_plain_noun_is_no_period_end() -> None:
    # negative: "tính" alone (a verb of counting) before the date gives no cue
    d = one("Thời gian nghỉ phép được tính ngày 30/9/2026.")
    assert d.role == "event"


def test_deadline_label_with_la() -> None:
    d = one("Hạn cuối nhận bài dự thi là ngày 18/8/2026.")
    assert (d.value, d.role) == ("2026-08-18", "deadline")


def test_issued_date_on_a_flattened_header_line() -> None:
    ctx = make_ctx("UBND HUYỆN KIM SƠN\nSố: 77/KH-UBND Thành phố Ninh Bình, ngày 4 tháng 8 năm "
                   "2026\nKẾ HOẠCH\nHội thi vào ngày 20/8/2026.")
    assert [(d.value, d.role) for d in ctx.dates] == [
        ("2026-08-04", "issued"), ("2026-08-20", "event")]


def test_any_capitalised_body_after_de_nghi() -> None:
    d = one("Đề nghị Huyện đoàn phối hợp tổ chức; gửi báo cáo trước ngày 02/12/2026.")
    assert d.responsible == "Huyện đoàn"


def test_upper_case_heading_that_is_not_a_body() -> None:
    ctx = make_ctx("V. TỔ CHỨC THỰC HIỆN\n\nTổng hợp, báo cáo kết quả trước ngày 12/12/2026.")
    assert [d.responsible for d in ctx.dates] == [None]


def test_upper_case_heading_that_is_a_body() -> None:
    ctx = make_ctx("2. PHÒNG TÀI CHÍNH - KẾ HOẠCH\n\nCân đối kinh phí, trình UBND xã trước ngày "
                   "01/6/2026.")
    assert [d.responsible for d in ctx.dates] == ["PHÒNG TÀI CHÍNH - KẾ HOẠCH"]


_PIECES = st.sampled_from([
    "ngày", "tháng", "năm", "quý", "Quý", "6 tháng đầu năm", "từ", "đến", "trước", "hết",
    "Chỉ thị", "số", "Kế hoạch", "của", "UBND xã", "Phòng Nội vụ", "Giao", "hằng năm", "-",
    "/", ".", ",", ";", ":", "\n", "…", "II", "IV", "2026", "12", "31", "02", "1930", "%",
    "1.500", "18,73", "41-CT/TW", "15/NQ-HĐND", "(", ")", "nhiệm kỳ", "2025 - 2030", "**",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.lists(st.sampled_from([" ", "", "\n"]), min_size=40,
                                                 max_size=40))
def test_any_text_parses_and_spans_hold(pieces: list[str], seps: list[str]) -> None:
    text = "".join(p + s for p, s in zip(pieces, seps, strict=False))
    ctx = make_ctx(text)
    for d in ctx.dates:
        assert ctx.text[d.span[0]:d.span[1]] == d.text
        if d.task_span is not None:
            assert 0 <= d.task_span[0] <= d.task_span[1] <= len(ctx.text)
    for t in ctx.terms:
        assert ctx.text[t.span[0]:t.span[1]] == t.text and t.start_year <= t.end_year
    for r in ctx.references:
        assert ctx.text[r.span[0]:r.span[1]] == r.text
        assert all(ctx.text[s:e] for s, e in r.mentions)


def test_day_range_sharing_month_and_year() -> None:
    ctx = make_ctx("Hội trại diễn ra từ ngày 15-17/10/2026 tại sân trường.")
    assert [(d.text, d.value, d.role) for d in ctx.dates] == [
        ("ngày 15", "2026-10-15", "period_start"), ("17/10/2026", "2026-10-17", "period_end")]
    assert ctx.warnings == []


def test_yearless_day_range_is_neither_a_date_nor_a_warning() -> None:
    ctx = make_ctx("Họp giao ban vào ngày 15-20 hằng tháng.")
    assert ctx.dates == [] and ctx.warnings == []


def test_deadline_in_a_table_row() -> None:
    ctx = make_ctx("| TT | Nội dung | Thời gian | Đơn vị thực hiện |\n|---|---|---|---|\n"
                   "| 3 | Tổng kết hội thi | Trước ngày 22/12/2026 | Trung tâm Y tế xã |")
    (d,) = ctx.dates
    assert (d.role, d.responsible) == ("deadline", "Trung tâm Y tế xã")
    assert d.task_span is not None
    assert ctx.text[d.task_span[0]:d.task_span[1]] == (
        "3 | Tổng kết hội thi | Trước ngày 22/12/2026 | Trung tâm Y tế xã")


def test_subject_list_runs_across_a_semicolon() -> None:
    d = one("UBND các phường; Thủ trưởng các đơn vị trực thuộc gửi báo cáo trước ngày 8/12/2026.")
    assert d.responsible == "UBND các phường; Thủ trưởng các đơn vị trực thuộc"


def test_names_with_lower_case_syllables() -> None:
    d = one("Hội Cựu chiến binh, Hội Chữ thập đỏ xã tổng hợp số liệu trước ngày 3/11/2026.")
    assert d.responsible == "Hội Cựu chiến binh, Hội Chữ thập đỏ xã"


def test_a_programme_named_before_an_event_date_is_not_a_citation() -> None:
    d = one("Tổ chức Hội nghị tổng kết Chương trình Mục tiêu quốc gia ngày 15/12/2026.")
    assert d.role == "event"


SIBLINGS = """\
III. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế:

Chủ trì xây dựng phương án.

2. Thời gian báo cáo:

Báo cáo tổng hợp trước ngày 19/12/2026.
"""


@pytest.mark.parametrize("outline", [True, False])
def test_a_sibling_heading_does_not_own_the_deadline(outline: bool) -> None:
    ctx = make_ctx(SIBLINGS, outline=outline)
    assert [(d.value, d.responsible) for d in ctx.dates] == [("2026-12-19", None)]


def test_numbered_item_with_a_deadline_is_not_owned_by_its_sibling() -> None:
    text = ("II. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Tư pháp:\n\nRà soát văn bản.\n\n"
            "2. Tổng hợp báo cáo trước ngày 03/12/2026.\n")
    for outline in (True, False):
        assert [d.responsible for d in make_ctx(text, outline=outline).dates] == [None]


def test_listed_dates_borrow_the_year_of_the_last_one() -> None:
    found = dates_of("Tập huấn trong tháng 9, tháng 10 và tháng 11 năm 2027; thi đấu ngày 4 và "
                     "5/12/2027.")
    assert [(d.text, d.value) for d in found] == [
        ("tháng 9", "2027-09"), ("tháng 10", "2027-10"), ("tháng 11 năm 2027", "2027-11"),
        ("ngày 4", "2027-12-04"), ("5/12/2027", "2027-12-05"),
    ]
    assert all(not d.recurring for d in found)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("UBND phường yêu cầu Tổ trưởng các tổ dân phố nộp danh sách trước ngày 9/9/2026.",
         "Tổ trưởng các tổ dân phố"),
        ("Chủ tịch UBND xã giao Văn phòng HĐND và UBND xã tổng hợp trước ngày 1/7/2026.",
         "Văn phòng HĐND và UBND xã"),
    ],
)
def test_the_body_asked_owes_the_deadline(sentence: str, body: str) -> None:
    assert one(sentence).responsible == body


def test_term_in_parentheses_after_its_word() -> None:
    (term,) = make_ctx("Hoàn thành Kế hoạch 5 năm (2021 - 2025) của xã.").terms
    assert (term.text, term.kind) == ("Kế hoạch 5 năm (2021 - 2025)", "plan")


def test_doi_voi_names_the_body() -> None:
    d = one("Đối với các trường học, nộp hồ sơ trước ngày 30/6/2027.")
    assert (d.role, d.responsible) == ("deadline", "các trường học")


def test_hard_wrapped_issued_line() -> None:
    ctx = make_ctx("UBND TỈNH\nSố: 45/KH-UBND\nBình Định, ngày\n13 tháng 7 năm 2026\nKẾ HOẠCH")
    assert [(d.value, d.role) for d in ctx.dates] == [("2026-07-13", "issued")]


def test_hard_wrapped_deadline_cue() -> None:
    d = one("Các đơn vị gửi báo cáo về Phòng Nội vụ trước\n15/12/2026 để tổng hợp.")
    assert (d.value, d.role) == ("2026-12-15", "deadline")


def test_hard_wrapped_task_keeps_its_subject() -> None:
    ctx = make_ctx("Phòng Nội vụ tổng hợp danh sách, gửi Sở Nội vụ trước\n20/11/2026 để thẩm định.")
    (d,) = ctx.dates
    assert d.responsible == "Phòng Nội vụ"
    assert d.task_span is not None
    assert ctx.text[d.task_span[0]:d.task_span[1]].startswith("Phòng Nội vụ tổng hợp")


@pytest.mark.parametrize(
    ("sentence", "issued"),
    [
        (("Nghị quyết này đã được Hội đồng nhân dân xã khóa I, kỳ họp thứ 3 thông qua ngày "
          "20 tháng 12 năm 2027 và có hiệu lực từ ngày ký."), True),
        ("Quyết định này được ban hành ngày 05/01/2028.", True),
        # the same cue about another document, or with no "… này", is not the own date
        ("Nghị quyết số 12/NQ-HĐND được HĐND xã thông qua ngày 20/12/2027.", False),
        ("Dự thảo được thông qua ngày 20/12/2027 tại hội nghị.", False),
    ],
)
def test_closing_formula_dates_the_document_itself(sentence: str, issued: bool) -> None:
    assert (dates_of(sentence)[0].role == "issued") is issued


# --- the date of a document issued, named in a sentence that opens with it ---------------------
@pytest.mark.parametrize(("sentence", "role"), [
    ("Ngày 9/12/2022, HĐND tỉnh ban hành Nghị quyết về kế hoạch phát triển năm 2023.",
     "reference"),
    ("Ngày 05/3/2024, UBND tỉnh có Kế hoạch triển khai các chỉ tiêu sản xuất.", "reference"),
    ("Ngày 23 tháng 9 năm 2004, Thủ tướng Chính phủ đã ban hành Chỉ thị về xây dựng kế hoạch.",
     "reference"),
    # a law cited by its name, written in lower case after "Luật"
    ("Căn cứ Luật tổ chức HĐND và UBND ngày 21 tháng 6 năm 1994;", "reference"),
    # not a document: a meeting, a visit
    ("Ngày 9/12/2022, HĐND tỉnh tổ chức kỳ họp thứ mười.", "event"),
    ("Ngày 15/3/2026, UBND xã có buổi làm việc với các thôn.", "event"),
])
def test_a_date_before_a_body_that_issues_a_document(sentence: str, role: str) -> None:
    assert one(sentence).role == role


# --- a range that writes its month and year once ------------------------------------------------
@pytest.mark.parametrize(("sentence", "values"), [
    # the spec's own example: both ends take the year
    ("Tổ chức từ ngày 03 đến hết ngày 08 tháng 5 năm 2024 tại nhà văn hóa.",
     ["2024-05-03", "2024-05-08"]),
    ("Hội thi diễn ra từ ngày 08 đến ngày 09 tháng 11 năm 2025.", ["2025-11-08", "2025-11-09"]),
    ("Họp vào ngày 15 và ngày 16 tháng 12 năm 2026.", ["2026-12-15", "2026-12-16"]),
    # typed in a hurry: "tháng" glued to its number, "năm" printed twice
    ("Ban hành ngày 05 tháng11 năm 2010.", ["2010-11-05"]),
    ("Kết quả 6 tháng đầu năm năm 2024 được tổng hợp.", ["2024-H1"]),
    # a bare day with no month and year after it stays out
    ("Họp ngày 15 và ngày 16 của tháng này.", []),
])
def test_a_range_that_writes_month_and_year_once(sentence: str, values: list[str]) -> None:
    assert [d.value for d in dates_of(sentence)] == values


@pytest.mark.parametrize("text", ["giai đoạn 2021-2025", "Số: 2027-03-09-1", "ngày 2027-02-30",
                                  "mã 12027-03-09", "năm 2027-03"])
def test_iso_shapes_that_are_no_dates(text: str) -> None:
    assert [d.value for d in dates_of(text) if d.value and d.value[:1] != "-"] == []


def test_a_range_of_two_dated_quarters_has_a_start_and_an_end() -> None:
    found = dates_of("- Thời gian thực hiện: Quý IV/2027- Quý II/2028.")
    assert [(d.value, d.role) for d in found] == [("2027-Q4", "period_start"),
                                                  ("2028-Q2", "period_end")]


def test_quarters_of_different_kinds_or_without_a_year_are_no_range() -> None:
    found = dates_of("Hoàn thành trong Quý IV/2027 - tháng 3/2028.")
    assert [d.role for d in found] == ["period", "period"]


def test_a_clock_time_with_a_prime_after_the_minutes_keeps_the_deadline_cue() -> None:
    found = dates_of("Có mặt tại sân vận động trước 7h00′ ngày 26/02/2027 để giao quân.")
    assert [(d.value, d.role) for d in found] == [("2027-02-26", "deadline")]


@pytest.mark.parametrize(("text", "found"), [
    ("3. Thời gian thực hiện: Tháng 11, 12/2027 và thường xuyên.",
     [("Tháng 11", "2027-11"), ("12/2027", "2027-12")]),
    ("Tháng 10, 11/2027 tổ chức sơ tuyển sức khỏe.", [("Tháng 10", "2027-10"),
                                                      ("11/2027", "2027-11")]),
    # a figure "12/2027" with no "tháng" before the list is no month
    ("Toàn xã đạt 12/2027 hộ.", []),
])
def test_a_list_of_months_that_writes_the_year_once(text: str,
                                                    found: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in dates_of(text)] == found


# --- a named law's date: its name wrapped or holding a number (sixth session) -------------

def test_date_of_a_named_law_wrapped_over_two_lines_is_a_reference() -> None:
    d = one("Căn cứ Luật\nBảo vệ môi trường ngày 17 tháng 11 năm 2020;")
    assert (d.value, d.role) == ("2020-11-17", "reference")


def test_date_of_a_named_law_whose_name_holds_a_number_is_a_reference() -> None:
    d = one("Căn cứ Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự ngày 27/6/2025;")
    assert (d.value, d.role) == ("2025-06-27", "reference")


@pytest.mark.parametrize(("sentence", "role"), [
    # a cue between a law's name and the date: the date is the cue's, not the law's
    ("Luật Thủy lợi năm 2027 có hiệu lực từ ngày 01/7/2028.", "period_start"),
    ("Căn cứ Luật Trồng trọt được áp dụng đến ngày 31/12/2028;", "period_end"),
    # negative: no cue, the date follows the name and is the law's
    ("Căn cứ Luật Thủy lợi được Quốc hội thông qua ngày 19/6/2027;", "reference"),
])
def test_a_cue_between_a_named_law_and_its_date_wins(sentence: str, role: str) -> None:
    assert one(sentence).role == role


def test_a_date_after_an_ended_line_takes_no_name_from_it() -> None:
    # negative: the line before ends with ";", so the law named there is not this date's
    d = one("Căn cứ Luật Đất đai;\nHội nghị được tổ chức ngày 17 tháng 11 năm 2026.")
    assert d.role == "event"


def test_date_after_a_number_left_blank_is_the_cited_document_date() -> None:
    d = one("(Ban hành kèm theo Quyết định số    /QĐ-UBND ngày 14 tháng 9 năm 2026 của UBND xã)")
    assert (d.value, d.role) == ("2026-09-14", "reference")
    d = one("(Kèm theo Kế hoạch số ./KH-UBND ngày 03/10/2026)")
    assert (d.value, d.role) == ("2026-10-03", "reference")


def test_a_count_before_a_date_is_no_blank_number() -> None:
    # negative: "số" as a count word ("số lượng") with no symbol after it cites nothing
    d = one("Báo cáo số lượng học sinh ngày 14 tháng 9 năm 2026 tại trường.")
    assert d.role == "event"
    # the near miss: "số", blanks, a dash and capitals, but no symbol after a type code
    d = one("Tổng số – HS ngày 14 tháng 9 năm 2026 tại trường.")
    assert d.role == "event"
    # … while a blank party number before a dash holds a "/" in its symbol
    d = one("(Kèm theo Chỉ thị số    -CT/TU ngày 14 tháng 9 năm 2026)")
    assert d.role == "reference"

"""The section rules on headings written for these tests (not taken from the corpus)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from hypothesis import given
from hypothesis import strategies as st
from pytest import MonkeyPatch

from kehoach_parser import parse
from kehoach_parser.context import OutlineEntry, ParseContext
from kehoach_parser.extract import outline
from kehoach_parser.extract.heading_features import heading_features
from kehoach_parser.extract.outline import _next_at_or_above
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import normalize


def _sections(text: str) -> list[tuple[str, str, int, str | None]]:
    return [(s.label, s.title, s.level, s.kind) for s in parse(text).sections]


def test_levels_follow_nesting_of_numbering_styles() -> None:
    text = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng phong trào.
2. Yêu cầu
Thiết thực, hiệu quả.
II. CHỈ TIÊU
1. Kinh tế
1.1. Nông nghiệp
- Sản lượng lương thực đạt 10.000 tấn.
1.2. Công nghiệp
- Giá trị sản xuất tăng 12%.
2. Xã hội
a) Giáo dục
- Tỷ lệ huy động trẻ đạt 99%.
b) Y tế
- Tỷ lệ tiêm chủng đạt 98%.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
Theo dõi, tổng hợp.
"""
    assert _sections(text) == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        ("1", "Mục đích", 2, None),
        ("2", "Yêu cầu", 2, None),
        ("II", "CHỈ TIÊU", 1, "targets"),
        ("1", "Kinh tế", 2, None),
        ("1.1", "Nông nghiệp", 3, None),
        ("1.2", "Công nghiệp", 3, None),
        ("2", "Xã hội", 2, None),
        ("a", "Giáo dục", 3, None),
        ("b", "Y tế", 3, None),
        ("III", "TỔ CHỨC THỰC HIỆN", 1, "implementation"),
        ("1", "Phòng Kinh tế", 2, None),
    ]


def test_tree_children_and_flat_parents_agree() -> None:
    doc = parse("I. NỘI DUNG\n1. Thi đua lao động\nNội dung.\n2. Thi đua học tập\nNội dung.\n"
                "II. KHEN THƯỞNG\nTheo quy định.\n")
    assert [c.title for c in doc.section_tree[0].children] == ["Thi đua lao động",
                                                                "Thi đua học tập"]
    flat = doc.sections
    assert [s.parent for s in flat] == [None, 0, 0, None]
    assert flat[0].kind == "content" and flat[3].kind == "rewards"
    # the first section's body runs to the next level-1 heading
    assert flat[0].body_span[1] == flat[3].span[0]


def test_items_ending_with_a_period_are_not_headings() -> None:
    text = """I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tăng cường công tác tuyên truyền về thi đua, khen thưởng trên địa bàn xã.
2. Các cơ quan, đơn vị xây dựng kế hoạch cụ thể để triển khai thực hiện.
3. Thực hiện tốt công tác kiểm tra;
II. THỜI GIAN
Cả năm 2027.
"""
    assert _sections(text) == [("I", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks"),
                               ("II", "THỜI GIAN", 1, "timeline")]


def test_topic_before_colon_is_the_title_action_before_colon_is_an_item() -> None:
    text = """I. ĐỐI TƯỢNG THI ĐUA
1. Đối tượng
a) Tập thể: Các phòng, ban, đơn vị thuộc Ủy ban nhân dân phường.
b) Cá nhân: Cán bộ, công chức, viên chức và người lao động.
II. TỔ CHỨC THỰC HIỆN
1. Giao Phòng Văn hóa - Xã hội: Chủ trì theo dõi, đôn đốc.
2. Đề nghị Ủy ban Mặt trận Tổ quốc phường: Phối hợp tuyên truyền.
3. Trung tâm Văn hóa:
Tuyên truyền trên hệ thống loa.
"""
    assert _sections(text) == [
        ("I", "ĐỐI TƯỢNG THI ĐUA", 1, "subjects"),
        ("1", "Đối tượng", 2, None),
        ("a", "Tập thể", 3, None),
        ("b", "Cá nhân", 3, None),
        ("II", "TỔ CHỨC THỰC HIỆN", 1, "implementation"),
        ("3", "Trung tâm Văn hóa", 2, None),
    ]


def test_members_named_after_a_plural_topic_belong_to_the_title_or_make_an_item() -> None:
    # issue 11: "các xã: A, B" names the members (a heading as a whole); "Các Sở: A, B chủ
    # trì …." is a sentence (an item); "Tập thể: …" stays a topic and its body
    text = """III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các thị trấn: Phú Hòa, Tân Lập
- Tuyên truyền đến Nhân dân.
2. Các Sở: Y tế, Giáo dục và Đào tạo chủ trì hướng dẫn chuyên môn cho các đơn vị.
3. Tập thể: Các phòng, ban thuộc Ủy ban nhân dân huyện.
4. Các ấp: Rà soát danh sách hộ; báo cáo kết quả về Ủy ban nhân dân xã.
5. Trung tâm Văn hóa - Thông tin và Thể thao huyện, Đài Truyền thanh huyện, Ban Quản lý \
chợ trung tâm huyện: Tuyên truyền trên hệ thống loa.
"""
    assert _sections(text) == [
        ("III", "TỔ CHỨC THỰC HIỆN", 1, "implementation"),
        ("1", "Ủy ban nhân dân các thị trấn: Phú Hòa, Tân Lập", 2, None),
        ("3", "Tập thể", 2, None),
        ("4", "Các ấp", 2, None),  # a task after the colon: topic and body
        # bodies named one by one: a topic however long
        ("5", "Trung tâm Văn hóa - Thông tin và Thể thao huyện, Đài Truyền thanh huyện, Ban "
              "Quản lý chợ trung tâm huyện", 2, None),
    ]


def test_short_dotted_line_introducing_a_list_is_a_heading() -> None:
    text = """II. CHỈ TIÊU
1. Kinh tế (05 chỉ tiêu).
- (1) Tốc độ tăng trưởng đạt 8%.
2. Riêng các trường học thi đua theo năm học.
III. KHEN THƯỞNG
Theo quy định.
"""
    assert _sections(text) == [("II", "CHỈ TIÊU", 1, "targets"),
                               ("1", "Kinh tế (05 chỉ tiêu)", 2, None),
                               ("III", "KHEN THƯỞNG", 1, "rewards")]


def test_numbered_line_without_content_below_is_an_item() -> None:
    text = """I. MỤC ĐÍCH
1. Động viên cán bộ, công chức thi đua hoàn thành xuất sắc nhiệm vụ được giao
2. Phát hiện, nhân rộng điển hình tiên tiến trong các phong trào thi đua
II. NỘI DUNG
Thi đua thực hiện nhiệm vụ chính trị.
"""
    assert [s[0] for s in _sections(text)] == ["I", "II"]


def test_enumerations_and_bullets_are_never_headings() -> None:
    text = ("I. CHỈ TIÊU\n(1) Thu ngân sách\n- Thu nội địa\n+ Thuế\nII. CHỦ ĐỀ NĂM 2027\n"
            "\"Kỷ cương\"\n")
    assert _sections(text) == [("I", "CHỈ TIÊU", 1, "targets"), ("II", "CHỦ ĐỀ NĂM 2027", 1,
                                                                  "theme")]


def test_labels_kept_as_printed_when_numbering_skips_or_repeats() -> None:
    text = "I. MỤC ĐÍCH\nNội dung.\nIII. NỘI DUNG\nNội dung.\nIII. NỘI DUNG KHÁC\nNội dung.\n"
    assert [s[0] for s in _sections(text)] == ["I", "III", "III"]


def test_kind_priority_for_joined_titles() -> None:
    doc = parse("I. NỘI DUNG, MỤC TIÊU VÀ NHIỆM VỤ\nA.\nII. ĐỐI TƯỢNG VÀ THỜI GIAN\nB.\n"
                "III. PHONG TRÀO ĐIỂN HÌNH\nC.\n")
    assert [s.kind for s in doc.sections] == ["targets", "subjects", "other"]


def test_arabic_is_level_two_with_or_without_a_roman_part() -> None:
    text = "1. Mở đầu\nNội dung.\nI. CHỈ TIÊU\n1. Kinh tế\nNội dung.\n"
    assert _sections(text) == [("1", "Mở đầu", 2, None), ("I", "CHỈ TIÊU", 1, "targets"),
                               ("1", "Kinh tế", 2, None)]


def test_section_category_is_inherited() -> None:
    doc = parse("II. CHỈ TIÊU\n1. Các chỉ tiêu về kinh tế\n1.1. Nông nghiệp\nNội dung.\n")
    cats = [s.category for s in doc.sections]
    assert cats[1] is not None and cats[2] == cats[1]


def test_requests_naming_a_body_alone_are_headings_request_sentences_items() -> None:
    # docs/annotation.md, decision 18: a request line standing alone over the tasks of the
    # body it names is a heading; a request sentence or "Đề nghị …: body" is an item
    text = """II. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
Theo dõi, tổng hợp.
2. Đề nghị Ủy ban Mặt trận Tổ quốc xã và các đoàn thể
Tuyên truyền, vận động.
3. Đề nghị các đoàn thể tuyên truyền, vận động Nhân dân.
4. Giao Công an xã: bảo đảm an ninh trật tự.
III. CĂN CỨ PHÁP LÝ
Luật Thi đua, khen thưởng.
"""
    assert [(s[0], s[1]) for s in _sections(text)] == [
        ("II", "TỔ CHỨC THỰC HIỆN"), ("1", "Phòng Kinh tế"),
        ("2", "Đề nghị Ủy ban Mặt trận Tổ quốc xã và các đoàn thể"), ("III", "CĂN CỨ PHÁP LÝ")]


def test_articles_and_letters_take_levels_from_what_is_open() -> None:
    text = """Điều 1. Giao chỉ tiêu kế hoạch năm 2027 như sau:
1. Chỉ tiêu kinh tế
a) Nông nghiệp
- Sản lượng lúa đạt 5.000 tấn.
2. Chỉ tiêu xã hội
- Tỷ lệ hộ nghèo dưới 2%.
Điều 2. Tổ chức thực hiện
Các cơ quan thực hiện.
"""
    assert _sections(text) == [("1", "Chỉ tiêu kinh tế", 2, None), ("a", "Nông nghiệp", 3, None),
                               ("2", "Chỉ tiêu xã hội", 2, None),
                               ("Điều 2", "Tổ chức thực hiện", 1, "implementation")]


def test_an_article_that_enacts_is_a_clause_an_article_that_names_a_topic_a_heading() -> None:
    # issue 11: "Điều 1. Phê duyệt …" / "Bãi bỏ …" are operative clauses of a decision
    text = """Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng huyện giai đoạn 2027 - 2030
1. Mục tiêu
Thu hút khách du lịch.
Điều 2. Bãi bỏ Quyết định số 12/2019/QĐ-UBND của Ủy ban nhân dân huyện
Điều 3. Phạm vi áp dụng
Các xã trên địa bàn huyện.
"""
    assert [s[:3] for s in _sections(text)] == [("1", "Mục tiêu", 2),
                                                ("Điều 3", "Phạm vi áp dụng", 1)]


def test_a_capital_part_title_with_a_final_period_over_its_text_is_a_heading() -> None:
    # issue 11 (spec: "I. KẾT QUẢ THỰC HIỆN." is a heading, the title drops the ".")
    text = """I. TÌNH HÌNH CHUNG.
Năm 2026 xã tập trung chỉ đạo sản xuất nông nghiệp.
II. Nhiệm vụ năm 2027 gồm nhiều nội dung. Chi tiết như sau.
Tiếp tục chỉ đạo sản xuất.
"""
    assert _sections(text) == [("I", "TÌNH HÌNH CHUNG", 1, "other")]


def test_a_letter_label_glued_to_its_title_opens_a_heading() -> None:
    # issue 11: "b)Tại xã …" (no space after the label) is not a line to rejoin
    text = """2. Tình hình dịch bệnh
Dịch xảy ra tại hai xã
b)Tại xã Phước Sơn
- Tiêu hủy 200 con gia cầm.
"""
    assert [s[:3] for s in _sections(text)] == [("2", "Tình hình dịch bệnh", 2),
                                                ("b", "Tại xã Phước Sơn", 3)]


def test_a_heading_on_the_last_line_is_a_section_but_a_last_sentence_is_not() -> None:
    head = "KẾ HOẠCH\nVề việc thi đua\n\nI. MỤC ĐÍCH\nNâng cao chất lượng.\n"
    for end in ("", "\n"):
        assert _sections(head + "II. TỔ CHỨC THỰC HIỆN" + end)[-1] == (
            "II", "TỔ CHỨC THỰC HIỆN", 1, "implementation")
    long_item = ("1. Các xã, phường triển khai thực hiện nghiêm túc và báo cáo kết quả về Ủy ban "
                 "nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.")
    assert [s[0] for s in _sections(head + long_item)] == ["I"]


@given(st.lists(st.integers(1, 4), max_size=40))
def test_each_section_closes_at_the_next_heading_at_its_level_or_above(levels: list[int]) -> None:
    headings = cast("list[OutlineEntry]", [SimpleNamespace(level=lv) for lv in levels])
    naive = [next((j for j in range(i + 1, len(levels)) if levels[j] <= levels[i]), None)
             for i in range(len(levels))]
    assert _next_at_or_above(headings) == naive


def test_a_parse_leaves_the_heading_features_uncomputed(monkeypatch: MonkeyPatch) -> None:
    """Issue 15: the parse decides headings by the rules; the learned decision's features
    are computed only when a candidate is asked for them (the training script)."""
    text = "I. MỤC ĐÍCH\n1. Mục đích\nNâng cao chất lượng.\n2. Yêu cầu\n- Thiết thực.\n"
    expected = _sections(text)

    def refuse(*args: object) -> tuple[str, ...]:
        raise AssertionError("heading features computed during a parse")

    monkeypatch.setattr(outline, "heading_features", refuse)
    assert _sections(text) == expected
    monkeypatch.undo()
    aligned = normalize(text)
    ctx = ParseContext(aligned=aligned, lines=split_lines(aligned.text))
    ctx.body = (0, len(aligned.text))
    candidates = outline.outline_candidates(ctx)
    assert [c.rule_title is not None for c in candidates] == [True, True, True, False]
    first = candidates[0]
    assert first.features == heading_features(first.label, first.level, first.rest,
                                              first.next_rel, first.prev_rel, True)
    assert "capitals" in first.features and "next=deeper" in first.features

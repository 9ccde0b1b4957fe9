"""Line roles: the gold roles located from a gold record, the rules' roles from the parser's
output, the shared precedence and completions, and the per-role scores."""

from __future__ import annotations

from typing import Any

import kehoach_parser
from kehoach_parser.evaluation.gold_line_roles import gold_line_roles, gold_marks
from kehoach_parser.evaluation.line_roles import (
    RoleMarks,
    assign_roles,
    heading_line_levels,
    rule_line_roles,
    rule_marks,
)
from kehoach_parser.evaluation.role_scores import role_scores
from kehoach_parser.text.folded import FoldedText, fold

# (line, gold role) of a small plan written for these tests
PLAN: list[tuple[str, str | None]] = [
    ("ỦY BAN NHÂN DÂN", "header"),
    ("XÃ AN BÌNH", "header"),
    ("-------", None),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto"),
    ("Độc lập - Tự do - Hạnh phúc", "motto"),
    ("Số: 12/KH-UBND", "header"),
    ("An Bình, ngày 5 tháng 3 năm 2025", "header"),
    ("", None),
    ("KẾ HOẠCH", "title"),
    ("Phát triển sản xuất nông nghiệp năm 2025", "title"),
    ("", None),
    ("Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã xây dựng kế hoạch như sau:",
     "body"),
    ("I. MỤC TIÊU", "heading"),
    ("1. Tổng sản lượng lương thực đạt 10.900 tấn.", "indicator"),
    ("| Thu nhập bình quân đầu người | 60 triệu đồng |", "table_row"),
    ("II. TỔ CHỨC THỰC HIỆN", "heading"),
    ("Các bộ phận chuyên môn triển khai thực hiện kế hoạch này./.", "body"),
    ("Nơi nhận:", "recipients"),
    ("- UBND huyện (b/c);", "recipients"),
    ("- Lưu: VT.", "recipients"),
    ("TM. ỦY BAN NHÂN DÂN", "signature"),
    ("CHỦ TỊCH", "signature"),
    ("", None),
    ("Nguyễn Văn An", "signature"),
]
TEXT = "\n".join(line for line, _ in PLAN)


def _gold(**over: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "doc_type": "Kế hoạch", "number": "12", "symbol": "KH-UBND",
        "title": "Phát triển sản xuất nông nghiệp năm 2025", "place": "An Bình",
        "issued_date": "2025-03-05", "issuer": "Uỷ ban nhân dân xã An Bình",
        "signers": [{"name": "Nguyễn Văn An", "position": "Chủ tịch", "authority": "TM."}],
        "recipients": ["UBND huyện (b/c)"], "archive": ["VT"],
        "sections": [{"label": "I", "title": "MỤC TIÊU", "level": 1, "kind": "targets"},
                     {"label": "II", "title": "TỔ CHỨC THỰC HIỆN", "level": 1,
                      "kind": "implementation"}],
        "indicators": [{"text": "Tổng sản lượng lương thực đạt 10.900 tấn"},
                       {"text": "Thu nhập bình quân đầu người | 60 triệu đồng"}],
        "dates": [], "references": [], "results": [],
    }
    gold.update(over)
    return gold


def test_gold_roles_of_every_line() -> None:
    assert gold_line_roles(TEXT, _gold()) == [role for _, role in PLAN]
    coverage = gold_marks(TEXT, _gold()).coverage
    assert coverage["section"] == [2, 2] and coverage["indicator"] == [2, 2]
    assert coverage["issuer"] == [1, 1] and coverage["type line"] == [1, 1]
    missing = gold_marks(TEXT, _gold(issuer="Ủy ban nhân dân xã Tân Phú",
                                     indicators=[{"text": "Diện tích lúa 500 ha"}])).coverage
    assert missing["issuer"] == [0, 1] and missing["indicator"] == [0, 1]


def test_heading_levels_of_gold_and_rules() -> None:
    gold = _gold(sections=[{"label": "I", "title": "MỤC TIÊU", "level": 1},
                           {"label": "1", "title": "Tổng sản lượng lương thực", "level": 2}])
    assert heading_line_levels(TEXT, gold_marks(TEXT, gold)) == {12: 1, 13: 2}
    doc = kehoach_parser.parse(TEXT)
    levels = heading_line_levels(doc.text, rule_marks(doc))
    assert levels[12] == levels[15] == 1


def test_issuer_found_abbreviated_and_title_without_type_word() -> None:
    text = TEXT.replace("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH", "UBND XÃ AN BÌNH\nBAN CHỈ ĐẠO")
    roles = gold_line_roles(text, _gold(issuer="Ủy ban nhân dân xã An Bình"))
    # the abbreviated issuer is found; the line below it, before the number, is header too
    assert roles[:2] == ["header", "header"]
    roles = gold_line_roles(TEXT, _gold(doc_type=None))
    assert roles[8] == "body" and roles[9] == "title"


def test_a_gold_string_the_text_lacks_marks_nothing() -> None:
    roles = gold_line_roles(TEXT, _gold(sections=[], indicators=[], recipients=[], signers=[]))
    assert roles[12] == roles[13] == roles[15] == "body"
    assert roles[14] == "body"  # a table line without an indicator is body
    assert roles[18] == roles[20] == roles[23] == "body"


def test_precedence_header_over_motto_and_heading_over_indicator() -> None:
    text = "UBND XÃ A | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nI. Tỷ lệ hộ nghèo giảm 2%"
    marks = RoleMarks(motto_lines={0})
    marks.add("header", (0, 9))
    marks.add("heading", (text.index("I."), len(text)))
    marks.add("indicator", (text.index("Tỷ"), len(text)))
    assert assign_roles(text, marks) == ["header", "heading"]


def test_a_motto_beside_an_issuer_is_not_a_gold_motto_line() -> None:
    text = "UBND XÃ AN BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND"
    assert gold_line_roles(text, {"issuer": "Ủy ban nhân dân xã An Bình", "number": "12",
                                  "symbol": "KH-UBND"}) == ["header", "header"]
    assert gold_line_roles("CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM", {}) == ["motto", "motto"]


def test_rules_read_roles_off_the_parse() -> None:
    doc = kehoach_parser.parse(TEXT)
    rules = rule_line_roles(doc)
    gold = [role for _, role in PLAN]
    assert len(rules) == len(gold)
    for role in ("header", "motto", "title", "heading", "recipients", "signature"):
        assert {i for i, r in enumerate(rules) if r == role} == \
            {i for i, g in enumerate(gold) if g == role}, role


def test_role_scores() -> None:
    pairs = [("body", "body"), ("body", "heading"), ("heading", "heading"), (None, "body"),
             ("heading", "body")]
    scores = role_scores(pairs, ("body", "heading", "title"))
    assert (scores["body"].gold, scores["body"].pred, scores["body"].correct) == (2, 2, 1)
    assert scores["heading"].precision == 0.5 and scores["heading"].recall == 0.5
    assert scores["title"].f1 == 1.0  # absent from gold and prediction: nothing wrong


def test_folded_find_maps_back_across_lines_case_and_marks() -> None:
    ft = FoldedText("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n")
    span = ft.find("Uỷ ban nhân dân tỉnh Bắc Ninh")
    assert span == (0, len("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH"))
    assert ft.find("tỉnh", 16) == (16, 20)
    assert ft.find("tỉnh", 21) is None and ft.find("---") is None
    assert ft.find_all("n", 0, 10) == [(5, 6), (7, 8)]  # "BAN", "NHÂN" (its last N at 10)
    assert fold("Đồng Tháp, 5%") == "dongthap5"


def test_empty_and_odd_inputs_give_roles_without_failing() -> None:
    odd_gold: dict[str, Any] = {"issuer": None, "signers": [{"name": None, "position": None}],
                                "recipients": ["A"], "sections": [{"label": "-", "title": None}],
                                "indicators": [{"text": None}]}
    for text in ("", "|||\n-------", "x" * 5000, "Nơi nhận:\n- A;\nTM. UBND"):
        n = len(text.split("\n"))
        for gold in ({}, odd_gold):
            assert len(gold_line_roles(text, gold)) == n
        assert len(rule_line_roles(kehoach_parser.parse(text))) == n
    # a recipient is looked for after "Nơi nhận", not inside it
    assert gold_line_roles("Nơi nhận:\n- A;", odd_gold) == ["recipients", "recipients"]

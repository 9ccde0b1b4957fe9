"""A notice printed without its header names its sender in the closing formula ("Văn phòng
Chính phủ thông báo để … biết, thực hiện./."). Layouts written for the test."""

from __future__ import annotations

import kehoach_parser

_BODY = ("Ngày 3 tháng 2 năm 2027, Phó Thủ tướng Chính phủ đã làm việc với lãnh đạo tỉnh "
         "Bình An về tình hình đầu tư công.\n\n1. Về giải ngân vốn đầu tư công:\n\n"
         "Giao Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan xử lý.\n\n")


def test_a_notice_without_header_takes_the_sender_of_its_closing_formula() -> None:
    text = ("**THÔNG BÁO**\n\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI "
            "LÃNH ĐẠO TỈNH BÌNH AN\n\n" + _BODY
            + "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Bình An và các Bộ, "
              "cơ quan liên quan biết, thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    doc = kehoach_parser.parse(text)
    assert doc.doc_type == "Thông báo"
    assert doc.issuer == "Văn phòng Chính phủ"
    assert "W106" in {w.code for w in doc.warnings}


def test_a_plan_that_mentions_notifying_does_not_take_an_issuer_so() -> None:
    text = ("KẾ HOẠCH\n\nTổ chức hội nghị tổng kết năm 2026\n\n" + _BODY
            + "Văn phòng Ủy ban nhân dân tỉnh thông báo để các đơn vị biết, thực hiện./.\n")
    assert kehoach_parser.parse(text).issuer is None

"""Header words of target tables: which column holds what.

``COLUMN_WORDS`` maps a column role to the (lower-case) words of its header cell:

* ``ordinal`` — "STT", "TT";
* ``name`` — the indicator ("Chỉ tiêu", "Nội dung");
* ``unit`` — "ĐVT", "Đơn vị tính";
* ``plan`` — the planned value ("Kế hoạch", "Mục tiêu", "Chỉ tiêu giao"; a year ≥ the plan
  year also marks a plan column);
* ``not_plan`` — columns that hold results or comments, never targets ("Thực hiện", "Ước
  TH", "So sánh", "Ghi chú", "Cơ quan chủ trì").
"""

from __future__ import annotations

COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "ordinal": ("stt", "tt", "số tt", "số thứ tự"),
    "name": ("chỉ tiêu", "nội dung", "tên chỉ tiêu", "danh mục", "hạng mục", "tiêu chí",
             "nhiệm vụ"),
    "unit": ("đvt", "đơn vị tính", "đơn vị", "đv tính"),
    "plan": ("kế hoạch", "kh", "mục tiêu", "chỉ tiêu giao", "phấn đấu", "giao", "dự kiến",
             "chỉ tiêu năm", "chỉ tiêu kế hoạch", "năm"),
    "not_plan": ("thực hiện", "th", "ước", "ước th", "so sánh", "ghi chú", "cơ quan",
                 "chủ trì", "phối hợp", "đơn vị thực hiện", "đơn vị chủ trì", "tỷ lệ so",
                 "kết quả", "đạt được", "cùng kỳ"),
}

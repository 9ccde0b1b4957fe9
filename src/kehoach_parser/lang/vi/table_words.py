"""Header words of tables: which column holds what, and words of the cells themselves.

``COLUMN_WORDS`` maps a column role to the (lower-case) words of its header cell:

* ``ordinal`` — "STT", "TT";
* ``name`` — the indicator ("Chỉ tiêu", "Nội dung", "Danh mục");
* ``unit`` — "ĐVT", "Đơn vị tính";
* ``plan`` — planned values ("Kế hoạch", "Mục tiêu", "Chỉ tiêu giao", "Dự kiến"; a year not
  before the plan's year also marks a plan column);
* ``result`` — what was done or is estimated ("Thực hiện", "Ước TH", "Lũy kế"; an earlier
  year also marks a result column);
* ``skip`` — comparisons that are neither ("So sánh", "Tăng/giảm");
* ``note`` — comments, agencies, codes, deadlines ("Ghi chú", "Cơ quan chủ trì", "Mã số");
* ``code`` — a code of the row, printed right after its name ("Mã số": 1, 2 … 47), never a
  figure;
* ``explain`` — a column that explains the indicator ("Giải thích chỉ tiêu");
* ``position`` — coordinates of points ("Tọa độ VN2000", "X (m)", "Tên điểm"): a table
  with such a column lists positions, not figures to reach;
* ``fact`` — what the place or the project already is ("Diện tích", "Trữ lượng địa chất"):
  a plain column with such a header, beside a plan column, holds facts, not targets;
* ``group`` — a header spanning the columns under it ("Giai đoạn 2026 - 2030", "Chia ra
  theo khối lớp", "Năm hiện hành 2025");
* ``not_plan`` — every word that marks a column without targets (result, skip, note).

``NOTE_CELLS`` — words of a short cell after the values that is a note, not a new row
("Đạt", "Không đạt", "Vượt", an agency).
"""

from __future__ import annotations

_RESULT: tuple[str, ...] = (
    "thực hiện", "th", "ước", "ước th", "ước thực hiện", "ưth", "ước tính", "đạt được",
    "kết quả thực hiện", "kết quả đạt được", "hiện trạng", "lũy kế", "luỹ kế", "năm trước",
    "cùng kỳ", "thực tế", "tth",
)
_SKIP: tuple[str, ...] = (
    "so sánh", "tỷ lệ so", "tỉ lệ so", "so với", "tăng, giảm", "tăng/giảm", "tăng giảm",
    "+/-", "tỷ lệ đạt", "tỉ lệ đạt", "% so",
)
_NOTE: tuple[str, ...] = (
    "ghi chú", "cơ quan", "chủ trì", "phối hợp", "đơn vị thực hiện", "đơn vị chủ trì",
    "đánh giá", "thời gian", "tiến độ", "lộ trình", "nguồn số liệu",
    "cơ quan theo dõi", "địa điểm", "vị trí",
    "thời hạn", "cấp trình",
)

#: Headers that name what a row is called ("Tên ngành", "Tên đơn vị"): after the name
#: column, such a header repeats a name (the row's wider group), never figures.
NAMING_HEADS: tuple[str, ...] = ("tên",)

COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "ordinal": ("stt", "tt", "số tt", "số thứ tự", "s tt"),
    "name": ("chỉ tiêu", "nội dung", "tên chỉ tiêu", "danh mục", "hạng mục", "tiêu chí",
             "nhiệm vụ", "chỉ tiêu chủ yếu", "tên", "dự án", "công trình"),
    "unit": ("đvt", "đơn vị tính", "đơn vị", "đv tính"),
    "plan": ("kế hoạch", "kh", "mục tiêu", "chỉ tiêu giao", "phấn đấu", "giao", "dự kiến",
             "chỉ tiêu năm", "chỉ tiêu kế hoạch", "dự toán", "kế hoạch vốn", "định hướng",
             "cam kết", "chỉ tiêu đến năm", "mục tiêu đến năm", "dự báo", "phân bổ",
             "số lượng phân bổ", "chỉ tiêu phân bổ"),
    "result": _RESULT,
    "skip": _SKIP,
    "note": _NOTE,
    "code": ("mã số", "mã"),
    "explain": ("giải thích", "cách tính", "phương pháp tính", "định nghĩa"),
    "position": ("tọa độ", "toạ độ", "tên điểm", "điểm góc", "kinh độ", "vĩ độ", "x (m)",
                 "y (m)", "x(m)", "y(m)"),
    "fact": ("diện tích", "trữ lượng địa chất", "dân số", "diện tích tự nhiên"),
    "group": ("giai đoạn", "chia ra", "chia theo", "năm hiện hành", "bao gồm"),
    "not_plan": _RESULT + _SKIP + _NOTE + ("mã số", "mã"),
}

#: Headers of a column of the bodies a table gives its figures to ("Đơn vị", "Cơ quan, đơn
#: vị", "Địa phương"): with no indicator column, the column that names the rows of quotas.
#: The bodies named as such:
AGENCY_BODY_HEADS: tuple[str, ...] = (
    "đơn vị", "cơ quan", "cơ quan, đơn vị", "cơ quan/đơn vị", "cơ quan/ đơn vị",
    "cơ quan, tổ chức, đơn vị", "địa phương", "đơn vị hành chính", "tên đơn vị",
    "tên địa phương",
)
#: … and by the kinds of place ("xã, phường"), words that open prose lines as well, so no
#: sign on their own that a table's header starts.
AGENCY_PLACE_KIND_HEADS: tuple[str, ...] = (
    "xã, phường", "xã, phường, thị trấn", "xã, thị trấn",
)
AGENCY_HEADS: tuple[str, ...] = AGENCY_BODY_HEADS + AGENCY_PLACE_KIND_HEADS

NOTE_CELLS: tuple[str, ...] = (
    "đạt", "không đạt", "vượt", "chưa đạt", "đạt kế hoạch", "hoàn thành", "bộ", "sở",
    "ubnd", "ban", "phòng", "văn phòng", "ngân hàng", "chi cục", "trung tâm", "cơ bản đạt",
    "thường xuyên", "hằng năm", "hàng năm", "hằng quý", "hàng quý", "công an", "tỉnh đoàn",
)

#: Words of the caption above a table that say what its figures are.
CAPTION_WORDS: dict[str, tuple[str, ...]] = {
    "result": ("kết quả", "đạt được", "kết quả thực hiện", "tình hình", "thống kê", "hiện trạng",
               "số liệu"),
    "plan": ("kế hoạch", "chỉ tiêu", "mục tiêu", "dự kiến", "dự báo", "phấn đấu",
             "định hướng", "giao", "phân bổ", "cam kết", "đăng ký"),
}

#: Reporting periods in the header of a report form ("6 tháng đầu năm | Quý III | 9 tháng |
#: Quý IV | Cả năm"): under a row of column numbers, such columns hold what was done.
REPORT_PERIOD_WORDS: tuple[str, ...] = (
    "6 tháng", "6 tháng đầu năm", "9 tháng", "quý i", "quý ii", "quý iii", "quý iv",
    "cả năm", "tháng báo cáo", "kỳ báo cáo", "lũy kế", "luỹ kế", "sơ bộ",
)

#: Words of a note column that says when a row is to be done ("Dự kiến thời gian vận
#: hành": "2028-2029", "Trước 2030"): its last year is the year of the row's figures.
TIMING_WORDS: tuple[str, ...] = (
    "thời gian vận hành", "thời gian hoàn thành", "năm hoàn thành", "năm vận hành",
    "thời gian đưa vào vận hành", "tiến độ hoàn thành", "dự kiến hoàn thành",
    "thời hạn hoàn thành", "thời hạn thực hiện", "thời hạn",
)

#: Headers of the name column of a table of tasks ("Nhiệm vụ", "Nội dung công việc"): with
#: columns of who does it and by when (:data:`DUTY_HEADS`) and no column of figures, its
#: rows are tasks, and neither their deadlines nor the counts in their wording are targets.
TASK_HEADS: tuple[str, ...] = (
    "nhiệm vụ", "tên nhiệm vụ", "nội dung nhiệm vụ", "nội dung công việc", "công việc",
    "nội dung", "nhiệm vụ, giải pháp", "giải pháp", "đề án, nhiệm vụ", "tên đề án",
    "hoạt động", "nội dung hoạt động",
)
#: Headers of the columns of a task table that say who does a task and by when.
DUTY_HEADS: tuple[str, ...] = (
    "chủ trì", "phối hợp", "thời hạn", "thời gian hoàn thành", "thời gian thực hiện",
    "tiến độ", "cấp trình", "đơn vị thực hiện", "cơ quan thực hiện",
)

#: Words of a table's caption or value headers that make its figures rates fixed by a rule
#: (shares of revenue per budget level, norms, fees, scores): no targets, no results.
RATE_WORDS: tuple[str, ...] = (
    "phân chia nguồn thu", "phân chia các khoản thu", "tỷ lệ phân chia", "tỉ lệ phân chia",
    "tỷ lệ điều tiết", "tỉ lệ điều tiết", "tỷ lệ phần trăm phân chia", "định mức phân bổ",
    "ngân sách trung ương (%)", "ns trung ương (%)", "nstw (%)", "biểu phí", "mức thu phí",
    "thang điểm", "khung giá",
)

#: A power of ten printed without its superscript before a unit in a header ("(103tấn)" for
#: "(10³ tấn)"): the exponent and the scale word it stands for.
LOST_POWERS: dict[str, str] = {"3": "nghìn", "6": "triệu", "9": "tỷ"}

#: Words of the line above a table that name a plan for certain ("… VÀ KẾ HOẠCH NĂM 2026"):
#: its year columns are no statistics series ("chỉ tiêu" alone names either).
PLAN_CAPTION_WORDS: tuple[str, ...] = (
    "kế hoạch", "mục tiêu", "dự kiến", "dự báo", "phấn đấu", "định hướng", "dự toán",
)

#: Labels of a table's unit line ("ĐVT: tỷ đồng", "Đơn vị tính: ha").
UNIT_LABELS: tuple[str, ...] = ("đvt", "đơn vị tính", "đơn vị")
#: Words a table's caption opens with ("Biểu 01: Kết quả …", "Bảng 2.", "Phụ lục I"): a
#: line whose cell opens so is no header line of the table below it, though it holds a
#: column word (``text/layout_tables.py``).
TABLE_CAPTION_OPENERS: tuple[str, ...] = ("biểu", "bảng", "phụ lục")

#: Words before "năm YYYY" in a table header that make it the figures' year ("đến năm 2030").
YEAR_LEAD_WORDS: tuple[str, ...] = ("đến", "tới", "trong", "cuối", "hết")

#: Verbs a value cell may open with before its comparator ("Phấn đấu ≥ 10,0", "Phấn đấu đạt
#: trên 50"): the cell still holds one bounded value.  Lower case; longer first.
VALUE_CELL_VERBS: tuple[str, ...] = ("phấn đấu đạt", "phấn đấu")

#: Last words of a header cell that wait for a number on the physical row below when the
#: cell wraps ("Kế hoạch năm" over "2027", "Giai đoạn" over "2026 - 2030").
WAITS_FOR_NUMBER: tuple[str, ...] = ("năm", "giai đoạn", "đến năm", "quý", "tháng")

#: Words a header cell never ends on ("So sánh năm 2026 với" waits for "ƯTH năm 2025"): in
#: a header printed as one line of words, the word after them goes on with the cell.
HEADER_CELL_GOES_ON: tuple[str, ...] = (
    "với", "của", "và", "so", "theo", "đến", "từ", "trong", "tại", "cho", "trên",
    # "So sánh KH 2026 với TH 2025 (%)": a comparison names its terms after it
    "sánh",
)

#: The word between the two terms a comparison header compares ("DT 2026 với UTH 2025 (%)",
#: "So sánh KH 2026 với TH 2025"): such a header waits for its second year, so a line that
#: opens with a year right under it, in a table copied one cell a line, is its rest.
COMPARISON_JOINS: tuple[str, ...] = ("với",)

#: Words that open the header of a count column, before what it counts ("Số lượng mẫu/lần").
COUNT_HEADS: tuple[str, ...] = ("số lượng",)

#: The whole name cell of a table's total row ("Tổng cộng", "Cộng", "Toàn tỉnh"), printed
#: with no STT: in a table copied one cell a line (empty cells lost) such a cell after a
#: row's figures opens the total row, it is no note of the row above.
TOTAL_ROW_NAMES: tuple[str, ...] = (
    "tổng cộng", "tổng số", "tổng", "cộng", "toàn tỉnh", "toàn huyện", "toàn thành phố",
    "toàn xã", "toàn quận", "toàn thị xã", "cả nước", "toàn quốc",
)

#: Headers of a note column that, over a row of years, heads the figures to reach each year
#: ("Lộ trình thực hiện" over "Năm 2026 | Năm 2027"); alone, a column of deadlines.
ROADMAP_HEADS: tuple[str, ...] = ("lộ trình", "tiến độ", "phân kỳ")

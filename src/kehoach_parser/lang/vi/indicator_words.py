"""The words around a target that are not its name: striving verbs, scopes, tails, cues.

* ``STRIVING_VERBS`` — dropped from the start (and end) of a name: "Phấn đấu", "Hoàn
  thành", "tiến tới" (spec: names drop leading verbs of striving or action).
* ``ACTION_VERBS`` — verbs that, alone before a value, make the clause value-first:
  "Thực hiện cấp trên 300 giấy chứng nhận …" → the name is what follows the value.
* ``SCOPE_WORDS`` — scopes dropped before a value-first clause: "Toàn xã có trên 90% …",
  "mỗi cấp học 01 phòng học".
* ``CLAUSE_OPENERS`` — after a comma, these start a new clause ("…, tiến tới …").
* ``CLAUSE_BREAKS`` — words after which a new clause starts even without a comma.
* ``NAME_TRAILERS`` — dropped from the end of a name-first name ("… việc làm cho").
* ``TAIL_OPENERS`` — what follows a value and is not a name ("so với …", "theo kế hoạch").
* ``SUBPART_CUES`` — open a sub-part of the previous target ("trong đó").
* ``RESTATE_CUES`` — a parenthesis that says the same target another way ("tương đương").
* ``YEAR_PREFIXES`` — words before "năm YYYY" that make a target year ("đến năm 2026").
* ``BASELINE_CUES`` — "so với năm 2025" → baseline year.
* ``TARGET_SECTION_WORDS`` — heading words of sections that list targets.
"""

from __future__ import annotations

STRIVING_VERBS: tuple[str, ...] = (
    "phấn đấu đạt", "phấn đấu", "phấn đấu hoàn thành", "quyết tâm", "hoàn thành",
    "thực hiện", "duy trì", "giảm", "tăng", "xây dựng thêm", "tiến tới", "mạnh dạn",
    "đảm bảo", "bảo đảm", "cố gắng", "nỗ lực", "tiếp tục", "đạt", "đạt được", "giữ vững",
    "nâng", "nâng cao", "nâng lên", "đề ra", "hướng tới", "hướng đến", "tương đương",
    "trong đó", "cụ thể", "chỉ tiêu:", "và", "còn",
)

ACTION_VERBS: tuple[str, ...] = (
    "có", "cấp", "xây dựng", "xây dựng thêm", "thêm", "tạo", "tạo mới", "đào tạo",
    "tuyển", "tuyển mới", "thành lập", "thành lập mới", "trồng", "trồng mới", "kết nạp",
    "phát triển", "phát triển thêm", "hỗ trợ", "công nhận", "làm", "làm mới", "sửa chữa",
    "nâng cấp", "cải tạo", "giải quyết", "thu hút", "thu", "đón", "mở", "mở mới",
    "tổ chức", "vận động", "bê tông hóa", "cứng hóa", "lắp đặt", "xóa", "hoàn thành",
    "phấn đấu có", "đạt", "duy trì", "giữ vững", "tăng", "giảm", "nâng", "với", "cho",
)

SCOPE_WORDS: tuple[str, ...] = (
    "toàn xã", "toàn phường", "toàn huyện", "toàn tỉnh", "toàn thành phố", "toàn thị trấn",
    "toàn thị xã", "toàn quận", "cả xã", "cả phường", "cả huyện", "cả tỉnh", "mỗi",
    "mỗi một", "từng", "hằng năm", "hàng năm", "trong năm", "bình quân mỗi năm",
)

CLAUSE_OPENERS: tuple[str, ...] = (
    "phấn đấu", "tiến tới", "mạnh dạn", "hoàn thành", "đảm bảo", "bảo đảm", "hình thành",
    "duy trì", "giữ vững", "nâng", "nâng cao", "tăng", "giảm", "xây dựng", "thu hút",
    "quyết tâm", "hướng tới", "tạo", "phát triển", "trong đó", "đồng thời", "riêng",
)

CLAUSE_BREAKS: tuple[str, ...] = ("để", "nhằm", "qua đó", "từ đó", "đồng thời")

NAME_TRAILERS: tuple[str, ...] = (
    "cho", "tại", "với", "của", "ở", "đạt", "là", "được", "bằng", "lên", "xuống", "còn",
    "có", "về", "trong", "vào", "tới", "đến", "bình quân", "mức", "tỷ lệ", "tỉ lệ",
    "khoảng", "ước", "đạt tỷ lệ", "đạt tỉ lệ", "ở mức", "phấn đấu", "đảm bảo", "bảo đảm",
    "và", "thì", "trong năm", "hằng năm", "hàng năm", "mỗi năm", "(%)", "(%/năm)",
    "ít nhất", "tối thiểu",
)

TAIL_OPENERS: tuple[str, ...] = (
    "so với", "trở lên", "trở xuống", "theo kế hoạch", "kế hoạch", "chỉ tiêu được giao",
    "trong năm", "hằng năm", "hàng năm", "mỗi năm", "/năm",
)

SUBPART_CUES: tuple[str, ...] = ("trong đó", "riêng", "bao gồm", "gồm")

RESTATE_CUES: tuple[str, ...] = ("tương đương", "tức là", "tương ứng", "bằng")

YEAR_PREFIXES: tuple[str, ...] = (
    "đến năm", "đến hết năm", "đến cuối năm", "cuối năm", "trong năm", "năm", "đầu năm",
    "hết năm", "vào năm", "tới năm", "đến năm học",
)

BASELINE_CUES: tuple[str, ...] = ("so với năm", "so với cùng kỳ năm", "so với", "so năm")

TARGET_SECTION_WORDS: tuple[str, ...] = ("chỉ tiêu", "mục tiêu", "nhiệm vụ cụ thể")

"""Policy areas (lĩnh vực) of plan sections and the words that name them.

``CATEGORY_KEYWORDS`` maps a category name to the (lower-case) words whose presence in a
section title puts the section in that category.  The dict is ordered by priority: the
first category with a matching keyword wins, so a title naming two areas ("Các chỉ tiêu bổ
sung (chuyển đổi số, cải cách hành chính và phát triển xã hội)") takes the earlier one.
The outline stage and the indicator extractor both read this table.
"""

from __future__ import annotations

CATEGORY_KEYWORDS: dict[str, tuple[str, ...]] = {
    "chuyển đổi số": (
        "chuyển đổi số", "chính phủ điện tử", "chính quyền số", "chính quyền điện tử",
        "cải cách hành chính", "kinh tế số", "xã hội số", "công nghệ thông tin",
    ),
    "quốc phòng - an ninh": (
        "quốc phòng", "an ninh", "trật tự an toàn", "quân sự", "phòng cháy",
    ),
    "môi trường": (
        "môi trường", "tài nguyên", "biến đổi khí hậu", "chất thải", "nước sạch",
    ),
    "nông thôn mới": ("nông thôn mới", "ocop", "đô thị văn minh"),
    "kinh tế - xã hội": ("kinh tế - xã hội", "kinh tế-xã hội", "kinh tế – xã hội"),
    "văn hóa - xã hội": (
        "văn hóa", "xã hội", "giáo dục", "y tế", "dân số", "lao động", "việc làm",
        "giảm nghèo", "an sinh", "thể thao", "du lịch",
    ),
    "kinh tế": (
        "kinh tế", "nông nghiệp", "công nghiệp", "thương mại", "dịch vụ", "ngân sách",
        "đầu tư", "sản xuất", "tài chính", "xây dựng cơ bản",
    ),
    "xây dựng Đảng, chính quyền": (
        "xây dựng đảng", "hệ thống chính trị", "chính quyền",
    ),
}

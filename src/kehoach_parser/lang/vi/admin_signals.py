"""Words that show a text is (or is not) an administrative document, for warning W130.

A text "does not look like an administrative document" when it has no header, no section
and none of :data:`ADMIN_WORDS`, or when it is mostly written in another language (a share of
:data:`FOREIGN_FUNCTION_WORDS` among its words that Vietnamese prose never reaches).

All entries are lower case and matched on whole words, case-insensitively.
"""

from __future__ import annotations

#: Words and phrases of administrative Vietnamese: kinds of documents, bodies, the verbs and
#: nouns of plans and reports.  One is enough to count a text as administrative.
ADMIN_WORDS: tuple[str, ...] = (
    "kế hoạch", "quyết định", "nghị quyết", "báo cáo", "chỉ thị", "công văn", "thông báo",
    "tờ trình", "chương trình", "đề án", "hướng dẫn", "thông tư", "nghị định",
    "ủy ban", "uỷ ban", "ubnd", "hđnd", "hội đồng nhân dân", "chính phủ", "thủ tướng",
    "bộ trưởng", "chủ tịch", "cộng hòa xã hội chủ nghĩa", "cộng hoà xã hội chủ nghĩa",
    "chỉ tiêu", "mục tiêu", "nhiệm vụ", "giải pháp", "triển khai", "thực hiện",
    "phấn đấu", "căn cứ", "nơi nhận", "tổ chức", "kinh tế - xã hội", "ngân sách",
    "ban hành", "quy chế", "quy định", "đơn vị tính", "tỷ lệ", "tỉ lệ",
    # administrative units: news passages and statistics about a place name them
    "tỉnh", "huyện", "thị xã", "thành phố", "xã", "phường", "thị trấn", "thôn", "bản",
)

#: English function words: frequent in any English text, not Vietnamese syllables (written
#: without marks).  "to", "in", "a" are left out: they are Vietnamese syllables too.
FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset({
    "the", "and", "of", "is", "are", "was", "were", "with", "for", "this", "that", "these",
    "from", "by", "which", "be", "been", "it", "its", "as", "or", "not", "an", "at", "if",
    "when", "where", "what", "has", "have", "will", "can", "should", "there", "their",
})

#: A text in which at least this share of the words are :data:`FOREIGN_FUNCTION_WORDS` is
#: written in another language (English prose: 0.25-0.40; Vietnamese documents: below 0.01).
FOREIGN_SHARE: float = 0.08

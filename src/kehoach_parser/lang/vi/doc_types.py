"""Kinds of administrative documents: their names and the codes in their symbols.

Used by the header parser (the type line "KẾ HOẠCH", the symbol "KH-UBND") and by the
reference extractor ("Kế hoạch số 184/KH-UBND").  Names are in the title case the gold
format uses.
"""

from __future__ import annotations

#: Title-case name → the type code used in document symbols ("KH" in "184/KH-UBND").
DOC_TYPE_CODES: dict[str, tuple[str, ...]] = {
    "Kế hoạch": ("KH",),
    "Quyết định": ("QĐ", "QD"),
    "Nghị quyết": ("NQ",),
    "Báo cáo": ("BC",),
    "Công văn": (),
    "Chỉ thị": ("CT",),
    "Chương trình hành động": ("CTr", "CTR"),
    "Chương trình": ("CTr", "CTR"),
    "Kết luận": ("KL",),
    "Thông báo": ("TB",),
    "Tờ trình": ("TTr", "TTR"),
    "Hướng dẫn": ("HD",),
    "Đề án": ("ĐA", "DA"),
    "Quy chế": ("QC",),
    "Quy định": ("QyĐ", "QĐi"),
    "Thông tư": ("TT",),
    "Thông tư liên tịch": ("TTLT",),
    "Nghị định": ("NĐ", "ND"),
    "Luật": ("QH",),
    "Pháp lệnh": ("PL",),
    "Biên bản": ("BB",),
    "Công điện": ("CĐ",),
    "Giấy mời": ("GM",),
    "Dự án": ("DA",),
    "Phương án": ("PA",),
    "Giải trình": ("GTr", "GTR"),
}

#: Names whose upper-case form, alone on a line, opens a document (the type line).
HEADER_DOC_TYPES: tuple[str, ...] = (
    "Kế hoạch", "Quyết định", "Nghị quyết", "Báo cáo", "Chỉ thị", "Chương trình",
    "Thông báo", "Tờ trình", "Hướng dẫn", "Đề án", "Quy chế", "Quy định", "Kết luận",
    "Công điện", "Phương án", "Biên bản", "Giấy mời", "Giải trình",
)

#: Type lines of more than one word group that make one kind ("CHƯƠNG TRÌNH HÀNH ĐỘNG" over
#: its title "thực hiện Nghị quyết …"): the whole line is the type, not "Chương trình" and
#: a title opening with "HÀNH ĐỘNG".
HEADER_COMPOUND_DOC_TYPES: tuple[str, ...] = ("Chương trình hành động",)


def doc_type_from_code(code: str) -> str | None:
    """'KH' → 'Kế hoạch'; the first listed name wins for shared codes."""
    for name, codes in DOC_TYPE_CODES.items():
        if code in codes:
            return name
    return None


# --- additions for the reference extractor ----------------------------------------------
#: Further kinds of cited documents (names only: their codes are shared or absent).
DOC_TYPE_CODES.update({
    "Văn bản": (),
    "Nghị quyết liên tịch": ("NQLT",),
    "Bộ luật": (),
    "Thông báo kết luận": (),
    "Kế hoạch liên tịch": ("KHLT",),
    "Chương trình phối hợp": ("CTPH",),
    "Quy chế phối hợp": ("QCPH",),
})

#: Type words that name no kind ("văn bản số 878/BC-UBND"): a citation under one of them
#: takes its kind from the type code of its number ("BC" → "Báo cáo") when it has one.
GENERIC_TYPE = "Văn bản"
GENERIC_TYPES: frozenset[str] = frozenset({GENERIC_TYPE})

"""Words of the page rather than of the text: page numbers, style names, layout tables.

Read by the loaders (``loaders/pdf_layout.py``, ``loaders/docx.py``) to tell the furniture
and the layout of a page from its content.
"""

from __future__ import annotations

#: Words before a page number ("Trang 3", "Page 3").  Lower case; any case matches.
PAGE_WORDS: tuple[str, ...] = ("trang", "page")
#: Words between a page number and the number of pages ("3 of 8").  Lower case.
PAGE_COUNT_WORDS: tuple[str, ...] = ("of",)

#: Names of Word's heading styles before their level ("Heading 2", "Tiêu đề 2").  Lower
#: case; any case matches.
HEADING_STYLE_WORDS: tuple[str, ...] = ("heading", "tiêu đề")

#: Words that mark a table of the page layout (the header or the signature block, never a
#: table of figures) wherever they stand in a cell.  Case-sensitive.
LAYOUT_TABLE_WORDS: tuple[str, ...] = (
    "CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "Nơi nhận", "CHỦ TỊCH", "GIÁM ĐỐC",
)

"""The thresholds of PDF layout analysis (:mod:`.pdf_layout`), in one object.

In the spirit of pdfminer's ``LAParams``: every ratio and distance the layout steps use is
a named field here, with the value the library was tuned with as its default.  Pass one
through :class:`~kehoach_parser.options.ParseOptions` (``layout=LayoutParams(...)``) or
directly to :func:`~kehoach_parser.loaders.pdf.load_pdf_bytes`.

Units: *pt* is a PDF point (1/72 inch); *× height* is a multiple of the line's height (or
of the median line height of the row being read); *× width* is a multiple of the text
block's width; *× spacing* is a multiple of the usual distance between baselines.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class LayoutParams(BaseModel):
    """Thresholds of :mod:`kehoach_parser.loaders.pdf_layout` (defaults: the tuned values)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # --- 1. page furniture (page numbers, running headers and footers) ---
    edge_lines: int = Field(
        default=2, ge=0,
        description="Lines at the top and at the bottom of a page that may be furniture.")
    furniture_short_text: int = Field(
        default=40, ge=0,
        description="A line this short (characters) or shorter has its digits masked when "
                    "compared across pages ('Trang 3' = 'Trang 4').")
    furniture_band: float = Field(
        default=3.0, gt=0,
        description="pt: lines whose bottoms fall in the same band of this height are at the "
                    "same height when compared across pages.")
    furniture_isolation: float = Field(
        default=1.5, ge=0,
        description="× height: a header or footer is farther than this from the nearest line.")
    furniture_min_pages: int = Field(
        default=3, ge=1,
        description="Running headers/footers are looked for only in documents of this many "
                    "pages, and must repeat on at least this many.")
    furniture_page_share: float = Field(
        default=0.6, ge=0, le=1,
        description="Share of the pages a running header or footer repeats on.")
    page_edge_slack: float = Field(
        default=1.0, ge=0,
        description="pt: a page number lies within this of the page's top or bottom line.")

    # --- 2. reading order (two-column blocks, tables) ---
    label_join_gap: float = Field(
        default=6.0, ge=0,
        description="× height: a list label set apart by a tab joins the text this close.")
    column_gap: float = Field(
        default=2.0, ge=0,
        description="× height: a gap this wide inside a row separates two columns.")
    column_clearance: float = Field(
        default=0.5, ge=0,
        description="× height: a line of a two-column block stays this clear of the other "
                    "column.")
    column_align: float = Field(
        default=3.0, ge=0,
        description="pt: a line is aligned with its column when its left edge is this close "
                    "(its centre: column_align × column_center_factor).")
    column_center_factor: float = Field(
        default=1.5, ge=0, description="Centre alignment tolerance relative to column_align.")
    page_center_tolerance: float = Field(
        default=3.0, ge=0,
        description="pt: a line centred this close on the page (and not on its column) is a "
                    "title, not part of a two-column block.")
    region_max_gap: float = Field(
        default=8.0, ge=0,
        description="× height: a two-column block ends at a vertical gap wider than this.")
    spread_margin: float = Field(
        default=0.5, ge=0,
        description="× height: a justified line runs from margin to margin within this.")
    spread_max_gap: float = Field(
        default=4.0, ge=0,
        description="× height: a justified line's widest word gap is narrower than this (the "
                    "columns of a header stand farther apart).")
    cell_gap: float = Field(
        default=1.0, ge=0,
        description="× height: a gap this wide inside a row separates two table cells.")
    table_min_cells: int = Field(
        default=3, ge=2, description="Cells a row needs to start a table.")
    table_align: float = Field(
        default=3.0, ge=0,
        description="pt: table cells of neighbouring rows start this close to each other; "
                    "also the slack at a table column's edges.")
    table_min_aligned: int = Field(
        default=2, ge=1,
        description="Cells of a neighbouring row lined up with a table's first row.")
    table_right_slack: float = Field(
        default=3.0, ge=0,
        description="× height: how far right of its first row a table's lines may reach.")
    table_row_gap: float = Field(
        default=3.0, ge=0,
        description="× height: a table ends at a vertical gap wider than this.")

    rule_max_thickness: float = Field(
        default=2.0, ge=0,
        description="pt: a drawn box this thin (and rule_min_length long) is a table rule.")
    rule_min_length: float = Field(
        default=3.0, ge=0, description="pt: the shortest piece of a table rule.")
    rule_join_slack: float = Field(
        default=2.0, ge=0,
        description="pt: rules this close touch (one grid); rule positions this close are "
                    "one column or row edge.")
    table_min_rule_columns: int = Field(
        default=2, ge=1, description="Columns a grid of rules needs to be read as a table.")

    # --- 3. paragraphs ---
    heading_size_ratio: float = Field(
        default=1.2, gt=0,
        description="A paragraph in a font this much larger than the body's is a heading.")
    full_line_justified: float = Field(
        default=0.02, ge=0,
        description="× width: in justified text a line ending this close to the right margin "
                    "is full.")
    full_line_ragged: float = Field(
        default=0.12, ge=0,
        description="× width: the same, in text that is not justified.")
    justified_long_line: float = Field(
        default=0.6, ge=0, le=1,
        description="× width: lines at least this long tell whether the text is justified.")
    justified_min_lines: int = Field(
        default=5, ge=1, description="Long lines needed to call the text justified.")
    justified_flush: float = Field(
        default=0.015, ge=0,
        description="× width: a long line ending this close to the right margin is flush.")
    justified_share: float = Field(
        default=0.6, ge=0, le=1,
        description="Share of the long lines that must be flush for the text to be justified.")
    spacing_min_delta: float = Field(
        default=0.5, ge=0,
        description="pt: baselines closer than this are one line when measuring line spacing.")
    spacing_common_share: float = Field(
        default=0.1, ge=0, le=1,
        description="A baseline distance this common (share of all) counts as usual.")
    spacing_common_min: int = Field(
        default=2, ge=1, description="…and seen at least this many times.")
    centered_tolerance: float = Field(
        default=0.08, ge=0,
        description="× width: a line is centred when its margins differ by less than this.")
    paragraph_gap: float = Field(
        default=1.15, gt=0,
        description="× spacing: a wider gap between two lines starts a paragraph.")
    paragraph_gap_unknown_spacing: float = Field(
        default=1.8, gt=0,
        description="× height: the same when the line spacing is unknown.")
    left_aligned: float = Field(
        default=0.5, ge=0,
        description="× height: a line starting this close to the left margin is not indented.")
    first_line_indent: float = Field(
        default=1.5, ge=0,
        description="× height: a line starting farther than this from the left margin, "
                    "after an unindented line, opens a paragraph.")
    same_left_edge: float = Field(
        default=1.0, ge=0,
        description="pt: two lines of a column starting this close are one wrapped item.")
    same_center: float = Field(
        default=3.0, ge=0,
        description="pt: two lines of a column centred this close are separate header or "
                    "signature lines.")
    wrap_slack_chars: float = Field(
        default=2.0, ge=0,
        description="Characters of slack when deciding that a word did not fit a line.")
    carry_align: float = Field(
        default=3.0, ge=0,
        description="pt: lines on the next page aligned this close with a two-column block's "
                    "left column continue it.")
    margin_long_line: float = Field(
        default=0.5, ge=0, le=1,
        description="× page text width: lines at least this long set the right margin.")
    margin_edge_tolerance: float = Field(
        default=1.0, ge=0, description="pt: right edges this close count as one.")
    margin_min_lines: int = Field(
        default=3, ge=1,
        description="Long lines that must share a right edge for it to be the margin.")


#: The tuned defaults.
DEFAULT_LAYOUT = LayoutParams()

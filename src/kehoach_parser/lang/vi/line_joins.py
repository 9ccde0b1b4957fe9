"""Words that tell whether a physical line break is a hard wrap (reflow) or a real break.

Text copied from legal-document websites and from PDF text is wrapped at a fixed width: a
sentence, a heading or the place-and-date line runs over two or three lines.  These word
lists let the reflow pass (``text/reflow.py``) decide a join from the words at the break.
"""

from __future__ import annotations

#: A line ending with one of these words goes on in the next line: a preposition, a
#: conjunction, a classifier or a date word cannot end a sentence, a heading or a cell.
#: Lower case; matched case-insensitively against the last word of the line.
#: Date and number words: they leave a unit open only before a number ("ngày⏎20 tháng 3",
#: "Nghị định số⏎07/2021/NĐ-CP", "quý⏎IV"); "chuyển đổi số", "cuối năm" end a heading, and
#: "Xếp hạng … số⏎Thứ bậc" are two cells of a table.
#: A term's number after "khóa" ("Quốc hội khóa⏎XV") waits the same way.
NUMBER_OPEN_ENDINGS: tuple[str, ...] = ("ngày", "tháng", "năm", "số", "quý", "khóa", "khoá")

OPEN_ENDINGS: tuple[str, ...] = (
    *NUMBER_OPEN_ENDINGS,
    # prepositions and conjunctions
    "của", "và", "về", "với", "cho", "tại", "theo", "trên", "trong", "đến", "từ", "đối",
    "để", "do", "bằng", "hoặc", "cùng", "giữa", "vào", "qua", "nhằm", "thuộc", "gồm",
    "như", "là", "thì", "mà", "nhưng", "các", "những", "mỗi", "mọi", "có", "được", "bị",
    "sẽ", "đã", "đang", "nhà", "phải",
)

#: Of those, the words a small number follows ("ngày⏎20", "số⏎15"): a line that is a
#: whole number alone goes on a line ending with one of these, and is a cell otherwise.
SMALL_NUMBER_ENDINGS: tuple[str, ...] = ("ngày", "tháng", "số", "quý")

#: The open endings trusted in a line of capitals, where place names end in words such as
#: "Từ" (Đại Từ) or "Cho" that are prepositions in prose.  Lower case.  "năm" ends a title
#: wrapped before its year ("… ĐẾN NĂM⏎2030").
CAPITAL_OPEN_ENDINGS: tuple[str, ...] = (
    "của", "và", "về", "với", "trong", "đến", "đối với", "các", "những", "ngày", "tháng",
    "năm", "số", "giai đoạn", "thực hiện",
)

#: Words of periods that a year or a period follows ("Giai đoạn⏎2025-2027", "Năm⏎2026"):
#: in a table's body, a year alone under a cell ending with one goes on with that cell.
PERIOD_ENDINGS: tuple[str, ...] = ("giai đoạn", "năm", "thời kỳ", "nhiệm kỳ")

#: Formulas that open a paragraph whatever the layout says (also read by the PDF layout
#: analysis, ``loaders/pdf_layout.py``).  Case-sensitive.
FORMULA_OPENERS: tuple[str, ...] = ("Căn cứ", "Xét đề nghị", "Nơi nhận")

#: A line opening with one of these starts a new paragraph, never a wrapped continuation.
#: Labels made of a word and a number ("Chương II", "Mục 2") are read as labels, not listed
#: here: "Chương trình …" and "Mục tiêu …" go on a wrapped line.
PARAGRAPH_OPENERS: tuple[str, ...] = (
    *FORMULA_OPENERS, "CĂN CỨ", "Theo đề nghị", "NƠI NHẬN", "Kính gửi",
    "KÍNH GỬI", "Số:", "SỐ:", "TM.", "KT.", "TL.", "TUQ.", "T/M", "K/T", "PHẦN", "Phần thứ",
)

#: Marks that open a phrase inside a sentence when a lower-case word follows them: a
#: parenthesis ("(bao gồm …)", "(khi …)") or a quotation ("“không ma túy” …"); a line that
#: opens so goes on the sentence of the line before.
INNER_PHRASE_OPENERS: tuple[str, ...] = ("(", "[", "\"", "“", "‘", "'", "«")

#: Signs that stand alone in a table's label column as a row's label ("-", "+"), besides the
#: numbers, Roman numerals and letters of :mod:`kehoach_parser.lang.vi.numbering`
#: (``text/layout_tables.py``).  Single characters.
CELL_BULLETS: tuple[str, ...] = ("-", "+", "•", "*", "–")
#: Signs a table cell's first piece opens with, besides a capital and a figure: a bracket, a
#: quote or a bullet (a piece that opens so may start a new row's cell).  Single characters.
CELL_OPENERS: tuple[str, ...] = ("(", "[", "\"", "“", "'", "+", "•", "–", "-")
#: Signs a wrapped cell's piece cannot end its cell with: the cell goes on in the next line.
CELL_GOES_ON_ENDINGS: tuple[str, ...] = (",", "-", "(", "–", "/")

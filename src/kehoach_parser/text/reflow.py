"""Reflow: turn the physical lines of hard-wrapped text into logical lines.

Legal-document websites and PDF text wrap lines at a fixed width, so a heading
("II. NHIỆM VỤ,⏎GIẢI PHÁP"), the place-and-date line ("Lâm Đồng, ngày⏎20 tháng 3 năm 2024")
or a citation ("Nghị định số⏎07/2021/NĐ-CP") runs over several lines.  This pass replaces
such a line break by a space; every stage after it reads logical lines.  It is an
offset-aligned edit like every normaliser pass, so spans still map to the original.

A break is joined on evidence, never on one threshold:

* the words at the break — the line ends with a word that cannot end a unit (a preposition,
  "ngày", "số" …, :data:`~kehoach_parser.lang.vi.line_joins.OPEN_ENDINGS`), with a hyphen, or
  is a bare "Số:";
* the shape of the document — when most prose lines end near one width (the document is
  hard-wrapped), a line that reaches that width without closing punctuation goes on;
* capitals — a heading in capitals that ends with "," or an open word goes on in the next
  capital line ("I. MỤC ĐÍCH,⏎YÊU CẦU").

Never joined: a next line that opens with a label ("1.", "a)", "-", "(2)", "Điều 3"), a
paragraph opener ("Căn cứ", "Nơi nhận", "KT."), table rows and rules, blank lines, a line
closed by ". ; : ! ?", and a line in capitals followed by one in lower case or the other way
round (a type line and its title, a signature's position and name).  Lines starting with a
lower-case letter are joined earlier by the page-break rejoin pass.

Inside a table written one cell a line (:mod:`kehoach_parser.text.cell_lines`: a header of
column names over a run of short lines with figures) a cell goes on only when its words
leave it open; a column name, a figure, a note after a name and the caption above the
table stay lines of their own, and the page's wrap width decides nothing there.
"""

from __future__ import annotations

from itertools import accumulate

import regex

from kehoach_parser.lang.vi.abbreviations import (
    BODY_ABBREVIATIONS,
    BODY_TITLE_CASE,
    SCHOOL_TYPE_ABBREVIATIONS,
)
from kehoach_parser.lang.vi.doc_types import HEADER_DOC_TYPES
from kehoach_parser.lang.vi.header_words import NUMBER_WORD_FORMS
from kehoach_parser.lang.vi.indicator_words import CHILDREN_OPENERS
from kehoach_parser.lang.vi.line_joins import (
    CAPITAL_OPEN_ENDINGS,
    INNER_PHRASE_OPENERS,
    NUMBER_OPEN_ENDINGS,
    OPEN_ENDINGS,
    PARAGRAPH_OPENERS,
    SMALL_NUMBER_ENDINGS,
)
from kehoach_parser.lang.vi.measure_nouns import MULTIWORD_HEADS, SINGLE_HEADS
from kehoach_parser.lang.vi.numbering import BULLET_SIGNS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.sections import TOPIC_OPENERS
from kehoach_parser.lang.vi.units import (
    MEASURE_UNITS,
    MONEY_UNITS,
    MULTIPLIERS,
    PER_DENOMINATORS,
    PERCENT_UNITS,
)
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.aligned import Edit
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.cell_lines import (
    grid_lines,
    is_empty_mark,
    is_figure_cell,
    is_head_cell,
    is_year_cell,
)
from kehoach_parser.text.lines import HEADING_STYLES, read_label

#: Lines shorter than this say nothing about the wrap width.
MIN_PROSE_LINE = 20
#: A document needs this many prose lines before its width is trusted.
MIN_PROSE_LINES = 8
#: Share of prose lines that end within [FULL_LINE_RATIO × width, width] in a wrapped text.
WRAPPED_SHARE = 0.35
#: A line at least this fraction of the wrap width is "full": the wrap cut it.
FULL_LINE_RATIO = 0.75
#: Plausible wrap widths in characters (one-paragraph-per-line text has far longer lines).
WIDTH_RANGE = (40, 140)

def _ending(words: tuple[str, ...]) -> regex.Pattern[str]:
    """A line that ends with one of ``words`` (a whole word, any case).  Searched backwards
    (``regex.REVERSE``): the first place tried is the line's end, where a match must end,
    and every other place fails at once on the ``$`` (issue 15: a forward search tried the
    whole vocabulary after each blank of the line's last characters).  Whether it finds a
    match is what its callers read, and that does not depend on the direction."""
    return lazy_compile(rf"(?i)(?:^|[\s(]){alternation(words)}$", regex.REVERSE)


_OPEN_END_RE = _ending(OPEN_ENDINGS)
_CAPS_OPEN_END_RE = _ending(CAPITAL_OPEN_ENDINGS)
_NUMBER_END_RE = _ending(NUMBER_OPEN_ENDINGS)
#: What a number word goes on with: digits, or a Roman numeral ("Quý⏎IV năm 2025").
_NUMBER_START_RE = lazy_compile(r"\d|[IVX]+\b")
#: How far from a line's end a match of those two can start (a blank or "(", the longest
#: word, and a final line break that ``$`` may stand before): they are searched only there.
_ENDING_REACH = max(map(len, OPEN_ENDINGS + CAPITAL_OPEN_ENDINGS)) + 2
_TYPE_WORDS = frozenset(t.upper() for t in HEADER_DOC_TYPES)
#: Multi-word body names that a narrow column may break ("ỦY BAN⏎NHÂN DÂN").
_BODY_PHRASES = tuple(p.split() for p in BODY_TITLE_CASE if " " in p)


def _phrase_cuts() -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Each way of cutting those names in two: the words before the break → the words
    after it."""
    cuts: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for words in _BODY_PHRASES:
        for cut in range(1, len(words)):
            cuts.setdefault(tuple(words[:cut]), []).append(tuple(words[cut:]))
    return cuts


_PHRASE_CUTS = _phrase_cuts()


def _phrase_across(line: str, nxt: str) -> bool:
    """A known body name runs across the break: its words end ``line`` and open ``nxt``
    (at most four words on each side)."""
    tail, head = line.upper().split()[-4:], nxt.upper().split()[:4]
    for cut in range(1, len(tail) + 1):
        for rest in _PHRASE_CUTS.get(tuple(tail[-cut:]), ()):
            if tuple(head[:len(rest)]) == rest:
                return True
    return False
_LONE_BULLETS = frozenset({*BULLET_SIGNS, "*"})
_SO_ONLY_RE = lazy_compile(r"(?i)^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]?$")
_CLOSED_RE = lazy_compile(r"[.;:!?…]$")
_LONE_FIGURE_RE = lazy_compile(r"^[\d.,]+\s*%?$")
_LETTER_RE = lazy_compile(r"\p{L}")
_TOPIC_PREFIXES = tuple(f"{w} " for w in TOPIC_OPENERS)
#: The symbol of a number left blank in a template: "/KH-UBND", "- BC/HU".
_BLANK_NUMBER_RE = lazy_compile(r"^[/\-–][ \t]*\p{Lu}[\p{Lu}\d]*(?:[/\-–]\p{Lu}[\p{Lu}\d]*)+$")
_RULE_RE = lazy_compile(r"^[\s\-–—_=*|.]*$")
_STARTS_WORD_RE = lazy_compile(r"^[\p{L}\d\"“(]")



#: A line that is one figure with a thousands or decimal mark ("311.113", "16,52", "8,5%"):
#: a table cell printed on a line of its own, never the year or number a word waits for.
_FIGURE_ONLY_RE = lazy_compile(r"^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?%?$|^[-+]?\d+,\d+%?$")


#: A full line ending on a number and a next line opening with a dash and a number: the
#: two halves of a range ("1.500⏎– 1.800", "2020⏎- 2025").
_ENDS_NUMBER_RE = lazy_compile(r"\d$", regex.REVERSE)  # (backwards: see ``_ending``)
_RANGE_REST_RE = lazy_compile(r"^[-–]\s*\d")
#: A line ending on a year and a next line opening with a dash and a later year: a period
#: ("giai đoạn 2026⏎- 2030"), whatever the width; not a list item that opens with its year
#: and a colon ("- 2027: hoàn thành …", a step of a timeline).
_YEAR_END_RE = lazy_compile(r"(?<![\d.,/])((?:19|20)\d{2})$", regex.REVERSE)  # (one match)
_YEAR_RANGE_REST_RE = lazy_compile(r"^[-–]\s*((?:19|20)\d{2})(?![\d.,/%])(?!\s*:)")
#: A line opening with a value: a number and a percent sign or a lower-case word ("20%;",
#: "45 triệu đồng"), not a label ("1.") nor a year before a colon ("2025:").
_VALUE_REST_RE = lazy_compile(r"^\d[\d.,]*\s*(?:%|\p{Ll})")
#: A line that is one value with its unit and the end of its clause ("25 trạm, …", "92,6%.",
#: "1.364.329 đồng/năm."): what a name cut at its colon was waiting for.  The unit is one or
#: two words, each maybe with "/…" parts ("triệu đồng/người/năm"); a longer run of words is a
#: clause ("12 xã đạt chuẩn nông thôn mới;"), an item of a list the colon opens.
_UNIT_WORD = r"\p{Ll}+(?:/\p{Ll}+)*"
_NAMES_ONE_VALUE_RE = lazy_compile(
    r"^\d[\d.,]*[ \t]*(?:%|" + _UNIT_WORD + r"(?:[ \t]" + _UNIT_WORD + r")?)[ \t]*"
    r"(?:[.;,)]|\*?$)")
#: A colon after a word that opens a list ("Trong đó:", "… cụ thể:", "gồm:"): what follows
#: is the list's first item, not the value of a name cut at the colon.
_LIST_OPENER_COLON_RE = lazy_compile(
    r"(?i)(?<![\p{L}])" + alternation(CHILDREN_OPENERS) + r"[ \t]*:$")
#: How far back from a line's end :data:`_LIST_OPENER_COLON_RE` is looked for: the longest
#: opener, a space before it and a few spaces before the colon.
_LIST_OPENER_REACH = max(map(len, CHILDREN_OPENERS)) + 8
#: A line that is a whole number alone, not a year ("62", "1254").
_WHOLE_NUMBER_ONLY_RE = lazy_compile(r"^(?!(?:19|20)\d{2}$)\d{1,6}$")
_SMALL_NUMBER_END_RE = _ending(SMALL_NUMBER_ENDINGS)


#: A line that goes on a sentence: a parenthesis or a quotation opened before a lower-case
#: word ("(bao gồm xe ô tô …)", "“không ma túy” ngay …"), or an abbreviation that is not a
#: body's before a lower-case word ("GRDP từ 11%", "KT-XH của", "NTTS và …"): a body's
#: ("UBND xã …", "HĐND tỉnh …") opens sentences, and stays apart.  An abbreviation that
#: closes the sentence ("… Chương trình⏎MTQG.") goes on it too.
_INNER_PHRASE_RE = lazy_compile(
    "^" + alternation(INNER_PHRASE_OPENERS) + r"\p{Ll}"
    r"|^(?P<abbr>\p{Lu}[\p{Lu}\d]+(?:[-&]\p{Lu}[\p{Lu}\d]*)*)"
    r"(?:,?[ \t]+\p{Ll}|[.;](?:/\.)?\s*$|\)[.;,]?\s*$)"
)
_BODY_ABBREVIATIONS = frozenset((*BODY_ABBREVIATIONS, *SCHOOL_TYPE_ABBREVIATIONS))


def goes_on_sentence(line: str, nxt: str) -> bool:
    """``nxt`` (stripped) opens inside a sentence (see :data:`_INNER_PHRASE_RE`) that
    ``line`` (stripped, not closed) began.  An abbreviation after a numbered line does not
    decide ("1. Tăng trưởng kinh tế⏎GRDP tăng 8%": a heading and its body)."""
    m = _INNER_PHRASE_RE.match(nxt)
    if m is None:
        return False
    abbr = m.group("abbr")
    if abbr is None:
        return True
    if abbr in _BODY_ABBREVIATIONS:
        return False
    if not m.group().rstrip()[-1:].isalpha():
        return True  # "MTQG." alone: the end of the sentence, after a heading's label too
    label = read_label(line)
    return label is None or label.style not in HEADING_STYLES


def _is_table(line: str) -> bool:
    if "|" in line and (line.startswith("|") or line.endswith("|") or " | " in line):
        return True
    # a rule holds no letter or digit: a line opening with one is not a rule (most lines)
    return "\t" in line or (not line[:1].isalnum() and _RULE_RE.match(line) is not None)


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or ``None`` when it is not wrapped."""
    lengths = sorted(len(s) for s in lines if len(s) >= MIN_PROSE_LINE and not _is_table(s))
    if len(lengths) < MIN_PROSE_LINES:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not WIDTH_RANGE[0] <= width <= WIDTH_RANGE[1]:
        return None
    full = sum(1 for n in lengths if FULL_LINE_RATIO * width <= n <= width * 1.05)
    return width if full >= WRAPPED_SHARE * len(lengths) else None


#: Paragraphs whose first line is cut short (a web page's first-line indent took its room):
#: at least this many first lines go on in small letters on the next line, and this share
#: of the first lines that have a next line.
MIN_CUT_FIRST_LINES = 8
CUT_FIRST_SHARE = 0.5
#: Their width is at most this fraction of the wrap width (else the wrap rule serves).
CUT_FIRST_MAX_RATIO = 0.8


def first_line_width(lines: list[str], width: int | None) -> int | None:
    """The typical width of the first lines of a hard-wrapped text (``lines`` stripped) that
    cuts the first line of each paragraph shorter than the others ("3. Đề nghị Ủy ban Mặt
    trận⏎Tổ quốc Việt Nam tỉnh và …", paragraphs between blank lines): read off the first
    lines that go on in small letters.  None when the text is not laid out so."""
    if width is None:
        return None
    firsts = [i for i in range(len(lines) - 1)
              if lines[i] and lines[i + 1] and (i == 0 or not lines[i - 1])
              and not _is_table(lines[i]) and not _is_table(lines[i + 1])]
    cut = sorted(len(lines[i]) for i in firsts if lines[i + 1][0].islower())
    if len(cut) < MIN_CUT_FIRST_LINES or len(cut) < CUT_FIRST_SHARE * len(firsts):
        return None
    first = cut[len(cut) // 2]
    return first if first <= CUT_FIRST_MAX_RATIO * width else None


_SO_LINE_RE = lazy_compile(r"(?i)^" + alternation(NUMBER_WORD_FORMS) + r"\s*[:.]")


def _cut_first_line(line: str, nxt: str, width: int) -> bool:
    """``line``, the first line of a paragraph in a text that cuts first lines short, was
    cut wherever the page cut it ("1. Giao Sở⏎Nông nghiệp và Môi trường là …"): inside a
    paragraph such a text has no other break.  It goes on unless it is closed (". ; :"),
    full (the wrap rule decides), a "Số:" line, in capitals, or ``nxt`` opens a unit or a
    table."""
    return len(line) < width * FULL_LINE_RATIO and not _CLOSED_RE.search(line) \
        and not _is_table(line) and not _is_table(nxt) and not opens_unit(nxt) \
        and not _SO_LINE_RE.match(line) \
        and bool(_STARTS_WORD_RE.match(nxt)) and not all_capitals(line, min_letters=2) \
        and not all_capitals(nxt, min_letters=2)


def opens_unit(nxt: str) -> bool:
    """The next line starts something of its own: a label, a paragraph opener."""
    if nxt.startswith(PARAGRAPH_OPENERS):
        return True
    label = read_label(nxt)
    return label is not None


def lone_label(line: str) -> bool:
    """``line`` (stripped) is a heading label with nothing after it ("1.", "II.", "a)",
    "2.3."): a label printed in its own cell or text box, whose title is the next line."""
    label = read_label(line)
    return label is not None and label.style in _LONE_LABEL_STYLES \
        and not line[label.rest:].strip(" .:-–")


#: Labels whose title may stand on the next line.  Parts and chapters ("Chương I") are not
#: joined: the outline reads the capital lines under them as their title.
_LONE_LABEL_STYLES = HEADING_STYLES - {"part", "chapter", "muc"}
#: After a blank line, a title is joined to a lone label only when what follows the title
#: reads as text (a label, a bullet, a sentence of at least this many words) rather than as
#: the next cell of a table printed one cell per line ("1.⏎⏎Tỷ lệ …⏎⏎%⏎⏎95").
_TEXT_AFTER_TITLE_WORDS = 4


def _reads_as_text(line: str) -> bool:
    return not line or read_label(line) is not None \
        or len(line.split()) >= _TEXT_AFTER_TITLE_WORDS


def _not_a_cell(line: str) -> bool:
    """``line`` is not a figure cell of a table printed one cell per line ("%", "6,6-6,8"):
    it has a letter."""
    return not line or _LETTER_RE.search(line) is not None


def _open_topic(line: str) -> bool:
    """``line`` (stripped) is a numbered "Về …" / "Đối với …" topic whose colon has not come
    yet: the topic goes on to the colon."""
    label = read_label(line)
    if label is None or label.style not in HEADING_STYLES or ":" in line:
        return False
    rest = line[label.rest:]
    if all_capitals(rest.split("(", 1)[0], min_letters=2):
        return False  # "I. ĐỐI VỚI CÁC CƠ QUAN (Khối …)": a heading in capitals is whole
    return rest.casefold().startswith(_TOPIC_PREFIXES)


def stands_open(line: str, nxt: str) -> bool:
    """``line`` cannot end a unit whatever follows it, so that even a blank line after it
    is layout (a PDF's spacing, a web page's paragraphs): a bare "Số:" before its number,
    a lone label before its title."""
    bare_number_word = _SO_ONLY_RE.match(line) is not None
    if bare_number_word and _BLANK_NUMBER_RE.match(nxt):
        return True  # "Số:⏎/KH-UBND": a template's number left blank, the symbol goes on
    if not bare_number_word and not lone_label(line):
        return False  # (most lines: tested before the next line's, which cost more)
    return not (_is_table(nxt) or opens_unit(nxt) or not _STARTS_WORD_RE.match(nxt))


def should_join(line: str, nxt: str, width: int | None) -> bool:
    """Whether the break between ``line`` and ``nxt`` (both stripped, non-empty) is a wrap."""
    if stands_open(line, nxt):
        return True  # "Số:⏎15/2023/QĐ-UBND", "2.3.⏎Công an tỉnh"
    if line in _LONE_BULLETS and not _is_table(nxt) and not opens_unit(nxt) \
            and not _FIGURE_ONLY_RE.match(nxt) and not _WHOLE_NUMBER_ONLY_RE.match(nxt):
        # "-⏎Như trên;": a bullet cut from its item ("-⏎2": two cells); never a line in
        # capitals (a type line under an emptied emphasis "* *" that the markup pass read as
        # a bullet)
        return not all_capitals(nxt, min_letters=2)
    if width is not None and len(line) >= FULL_LINE_RATIO * width \
            and _ENDS_NUMBER_RE.search(line) and _RANGE_REST_RE.match(nxt):
        return True  # "… từ 1.500⏎– 1.800 lao động": a range cut at its dash, no bullet
    if (end := _YEAR_END_RE.search(line)) and (rest := _YEAR_RANGE_REST_RE.match(nxt)) \
            and int(rest.group(1)) > int(end.group(1)) \
            and not _is_table(line) and not _is_table(nxt):
        return True  # "4. Trong giai đoạn 2026⏎- 2030 phấn đấu …": a period cut at its dash
    if _is_table(line) or _is_table(nxt) or opens_unit(nxt) or _FIGURE_ONLY_RE.match(nxt):
        return False
    if _WHOLE_NUMBER_ONLY_RE.match(nxt) and not _SMALL_NUMBER_END_RE.search(line):
        return False  # "Tỷ lệ lao động qua đào tạo (%)⏎62": a cell of a table
    if not _STARTS_WORD_RE.match(nxt):
        return False
    if line.endswith(":") and _VALUE_REST_RE.match(nxt) and (
            (width is not None and len(line) >= FULL_LINE_RATIO * width)
            or (_NAMES_ONE_VALUE_RE.match(nxt)
                and not _LIST_OPENER_COLON_RE.search(
                    line, max(0, len(line) - _LIST_OPENER_REACH)))):
        # "… dịch vụ, du lịch:⏎20%; …": a name and its value cut at the colon; whatever the
        # width when the next line is that one value, closed ("Đơn vị A:⏎25 trạm, …")
        return True
    if _CLOSED_RE.search(line, max(0, len(line) - 2)):  # one sign, maybe before a "\n"
        return False
    if _open_topic(line) and ":" in nxt:
        return True  # "8. Về hoạt động của mô hình⏎02 cấp: …": the colon closes the topic
    caps, next_caps = all_capitals(line, min_letters=2), all_capitals(nxt, min_letters=2)
    open_words = _CAPS_OPEN_END_RE if caps else _OPEN_END_RE
    open_end = bool(open_words.search(line, max(0, len(line) - _ENDING_REACH))) \
        or line.endswith((",", "-", "–"))
    if open_end and not _NUMBER_START_RE.match(nxt) \
            and _NUMBER_END_RE.search(line, max(0, len(line) - _ENDING_REACH)):
        open_end = False  # "1.1. Ngày chuyển đổi số⏎Để …": a number word ends a phrase
    inner = not caps and goes_on_sentence(line, nxt)
    if caps != next_caps and not nxt[0].isdigit() and not inner and not (
            open_end and _NUMBER_START_RE.match(nxt)
            and _NUMBER_END_RE.search(line, max(0, len(line) - _ENDING_REACH))):
        # type line and title, position and name, heading and body; but a number word goes
        # on with its Roman numeral ("Quốc hội khóa⏎XVI và …", "quý⏎IV")
        return False
    if open_end or inner:
        return True
    if caps and next_caps and (f"{line} {nxt}".upper() in _TYPE_WORDS
                               or _phrase_across(line, nxt)):
        return True  # "NGHỊ⏎QUYẾT", "TM. ỦY BAN⏎NHÂN DÂN": a name broken by a narrow column
    if caps:
        # a heading in capitals goes on in the capital line under it ("III. GIẢI⏎PHÁP");
        # other capital lines ending on a full word are header cells or titles
        label = read_label(line)
        return label is not None and label.style in HEADING_STYLES and next_caps
    return width is not None and len(line) >= FULL_LINE_RATIO * width


#: Emphasis opened on one line and closed on a later one, with no blank line between:
#: "**1. Ban⏎Quản lý các khu công nghệ cao**", "*Bắc Ninh, ngày 20⏎tháng 11 năm 2025*".
_EMPHASIS_SPAN_RE = lazy_compile(
    r"(?<![*\p{L}\p{N}])(?P<mark>\*{1,3})(?=[^\s*])(?P<body>(?:[^*\n]|\n(?![ \t]*\n))+?)"
    r"(?<=[^\s*])(?P=mark)(?!\*)"
)


_NEWLINE_GAP_RE = lazy_compile(r"[ \t]*\n[ \t]*")


def emphasis_wrap_edits(text: str) -> list[Edit]:
    """Line breaks inside one emphasised run are wraps: the markup says the run is one unit.
    Runs before the markup is removed.  Spaces before a break decide nothing: text from PDF
    and fixed-width pages leaves them at line ends, so a Markdown hard break ("  ⏎") is read
    like any other break (a block of capital lines still keeps its breaks); a break after a
    backslash is a hard break by the Markdown rule and stays."""
    edits: list[Edit] = []
    if "*" not in text:  # every run opens with one (issue 15: most texts hold none)
        return edits
    for m in _EMPHASIS_SPAN_RE.finditer(text):
        body_start = m.start("body")
        body = m.group("body")
        for nl in _NEWLINE_GAP_RE.finditer(body):
            before = body[: nl.start()].rsplit("\n", 1)[-1]
            after = body[nl.end():].split("\n", 1)[0]
            if all_capitals(before, min_letters=2) and all_capitals(after, min_letters=2) \
                    and not should_join(before.strip(), after.strip(), None):
                continue  # "KT. CHỦ TỊCH⏎PHÓ CHỦ TỊCH": lines of a block in capitals
            if before.rstrip().endswith("\\"):
                continue  # "…,\⏎": a backslash hard break (pandoc) says the break is real
            edits.append((body_start + nl.start(), body_start + nl.end(), " "))
    return edits


#: What a table's unit cell may say: a unit, or a counted noun ("lượt lao động", "hộ").
_UNIT_WORDS = frozenset({*PERCENT_UNITS, *MONEY_UNITS, *MEASURE_UNITS, *MULTIWORD_HEADS,
                         *SINGLE_HEADS})
_PER_WORDS = frozenset(PER_DENOMINATORS)
#: A cell of one figure (with a comparator or a short word before it) or a dash (empty).
_FIGURE_CELL_RE = lazy_compile(r"(?:[<>≥≤~±]|\p{L}{1,5}[ \t]+)?[ \t]*\d|[-–—][ \t]*$")


def unit_cell(line: str) -> bool:
    """``line`` is a unit and nothing else, as the unit column of a table prints it
    ("điểm", "tạ/ha", "Vạn tấn", "Lao động"): a unit or a counted noun, after a scale word
    maybe, with per-denominators."""
    unit, *per = line.strip().casefold().split("/")
    scale, _, rest = unit.partition(" ")
    if unit not in _UNIT_WORDS and scale in MULTIPLIERS:
        unit = rest  # "vạn tấn", "nghìn người"
    return unit in _UNIT_WORDS and all(p.strip() in _PER_WORDS for p in per)


def reflow_edits(text: str) -> list[Edit]:
    """Edits that replace each hard-wrap line break of ``text`` by a space."""
    raw = text.split("\n")
    starts = list(accumulate((len(r) + 1 for r in raw[:-1]), initial=0))  # where each begins
    stripped = list(map(str.strip, raw))
    width = wrap_width(stripped)
    first = first_line_width(stripped, width)
    grid = grid_lines(stripped, None if width is None else FULL_LINE_RATIO * width)
    edits: list[Edit] = []
    carried = ""  # a lone label joined to this line: the logical line starts with it
    for i in range(len(raw) - 1):
        cur, nxt = stripped[i], stripped[i + 1]
        if not cur:
            continue
        logical = f"{carried} {cur}" if carried else cur
        carried = ""
        if not nxt:  # one blank line (the spaces pass folds longer runs): joined only
            after = stripped[i + 2] if i + 2 < len(raw) else ""  # after a unit left open
            if after and _joins_across_blank(cur, after, _next_text(stripped, i + 3)):
                edits.append((starts[i + 1] - 1, starts[i + 2] - 1, ""))
                edits.append((starts[i + 2] - 1, starts[i + 2], " "))
                carried = cur if lone_label(cur) else ""
            continue
        if i + 1 in grid and not (i in grid and _joins_in_grid(logical, cur, nxt)):
            continue  # two cells of a table written one cell a line, or its caption
        if lone_label(cur) and not _not_a_cell(_next_text(stripped, i + 2)):
            continue  # "1.⏎Tỷ lệ …⏎%": a table printed one cell per line
        if unit_cell(nxt) and _FIGURE_CELL_RE.match(_next_text(stripped, i + 2)):
            continue  # "… tiếp cận đa chiều⏎điểm⏎1-1,5": the unit cell of a row
        # (a grid's cells are not cut at the page's width: there only the words decide)
        page_width = None if i + 1 in grid else width
        if should_join(logical, nxt, page_width) or (
                first is not None and page_width is not None and (i == 0 or not stripped[i - 1])
                and _cut_first_line(cur, nxt, page_width)):
            nl = starts[i + 1] - 1
            edits.append((nl, nl + 1, " "))
            carried = logical if lone_label(logical) else ""
    return edits


def _joins_in_grid(logical: str, line: str, nxt: str) -> bool:
    """Inside a table written one cell a line, a cell goes on only when its words leave it
    open ("Tỷ lệ tăng so với⏎cùng kỳ (%)", "Kế hoạch năm⏎2027", "GIAI ĐOẠN 2026 -⏎2030",
    a bracket not closed yet):
    a column name, a figure or a mark of an empty cell is a cell of its own, and so is a
    note after a name ("… Cá Voi Xanh⏎DA đã có …", not one sentence)."""
    if lone_label(line):
        return True  # "3.2.⏎Các dự án …": the prose rules tell a heading from a cell
    if is_head_cell(nxt) or is_figure_cell(line) or is_empty_mark(line) or is_empty_mark(nxt):
        return False
    if line.count("(") > line.count(")"):
        return True  # "Trữ lượng (tấn⏎WO3)": a bracket left open
    if is_figure_cell(nxt):
        return _waits_for_number(line) and is_year_cell(nxt)
    return (ends_open(logical) or line.endswith((",", "-", "–"))) \
        and should_join(logical, nxt, None)


def _waits_for_number(line: str) -> bool:
    return line.endswith(("-", "–")) \
        or _NUMBER_END_RE.search(line, max(0, len(line) - _ENDING_REACH)) is not None


def ends_closed(line: str) -> bool:
    """``line`` (stripped) ends with a sign that closes a sentence or opens a list (".", ";",
    ":", "!", "?", "…")."""
    return _CLOSED_RE.search(line) is not None


def ends_open(line: str) -> bool:
    """``line`` (stripped) ends with a word that cannot end a unit ("của", "số", "ngày";
    in capitals the shorter list of :data:`CAPITAL_OPEN_ENDINGS`)."""
    words = _CAPS_OPEN_END_RE if all_capitals(line, min_letters=2) else _OPEN_END_RE
    return bool(words.search(line, max(0, len(line) - _ENDING_REACH)))


def _joins_across_blank(line: str, after: str, then: str) -> bool:
    """Whether a blank line between ``line`` and ``after`` is layout: ``line`` left a unit
    open (a bare "Số:", a lone label whose title is followed by text, or an open word
    before a line that the wrap rules would join), ``then`` the text after ``after``."""
    if lone_label(line):
        return stands_open(line, after) and _reads_as_text(then)
    if stands_open(line, after):
        return True
    if not ends_open(line) or _LONE_FIGURE_RE.match(after):
        return False  # a figure alone is a table's next cell
    if _NUMBER_END_RE.search(line, max(0, len(line) - _ENDING_REACH)) \
            and not _NUMBER_START_RE.match(after):
        return False  # "… chuyển đổi số⏎⏎Quyết tâm …": the heading ended
    return should_join(line, after, None)


def _next_text(lines: list[str], i: int) -> str:
    """The first non-blank line from ``i`` on ("" at the end)."""
    return next((ln for ln in lines[i:] if ln), "")

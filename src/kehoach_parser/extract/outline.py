"""The section tree: numbered lines, their nesting levels, and which of them are headings.

Levels follow the annotation format: Roman numerals (and articles "Điều N") are level 1,
Arabic numbers at depth d are level d + 1 ("1." → 2, "2.1." → 3) whether or not a Roman
part encloses them, and letters ("a)", "đ.") sit one level below the innermost open
numbered line.  Enumerations "(1)" and bullets never open a level; they sit one below the
innermost numbered line.

A numbered line is a *heading* when it names a topic (see ``docs/annotation.md``):

* "(n)" enumerations and bullets are never headings;
* "LABEL TOPIC: body …" is a heading titled TOPIC when TOPIC is a short noun phrase and
  does not open with an action ("Giao …", "Đề nghị …", "Tham mưu …", "Căn cứ …");
* a line ending in "." or ";" is an item — unless it is short, opens no action and
  introduces a deeper list ("1. Kinh tế (11 chỉ tiêu)." followed by "- (1) …");
* any other line is a heading unless it is paragraph-long or has no content under it
  (the next numbered line is a sibling or an ancestor).
"""

from __future__ import annotations

from dataclasses import dataclass

from kehoach_parser.context import OutlineEntry, ParseContext
from kehoach_parser.document import SectionKind, SectionNode
from kehoach_parser.extract.heading_bare_numbers import bare_number_labels
from kehoach_parser.extract.heading_features import (
    ACTION_RE,
    ADDRESSEE_RE,
    REQUEST_RE,
    TOPIC_PREFIXES,
    heading_features,
)
from kehoach_parser.extract.heading_table_rows import (
    ends_in_figures,
    is_category_row,
    is_table_row,
    row_heading_label,
    under_cell_header,
)
from kehoach_parser.extract.references.bodies import read_body
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lang.vi.person_names import FAMILY_NAMES, MIDDLE_NAMES, PERSON_TITLES
from kehoach_parser.lang.vi.sections import (
    BODY_TASK_MIN_WORDS,
    BODY_TASK_VERBS,
    DOTTED_HEADING_MAX_WORDS,
    ENACTING_VERBS,
    HEADING_MAX_WORDS,
    MEMBERS_NAMED_AFTER,
    REVIEW_TITLE_OPENERS,
    SECTION_KIND_KEYWORDS,
    TARGET_MONEY_SCALES,
    TASK_SENTENCE_VERBS,
    TOPIC_MAX_WORDS,
    VALUE_LEAD_WORDS,
)
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Label, Line, read_label
from kehoach_parser.text.lists import BLANK_SEP_RE, LOOSE_SEP_RE

_NEVER_HEADINGS = frozenset({"paren", "bullet"})
_TRAILING_RE = lazy_compile(r"[\s.:;,]+$")
_AS_FOLLOWS_RE = lazy_compile(r"(?i)như\s+sau\s*:?\s*$")
_ENACTING_RE = lazy_compile("(?i)" + alternation(ENACTING_VERBS, boundary="end"))
#: A topic closed by a plural noun ("… các xã", "Các Bộ") whose members the colon names.
_MEMBERS_RE = lazy_compile(r"(?i)(?:^|\s)" + alternation(MEMBERS_NAMED_AFTER)
                           + r"\s+\S+(?:\s+\S+)?\s*$")


def _category_keywords() -> tuple[tuple[str, tuple[str, ...]], ...]:
    try:
        from kehoach_parser.lang.vi.categories import CATEGORY_KEYWORDS
    except ImportError:
        return ()
    return tuple(CATEGORY_KEYWORDS.items())


def section_kind(title: str) -> SectionKind:
    """Semantic kind of a level-1 heading title."""
    low = title.casefold()
    if low.lstrip(" *_#").startswith(REVIEW_TITLE_OPENERS):
        return "other"  # "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ …": a review, not the tasks
    for kind, words in SECTION_KIND_KEYWORDS:
        if any(w in low for w in words):
            return kind  # type: ignore[return-value]
    return "other"


def section_category(title: str) -> str | None:
    low = title.casefold()
    for category, words in _category_keywords():
        if any(w in low for w in words):
            return category
    return None


def _words(s: str) -> int:
    return len(s.split())


def _opens_action(s: str) -> bool:
    return ACTION_RE.match(s.strip()) is not None


_LETTER_RE = lazy_compile(r"\p{L}")


#: The members named after a colon: short names, the second opening with a capital.
_MEMBER_NAME_MAX_WORDS = 4


def _names_members(after: str) -> bool:
    """``after`` (the text after a colon) opens with a list of names ("Quốc phòng, Công an
    …", "Gia Thuận, Tân Điền"), not with a task ("Xây dựng kế hoạch …")."""
    names = LOOSE_SEP_RE.split(after, maxsplit=2)
    return len(names) >= 2 and _words(names[0]) <= _MEMBER_NAME_MAX_WORDS \
        and names[1].strip()[:1].isupper()


def _names_bodies(topic: str) -> bool:
    """``topic`` is a list of bodies, each named from its head ("Đài Truyền hình Việt Nam,
    Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam"): a topic however long."""
    names = topic.split(",")  # not at "và": "Trung tâm Văn hóa - Thông tin và Thể thao"
    return len(names) >= 2 and all(ADDRESSEE_RE.match(n.strip()) for n in names)


def _only_bodies(addressee: str) -> bool:
    """The addressee of a request is the names of bodies and nothing else ("Ủy ban Mặt trận
    Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội"): a heading whatever its
    length (decision 18 of docs/annotation.md), where a task verb would make it a sentence."""
    addressee = _TRAILING_RE.sub("", addressee)
    if _reads_as_body(addressee):
        return True
    # a list of bodies longer than one name is read ("Ủy ban MTTQ tỉnh và các tổ chức
    # chính trị - xã hội trực thuộc", "Liên minh Hợp tác xã tỉnh, Đoàn TNCS …"): each name
    parts = BLANK_SEP_RE.split(addressee)
    return len(parts) > 1 and all(_reads_as_body(p) for p in parts)


def _reads_as_body(text: str) -> bool:
    """``text`` is a body's name and nothing more."""
    text = text.rstrip(" :")
    span = read_body(text, 0, lenient=True, after_opener=True)
    return span is not None and span[1] >= len(text)


#: A topic with a final stop over a paragraph of text ("1. Đặc điểm tình hình.") is at most
#: this many words, with no comma and no figure (a longer or listing line is a sentence).
DOTTED_TOPIC_MAX_WORDS = 7
_FIGURE_RE = lazy_compile(r"\d")
#: The line under such a topic opens a paragraph: at least this many words (a table's cells
#: printed one a line are shorter).
PARAGRAPH_MIN_WORDS = 8
_TASK_SENTENCE_RE = lazy_compile(r"(?i)^" + alternation(TASK_SENTENCE_VERBS, boundary="end"))


#: What follows the colon of an indicator line: a value alone, maybe with its unit ("88,7%",
#: "05 người", "trên 95%", "≥ 2.500 tỷ đồng"), the line's end after it.
#: The value may be a range ("08% -10%") and the unit in capitals ("USD"); a bracketed
#: second figure may follow ("40,23% (53.506 người)").
_VALUE_AFTER_COLON_RE = lazy_compile(
    r"(?i)^(?:" + alternation(VALUE_LEAD_WORDS, boundary="none") + r"\s*)*[<>≥≤~]?\s*"
    r"\d[\d.,]*\s*%?(?:\s*[-–]\s*\d[\d.,]*\s*%?)?"
    r"(?:\s+\p{L}+(?:/\p{L}+)?){0,3}\s*(?:\([^()]*\))?\s*[.;]?$"
)


def _colon_outside_brackets(text: str) -> int:
    """The first colon of ``text`` outside brackets ("CƠ SỞ PHÍA BẮC (Mã trường: BVH)" has
    none), or -1."""
    first = text.find(":")
    if first < 0 or "(" not in text[:first]:
        return first  # no bracket opened before the first colon (most lines; issue 15)
    depth = 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ":" and depth == 0:
            return k
    return -1


#: A line that ends in a percentage ("… từ 19% - 21%/năm") states a target's level: an
#: enumerated target, not a topic ("Đối tượng giảm 50% mức phí" names one).
_PERCENT_END_RE = lazy_compile(r"\d\s*%(?:/\p{L}+)?\s*$")


#: A share or a sum of money inside a numbered line ("đạt từ 68 - 70% (năm học …)", "= 96 tỷ
#: đồng", "… trong đó có 50% phục vụ …"): the line states a target with its figure, an
#: item, unless it opens with a topic ("Về kiến nghị hỗ trợ khoảng 200 tỷ đồng …",
#: "Đối tượng giảm 50% mức phí").
_TARGET_FIGURE_RE = lazy_compile(r"(?i)\d\s*%|\d\s*" + alternation(TARGET_MONEY_SCALES)
                                  + r"\s+đồng(?![\p{L}])")
_KIND_WORDS = tuple(w for _kind, words in SECTION_KIND_KEYWORDS for w in words)


def _opens_topic(text: str) -> bool:
    """``text`` opens with a topic word ("Về …", "Đối với …") or a section kind's word
    ("Đối tượng …", "Nhiệm vụ …")."""
    low = text.casefold()
    return low.startswith(TOPIC_PREFIXES) or low.startswith(_KIND_WORDS)


def heading_title(
    rest: str, *, deeper_follows: bool, has_content_below: bool, upper: bool = False,
    text_follows: bool = False,
) -> str | None:
    """The heading title of a numbered line's text (after its label), or None for an item.

    ``deeper_follows``: the next non-blank line is numbered deeper (or is a bullet/enumeration).
    ``has_content_below``: something other than a sibling/ancestor label follows.
    ``upper``: a top-level part in capitals ("I. CĂN CỨ PHÁP LÝ"), always a topic.
    ``text_follows``: the next non-blank line is unnumbered text that opens a paragraph.
    """
    text = rest.strip()
    if not text or not _LETTER_RE.search(text):
        return None
    colon = _colon_outside_brackets(text)
    body_after_colon = 0 < colon < len(text) - 1 and bool(text[colon + 1:].strip())
    request = REQUEST_RE.match(text)
    if request and not upper:
        # "Đề nghị Ủy ban MTTQ tỉnh" standing alone over its tasks names a body: a heading;
        # "Đề nghị …: body", "Giao chỉ tiêu … như sau:" or a request sentence is an item
        addressee = text[request.end():].strip()
        if (body_after_colon or text.endswith((".", ";")) or not has_content_below
                or not ADDRESSEE_RE.match(addressee) or _AS_FOLLOWS_RE.search(text)):
            return None
        if _words(text) > DOTTED_HEADING_MAX_WORDS and not _only_bodies(addressee):
            return None  # a long request that goes on into its task is a sentence
        return _TRAILING_RE.sub("", text)
    if body_after_colon and _MEMBERS_RE.search(text[:colon]) \
            and _names_members(text[colon + 1:]):
        # "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền" names the members, a heading as a
        # whole; "Các Bộ: Quốc phòng, Công an chủ động chỉ đạo …." is a sentence, an item
        if text.endswith((".", ";")) or _words(text) > HEADING_MAX_WORDS or not has_content_below:
            return None
        return _TRAILING_RE.sub("", text)
    if body_after_colon and _VALUE_AFTER_COLON_RE.match(text[colon + 1:].strip()):
        return None  # "5. Tỷ lệ lao động qua đào tạo: 88,7%.": a target and its value
    if body_after_colon:
        topic = text[:colon].strip()
        about = topic.casefold().startswith(TOPIC_PREFIXES) or _names_bodies(topic)
        # a "Về …" topic up to its colon is a title however long (decision 18)
        if ((_words(topic) <= TOPIC_MAX_WORDS or (about and ". " not in topic))
                and not _opens_action(topic) and not topic.endswith((".", ";"))):
            return _TRAILING_RE.sub("", topic)
        return None
    body = text[:-1].rstrip() if text.endswith(":") else text
    if body.endswith((".", ";", "./.")):
        if ((deeper_follows or (upper and has_content_below))
                and _words(body) <= DOTTED_HEADING_MAX_WORDS
                and not _opens_action(body) and ". " not in body[:-1]):
            # "1. Kinh tế (11 chỉ tiêu)." over its list; "I. KẾT QUẢ THỰC HIỆN." in capitals
            return _TRAILING_RE.sub("", body)
        if (text_follows and body.endswith(".") and _words(body) <= DOTTED_TOPIC_MAX_WORDS
                and not _opens_action(body) and not _TASK_SENTENCE_RE.match(body)
                and ". " not in body[:-1] and "," not in body and not _FIGURE_RE.search(body)):
            # "1. Đặc điểm tình hình." over its paragraph: a short topic with a stop
            return _TRAILING_RE.sub("", body)
        return None
    long_topic = text.endswith(":") and body.casefold().startswith(TOPIC_PREFIXES) \
        and ". " not in body  # "3. Về kiến nghị … (a long topic):" over its paragraphs
    if (_words(body) > HEADING_MAX_WORDS and not long_topic) or not has_content_below:
        return None
    if _PERCENT_END_RE.search(body):
        return None  # "1. Tốc độ tăng trưởng bình quân từ 19% - 21%/năm :": a target, an item
    if not upper and _TARGET_FIGURE_RE.search(body) and not _opens_topic(body):
        return None  # "2/ Thu ngân sách … = 96 tỷ đồng", "… đạt từ 68 - 70% (năm học …)"
    return _TRAILING_RE.sub("", body)


def _parts_over_roman(labels: list[Label]) -> set[int]:
    """Indices of capital-letter labels ("A.", "B/") with Roman numerals under them: these
    are parts (level 0); a capital letter with no Roman numeral under it plays the Roman
    numeral's part (level 1)."""
    out: set[int] = set()
    current: int | None = None
    for k, label in enumerate(labels):
        if label.style in ("upper", "part"):
            current = k if label.style == "upper" else None
        elif label.style == "roman" and current is not None:
            out.add(current)
    return out


def _levels(labels: list[Label]) -> list[int]:
    """Level of each label.

    Parts ("PHẦN I", and "A." with Roman numerals under it) are level 0; Roman numerals,
    chapters ("Chương II") and "Mục" are level 1; an article ("Điều 3") is level 1, or 2 in a
    chapter; Arabic numbers at depth d are d + 1 ("1." → 2, "2.1." → 3), one deeper inside an
    article of a chapter, and one less when their first number is the article's ("2.1." in
    "Điều 2", which stands for its "2."); letters sit one below the innermost open numbered
    line; "(n)" and bullets sit one below the innermost numbered line without opening a
    level."""
    parts = _parts_over_roman(labels)
    stack: list[tuple[str, int]] = []  # (style key, level) of the open numbered lines
    levels: list[int] = []
    article_number = ""  # the number of the last article ("Điều 2" → "2")
    shift = 0  # depths missing between a Roman numeral and its first "1.1." (no "1." between)
    for k, label in enumerate(labels):
        key = label.style_key
        if label.style in _NEVER_HEADINGS:
            levels.append(stack[-1][1] + 1 if stack else 1)
            continue
        keys = [sk for sk, _ in stack]
        if label.style != "arabic" and label.style != "letter":
            shift = 0
        if label.style == "part" or k in parts:
            level = 0
        elif key in ("roman", "upper", "chapter", "muc"):
            level = 1
        elif key == "article":
            level = 2 if "chapter" in keys else 1
        elif label.style == "arabic":
            if label.depth == 1:
                shift = 0
            elif stack and stack[-1][0] in _ROMAN_KEYS and stack[-1][1] == 1 and not any(
                    sk.startswith("arabic") for sk in keys):
                # "I. GIỚI THIỆU⏎1.1. Vị trí⏎1.2. Truyền thống": nested under the Roman
                # numeral, one level below it (levels by nesting), and so its siblings
                shift = label.depth - 1
            level = max(label.depth + 1 - shift, 2)
            if "article" in keys:
                base = stack[keys.index("article")][1]
                level = max(level, base + label.depth)
                if label.depth > 1 and label.text.split(".")[0] == article_number:
                    level = base + label.depth - 1  # "2.1" in "Điều 2": the article is its "2"
        else:  # letters: nested under whatever is open, siblings of an open letter run
            if key in keys:
                level = stack[keys.index(key)][1]
            else:
                level = stack[-1][1] + 1 if stack else 1
        while stack and stack[-1][1] >= level:
            stack.pop()
        stack.append((key, level))
        levels.append(level)
        if key == "article":
            article_number = label.text.split()[-1]
    return levels


#: Level-1 labels under which a first "1.1." without a "1." nests one level down.
_ROMAN_KEYS = frozenset({"roman", "upper", "chapter", "muc"})

#: Label styles made of a word and a number, whose title may stand on the next line.
_WORD_LABELS = frozenset({"part", "chapter", "muc", "step"})


def _title_below(body_lines: list[Line], i: int) -> str | None:
    """The unnumbered title printed under a part or chapter label standing alone: the
    capital lines that follow it (or one line in lower case); None when the next line is
    already numbered."""
    parts: list[str] = []
    for ln in body_lines[i + 1:]:
        text = ln.text.strip()
        if read_label(text) is not None:
            break
        if parts and not (all_capitals(text) and all_capitals(parts[0])):
            break
        parts.append(text)
        if not all_capitals(text):
            break
    if not parts or _words(" ".join(parts)) > HEADING_MAX_WORDS:
        return None
    return _TRAILING_RE.sub("", " ".join(parts))


#: A person's name after a title (a family name and one to three capitalised syllables) or
#: alone (a family name, a middle name and one or two more: "Lê Thị Hoa", not "Hà Nội" nor
#: "Tăng Cường Công Tác"), then a dash, a comma, a bracket or the end ("Đồng chí Nguyễn Văn
#: An - Chủ tịch …").
_FAMILY = alternation([n.capitalize() for n in FAMILY_NAMES], boundary="end")
_MIDDLE = alternation([n.capitalize() for n in MIDDLE_NAMES], boundary="end")
_PERSON_RE = lazy_compile(
    r"^(?:(?i:" + alternation(PERSON_TITLES, boundary="end") + r")\s+" + _FAMILY
    + r"(?:\s+\p{Lu}\p{Ll}*){1,3}|" + _FAMILY + r"\s+" + _MIDDLE
    + r"(?:\s+\p{Lu}\p{Ll}*){1,2})"
    r"\s*(?:[-–,(]|$)"
)


_BODY_TASK_RE = lazy_compile(r"^\s*" + alternation(BODY_TASK_VERBS, boundary="end"))
#: A body's own name: a word with a capital after its head ("Sở Y tế", "Ban Thường trực …"),
#: not a common noun for any body ("Cơ quan chủ trì: …", "Các tổ chức …").
_PROPER_WORD_RE = lazy_compile(r"\s\p{Lu}")


def _body_does_task(title: str) -> bool:
    """``title`` opens with a named body and goes on with a task of it in a sentence ("Sở
    Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế, Ủy ban nhân dân các xã …")."""
    span = read_body(title, 0)
    if span is None or span[0] != 0 or not _PROPER_WORD_RE.search(title[:span[1]]):
        return False
    after = title[span[1]:]
    verb = _BODY_TASK_RE.match(after)
    return verb is not None and _words(after[verb.end():]) >= BODY_TASK_MIN_WORDS


def _not_a_title(rest: str, title: str, body_lines: list[Line], i: int,
                 numbered: set[int]) -> bool:
    """A numbered line that the title rules accept but that is a sentence introducing a
    text ("1. Điều chỉnh điểm a tại mục 3 Phụ lục II như sau:"; a part in capitals
    excepted) or a row of a table ("1. Dân số trung bình⏎629734 …")."""
    if _AS_FOLLOWS_RE.search(rest.rstrip(" *")) and not all_capitals(rest):
        return True
    if _PERSON_RE.match(title.strip()):
        return True  # "1. Đồng chí Nguyễn Văn An - Trưởng ban": a member of a list
    if _body_does_task(title.strip(" *")):
        return True  # "2. Sở Y tế chủ trì, phối hợp với … thực hiện …": a task assigned
    label = read_label(body_lines[i].text)
    if label is not None and label.style == "roman" and is_category_row(body_lines, i):
        return True  # decision 27: "I. CHỈ TIÊU KINH TẾ" under a table's header row
    if under_cell_header(body_lines, i):
        return True  # a category row of a table printed one cell per line
    return ends_in_figures(title) or is_table_row(body_lines, i, numbered)


#: Line breaks a website printed as characters ("\\r\\n"), with the blanks around them.
_ESCAPED_BREAKS_RE = lazy_compile(r"\s*(?:\\[rnt]\s*)+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A numbered line of the body and what the rules say of it."""

    line: Line
    label: Label
    level: int
    rule_title: str | None  # the rules' heading title, or None (an item)
    rest: str  # the line after its label
    next_rel: str  # what follows: "end", "text", "deeper", "same", "higher", "list"
    prev_rel: str  # what precedes: "start", "text", "numbered"

    @property
    def features(self) -> tuple[str, ...]:
        """The line's features for the learned heading decision (``heading_features.py``),
        computed when asked: the parse decides by the rules and never reads them."""
        return heading_features(self.label, self.level, self.rest, self.next_rel,
                                self.prev_rel, self.rule_title is not None)


def outline_candidates(ctx: ParseContext) -> list[Candidate]:
    """Every numbered line of the body with its level, the rules' decision and features."""
    start, end = ctx.body
    body_lines: list[Line] = [
        ln for ln in ctx.lines if ln.start >= start and ln.end <= end and not ln.blank
    ]
    labeled: list[tuple[int, Line, Label]] = []  # (index in body_lines, line, label)
    bare = bare_number_labels(body_lines)  # "1 Mục đích", "2 Yêu cầu": a run of them
    for i, ln in enumerate(body_lines):
        label = read_label(ln.text) or row_heading_label(body_lines, i) or bare.get(i)
        if label is not None:
            labeled.append((i, ln, label))
    levels = _levels([lab for _, _, lab in labeled])
    by_body_index = {i: k for k, (i, _, _) in enumerate(labeled)}
    numbered = {i for i, _, lab in labeled if lab.style not in _NEVER_HEADINGS}
    out: list[Candidate] = []
    for k, (i, ln, label) in enumerate(labeled):
        level = levels[k]
        title: str | None = None
        nxt = by_body_index.get(i + 1)
        rest = ln.text[label.rest:]
        if ln.text.lstrip().startswith("|"):
            rest = rest.rstrip(" |")  # a heading printed as a table row: its closing bars
        if i + 1 >= len(body_lines):
            # the last line (an excerpt cut after a heading): a short title still counts
            rest_words = _words(rest)
            deeper, content = False, 0 < rest_words <= DOTTED_HEADING_MAX_WORDS
            next_rel = "end"
        elif nxt is None:  # an unnumbered line follows
            deeper, content = False, True
            next_rel = "text"
        else:
            deeper = levels[nxt] > level
            content = deeper
            next_rel = "deeper" if deeper else ("same" if levels[nxt] == level else "higher")
            if labeled[nxt][2].style in _NEVER_HEADINGS:
                next_rel = "list"
        if label.style not in _NEVER_HEADINGS:
            if label.style in _WORD_LABELS and not rest.strip(" .:-–"):
                # "PHẦN THỨ NHẤT" alone: the title is the line under it, or none
                title = _title_below(body_lines, i) or ""
            else:
                title = heading_title(rest, deeper_follows=deeper, has_content_below=content,
                                      upper=level <= 1 and all_capitals(rest),
                                      text_follows=next_rel == "text" and _words(
                                          body_lines[i + 1].text) >= PARAGRAPH_MIN_WORDS)
                if title is None and label.style in _WORD_LABELS:
                    title = _TRAILING_RE.sub("", rest.strip(" .:-–")) or ""
                if label.style == "article" and _ENACTING_RE.match(rest.strip(" *")):
                    title = None  # "Điều 1. Phê duyệt …": an operative clause
                if title is not None and label.style not in _WORD_LABELS | {"article"} \
                        and _not_a_title(rest, title, body_lines, i, numbered):
                    title = None
        if title and "\\" in title:
            title = _ESCAPED_BREAKS_RE.sub(" ", title).strip()  # decision 17: one space
        prev = by_body_index.get(i - 1)
        prev_rel = "start" if i == 0 else ("text" if prev is None else "numbered")
        out.append(Candidate(ln, label, level, title, rest, next_rel, prev_rel))
    return out


def build_outline(ctx: ParseContext) -> None:
    entries: list[OutlineEntry] = []
    for c in outline_candidates(ctx):
        title = c.rule_title
        entries.append(OutlineEntry(line=c.line, label=c.label, level=c.level,
                                    is_heading=title is not None, title=title,
                                    section_path=(), category=None))
    ctx.outline = entries
    ctx.sections = _tree(entries, ctx.body[1])


def _tree(entries: list[OutlineEntry], body_end: int) -> list[SectionNode]:
    headings = [e for e in entries if e.is_heading]
    roots: list[SectionNode] = []
    stack: list[tuple[OutlineEntry, SectionNode]] = []
    closers = _next_at_or_above(headings)
    for n, h in enumerate(headings):
        while stack and stack[-1][0].level >= h.level:
            stack.pop()
        # the section runs to the next heading at the same or a higher level
        closer = closers[n]
        stop = body_end if closer is None else headings[closer].line.start
        parent_category = stack[-1][1].category if stack else None
        node = SectionNode(
            label=h.label.text,
            title=h.title or None,
            level=h.level,
            kind=section_kind(h.title or "") if h.level == 1 else None,
            category=section_category(h.title or "") or parent_category,
            span=(h.line.start, h.line.end),
            body_span=(h.line.start, max(stop, h.line.end)),
        )
        if stack:
            stack[-1][1].children.append(node)
        else:
            roots.append(node)
        stack.append((h, node))
    # section paths and categories for every entry (headings and items)
    path_stack: list[tuple[int, str, str | None]] = []  # (level, label, category)
    node_iter = iter(_flatten(roots))
    for e in entries:
        if e.is_heading:
            node = next(node_iter)
            while path_stack and path_stack[-1][0] >= e.level:
                path_stack.pop()
            path_stack.append((e.level, e.label.text, node.category))
            e.section_path = tuple(p[1] for p in path_stack)
            e.category = node.category
        else:
            while path_stack and path_stack[-1][0] >= e.level:
                path_stack.pop()
            e.section_path = tuple(p[1] for p in path_stack)
            e.category = path_stack[-1][2] if path_stack else None
    return roots


def _next_at_or_above(headings: list[OutlineEntry]) -> list[int | None]:
    """For each heading, the index of the first later heading at the same or a higher
    level (None: none), in one pass (a stack of the headings still open)."""
    closers: list[int | None] = [None] * len(headings)
    open_: list[int] = []  # levels strictly rise from bottom to top
    for i, h in enumerate(headings):
        while open_ and headings[open_[-1]].level >= h.level:
            closers[open_.pop()] = i
        open_.append(i)
    return closers


def _flatten(nodes: list[SectionNode]) -> list[SectionNode]:
    out: list[SectionNode] = []
    for n in nodes:
        out.append(n)
        out.extend(_flatten(n.children))
    return out

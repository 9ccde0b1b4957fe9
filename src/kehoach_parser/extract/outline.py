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

import regex

from kehoach_parser.context import OutlineEntry, ParseContext
from kehoach_parser.document import SectionKind, SectionNode
from kehoach_parser.lang.vi.sections import (
    ACTION_OPENERS,
    DOTTED_HEADING_MAX_WORDS,
    HEADING_MAX_WORDS,
    REQUEST_OPENERS,
    SECTION_KIND_KEYWORDS,
    TOPIC_MAX_WORDS,
)
from kehoach_parser.text.capitals import all_capitals
from kehoach_parser.text.lines import Label, Line, read_label

_NEVER_HEADINGS = frozenset({"paren", "bullet"})
_ACTION_RE = regex.compile(
    r"(?i)(?:" + "|".join(regex.escape(a) for a in ACTION_OPENERS) + r")(?![\p{L}])"
)
_REQUEST_RE = regex.compile(
    r"(?i)(?:" + "|".join(regex.escape(a) for a in REQUEST_OPENERS) + r")(?![\p{L}])"
)
_TRAILING_RE = regex.compile(r"[\s.:;,]+$")


def _category_keywords() -> tuple[tuple[str, tuple[str, ...]], ...]:
    try:
        from kehoach_parser.lang.vi.categories import CATEGORY_KEYWORDS
    except ImportError:
        return ()
    return tuple(CATEGORY_KEYWORDS.items())


def section_kind(title: str) -> SectionKind:
    """Semantic kind of a level-1 heading title."""
    low = title.casefold()
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
    return _ACTION_RE.match(s.strip()) is not None


def heading_title(
    rest: str, *, deeper_follows: bool, has_content_below: bool, upper: bool = False
) -> str | None:
    """The heading title of a numbered line's text (after its label), or None for an item.

    ``deeper_follows``: the next non-blank line is numbered deeper (or is a bullet/enumeration).
    ``has_content_below``: something other than a sibling/ancestor label follows.
    ``upper``: a top-level part in capitals ("I. CĂN CỨ PHÁP LÝ"), always a topic.
    """
    text = rest.strip()
    if not text or not regex.search(r"\p{L}", text):
        return None
    if _REQUEST_RE.match(text) and not upper:
        return None  # "Đề nghị Ủy ban MTTQ …", "Giao Phòng …": a request is an item
    colon = text.find(":")
    if 0 < colon < len(text) - 1 and text[colon + 1:].strip():
        topic = text[:colon].strip()
        if (_words(topic) <= TOPIC_MAX_WORDS and not _opens_action(topic)
                and not topic.endswith((".", ";"))):
            return _TRAILING_RE.sub("", topic)
        return None
    body = text[:-1].rstrip() if text.endswith(":") else text
    if body.endswith((".", ";", "./.")):
        if (deeper_follows and _words(body) <= DOTTED_HEADING_MAX_WORDS
                and not _opens_action(body) and ". " not in body[:-1]):
            return _TRAILING_RE.sub("", body)
        return None
    if _words(body) > HEADING_MAX_WORDS or not has_content_below:
        return None
    return _TRAILING_RE.sub("", body)


def _levels(labels: list[Label]) -> list[int]:
    """Level of each label: Roman (and "Điều") 1, Arabic at depth d is d + 1 ("1." → 2,
    "2.1." → 3), letters one below the innermost open numbered line; "(n)" and bullets
    sit one below the innermost numbered line without opening a level."""
    stack: list[tuple[str, int]] = []  # (style key, level) of the open numbered lines
    levels: list[int] = []
    for label in labels:
        key = label.style_key
        if label.style in _NEVER_HEADINGS:
            levels.append(stack[-1][1] + 1 if stack else 1)
            continue
        if key in ("roman", "upper", "article"):
            level = 1
        elif label.style == "arabic":
            level = label.depth + 1
        else:  # letters: nested under whatever is open, siblings of an open letter run
            keys = [k for k, _ in stack]
            if key in keys:
                level = stack[keys.index(key)][1]
            else:
                level = stack[-1][1] + 1 if stack else 1
        while stack and stack[-1][1] >= level:
            stack.pop()
        stack.append((key, level))
        levels.append(level)
    return levels


def build_outline(ctx: ParseContext) -> None:
    start, end = ctx.body
    body_lines: list[Line] = [
        ln for ln in ctx.lines if ln.start >= start and ln.end <= end and not ln.blank
    ]
    labeled: list[tuple[int, Line, Label]] = []  # (index in body_lines, line, label)
    for i, ln in enumerate(body_lines):
        label = read_label(ln.text)
        if label is not None:
            labeled.append((i, ln, label))
    levels = _levels([lab for _, _, lab in labeled])

    entries: list[OutlineEntry] = []
    by_body_index = {i: k for k, (i, _, _) in enumerate(labeled)}
    for k, (i, ln, label) in enumerate(labeled):
        level = levels[k]
        title: str | None = None
        if label.style not in _NEVER_HEADINGS:
            nxt = by_body_index.get(i + 1)
            if i + 1 >= len(body_lines):
                deeper, content = False, False
            elif nxt is None:  # an unnumbered line follows
                deeper, content = False, True
            else:
                deeper = levels[nxt] > level
                content = deeper
            rest = ln.text[label.rest:]
            title = heading_title(rest, deeper_follows=deeper, has_content_below=content,
                                  upper=level == 1 and all_capitals(rest))
        entries.append(OutlineEntry(line=ln, label=label, level=level,
                                    is_heading=title is not None, title=title,
                                    section_path=(), category=None))
    ctx.outline = entries
    ctx.sections = _tree(entries, end)


def _tree(entries: list[OutlineEntry], body_end: int) -> list[SectionNode]:
    headings = [e for e in entries if e.is_heading]
    roots: list[SectionNode] = []
    stack: list[tuple[OutlineEntry, SectionNode]] = []
    for n, h in enumerate(headings):
        while stack and stack[-1][0].level >= h.level:
            stack.pop()
        assert h.title is not None
        # the section runs to the next heading at the same or a higher level
        stop = body_end
        for later in headings[n + 1:]:
            if later.level <= h.level:
                stop = later.line.start
                break
        parent_category = stack[-1][1].category if stack else None
        node = SectionNode(
            label=h.label.text,
            title=h.title,
            level=h.level,
            kind=section_kind(h.title) if h.level == 1 else None,
            category=section_category(h.title) or parent_category,
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


def _flatten(nodes: list[SectionNode]) -> list[SectionNode]:
    out: list[SectionNode] = []
    for n in nodes:
        out.append(n)
        out.extend(_flatten(n.children))
    return out

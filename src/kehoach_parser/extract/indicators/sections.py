"""The section a target sits in: its label path ("II/1") and its policy category.

When the outline stage has run, its entries are used.  Without them (the outline may be
empty), headings are recognised here from line labels: a Roman, Arabic or lettered label
followed by a short title.  Categories come from the heading titles and
:data:`kehoach_parser.lang.vi.categories.CATEGORY_KEYWORDS`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kehoach_parser.context import ParseContext
from kehoach_parser.extract.indicators import lexicon as lx
from kehoach_parser.lang.vi import indicator_words
from kehoach_parser.lang.vi.categories import CATEGORY_KEYWORDS
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile
from kehoach_parser.text.lines import read_label

_HEADING_STYLES = frozenset({"roman", "arabic", "letter", "upper"})


@dataclass(frozen=True, slots=True)
class SectionInfo:
    start: int  # offset of the heading line
    path: str
    category: str | None
    targets: bool  # the section (or an enclosing one) is about targets (chỉ tiêu, mục tiêu)
    results: bool = False  # the section reports results ("Kết quả thực hiện năm 2025")
    means: bool = False  # budgets, rewards, rubrics, descriptions ("Kinh phí", "Khen thưởng")
    kind: str | None = None  # the kind of the enclosing level-1 section (outline stage)


def category_of(title: str) -> str | None:
    low = title.casefold()
    for category, words in CATEGORY_KEYWORDS.items():
        if any(w in low for w in words):
            return category
    return None


_VALUE_RE = lazy_compile(r"\d\s*%|(?<![\d/])\d+(?:[.,]\d+)*\s+"
                          + alternation(indicator_words.TITLE_VALUE_UNITS) + r"\b")


def _title_like(rest: str) -> bool:
    words = rest.split()
    if not words or len(words) > 25:
        return False
    if _VALUE_RE.search(rest):
        return False  # "1. Tỷ lệ hộ nghèo dưới 2%.": an item with a value, not a title
    if rest.rstrip().endswith((".", ";")):
        return len(words) <= 8
    return True


class Sections:
    """Look up the :class:`SectionInfo` of any offset."""

    def __init__(self, ctx: ParseContext) -> None:
        self.infos: list[SectionInfo] = []
        if ctx.outline:
            self._from_outline(ctx)
        else:
            self._from_lines(ctx)
        self._starts = [i.start for i in self.infos]

    def _from_outline(self, ctx: ParseContext) -> None:
        kinds: dict[int, str | None] = {}
        for node in ctx.sections:
            kinds[node.span[0]] = node.kind
        # level, label, targets, category, results, means, kind
        stack: list[tuple[int, str, bool, str | None, bool, bool, str | None]] = []
        for entry in ctx.outline:
            if not entry.is_heading:
                continue
            title = entry.title or ""
            while stack and stack[-1][0] >= entry.level:
                stack.pop()
            outer_targets = any(s[2] for s in stack)
            targets = outer_targets or lx.TARGET_SECTION_RE.search(title) is not None
            category = entry.category or category_of(title) or (stack[-1][3] if stack else None)
            results = (lx.RESULT_SECTION_RE.search(title) is not None
                       or any(s[4] for s in stack))
            means = lx.MEANS_SECTION_RE.search(title) is not None or any(s[5] for s in stack)
            kind = kinds.get(entry.line.start) or next(
                (s[6] for s in reversed(stack) if s[6]), None)
            stack.append((entry.level, entry.label.text, targets, category, results, means,
                          kind))
            path = "/".join(entry.section_path or (entry.label.text,))
            self.infos.append(SectionInfo(entry.line.start, path, category, targets, results,
                                          means, kind))

    def _from_lines(self, ctx: ParseContext) -> None:
        b0, b1 = ctx.body if ctx.body != (0, 0) else (0, len(ctx.text))
        # style, label, targets, category, results, means
        stack: list[tuple[str, str, bool, str | None, bool, bool]] = []
        for line in ctx.lines:
            if line.start < b0 or line.start >= b1 or line.blank:
                continue
            label = read_label(line.text)
            if label is None or label.style not in _HEADING_STYLES or label.bullet:
                continue
            rest = line.text[label.rest:].strip()
            if not _title_like(rest):
                continue
            key = label.style_key
            if key == "roman":
                stack = []
            elif any(s[0] == key for s in stack):
                while stack and stack[-1][0] != key:
                    stack.pop()
                stack.pop()
            outer_targets = any(s[2] for s in stack)
            targets = outer_targets or lx.TARGET_SECTION_RE.search(rest) is not None
            category = category_of(rest) or (stack[-1][3] if stack else None)
            results = (lx.RESULT_SECTION_RE.search(rest) is not None
                       or any(s[4] for s in stack))
            means = lx.MEANS_SECTION_RE.search(rest) is not None or any(s[5] for s in stack)
            stack.append((key, label.text, targets, category, results, means))
            path = "/".join(s[1] for s in stack)
            self.infos.append(SectionInfo(line.start, path, category, targets, results, means))

    def at(self, offset: int) -> SectionInfo | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.infos[i] if i >= 0 else None

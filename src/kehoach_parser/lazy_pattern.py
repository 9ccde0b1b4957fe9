"""Patterns compiled at their first use, not at import (issue 15: cold start).

``import kehoach_parser`` used to compile every pattern of every stage (about half of the
import time); a module now writes ``NAME_RE = lazy_compile(source, flags)`` and the pattern
is compiled the first time one of its methods is looked up.  After that the looked-up
method is stored on the proxy itself, so later calls cost what a call on the compiled
pattern costs.  Compiling takes the stored form of :mod:`kehoach_parser.pattern_cache` when
there is one (every pattern made here is listed in :func:`lazy_sources` for the script that
stores them).

>>> p = lazy_compile(r"\\d+")
>>> p.compiled
False
>>> p.search("năm 2026").group()
'2026'
>>> p.compiled
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

import regex

from kehoach_parser.pattern_cache import cached_compile

__all__ = ["LazyPattern", "lazy_compile", "lazy_sources"]

_SOURCES: list[tuple[str, int]] = []

#: Every pattern compiled so far, by source and flags: modules that write the same pattern
#: (the leading boundary of every boundary search, ``\s+``, a year) share one compiled
#: form, as ``regex.compile``'s own cache would give them (issue 15: 31 of the 284 compiles
#: of a first parse were repeats, 0.4 MB of engine nodes).
_COMPILED: dict[tuple[str, int], regex.Pattern[str]] = {}


def _compile_shared(pattern: str, flags: int) -> regex.Pattern[str]:
    key = (pattern, int(flags))
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED.setdefault(key, cached_compile(pattern, flags))
    return found


def lazy_sources() -> list[tuple[str, int]]:
    """Source and flags of every lazy pattern made so far in this process, with the
    patterns its boundary search compiles (:func:`after_leading_boundary`)."""
    sources = []
    for pattern, flags in list(_SOURCES):
        sources.append((pattern, flags))
        rest = after_leading_boundary(pattern, flags)
        if rest is not None:
            sources += [(rest, flags), (LEADING_BOUNDARY, flags)]
    return sources


class LazyPattern:
    """A :class:`regex.Pattern` compiled on first use; it answers every attribute of one."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = pattern
        self._flags = flags
        self._pattern: regex.Pattern[str] | None = None
        _SOURCES.append((pattern, int(flags)))

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled yet."""
        return self._pattern is not None

    def _compile(self) -> regex.Pattern[str]:
        if self._pattern is None:
            self._pattern = _compile_shared(self._source, self._flags)
        return self._pattern

    def __getattr__(self, name: str) -> Any:
        # Called only for names not on the proxy yet: compile, then keep the attribute.
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._compile(), name)
        # the boundary test is made here, not at import (issue 15: about 2 ms of the import
        # for the library's ~500 patterns, most of which a parse never searches)
        rest = after_leading_boundary(self._source, self._flags) \
            if name in ("search", "finditer") else None
        if rest is not None:
            search = _BoundarySearch(self._compile().search,
                                     _compile_shared(rest, self._flags),
                                     _compile_shared(LEADING_BOUNDARY, self._flags))
            value = search if name == "search" else _BoundaryFinditer(value, search)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        state = "compiled" if self.compiled else "not compiled yet"
        return f"<lazy pattern {self._source[:40]!r} ({state})>"


#: "Not after a letter or a digit", the word boundary that opens most vocabulary patterns.
#: The engine cannot skip ahead to a pattern's first letters past a look-behind, so it tries
#: such a pattern at every character; searched without it (and the boundary checked at
#: each place found) the same pattern runs about 2.5 times as fast (issue 15).
LEADING_BOUNDARY = r"(?<![\p{L}\p{N}])"


def after_leading_boundary(pattern: str, flags: int = 0) -> str | None:
    """The rest of ``pattern`` when it is :data:`LEADING_BOUNDARY` followed by a
    non-capturing group, then anything with no top-level ``|`` (so the boundary applies to
    every match), else ``None``.  Verbose and right-to-left patterns are left alone."""
    if flags & (regex.VERBOSE | regex.REVERSE) or not pattern.startswith(LEADING_BOUNDARY):
        return None
    rest = pattern[len(LEADING_BOUNDARY):]
    if not rest.startswith("(?:") or _has_top_level_bar(rest):
        return None
    return rest


#: The characters :func:`_has_top_level_bar` looks at; the scan jumps over the others.
_STRUCTURE = r"[\\\[()|]"


def _has_top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group (escapes and classes skipped);
    an unbalanced pattern counts as having one.  (Read from one structural character to
    the next: a vocabulary pattern is thousands of letters long and made at a stage's
    first search, issue 15.)"""
    depth, pos = 0, 0
    find = re.compile(_STRUCTURE).search  # compiled at the first call, then re's cache
    while (found := find(pattern, pos)) is not None:
        i = found.start()
        ch = pattern[i]
        if ch == "\\":
            pos = i + 2
            continue
        if ch == "[":
            pos = _class_end(pattern, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return True
        elif depth == 0:  # "|"
            return True
        pos = i + 1
    return depth != 0


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``pattern[i]`` (a "]" right after
    "[" or "[^" is a member; nested classes of version 1 counted)."""
    depth, i, n = 1, i + 1, len(pattern)
    if i < n and pattern[i] == "^":
        i += 1
    if i < n and pattern[i] == "]":
        i += 1
    while i < n and depth:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        i += 1
    return i


class _BoundarySearch:
    """``search`` of a pattern that opens with :data:`LEADING_BOUNDARY`: the rest is
    searched, and a place not after a letter or a digit is the whole pattern's match (the
    boundary is zero-width: where it holds, both match alike); another place is skipped.
    Any argument beyond ``pos`` and ``endpos`` goes to the whole pattern."""

    __slots__ = ("_boundary", "_rest", "_whole")

    def __init__(self, whole: Any, rest: regex.Pattern[str], boundary: regex.Pattern[str]
                 ) -> None:
        self._whole = whole
        self._rest = rest.search
        self._boundary = boundary.match

    def __call__(self, string: str, pos: int | None = None, endpos: int | None = None,
                 *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        if args or kwargs or not isinstance(string, str) or (pos is not None and pos < 0) \
                or (endpos is not None and endpos < 0):
            found: regex.Match[str] | None = self._whole(string, pos, endpos, *args, **kwargs)
            return found
        last = len(string) if endpos is None else min(endpos, len(string))
        while True:
            m = self._rest(string, pos, endpos)
            if m is None or self._boundary(string, m.start()) is not None:
                return m
            pos = m.start() + 1
            if pos > last:
                return None


class _BoundaryFinditer:
    """``finditer`` of the same patterns: each match searched as :class:`_BoundarySearch`
    does, from the end of the one before.  An empty match (where a scan must step on by
    the engine's own rule) hands the rest, from the end of the last match, to the whole
    pattern's ``finditer``, which continues exactly as it would have."""

    __slots__ = ("_search", "_whole")

    def __init__(self, whole: Any, search: _BoundarySearch) -> None:
        self._whole = whole
        self._search = search

    def __call__(self, string: str, pos: int | None = None, endpos: int | None = None,
                 *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        if args or kwargs or not isinstance(string, str) or (pos is not None and pos < 0) \
                or (endpos is not None and endpos < 0):
            found: Iterator[regex.Match[str]] = self._whole(string, pos, endpos, *args,
                                                            **kwargs)
            return found
        return self._matches(string, pos, endpos)

    def _matches(self, string: str, pos: int | None, endpos: int | None
                 ) -> Iterator[regex.Match[str]]:
        while True:
            m = self._search(string, pos, endpos)
            if m is None:
                return
            if m.end() == m.start():
                yield from self._whole(string, pos, endpos)
                return
            yield m
            pos = m.end()


def lazy_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, deferred to the first use of the result.

    Typed as the compiled pattern it stands for: every method and attribute of
    :class:`regex.Pattern` is answered by the compiled one.
    """
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags))

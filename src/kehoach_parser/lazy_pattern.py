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

from typing import Any, cast

import regex

from kehoach_parser.pattern_cache import cached_compile

__all__ = ["LazyPattern", "lazy_compile", "lazy_sources"]

_SOURCES: list[tuple[str, int]] = []


def lazy_sources() -> list[tuple[str, int]]:
    """Source and flags of every lazy pattern made so far in this process."""
    return list(_SOURCES)


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
            self._pattern = cached_compile(self._source, self._flags)
        return self._pattern

    def __getattr__(self, name: str) -> Any:
        # Called only for names not on the proxy yet: compile, then keep the attribute.
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._compile(), name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        state = "compiled" if self.compiled else "not compiled yet"
        return f"<lazy pattern {self._source[:40]!r} ({state})>"


def lazy_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, deferred to the first use of the result.

    Typed as the compiled pattern it stands for: every method and attribute of
    :class:`regex.Pattern` is answered by the compiled one.
    """
    return cast("regex.Pattern[str]", LazyPattern(pattern, flags))

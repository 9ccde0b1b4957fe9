"""Which files of a batch's inputs are documents: ``--include`` and ``--exclude`` globs.

Patterns are shell globs (``*``, ``?``, ``[...]``) matched without regard to case:

- a pattern without ``/`` is matched against the file name: ``*.pdf``, ``README*``;
- a pattern with ``/`` is matched against the path below the input folder (or inside the
  archive) and against every tail of it, so ``variants/*`` leaves out ``a/variants/x.pdf``
  too; a leading ``/`` anchors it at the input folder; a trailing ``/`` means the folder and
  everything under it (``_review/``).

Inside folders and archives a file is taken when it matches an include pattern and no
exclude pattern.  A file named on the command line is taken whatever its suffix (you chose
it) unless an exclude pattern matches it.  Zip archives are always opened; their members
are judged like files in a folder.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

#: The document formats the loaders read (text, Markdown, PDF, Word).
DEFAULT_INCLUDE: tuple[str, ...] = (
    "*.txt", "*.text", "*.md", "*.markdown", "*.pdf", "*.docx", "*.doc",
)

#: Files that sit beside documents and are never documents themselves: project notes, gold
#: annotations, corpus listings.
DEFAULT_EXCLUDE: tuple[str, ...] = (
    "README*", "CHANGELOG*", "CHANGES*", "LICENSE*", "LICENCE*", "COPYING*", "CONTRIBUTING*",
    "AUTHORS*", "NOTICE*", "*.gold.json", "sources.tsv",
)


def _tails(path: str) -> list[str]:
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    return ["/".join(parts[i:]) for i in range(len(parts))]


def _matches(pattern: str, path: str) -> bool:
    pattern = pattern.replace("\\", "/").lower()
    path = path.replace("\\", "/").lower()
    if pattern.endswith("/"):
        pattern += "*"
    if "/" not in pattern:
        return fnmatch.fnmatchcase(path.rsplit("/", 1)[-1], pattern)
    if pattern.startswith("/"):
        return fnmatch.fnmatchcase(path.lstrip("/"), pattern.lstrip("/"))
    return any(fnmatch.fnmatchcase(tail, pattern) for tail in _tails(path))


@dataclass(frozen=True, slots=True)
class Selection:
    """Include and exclude patterns (see the module docstring).  ``Selection()`` is the
    default: document formats, without READMEs, gold files and corpus listings."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE

    def excluded(self, path: str) -> bool:
        """``path`` (relative to its input, '/'-separated) matches an exclude pattern."""
        return any(_matches(p, path) for p in self.exclude)

    def wanted(self, path: str) -> bool:
        """A file met inside a folder or an archive is a document to parse."""
        return any(_matches(p, path) for p in self.include) and not self.excluded(path)

    def with_patterns(self, include: list[str] | None = None,
                      exclude: list[str] | None = None, *,
                      keep_default_excludes: bool = True) -> Selection:
        """A copy where ``include`` (when given) replaces the included patterns and
        ``exclude`` is added to the excluded ones (or replaces them, without
        ``keep_default_excludes``)."""
        inc = tuple(include) if include else self.include
        exc = tuple(exclude or ())
        return Selection(inc, (*self.exclude, *exc) if keep_default_excludes else exc)


__all__ = ["DEFAULT_EXCLUDE", "DEFAULT_INCLUDE", "Selection"]

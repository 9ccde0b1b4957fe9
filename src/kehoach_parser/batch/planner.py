"""Turn items into work: read and hash each document, skip what the store already has.

Shared by every engine.  :func:`plan` yields, per item, exactly one of

* :class:`~kehoach_parser.batch.tasks.Skipped` — stored with the same sha256 and the
  current parser version (and, unless ``retry_errors``, whatever its status);
* a ready :class:`~kehoach_parser.batch.tasks.Result` — an error row decided without
  parsing (unreadable input, size or zip-bomb limits);
* a :class:`~kehoach_parser.batch.tasks.Task` for a worker.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator

from kehoach_parser.batch.inputs import Item, ItemReader, LimitError
from kehoach_parser.batch.store import Stored
from kehoach_parser.batch.tasks import (
    CODE_INTERNAL,
    CODE_LIMIT,
    Limits,
    Result,
    Skipped,
    Task,
    error_result,
    suffix_format,
)
from kehoach_parser.version import __version__

#: Files on disk up to this size travel to the worker with the task; bigger ones by path.
SHIP_LIMIT = 8 * 1024**2

Lookup = Callable[[str, str], Stored | None]
Work = Task | Result | Skipped


def plan(
    items: Iterable[Item], lookup: Lookup, limits: Limits, *, retry_errors: bool = False,
    ship_all: bool = False, pdf_engine: str | None = None,
) -> Iterator[Work]:
    """See the module docstring.  ``ship_all`` sends every document's bytes with its task
    (for workers that do not share this machine's file system); ``pdf_engine`` goes with
    every task ("layout" or "fast"; None: the library's default)."""
    reader = ItemReader(limits)
    try:
        for item in items:
            work = _one(item, reader, lookup, limits, retry_errors, ship_all)
            if isinstance(work, Task):
                work.pdf_engine = pdf_engine
            yield work
    finally:
        reader.close()


def _fresh(stored: Stored | None, retry_errors: bool) -> bool:
    if stored is None or stored.parser_version != __version__:
        return False
    return not (retry_errors and stored.status == "error")


def _skip(source: str, sha: str, lookup: Lookup, retry_errors: bool) -> Skipped | None:
    """A Skipped when the store has the document fresh, else None."""
    stored = lookup(source, sha)
    if stored is not None and _fresh(stored, retry_errors):
        return Skipped(source, sha, stored.status)
    return None


def _one(item: Item, reader: ItemReader, lookup: Lookup, limits: Limits, retry_errors: bool,
         ship_all: bool) -> Work:
    if item.refused is not None:
        sha = reader.refused_digest(item)
        if skipped := _skip(item.source, sha, lookup, retry_errors):
            return skipped
        kind, code, message = item.refused
        return error_result(item.source, sha256=sha, size=item.size, kind=kind, code=code,
                            message=message, parser_version=__version__,
                            fmt=_fmt(item.name))
    keep = limits.max_file_size if ship_all else SHIP_LIMIT
    try:
        sha, data = reader.read(item, keep)
    except (LimitError, zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError,
            NotImplementedError) as exc:
        sha = reader.refused_digest(item)
        if skipped := _skip(item.source, sha, lookup, retry_errors):
            return skipped
        if isinstance(exc, LimitError):
            kind, code = "limit", CODE_LIMIT
        elif isinstance(exc, OSError):
            kind, code = "input", CODE_INTERNAL
        else:
            kind, code = "input", "E002"
        return error_result(item.source, sha256=sha, size=item.size, kind=kind, code=code,
                            message=f"cannot read: {exc}", parser_version=__version__,
                            fmt=_fmt(item.name))
    if skipped := _skip(item.source, sha, lookup, retry_errors):
        return skipped
    size = len(data) if data is not None else item.size
    if data is None:
        return Task(item.source, item.name, sha, size, path=item.path, nofollow=item.nofollow)
    return Task(item.source, item.name, sha, size, data=data)


def _fmt(name: str) -> str | None:
    return suffix_format(name)

"""What travels between the planner, the workers and the store: tasks, results, limits.

Everything here is a plain picklable dataclass so that the same objects go through a pipe to
a local worker process or over the network to a dask worker.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from kehoach_parser.loaders.limits import MAX_FILE_SIZE, MAX_MEMBERS, MAX_RATIO

#: Error kinds recorded in ``documents.error_kind``.
ERROR_KINDS = ("parse", "input", "limit", "timeout", "memory", "crash", "internal")

#: Codes used for error rows that do not come from a KehoachError.
CODE_INTERNAL = "E000"  # unexpected exception or a worker crash (see error_kind)
CODE_LIMIT = "E008"  # ResourceLimit: time, memory, size or zip-bomb limits


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-document limits.  Sizes are bytes, times seconds."""

    timeout: float = 120.0
    memory: int = 2 * 1024**3  # RLIMIT_AS of each worker process
    # The size and zip limits are the library's (parse_file/parse_bytes apply the same).
    max_file_size: int = MAX_FILE_SIZE  # larger documents become 'limit' error rows
    # --- zip archives (read in place, never extracted) ---
    max_members: int = MAX_MEMBERS
    max_ratio: float = MAX_RATIO  # uncompressed / compressed, for members above 1 MiB
    max_archive_total: int = 16 * 1024**3  # sum of declared member sizes per archive
    max_zip_depth: int = 2  # a zip inside a zip is read; one deeper is refused
    # --- worker processes ---
    max_tasks_per_worker: int = 500  # recycle a worker process after this many documents

    @property
    def hard_timeout(self) -> float:
        """When the parent kills a worker that did not answer (the soft limit failed)."""
        return self.timeout + max(2.0, 0.1 * self.timeout)


@dataclass(slots=True)
class Task:
    """One document to parse.  Exactly one of ``data`` or ``path`` is set."""

    source: str  # identity in the store: a path, or 'archive.zip!/member'
    name: str  # file name whose suffix picks the format
    sha256: str  # of the bytes the planner read; the worker re-hashes what it parses
    size: int
    data: bytes | None = None
    path: str | None = None  # a big file on disk: the worker reads it itself
    nofollow: bool = False  # open ``path`` with O_NOFOLLOW (found by walking a folder)
    pdf_engine: str | None = None  # "layout" | "fast"; None: the library's default


@dataclass(slots=True)
class Result:
    """A parse outcome, ready to be written as one document row and its child rows."""

    source: str
    sha256: str
    size: int
    parser_version: str
    status: str  # 'ok' | 'error'
    format: str | None = None
    error_code: str | None = None
    error_kind: str | None = None
    error: str | None = None
    #: Values of ``documents`` columns read off the document (see ``rows.document_fields``).
    doc_fields: dict[str, Any] = field(default_factory=dict)
    #: Child table name -> rows (``{column: value}``, without doc_id).
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: zlib-compressed ``Document.model_dump_json()``; None for error rows.
    doc_json: bytes | None = None
    elapsed_ms: float = 0.0
    #: Peak resident memory of the process that parsed it (KiB), 0 if unknown.
    peak_rss_kb: int = 0
    #: Which worker slot parsed it (dask engine: host:pid:thread), for the memory report.
    worker: str = ""
    #: The worker asks to be replaced (after a MemoryError, its heap is suspect).
    recycle: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document already stored with the same sha256 and parser version."""

    source: str
    sha256: str
    status: str = "ok"  # how it is stored: 'ok', or 'error' (an error row of an earlier run)


def error_result(
    task_or_source: Task | str,
    *,
    sha256: str = "",
    size: int = 0,
    kind: str,
    code: str,
    message: str,
    parser_version: str,
    fmt: str | None = None,
    elapsed_ms: float = 0.0,
) -> Result:
    if isinstance(task_or_source, Task):
        source, sha256, size = task_or_source.source, task_or_source.sha256, task_or_source.size
        if fmt is None:
            fmt = suffix_format(task_or_source.name)
    else:
        source = task_or_source
    assert kind in ERROR_KINDS, kind
    return Result(
        source=source, sha256=sha256, size=size, parser_version=parser_version,
        status="error", format=fmt, error_code=code, error_kind=kind, error=message,
        elapsed_ms=elapsed_ms,
    )


_SUFFIX_FORMATS = {
    "txt": "text", "text": "text", "md": "markdown", "markdown": "markdown", "pdf": "pdf",
    "docx": "docx", "doc": "doc", "zip": "zip",
}


def suffix_format(name: str) -> str | None:
    """The format a file's suffix announces, named as loaders name it ('text', 'pdf'...)."""
    suffix = os.path.splitext(name)[1].lower().lstrip(".")
    return _SUFFIX_FORMATS.get(suffix, suffix or None)

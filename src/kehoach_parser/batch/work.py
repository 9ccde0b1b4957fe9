"""The per-document work: bytes in, :class:`~kehoach_parser.batch.tasks.Result` out.

:func:`process_task` is what every engine runs for a document, inside an isolated worker
process (see :mod:`kehoach_parser.batch.sandbox`).  It never raises for a bad document:
a :class:`~kehoach_parser.errors.KehoachError` becomes an error row with its code, any other
exception an error row of kind ``internal``.  Two things are let through on purpose:
:class:`SoftTimeout` (a ``BaseException``, raised by the worker's timer) and ``MemoryError``,
which the worker loop turns into error rows itself because it must also recycle the process.
"""

from __future__ import annotations

import hashlib
import os
import resource
import time

from kehoach_parser.batch.tasks import CODE_INTERNAL, CODE_LIMIT, Result, Task, error_result
from kehoach_parser.version import __version__


class SoftTimeout(BaseException):
    """Raised inside a worker when a document exceeds its time limit.

    A ``BaseException`` so the pipeline's per-stage ``except Exception`` cannot swallow it.
    """


def peak_rss_kb() -> int:
    """Peak resident set size of this process in KiB.

    ``VmHWM`` rather than ``ru_maxrss``: on Linux a child started by fork+exec inherits its
    parent's ``ru_maxrss``, which would report the parent's peak as the worker's.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:  # pragma: no cover - not Linux
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def read_task_bytes(task: Task, max_size: int) -> bytes:
    """The task's bytes: shipped with it, or read from ``task.path``."""
    if task.data is not None:
        return task.data
    assert task.path is not None
    fd = os.open(task.path, os.O_RDONLY | (os.O_NOFOLLOW if task.nofollow else 0))
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(max_size + 1)
    if len(data) > max_size:
        raise _TooBig(len(data))
    return data


class _TooBig(Exception):
    pass


def _sniff(data: bytes, name: str) -> str | None:
    try:
        from kehoach_parser.loaders import sniff_format

        return sniff_format(data, os.path.splitext(name)[1].lower())
    except Exception:  # noqa: BLE001 - the format column is informative only
        return None


def process_task(task: Task, max_file_size: int = 1 << 62) -> Result:
    """Parse one document.  See the module docstring for what is (not) caught."""
    from kehoach_parser.batch.rows import child_rows, compress_document, document_fields
    from kehoach_parser.errors import KehoachError, ResourceLimit
    from kehoach_parser.high_level import parse_bytes
    from kehoach_parser.loaders.limits import FileLimits

    start = time.perf_counter()

    def ms() -> float:
        return round((time.perf_counter() - start) * 1000.0, 3)

    try:
        data = read_task_bytes(task, max_file_size)
    except _TooBig:
        return error_result(task, kind="limit", code=CODE_LIMIT, parser_version=__version__,
                            message=f"file larger than the limit of {max_file_size} bytes")
    except OSError as exc:
        return error_result(task, kind="input", code=CODE_INTERNAL, parser_version=__version__,
                            message=f"cannot read: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    fmt = _sniff(data, task.name)
    try:
        # The library's file limits with the batch's size limit: a DOCX may not unpack to
        # more than a document may weigh (zip bombs inside a document).
        doc = parse_bytes(data, name=task.name, source=task.source,
                          pdf_engine=task.pdf_engine,
                          limits=FileLimits(max_file_size=max_file_size))
        fields = document_fields(doc)
        children = child_rows(doc)
        blob = compress_document(doc)
    except KehoachError as exc:
        kind = "limit" if isinstance(exc, ResourceLimit) else "parse"
        return error_result(task.source, sha256=sha, size=len(data), kind=kind,
                            code=exc.code, message=exc.message, parser_version=__version__,
                            fmt=fmt, elapsed_ms=ms())
    except (MemoryError, SoftTimeout):
        raise
    except RecursionError:
        return error_result(task.source, sha256=sha, size=len(data), kind="limit",
                            code=CODE_LIMIT, message="recursion limit exceeded",
                            parser_version=__version__, fmt=fmt, elapsed_ms=ms())
    except Exception as exc:  # noqa: BLE001 - a bad document must not stop the batch
        return error_result(task.source, sha256=sha, size=len(data), kind="internal",
                            code=CODE_INTERNAL, message=f"{type(exc).__name__}: {exc}",
                            parser_version=__version__, fmt=fmt, elapsed_ms=ms())
    return Result(
        source=task.source, sha256=sha, size=len(data), parser_version=__version__,
        status="ok", format=doc.source_format or fmt, doc_fields=fields,
        children=children, doc_json=blob, elapsed_ms=ms(),
    )

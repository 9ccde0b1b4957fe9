"""The dask engine: the same per-document work, on a ``dask.distributed`` cluster.

Design (see docs/batch.md): **the client writes the store**.  The client plans (reads,
hashes, skips) exactly as the local engine does, submits one dask task per document with a
bounded number in flight, and writes each result as it completes — one writer, one
transaction per document, so resumability and exactly-once hold unchanged.  On each dask
worker, every worker thread keeps its own :class:`~kehoach_parser.batch.sandbox.Sandbox`, so
a document still runs in an isolated process under the same time and memory limits; a dask
worker that dies anyway (its task fails with ``KilledWorker`` or similar) gives an error row
of kind ``crash``.

Documents up to 8 MiB travel with their task; bigger files are read by the dask worker from
the same path (a shared file system), unless ``ship_all`` sends every document's bytes.
"""

from __future__ import annotations

import importlib
import os
import socket
import threading
from collections.abc import Iterator
from typing import Any

from kehoach_parser.batch.planner import Work
from kehoach_parser.batch.runner import BatchError, Sink, Tick
from kehoach_parser.batch.sandbox import DEFAULT_FUNCTION, Sandbox, WorkerStartError
from kehoach_parser.batch.tasks import CODE_INTERNAL, Limits, Result, Task, error_result
from kehoach_parser.version import __version__

_local = threading.local()


def _distributed() -> Any:
    """The ``distributed`` module (untyped, so kept as Any), or a clear error."""
    try:
        return importlib.import_module("distributed")
    except ImportError as exc:  # pragma: no cover - the 'dask' extra
        raise BatchError("the dask engine needs the 'dask' extra: "
                         "pip install 'kehoach-parser[dask]'") from exc


def run_in_sandbox(task: Task, limits: Limits, function: str = DEFAULT_FUNCTION) -> Result:
    """Executed on a dask worker: parse ``task`` in this thread's sandbox process."""
    sandbox: Sandbox | None = getattr(_local, "sandbox", None)
    if sandbox is None or sandbox.limits != limits or sandbox.function != function:
        if sandbox is not None:
            sandbox.close()
        sandbox = Sandbox(limits, function)
        _local.sandbox = sandbox
    result = sandbox.run(task)
    result.worker = f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"
    return result


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: Any, limits: Limits, function: str = DEFAULT_FUNCTION,
                 window: int | None = None) -> None:
        self.scheduler = scheduler
        self.limits = limits
        self.function = function
        self.window = window
        self.workers = 0
        self._peaks: dict[str, int] = {}

    def peak_rss_kb(self) -> list[int]:
        return [self._peaks[k] for k in sorted(self._peaks)]

    def _client(self) -> tuple[Any, bool]:
        dist = _distributed()
        if isinstance(self.scheduler, dist.Client):
            return self.scheduler, False
        try:
            return dist.Client(self.scheduler, timeout="30s"), True
        except OSError as exc:
            raise BatchError(f"cannot reach the dask scheduler at {self.scheduler}: {exc}") \
                from None

    def run(self, work: Iterator[Work], sink: Sink, tick: Tick | None = None,
            tick_every: float = 1.0) -> None:
        client, owned = self._client()
        try:
            threads = sum(client.nthreads().values())
            if threads == 0:
                raise BatchError("the dask cluster has no workers")
            self.workers = threads
            window = self.window or 2 * threads
            pending: dict[Any, Task] = {}
            done = _distributed().as_completed(with_results=False)
            work = iter(work)

            def fill() -> None:
                for w in work:
                    if isinstance(w, Task):
                        fut = client.submit(run_in_sandbox, w, self.limits, self.function,
                                            pure=False, retries=0)
                        pending[fut] = w
                        done.add(fut)
                        if len(pending) >= window:
                            return
                    else:
                        sink(w)

            fill()
            while pending:
                batch = done.next_batch(block=True) if not done.is_empty() else []
                for fut in batch:
                    task = pending.pop(fut)
                    sink(self._outcome(fut, task))
                    fut.release()
                fill()
                if tick is not None:
                    tick()
        finally:
            if owned:
                client.close()

    def _outcome(self, fut: Any, task: Task) -> Result:
        try:
            result: Result = fut.result()
        except WorkerStartError as exc:
            raise BatchError(f"dask worker could not start a parse process: {exc}") from None
        except Exception as exc:  # noqa: BLE001 - a lost dask worker is a crash row
            return error_result(task, kind="crash", code=CODE_INTERNAL,
                                parser_version=__version__,
                                message=f"dask task failed: {type(exc).__name__}: {exc}")
        where = result.worker or "?"
        self._peaks[where] = max(self._peaks.get(where, 0), result.peak_rss_kb)
        return result

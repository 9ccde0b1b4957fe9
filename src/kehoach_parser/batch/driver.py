"""``run_batch``: inputs in, store filled — whatever the engine.

The calling process is the store's only writer: engines hand back results and this module
writes each in its own transaction, then counts it on the progress display.  Interrupting
(Ctrl-C, SIGTERM, or ``kill -9``) loses at most the documents in flight; a rerun skips every
document already stored with the same sha256 and parser version.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Protocol, TextIO

from kehoach_parser.batch.inputs import Item, iter_items
from kehoach_parser.batch.planner import Work, plan
from kehoach_parser.batch.progress import Progress
from kehoach_parser.batch.runner import BatchError, LocalEngine, Sink, Tick
from kehoach_parser.batch.sandbox import DEFAULT_FUNCTION
from kehoach_parser.batch.selection import Selection
from kehoach_parser.batch.store import Store, Stored
from kehoach_parser.batch.tasks import Limits, Result, Skipped
from kehoach_parser.errors import StoreError
from kehoach_parser.version import __version__


class Engine(Protocol):
    name: str

    def run(self, work: Iterator[Work], sink: Sink, tick: Tick | None = None,
            tick_every: float = 1.0) -> None: ...

    def peak_rss_kb(self) -> list[int]: ...


@dataclass(slots=True)
class BatchOptions:
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    limits: Limits = field(default_factory=Limits)
    engine: str = "local"  # 'local' | 'dask'
    scheduler: str | None = None  # dask scheduler address (or a distributed.Client)
    retry_errors: bool = False
    progress: bool = True
    progress_stream: TextIO | None = None
    progress_interval: float = 10.0
    tty: bool | None = None
    function: str = DEFAULT_FUNCTION
    ship_all: bool = False  # dask: send every document's bytes (no shared file system)
    sync: str = "NORMAL"  # SQLite synchronous: NORMAL (safe against process kills) or FULL
    #: Which files of folders and archives are documents (``--include``/``--exclude``).
    selection: Selection = field(default_factory=Selection)
    #: PDF text engine for every PDF ("layout" or "fast"; None: ``$KEHOACH_PDF_ENGINE`` or
    #: "layout"), see ``docs/batch.md`` for which to choose.
    pdf_engine: str | None = None


@dataclass(slots=True)
class BatchSummary:
    store: str
    run_id: int
    engine: str
    workers: int
    total: int = 0
    ok: int = 0
    error: int = 0
    skipped: int = 0
    #: Of the skipped documents, those stored as error rows by an earlier run.
    skipped_error: int = 0
    elapsed: float = 0.0
    status: str = "running"
    peak_rss_kb: list[int] = field(default_factory=list)
    error_kinds: dict[str, int] = field(default_factory=dict)
    #: Files of the inputs that the selection left out (not documents).
    left_out: int = 0

    @property
    def parsed(self) -> int:
        return self.ok + self.error

    @property
    def all_ok(self) -> bool:
        """Every document of the inputs is stored as parsed: no error row, of this run or
        of an earlier one that this run skipped."""
        return self.status == "finished" and self.error == 0 and self.skipped_error == 0

    @property
    def rate(self) -> float:
        return self.parsed / self.elapsed if self.elapsed > 0 else 0.0

    def text(self) -> str:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.error_kinds.items()))
        peak = ", ".join(f"{kb / 1024:.0f}" for kb in self.peak_rss_kb) or "-"
        return (
            f"{self.status}: {self.total} documents: {self.ok} ok, {self.error} error"
            + (f" ({kinds})" if kinds else "")
            + f", {self.skipped} skipped (already stored"
            + (f"; {self.skipped_error} of them as error rows" if self.skipped_error else "")
            + f") in {self.elapsed:.1f} s "
            f"({self.rate:.1f} docs/s, {self.engine} engine, {self.workers} workers, "
            f"peak worker memory MiB: {peak}) -> {self.store}"
            + (f"\n{self.left_out} other file(s) of the inputs left out by --include/--exclude"
               if self.left_out else "")
        )


class _Terminated(Exception):
    pass


def _on_term(signum: int, frame: FrameType | None) -> None:
    raise _Terminated()


def make_engine(options: BatchOptions) -> Engine:
    if options.engine == "local":
        return LocalEngine(options.workers, options.limits, options.function)
    if options.engine == "dask":
        from kehoach_parser.batch.dask_engine import DaskEngine

        if options.scheduler is None:
            raise BatchError("the dask engine needs --scheduler ADDRESS")
        return DaskEngine(options.scheduler, options.limits, options.function)
    raise BatchError(f"unknown engine '{options.engine}' (local, dask)")


def run_batch(inputs: Sequence[str | Path], store_path: str | Path,
              options: BatchOptions | None = None) -> BatchSummary:
    """Parse every document under ``inputs`` into the store at ``store_path``."""
    opts = options or BatchOptions()
    engine = make_engine(opts)
    store = Store(store_path, sync=opts.sync)
    reader: Store | None = None
    try:
        store.lock()
        left_out: list[str] = []
        items: list[Item] = list(iter_items(inputs, opts.limits, opts.selection, left_out))
        reader = Store(store_path, readonly=True)
        workers = getattr(engine, "workers", opts.workers)
        run_id = store.begin_run(parser_version=__version__, engine=engine.name,
                                 workers=workers, inputs=[os.fspath(i) for i in inputs])
        summary = BatchSummary(store=str(store_path), run_id=run_id, engine=engine.name,
                               workers=workers, total=len(items), left_out=len(left_out))
        progress = Progress(len(items), stream=opts.progress_stream, tty=opts.tty,
                            interval=opts.progress_interval, enabled=opts.progress)
        seen: set[tuple[str, str]] = set()
        lookup_store = reader

        def lookup(source: str, sha: str) -> Stored | None:
            if (source, sha) in seen:  # the same document twice in one run
                return _SEEN
            seen.add((source, sha))
            return lookup_store.lookup(source, sha)

        def sink(out: Result | Skipped) -> None:
            if isinstance(out, Skipped):
                summary.skipped += 1
                summary.skipped_error += out.status == "error"
                progress.add("skipped")
                return
            store.write(out, run_id)
            if out.status == "ok":
                summary.ok += 1
            else:
                summary.error += 1
                kind = out.error_kind or "error"
                summary.error_kinds[kind] = summary.error_kinds.get(kind, 0) + 1
            progress.add(out.status)

        work = plan(items, lookup, opts.limits, retry_errors=opts.retry_errors,
                    ship_all=opts.ship_all, pdf_engine=opts.pdf_engine)
        started = time.monotonic()
        old_term = None
        if threading.current_thread() is threading.main_thread():
            old_term = signal.signal(signal.SIGTERM, _on_term)
        try:
            engine.run(work, sink, tick=progress.maybe_draw)
            summary.status = "finished"
        except (KeyboardInterrupt, _Terminated):
            summary.status = "interrupted"
        finally:
            if old_term is not None:
                signal.signal(signal.SIGTERM, old_term)
            summary.elapsed = time.monotonic() - started
            summary.peak_rss_kb = engine.peak_rss_kb()
            summary.workers = getattr(engine, "workers", workers) or workers
            progress.finish()
            try:
                store.end_run(run_id, status=summary.status if summary.status != "running"
                              else "failed", n_ok=summary.ok, n_error=summary.error,
                              n_skipped=summary.skipped, workers=summary.workers)
            except StoreError:
                # The run failed already (e.g. the disk is full): that error is the one to
                # report, not a second failure to note it.
                if summary.status != "running":
                    raise
        return summary
    finally:
        if reader is not None:
            reader.close()
        store.close()


#: What a document seen earlier in the same run looks up as: fresh, so it is skipped.
_SEEN = Stored(parser_version=__version__, status="ok")

__all__ = ["BatchError", "BatchOptions", "BatchSummary", "run_batch"]

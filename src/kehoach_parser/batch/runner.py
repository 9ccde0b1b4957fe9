"""The local engine: a pool of isolated worker processes on this machine.

Threads in the parent do the plumbing, processes do the parsing:

* a *planner* thread reads and hashes documents (:func:`~kehoach_parser.batch.planner.plan`)
  and puts tasks on a bounded queue (so memory does not grow with the archive);
* one *driver* thread per worker feeds its :class:`~kehoach_parser.batch.sandbox.Sandbox`
  (a worker process with time and memory limits, replaced when it dies or hangs);
* the calling thread receives every outcome and hands it to ``sink`` — in ``run_batch``
  that writes the store, so the store has a single writer.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from kehoach_parser.batch.planner import Work
from kehoach_parser.batch.sandbox import DEFAULT_FUNCTION, Sandbox, WorkerStartError
from kehoach_parser.batch.tasks import CODE_INTERNAL, Limits, Result, Skipped, Task, error_result
from kehoach_parser.errors import KehoachError
from kehoach_parser.version import __version__

Sink = Callable[[Result | Skipped], None]
Tick = Callable[[], None]


class BatchError(KehoachError):
    """The batch itself cannot go on (workers cannot start, an engine is unreachable)."""

    code = "E000"


_DONE = object()


class LocalEngine:
    name = "local"

    def __init__(self, workers: int, limits: Limits, function: str = DEFAULT_FUNCTION) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.limits = limits
        self.function = function
        self.sandboxes = [Sandbox(limits, function) for _ in range(workers)]
        self._stop = threading.Event()

    def peak_rss_kb(self) -> list[int]:
        return [s.peak_rss_kb for s in self.sandboxes]

    def run(self, work: Iterator[Work], sink: Sink, tick: Tick | None = None,
            tick_every: float = 1.0) -> None:
        """Process every piece of ``work``; ``sink`` is called in this thread."""
        tasks: queue.Queue[Task | None] = queue.Queue(maxsize=self.workers)
        outcomes: queue.Queue[Any] = queue.Queue()
        threads = [threading.Thread(target=self._plan, args=(work, tasks, outcomes),
                                    name="kehoach-planner", daemon=True)]
        threads += [
            threading.Thread(target=self._drive, args=(sb, tasks, outcomes),
                             name=f"kehoach-worker-{i}", daemon=True)
            for i, sb in enumerate(self.sandboxes)
        ]
        for t in threads:
            t.start()
        running = len(threads)
        try:
            while running:
                try:
                    out = outcomes.get(timeout=tick_every)
                except queue.Empty:
                    if tick is not None:
                        tick()
                    continue
                if out is _DONE:
                    running -= 1
                elif isinstance(out, BaseException):
                    raise out
                else:
                    sink(out)
        finally:
            self._stop.set()
            self._drain(tasks)
            interrupted = running > 0
            for sb in self.sandboxes:
                if interrupted:
                    sb.kill()
                else:
                    sb.close()
            for t in threads:
                t.join(timeout=10)
            self._stop.clear()

    @staticmethod
    def _drain(tasks: queue.Queue[Task | None]) -> None:
        try:
            while True:
                tasks.get_nowait()
        except queue.Empty:
            pass

    def _put(self, tasks: queue.Queue[Task | None], task: Task | None) -> bool:
        while not self._stop.is_set():
            try:
                tasks.put(task, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def _plan(self, work: Iterator[Work], tasks: queue.Queue[Task | None],
              outcomes: queue.Queue[Any]) -> None:
        try:
            for w in work:
                if self._stop.is_set():
                    return
                if isinstance(w, Task):
                    if not self._put(tasks, w):
                        return
                else:
                    outcomes.put(w)
        except BaseException as exc:  # noqa: BLE001 - surfaced in the calling thread
            outcomes.put(exc)
        finally:
            for _ in self.sandboxes:
                self._put(tasks, None)
            outcomes.put(_DONE)

    def _drive(self, sandbox: Sandbox, tasks: queue.Queue[Task | None],
               outcomes: queue.Queue[Any]) -> None:
        try:
            while not self._stop.is_set():
                try:
                    task = tasks.get(timeout=0.2)
                except queue.Empty:
                    continue
                if task is None:
                    return
                try:
                    result = sandbox.run(task)
                except WorkerStartError as exc:
                    outcomes.put(BatchError(str(exc)))
                    return
                except Exception as exc:  # noqa: BLE001 - keep the batch going
                    result = error_result(task, kind="internal", code=CODE_INTERNAL,
                                          parser_version=__version__,
                                          message=f"{type(exc).__name__}: {exc}")
                if self._stop.is_set():
                    return  # interrupted: an outcome of killing the worker is not a result
                outcomes.put(result)
        finally:
            outcomes.put(_DONE)

"""One isolated worker process, driven from the parent: run a task, get a result, always.

:meth:`Sandbox.run` returns a :class:`~kehoach_parser.batch.tasks.Result` whatever happens to
the worker: a document that hangs past the hard deadline gets its worker killed (error row of
kind ``timeout``), a worker that dies (segfault, abort, out-of-memory kill) gives an error row
of kind ``crash``, and the next task starts a fresh worker.  Only a worker that cannot *start*
raises (:class:`WorkerStartError`): that is a broken installation, not a bad document.

Workers are plain ``subprocess`` children (``python -m kehoach_parser.batch.worker``), so a
sandbox also works inside daemonic processes such as dask workers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Self

from kehoach_parser.batch.protocol import ChannelClosed, ChannelTimeout, read_frame, write_frame
from kehoach_parser.batch.tasks import CODE_INTERNAL, CODE_LIMIT, Limits, Result, Task, error_result
from kehoach_parser.version import __version__

DEFAULT_FUNCTION = "kehoach_parser.batch.work:process_task"
START_TIMEOUT = 120.0


class WorkerStartError(RuntimeError):
    """A worker process could not start (import failure, memory limit below its size...)."""


def _child_env() -> dict[str, str]:
    """The parent's environment, with its import path so the child imports the same code."""
    env = dict(os.environ)
    here = str(Path(__file__).resolve().parents[2])  # the directory holding kehoach_parser
    paths = [here] + [p or os.getcwd() for p in sys.path if p != here]
    seen: list[str] = []
    for p in paths:
        if p not in seen and os.path.isdir(p):
            seen.append(p)
    env["PYTHONPATH"] = os.pathsep.join(seen)
    return env


class Sandbox:
    """A lazily (re)started worker process with per-task limits."""

    def __init__(self, limits: Limits, function: str = DEFAULT_FUNCTION, *,
                 warm_up: bool = True) -> None:
        self.limits = limits
        self.function = function
        self.warm_up = warm_up
        self._proc: subprocess.Popen[bytes] | None = None
        self._err_fd: int | None = None
        self._tasks_in_proc = 0
        #: Largest peak RSS (KiB) any process of this sandbox reported.
        self.peak_rss_kb = 0
        self.starts = 0
        self.vm_kb_at_start = 0

    # --- life cycle -----------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> None:
        self.close()
        # The worker's stderr: an unlinked temporary file, opened for appending so it can be
        # truncated before each task and its tail quoted when the worker dies.
        fd, err_path = tempfile.mkstemp(prefix="kehoach-worker-", suffix=".err")
        os.close(fd)
        self._err_fd = os.open(err_path, os.O_RDWR | os.O_APPEND)
        os.unlink(err_path)
        proc = subprocess.Popen(
            [sys.executable, "-m", "kehoach_parser.batch.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err_fd,
            env=_child_env(), close_fds=True, start_new_session=True, bufsize=0,
        )
        self._proc = proc
        self.starts += 1
        self._tasks_in_proc = 0
        assert proc.stdin is not None and proc.stdout is not None
        try:
            write_frame(proc.stdin.fileno(), {"limits": self.limits, "function": self.function,
                                              "warm_up": self.warm_up})
            msg = read_frame(proc.stdout.fileno(), time.monotonic() + START_TIMEOUT)
        except (ChannelClosed, ChannelTimeout) as exc:
            tail = self._stderr_tail()
            self._kill()
            raise WorkerStartError(
                f"worker process failed to start: {tail or 'no output'}") from exc
        if msg[0] != "ready":
            self._kill()
            raise WorkerStartError(str(msg[1]))
        self.vm_kb_at_start = int(msg[1].get("vm_kb", 0))

    def close(self) -> None:
        """Stop the worker (politely: end of input), killing it if it does not exit."""
        proc = self._proc
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self._kill()

    def kill(self) -> None:
        """Kill the worker now (used on interrupt; a task in flight returns a crash result)."""
        self._kill()

    def _kill(self) -> None:
        proc = self._proc
        if proc is not None:
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    proc.kill()
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                try:
                    if stream is not None:
                        stream.close()
                except OSError:
                    pass
        self._proc = None
        if self._err_fd is not None:
            os.close(self._err_fd)
            self._err_fd = None

    def _stderr_tail(self, limit: int = 600) -> str:
        if self._err_fd is None:
            return ""
        size = os.lseek(self._err_fd, 0, os.SEEK_END)
        data = os.pread(self._err_fd, limit, max(0, size - limit))
        return data.decode("utf-8", "replace").strip().replace("\n", " | ")

    # --- work -----------------------------------------------------------------------------
    def _send(self, task: Task) -> int | None:
        """Hand ``task`` to a live worker; the fd to read its answer from, or None."""
        for _attempt in (1, 2):
            if self._proc is None or self._proc.poll() is not None:
                self.start()
            proc = self._proc
            assert proc is not None and proc.stdin is not None and proc.stdout is not None
            if self._err_fd is not None:
                os.ftruncate(self._err_fd, 0)
            try:
                write_frame(proc.stdin.fileno(), ("task", task))
            except ChannelClosed:
                self._kill()  # the idle worker had died: start another one, once
                continue
            return proc.stdout.fileno()
        return None

    def run(self, task: Task) -> Result:
        """Parse ``task`` in the worker; always returns a result (see module docstring)."""
        fd = self._send(task)
        if fd is None:
            return self._crash_result(task, "worker exited before taking the document")
        started = time.monotonic()
        try:
            msg = read_frame(fd, started + self.limits.hard_timeout)
        except ChannelTimeout:
            self._kill()
            return error_result(
                task, kind="timeout", code=CODE_LIMIT, parser_version=__version__,
                elapsed_ms=(time.monotonic() - started) * 1000.0,
                message=f"time limit of {self.limits.timeout:g} s exceeded; worker killed",
            )
        except ChannelClosed:
            return self._crash_result(task, "", started)
        result: Result = msg[1]
        self.peak_rss_kb = max(self.peak_rss_kb, result.peak_rss_kb)
        self._tasks_in_proc += 1
        if result.recycle:
            self._kill()
        elif self._tasks_in_proc >= self.limits.max_tasks_per_worker:
            self.close()
        return result

    def _crash_result(self, task: Task, why: str, started: float | None = None) -> Result:
        proc = self._proc
        code = None
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = proc.wait(timeout=5)
        tail = self._stderr_tail()
        self._kill()
        if code is not None and code < 0:
            try:
                how = f"killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"killed by signal {-code}"
        elif code is not None:
            how = f"exited with status {code}"
        else:
            how = "stopped answering"
        message = why or f"worker process {how} while parsing"
        if tail:
            message += f"; stderr: {tail}"
        elapsed = (time.monotonic() - started) * 1000.0 if started is not None else 0.0
        return error_result(task, kind="crash", code=CODE_INTERNAL, parser_version=__version__,
                            message=message, elapsed_ms=elapsed)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

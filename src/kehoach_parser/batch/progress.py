"""Progress display: a ``\\r``-redrawn bar on a terminal, plain periodic lines otherwise."""

from __future__ import annotations

import sys
import time
from collections import deque
from collections.abc import Callable
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    """Counts documents as they finish and shows counts, rate and ETA.

    ``tty`` None: decided from the stream.  On a terminal the bar is redrawn at most
    ``redraw`` times a second; elsewhere a line is printed every ``interval`` seconds.
    """

    def __init__(self, total: int, *, stream: TextIO | None = None, tty: bool | None = None,
                 interval: float = 10.0, redraw: float = 8.0, enabled: bool = True,
                 clock: Callable[[], float] | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = interval
        self.min_gap = 1.0 / redraw
        self.enabled = enabled
        self._clock = clock or time.monotonic
        self.ok = self.error = self.skipped = 0
        self.start = self._clock()
        self._last_draw = float("-inf")
        self._window: deque[tuple[float, int]] = deque()  # (time, parsed count)

    @property
    def done(self) -> int:
        return self.ok + self.error + self.skipped

    def add(self, status: str) -> None:
        if status == "ok":
            self.ok += 1
        elif status == "error":
            self.error += 1
        else:
            self.skipped += 1
        now = self._clock()
        if status != "skipped":
            self._window.append((now, self.ok + self.error))
            while len(self._window) > 2 and now - self._window[0][0] > 30.0:
                self._window.popleft()
        self.maybe_draw(now)

    def rate(self, now: float | None = None) -> float:
        """Parsed documents per second over the last ~30 s (skips excluded)."""
        now = self._clock() if now is None else now
        if not self._window:
            return 0.0
        t0, n0 = self._window[0]
        n1 = self.ok + self.error
        if len(self._window) == 1 or now - t0 <= 0:
            elapsed = now - self.start
            return n1 / elapsed if elapsed > 0 else 0.0
        return (n1 - n0) / (now - t0)

    def line(self, now: float | None = None) -> str:
        now = self._clock() if now is None else now
        rate = self.rate(now)
        left = self.total - self.done
        eta = _clock(left / rate) if rate > 0 and left > 0 else ("0:00" if left <= 0 else "?")
        pct = 100.0 * self.done / self.total if self.total else 100.0
        counts = (f"{self.done}/{self.total} ({pct:.0f}%) ok {self.ok} error {self.error} "
                  f"skipped {self.skipped}")
        tail = f"{rate:.1f} docs/s, elapsed {_clock(now - self.start)}, ETA {eta}"
        if self.tty:
            width = 24
            filled = int(width * self.done / self.total) if self.total else width
            return f"[{'#' * filled}{'.' * (width - filled)}] {counts} | {tail}"
        return f"batch: {counts}; {tail}"

    def maybe_draw(self, now: float | None = None, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = self._clock() if now is None else now
        gap = self.min_gap if self.tty else self.interval
        if not force and now - self._last_draw < gap:
            return
        self._last_draw = now
        if self.tty:
            self.stream.write("\r" + self.line(now) + "\x1b[K")
        else:
            self.stream.write(self.line(now) + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if not self.enabled:
            return
        self.maybe_draw(force=True)
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()

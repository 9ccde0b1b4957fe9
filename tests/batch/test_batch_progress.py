"""Progress: a redrawn bar on a terminal, periodic plain lines elsewhere."""

from __future__ import annotations

import io

from kehoach_parser.batch.progress import Progress


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_terminal_bar_redraws_in_place_with_rate_and_eta() -> None:
    out, clock = io.StringIO(), Clock()
    p = Progress(10, stream=out, tty=True, clock=clock)
    for _ in range(4):
        clock.t += 0.5
        p.add("ok")
    p.add("error")
    clock.t += 0.5
    p.add("skipped")
    p.finish()
    text = out.getvalue()
    assert "\n" not in text.rstrip("\n") and text.count("\r") >= 4
    last = text.rsplit("\r", 1)[1]
    assert "6/10 (60%) ok 4 error 1 skipped 1" in last
    assert "docs/s" in last and "ETA 0:0" in last and last.startswith("[##############")


def test_plain_lines_are_periodic() -> None:
    out, clock = io.StringIO(), Clock()
    p = Progress(100, stream=out, tty=False, interval=10.0, clock=clock)
    for _ in range(50):  # 50 documents over 25 s: first line, then one per 10 s
        clock.t += 0.5
        p.add("ok")
    p.finish()
    lines = out.getvalue().splitlines()
    assert len(lines) == 4  # t=0.5, 10.5, 20.5, and the final line
    assert all(line.startswith("batch: ") and "\r" not in line for line in lines)
    assert lines[-1].startswith("batch: 50/100 (50%) ok 50 error 0 skipped 0; 2.0 docs/s")
    assert "ETA 0:25" in lines[-1]


def test_disabled_progress_prints_nothing() -> None:
    out = io.StringIO()
    p = Progress(3, stream=out, enabled=False)
    p.add("ok")
    p.finish()
    assert out.getvalue() == ""

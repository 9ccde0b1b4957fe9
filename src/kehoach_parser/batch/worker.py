"""Entry point of a worker process: ``python -m kehoach_parser.batch.worker``.

Started by :class:`~kehoach_parser.batch.sandbox.Sandbox`.  It reads a config frame, imports
the work function, caps its own address space (``RLIMIT_AS``), says ``ready`` and then
answers one result frame per task frame.  Each task runs under a soft timer that raises
:class:`~kehoach_parser.batch.work.SoftTimeout`; a task that ignores it (stuck in C code) is
killed by the parent at the hard deadline.  The worker dies with its parent (``PR_SET_PDEATHSIG``)
and exits on end of input.
"""

from __future__ import annotations

import ctypes
import importlib
import os
import resource
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from kehoach_parser.batch.protocol import ChannelClosed, read_frame, write_frame
from kehoach_parser.batch.tasks import CODE_INTERNAL, CODE_LIMIT, Limits, Result, Task, error_result
from kehoach_parser.batch.work import SoftTimeout, peak_rss_kb

WorkFn = Callable[[Task, int], Result]

_armed = False


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _armed:
        raise SoftTimeout()


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() == 1:  # parent already gone before prctl took effect
        os._exit(0)


def load_function(spec: str) -> WorkFn:
    module_name, _, attr = spec.partition(":")
    fn: WorkFn = getattr(importlib.import_module(module_name), attr)
    return fn


def _vm_kb() -> int:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1])
    except OSError:  # pragma: no cover
        pass
    return 0


#: A small plan whose parse loads what the parser loads lazily (e.g. the word segmenter), so
#: the first real document of each worker is not charged for it against its time limit.
WARM_UP_TEXT = """ỦY BAN NHÂN DÂN XÃ TÂN LẬP
KẾ HOẠCH
Phát triển kinh tế - xã hội năm 2026
I. MỤC ĐÍCH, YÊU CẦU
II. CHỈ TIÊU
1. Tổng thu ngân sách đạt 12,5 tỷ đồng; tỷ lệ hộ nghèo còn dưới 2%.
2. Giảm 50 hộ nghèo; có thêm 12 xuồng cứu hộ và 7 mái ấm tình thương.
III. TỔ CHỨC THỰC HIỆN
Báo cáo trước ngày 15/12/2026 theo Kế hoạch số 02/KH-UBND ngày 05/01/2026.
Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn A
"""


def warm_up() -> None:
    """Parse :data:`WARM_UP_TEXT` once; a failure here is not the worker's business."""
    try:
        from kehoach_parser.high_level import parse

        parse(WARM_UP_TEXT)
    except Exception:  # noqa: BLE001 - real documents will report real errors
        pass


def run_one(fn: WorkFn, task: Task, limits: Limits) -> Result:
    """Run ``fn`` on ``task`` under the soft timer; never raises for the task's sake."""
    from kehoach_parser.version import __version__

    global _armed
    signal.setitimer(signal.ITIMER_REAL, limits.timeout)
    _armed = True
    try:
        result = fn(task, limits.max_file_size)
        _armed = False
    except SoftTimeout:
        _armed = False
        result = error_result(task, kind="timeout", code=CODE_LIMIT, parser_version=__version__,
                              message=f"time limit of {limits.timeout:g} s exceeded")
    except MemoryError:
        _armed = False
        result = error_result(task, kind="memory", code=CODE_LIMIT, parser_version=__version__,
                              message=f"memory limit of {limits.memory // 2**20} MiB exceeded")
        result.recycle = True
    except Exception as exc:  # noqa: BLE001 - a work function that raised
        _armed = False
        result = error_result(task, kind="internal", code=CODE_INTERNAL,
                              parser_version=__version__,
                              message=f"{type(exc).__name__}: {exc}")
    finally:
        _armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
    return result


def main() -> int:
    _die_with_parent()
    # The protocol owns the original stdin/stdout; stray prints go to stderr.
    fd_in = os.dup(0)
    fd_out = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    try:
        config: dict[str, Any] = read_frame(fd_in)
    except ChannelClosed:
        return 0
    limits: Limits = config["limits"]
    try:
        fn = load_function(config["function"])
        from kehoach_parser.version import __version__
    except BaseException as exc:  # noqa: BLE001 - report and stop
        why = f"cannot load {config['function']}: {type(exc).__name__}: {exc}"
        write_frame(fd_out, ("fail", why))
        return 1
    if config.get("warm_up", True):
        warm_up()
    vm_kb = _vm_kb()
    if limits.memory and limits.memory // 1024 <= vm_kb:
        why = (f"memory limit {limits.memory // 2**20} MiB is below the worker's own size "
               f"({vm_kb // 1024} MiB)")
        write_frame(fd_out, ("fail", why))
        return 1
    if limits.memory:
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory, limits.memory))
    signal.signal(signal.SIGALRM, _on_alarm)
    write_frame(fd_out, ("ready", {"pid": os.getpid(), "vm_kb": vm_kb}))
    while True:
        try:
            msg = read_frame(fd_in)
        except ChannelClosed:
            return 0
        if msg[0] != "task":
            return 0
        result = run_one(fn, msg[1], limits)
        result.peak_rss_kb = peak_rss_kb()
        try:
            write_frame(fd_out, ("result", result))
        except ChannelClosed:
            return 0
        except MemoryError:
            from kehoach_parser.version import __version__

            small = error_result(msg[1], kind="memory", code=CODE_LIMIT,
                                 parser_version=__version__,
                                 message="memory limit exceeded while sending the result")
            small.recycle = True
            write_frame(fd_out, ("result", small))
        if result.recycle:
            return 0


if __name__ == "__main__":
    sys.exit(main())

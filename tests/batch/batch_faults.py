"""A work function that misbehaves on request, to test isolation (used by worker processes).

The first word of a document's file name picks the failure; other documents are parsed
normally by the real :func:`kehoach_parser.batch.work.process_task`.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from kehoach_parser.batch.tasks import Result, Task
from kehoach_parser.batch.work import process_task

SPEC = "batch_faults:work"
#: Environment variable naming the folder where a "held" document marks that it started.
HELD_MARKS = "BATCH_FAULTS_HELD_MARKS"


def work(task: Task, max_file_size: int) -> Result:
    kind = task.name.split("-", 1)[0]
    if kind == "hang":  # sleeps in Python: the soft timer interrupts it
        time.sleep(3600)
    elif kind == "stuck":  # ignores the soft timer: only the parent's kill ends it
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    elif kind == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif kind == "exit":
        os._exit(7)
    elif kind == "hog":  # far beyond any memory limit used in the tests
        hog = bytearray(16 * 1024**3)
        hog[0] = 1
    elif kind == "held":  # in flight until the batch is stopped; says when it started
        (Path(os.environ[HELD_MARKS]) / task.name).touch()
        while True:
            time.sleep(0.05)
    elif kind == "raise":
        raise ValueError("work function failed")
    elif kind == "pid":  # report which process parsed it
        result = process_task(task, max_file_size)
        result.error = str(os.getpid())
        return result
    return process_task(task, max_file_size)

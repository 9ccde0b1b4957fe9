"""Resumable and exact: skips, re-parses on a new parser version, survives kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
import pytest
from batch_helpers import ROOT, plan_text, rows

from kehoach_parser.batch import BatchOptions, Store, run_batch

Make = Callable[..., list[Path]]


def _opts(**kw: object) -> BatchOptions:
    return BatchOptions(workers=2, progress=False, **kw)  # type: ignore[arg-type]


def test_rerun_skips_everything_already_stored(tmp_path: Path, make_plans: Make) -> None:
    make_plans(tmp_path / "in", 12)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    store = tmp_path / "s.sqlite"
    first = run_batch([tmp_path / "in"], store, _opts())
    assert (first.ok, first.error, first.skipped) == (12, 1, 0)
    before = Store(store, readonly=True).canonical_content()
    second = run_batch([tmp_path / "in"], store, _opts())
    assert (second.ok, second.error, second.skipped) == (0, 0, 13)
    assert Store(store, readonly=True).canonical_content() == before
    assert rows(store, "SELECT status, n_ok, n_error, n_skipped FROM runs ORDER BY id") == [
        ("finished", 12, 1, 0), ("finished", 0, 0, 13)]
    # --retry-errors parses the error rows again (and only them).
    third = run_batch([tmp_path / "in"], store, _opts(retry_errors=True))
    assert (third.ok, third.error, third.skipped) == (0, 1, 12)
    assert rows(store, "SELECT count(*) FROM documents") == [(13,)]


def test_older_parser_version_is_parsed_again(tmp_path: Path, make_plans: Make) -> None:
    make_plans(tmp_path / "in", 10)
    store = tmp_path / "s.sqlite"
    run_batch([tmp_path / "in"], store, _opts())
    before = Store(store, readonly=True).canonical_content()
    conn = sqlite3.connect(store)
    conn.execute("UPDATE documents SET parser_version='0.0.0-old' WHERE id % 2 = 0")
    conn.commit()
    old_ids = {r[0] for r in conn.execute("SELECT id FROM documents WHERE id % 2 = 0")}
    conn.close()
    again = run_batch([tmp_path / "in"], store, _opts())
    assert (again.ok, again.skipped) == (5, 5)
    assert Store(store, readonly=True).canonical_content() == before  # replaced, not added
    ids = {r[0] for r in rows(store, "SELECT id FROM documents")}
    assert not (old_ids & ids)


def test_changed_and_duplicated_inputs(tmp_path: Path, make_plans: Make) -> None:
    (path,) = make_plans(tmp_path / "in", 1)
    store = tmp_path / "s.sqlite"
    twice = run_batch([tmp_path / "in", path], store, _opts())
    assert (twice.total, twice.ok, twice.skipped) == (2, 1, 1)
    path.write_bytes(plan_text(7))
    changed = run_batch([tmp_path / "in"], store, _opts())
    assert changed.ok == 1
    # A document is (source, sha256): the new content is a second document of that path.
    assert len(rows(store, "SELECT sha256 FROM documents WHERE source=?", str(path))) == 2


def _count(store: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _start(inbox: Path, store: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with open(f"{store}.stderr", "ab") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "kehoach_parser.cli.main", "batch", str(inbox), "--store",
             str(store), "--workers", "2", "--no-progress"],
            env=env, stdout=subprocess.DEVNULL, stderr=err,
        )


def _stderr(store: Path) -> str:
    return Path(f"{store}.stderr").read_text(errors="replace")


#: The command line with the fault-injecting work function of batch_faults: the same
#: argument parsing, signal handling, store and exit code as ``kehoach batch``.
_CLI_WITH_FAULTS = (
    "import functools, sys\n"
    f"sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
    "import kehoach_parser.batch as batch\n"
    "batch.BatchOptions = functools.partial(batch.BatchOptions, function='batch_faults:work')\n"
    "from kehoach_parser.cli.main import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_stops_cleanly_and_marks_the_run(tmp_path: Path, sig: signal.Signals) -> None:
    # Deterministic: 4 documents parse, then each worker takes a "held" document that stays
    # in flight until the batch is stopped.  The signal is sent once the 4 are stored and
    # both workers have said that their held document started, so the interrupt always
    # finds the same state (4 stored, 2 in flight, the rest queued), however loaded the
    # machine is; the waits bound only how long reaching that state may take.
    inbox, marks = tmp_path / "in", tmp_path / "held"
    inbox.mkdir()
    marks.mkdir()
    for i in range(4):
        (inbox / f"doc-{i:04d}.txt").write_bytes(plan_text(i))
    for i in range(4, 60):
        (inbox / f"held-{i:04d}.txt").write_bytes(plan_text(i))
    store = tmp_path / "s.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), BATCH_FAULTS_HELD_MARKS=str(marks))
    with open(f"{store}.stderr", "ab") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", _CLI_WITH_FAULTS, "batch", str(inbox), "--store", str(store),
             "--workers", "2", "--no-progress"],
            env=env, stdout=subprocess.DEVNULL, stderr=err)
    deadline = time.monotonic() + 300
    while (_count(store) < 4 or len(list(marks.iterdir())) < 2) \
            and time.monotonic() < deadline:
        assert proc.poll() is None, _stderr(store)
        time.sleep(0.02)
    assert _count(store) == 4 and len(list(marks.iterdir())) == 2, _stderr(store)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert len(workers) >= 2
    proc.send_signal(sig)
    assert proc.wait(timeout=120) == 130, _stderr(store)
    _gone, alive = psutil.wait_procs(workers, timeout=30)
    assert alive == []
    assert rows(store, "SELECT status FROM runs") == [("interrupted",)]
    assert _count(store) == 4  # the held documents in flight are not stored
    # Nothing half-written: every stored document has its JSON.
    assert rows(store, "SELECT count(*) FROM documents d LEFT JOIN document_json j "
                       "ON j.doc_id = d.id WHERE j.doc_id IS NULL") == [(0,)]


def test_kill_9_then_rerun_loses_and_duplicates_nothing(tmp_path: Path, make_plans: Make) -> None:
    inbox = tmp_path / "in"
    n = 60
    make_plans(inbox / "a", n // 2)
    make_plans(inbox / "b", n // 2, start=n // 2)
    (inbox / "b" / "empty.txt").write_bytes(b"")
    store = tmp_path / "killed.sqlite"
    proc = _start(inbox, store)
    deadline = time.monotonic() + 60
    while _count(store) < 0.4 * n and time.monotonic() < deadline:
        assert proc.poll() is None, _stderr(store)
        time.sleep(0.02)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers, "the batch runs worker processes"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _gone, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == [], "workers die with the batch"
    stored = _count(store)
    assert 0.4 * n <= stored < n + 1  # it really was interrupted in the middle
    proc = _start(inbox, store)
    assert proc.wait(timeout=120) == 1, _stderr(store)  # 1: empty.txt is an error row
    clean = tmp_path / "clean.sqlite"
    run_batch([inbox], clean, _opts())
    got = Store(store, readonly=True).canonical_content()
    want = Store(clean, readonly=True).canonical_content()
    assert len(got["documents"]) == n + 1
    assert len({(d[0], d[1]) for d in got["documents"]}) == n + 1
    assert got == want
    # The killed run never finished; the rerun skipped exactly what had been stored.
    assert rows(store, "SELECT status, n_skipped, n_ok + n_error FROM runs ORDER BY id") == [
        ("running", 0, 0), ("finished", stored, n + 1 - stored)]

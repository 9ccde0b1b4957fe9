"""The batch, export and indicators sub-commands."""

from __future__ import annotations

import csv
import ctypes
import io
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_parser.batch.rows import child_rows, compress_document, document_fields
from kehoach_parser.batch.store import Store
from kehoach_parser.batch.tasks import Result
from kehoach_parser.cli.batch_cmd import display_source
from kehoach_parser.cli.main import build_parser, main
from kehoach_parser.document import Document, Indicator
from kehoach_parser.version import __version__

ROOT = Path(__file__).resolve().parents[2]


def _doc(issuer: str, indicators: list[tuple[str, str, float, str, int]]) -> Document:
    text = " ".join(name for name, *_ in indicators) or "x"
    return Document(
        issuer=issuer, text=text, parser_version=__version__,
        indicators=[Indicator(name=n, comparator=c, value=v, unit=u, year=y, text=n,
                              span=(0, len(n))) for n, c, v, u, y in indicators],
    )


@pytest.fixture
def store_with_indicators(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    docs = {
        "/x/tan_lap.pdf": _doc("UBND xã Tân Lập", [
            ("Tỷ lệ hộ nghèo", "<", 2.0, "%", 2026),
            ("Thu ngân sách", ">=", 12.5, "tỷ đồng", 2026)]),
        "/x/huyen.zip!/dong_tam/kh.docx": _doc("UBND xã Đồng Tâm", [
            ("Tỷ lệ hộ nghèo", "<", 1.5, "%", 2025)]),
    }
    with Store(path) as store:
        for i, (source, doc) in enumerate(docs.items()):
            store.write(Result(source=source, sha256=str(i) * 64, size=1,
                               parser_version=__version__, status="ok", format="text",
                               doc_fields=document_fields(doc), children=child_rows(doc),
                               doc_json=compress_document(doc)))
    return path


def test_commands_are_registered() -> None:
    parser = build_parser()
    for argv in (["batch", "in", "--store", "s"], ["export", "--store", "s", "--out", "o"],
                 ["indicators", "--store", "s"]):
        assert callable(parser.parse_args(argv).func)
    args = parser.parse_args(["batch", "a", "b.zip", "--store", "s"])
    assert args.inputs == ["a", "b.zip"] and args.workers >= 1 and args.engine == "local"


def test_indicators_table(store_with_indicators: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["indicators", "--store", str(store_with_indicators)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["issuer", "indicator", "direction", "comparator", "value",
                              "unit", "year", "baseline", "status", "file"]
    body = out[2:-1]
    assert len(body) == 3
    assert "UBND xã Tân Lập" in body[1] and "Tỷ lệ hộ nghèo" in body[1] and "tan_lap.pdf" in body[1]
    assert "huyen.zip!/dong_tam/kh.docx" in body[2] and "1.5" in body[2]
    assert out[-1] == "3 indicators from 2 of 2 parsed documents"


def test_indicators_filters_and_formats(store_with_indicators: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    s = str(store_with_indicators)
    assert main(["indicators", "--store", s, "--name", "ho ngheo", "--year", "2026",
                 "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [{"issuer": "UBND xã Tân Lập", "indicator": "Tỷ lệ hộ nghèo",
                     "direction": "", "comparator": "<", "value": "2", "unit": "%",
                     "year": "2026", "baseline": "", "status": "target",
                     "file": "tan_lap.pdf"}]
    assert main(["indicators", "--store", s, "--unit", "tỷ đồng", "--format", "jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["value"] == 12.5 and json.loads(line)["span_start"] == 0


def test_batch_then_export_on_the_command_line(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    text = (ROOT / "corpus" / "000_f3d1e280d760d2eb.txt").read_bytes()
    (inbox / "a.txt").write_bytes(text)
    (inbox / "b.txt").write_bytes(text + b"\nb\n")
    (inbox / "empty.txt").write_bytes(b"")
    store = tmp_path / "s.sqlite"
    argv = ["batch", str(inbox), "--store", str(store), "--workers", "1",
            "--progress-interval", "0"]
    assert main(argv) == 1  # an error row: exit 1 (see test_batch_exit_codes)
    captured = capsys.readouterr()
    assert captured.out.startswith("finished: 3 documents: 2 ok, 1 error (parse 1), 0 skipped")
    assert "batch: 3/3 (100%) ok 2 error 1 skipped 0" in captured.err  # not a terminal
    assert "error rows of this run (1):\n  " in captured.err
    assert "empty.txt: parse E006: the file is empty" in captured.err
    assert main([*argv, "--json", "--allow-errors"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["skipped"], summary["ok"], summary["status"]) == (3, 0, "finished")
    assert summary["skipped_error"] == 1
    assert main(["export", "--store", str(store), "--out", str(tmp_path / "out"),
                 "--format", "jsonl", "--table", "documents"]) == 0
    assert capsys.readouterr().out.strip().endswith("documents.jsonl\t3 rows")
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_main_job_over_the_bundled_corpus(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    store = str(tmp_path / "corpus.sqlite")
    assert main(["batch", str(ROOT / "corpus"), "--store", store, "--no-progress"]) == 0
    assert capsys.readouterr().out.startswith("finished: ")
    assert main(["indicators", "--store", store]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("issuer") and out[-1].endswith("parsed documents")
    with Store(store, readonly=True) as s:
        n = s.counts()["documents"]
    assert n >= len(list((ROOT / "corpus").glob("*.txt")))


def test_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), "--store", str(tmp_path / "s"), "--engine",
                 "dask"]) == 2
    assert "--scheduler" in capsys.readouterr().err
    assert main(["batch", str(tmp_path), "--store", str(tmp_path / "s"), "--workers",
                 "0"]) == 2
    assert main(["indicators", "--store", str(tmp_path / "missing.sqlite")]) == 2
    assert "no such store" in capsys.readouterr().err


def test_display_source() -> None:
    assert display_source("/a/b/plan.pdf", cwd="/elsewhere") == "plan.pdf"
    assert display_source("/a/x.zip!/d/plan.pdf", cwd="/elsewhere") == "x.zip!/d/plan.pdf"
    assert display_source("/a/b/plan.pdf", cwd="/a") == "b/plan.pdf"
    assert display_source("/ab/plan.pdf", cwd="/a") == "plan.pdf"


# --- exit codes and refusals (issue 13) -----------------------------------------------------
PLAN = (ROOT / "corpus" / "000_f3d1e280d760d2eb.txt").read_bytes()


def _kehoach(argv: list[str], *, unprivileged: bool = False, shell_prefix: str = "",
             timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``kehoach ARGV`` in a process of its own.  ``unprivileged``: file permissions hold
    for it even when the tests run as root (it runs without the capabilities that override
    them, CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH).  ``shell_prefix``: a shell command line
    the kehoach command is appended to."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-m", "kehoach_parser.cli.main", *argv]
    if shell_prefix:
        cmd = ["sh", "-c", shell_prefix + " " + " ".join(shlex.quote(c) for c in cmd)]
    preexec = _drop_dac_override if unprivileged and os.geteuid() == 0 else None
    try:
        return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                              preexec_fn=preexec)
    except subprocess.SubprocessError as exc:  # the capabilities could not be dropped
        pytest.skip(f"cannot run without CAP_DAC_OVERRIDE here: {exc}")


def _drop_dac_override() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP; exec drops them
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr


def test_batch_of_a_missing_path_exits_2(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "s.sqlite"
    assert main(["batch", "/nonexistent", "--store", str(store)]) == 2
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "/nonexistent" in err
    assert not store.exists()  # refused before the store was touched
    real = tmp_path / "a.txt"
    real.write_bytes(PLAN)
    assert main(["batch", str(real), str(tmp_path / "gone"), "--store", str(store)]) == 2
    assert "gone" in capsys.readouterr().err and not store.exists()
    assert main(["batch", str(real), "--store", ""]) == 2
    assert "--store is empty" in capsys.readouterr().err


@pytest.mark.slow
def test_batch_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_bytes(PLAN)
    store = str(tmp_path / "s.sqlite")
    base = ["batch", str(inbox), "--store", store, "--workers", "1", "--no-progress"]
    assert main(base) == 0  # every document parsed
    (inbox / "empty.txt").write_bytes(b"")
    assert main(base) == 1  # one error row
    assert main([*base, "--allow-errors"]) == 0
    capsys.readouterr()
    # A rerun parses nothing, but the inputs still hold a document stored as an error row.
    assert main(base) == 1
    out, err = capsys.readouterr()
    assert "1 of them as error rows" in out and "--retry-errors" in err
    assert main([*base, "--allow-errors"]) == 0


def test_unusable_stores_exit_2_with_a_message(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_bytes(PLAN)
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"not a database at all\n" * 100)
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE orders (id INTEGER)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.sqlite"
    Store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    cases = {corrupt: ("E021", "not an SQLite database"), foreign: ("E022", "not a kehoach store"),
             newer: ("E023", "newer kehoach_parser")}
    for path, (code, words) in cases.items():
        for argv in (["batch", str(tmp_path / "a.txt"), "--store", str(path), "--workers", "1"],
                     ["indicators", "--store", str(path)],
                     ["export", "--store", str(path), "--out", str(tmp_path / "out")]):
            assert main(argv) == 2, (path, argv)
            err = capsys.readouterr().err
            assert code in err and words in err and str(path) in err, err
    assert foreign.read_bytes()[:16] == b"SQLite format 3\x00"
    conn = sqlite3.connect(foreign)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["orders"]
    conn.close()


def test_export_refuses_bad_output_paths(store_with_indicators: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    s = str(store_with_indicators)
    existing = tmp_path / "report.jsonl"
    existing.write_text("keep me")
    assert main(["export", "--store", s, "--out", str(existing)]) == 2
    assert "is an existing file" in capsys.readouterr().err
    assert existing.read_text() == "keep me"
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--store", s, "--out", ""]) == 2
    assert "empty" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.jsonl", "s.sqlite"]
    # Under a file, a folder cannot be made.
    assert main(["export", "--store", s, "--out", str(existing / "sub")]) == 2
    assert "not a writable folder" in capsys.readouterr().err
    # A folder to export into is made, and exporting again there replaces the files.
    for _ in range(2):
        assert main(["export", "--store", s, "--out", str(tmp_path / "o" / "p"), "--format",
                     "jsonl", "--table", "documents"]) == 0
    assert "documents.jsonl\t2 rows" in capsys.readouterr().out


@pytest.mark.slow
def test_export_to_an_unwritable_folder_exits_2(store_with_indicators: Path,
                                                tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        for out in (locked, locked / "new"):
            proc = _kehoach(["export", "--store", str(store_with_indicators), "--out", str(out),
                             "--format", "jsonl"], unprivileged=True)
            assert proc.returncode == 2, proc.stderr
            _no_traceback(proc)
            assert "E027" in proc.stderr and str(locked) in proc.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


@pytest.mark.slow
@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "file-and-folder"])
def test_read_only_store_refuses_a_batch_but_is_read(tmp_path: Path, folder_too: bool) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "a.txt").write_bytes(PLAN)
    store = data / "s.sqlite"
    assert main(["batch", str(tmp_path / "a.txt"), "--store", str(store), "--workers", "1",
                 "--no-progress"]) == 0
    assert sorted(p.name for p in data.iterdir()) == ["s.sqlite", "s.sqlite.lock"]
    store.chmod(0o444)
    if folder_too:
        data.chmod(0o555)
    try:
        (tmp_path / "b.txt").write_bytes(PLAN + b"\nb\n")
        proc = _kehoach(["batch", str(tmp_path / "b.txt"), "--store", str(store), "--workers",
                         "1", "--no-progress"], unprivileged=True)
        assert proc.returncode == 2, proc.stderr
        _no_traceback(proc)
        assert "E024" in proc.stderr and str(store) in proc.stderr
        assert "can still be read" in proc.stderr or "not writable" in proc.stderr
        proc = _kehoach(["indicators", "--store", str(store), "--format", "jsonl"],
                        unprivileged=True)
        assert proc.returncode == 0, proc.stderr
        assert len(proc.stdout.splitlines()) >= 1
        proc = _kehoach(["export", "--store", str(store), "--out", str(tmp_path / "out"),
                         "--format", "jsonl", "--table", "documents"], unprivileged=True)
        assert proc.returncode == 0, proc.stderr
        assert (tmp_path / "out" / "documents.jsonl").read_text().count("\n") == 1
    finally:
        data.chmod(0o755)
        store.chmod(0o644)
    assert Store(store, readonly=True).counts()["documents"] == 1


def _private_tmpfs_works() -> bool:
    if not shutil.which("unshare") or os.geteuid() != 0:
        return False
    probe = subprocess.run(["unshare", "--mount", "sh", "-c",
                            "mount -t tmpfs -o size=64k none /mnt && df /mnt"],
                           capture_output=True, text=True)
    return probe.returncode == 0


@pytest.mark.slow
def test_full_disk_keeps_the_sqlite_message(tmp_path: Path) -> None:
    """A real full file system: a 768 KiB tmpfs in a mount namespace of the command's own."""
    if not _private_tmpfs_works():
        pytest.skip("needs root and unshare --mount to make a small private tmpfs")
    inbox = tmp_path / "in"
    inbox.mkdir()
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for i in range(8):
            (inbox / f"{i}_{path.name}").write_bytes(path.read_bytes() + f"\n{i}\n".encode())
    disk = tmp_path / "disk"
    disk.mkdir()
    store = disk / "s.sqlite"
    proc = _kehoach(["batch", str(inbox), "--store", str(store), "--workers", "1",
                     "--no-progress"],
                    shell_prefix=f"unshare --mount sh -c 'mount -t tmpfs -o size=768k none "
                                 f"{disk} && exec \"$0\" \"$@\"'")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    _no_traceback(proc)
    assert "database or disk is full" in proc.stderr and "E026" in proc.stderr
    assert str(store) in proc.stderr


@pytest.mark.slow
def test_batch_command_of_make_run_parses_everything(tmp_path: Path) -> None:
    """`make run` calls `kehoach batch corpus/*.txt corpus/real/*.txt`: it must exit 0."""
    inputs = sorted(str(p) for p in (ROOT / "corpus").glob("*.txt"))
    inputs += sorted(str(p) for p in (ROOT / "corpus" / "real").glob("*.txt"))
    assert main(["batch", *inputs, "--store", str(tmp_path / "corpus.sqlite"),
                 "--no-progress"]) == 0

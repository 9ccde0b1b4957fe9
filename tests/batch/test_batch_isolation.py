"""Each document runs isolated: hangs, crashes and memory blow-ups become error rows."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import psutil
from batch_faults import SPEC
from batch_helpers import plan_text, rows, zip_bytes
from fpdf import FPDF

from kehoach_parser.batch import BatchOptions, Limits, run_batch
from kehoach_parser.batch.sandbox import Sandbox, WorkerStartError
from kehoach_parser.batch.tasks import Task


def _options(workers: int = 2, **limits: float) -> BatchOptions:
    return BatchOptions(workers=workers, limits=Limits(**limits), function=SPEC,  # type: ignore[arg-type]
                        progress=False)


def _children() -> list[psutil.Process]:
    """Our worker processes still alive (other children, e.g. dask's, are not ours)."""
    out = []
    for child in psutil.Process().children(recursive=True):
        try:
            if "kehoach_parser.batch.worker" in " ".join(child.cmdline()):
                out.append(child)
        except psutil.NoSuchProcess:
            pass
    return out


def test_faulty_documents_become_error_rows_and_the_batch_goes_on(
    tmp_path: Path, make_plans: Callable[[Path, int], list[Path]]
) -> None:
    inbox = tmp_path / "in"
    make_plans(inbox, 8)
    faults = ["hang", "stuck", "segv", "exit", "hog", "raise"]
    for i, kind in enumerate(faults):
        (inbox / f"{kind}-doc.txt").write_bytes(plan_text(100 + i))
    store = tmp_path / "s.sqlite"
    summary = run_batch([inbox], store, _options(timeout=2.0, memory=1024**3))
    assert summary.status == "finished"
    assert (summary.total, summary.ok, summary.error) == (14, 8, 6)
    got = {Path(src).name.split("-")[0]: (kind, code) for src, kind, code in rows(
        store, "SELECT source, error_kind, error_code FROM documents WHERE status='error'")}
    assert got == {
        "hang": ("timeout", "E008"), "stuck": ("timeout", "E008"), "segv": ("crash", "E000"),
        "exit": ("crash", "E000"), "hog": ("memory", "E008"), "raise": ("internal", "E000"),
    }
    messages = {Path(src).name: msg for src, msg in rows(
        store, "SELECT source, error FROM documents WHERE status='error'")}
    assert "exited with status 7" in messages["exit-doc.txt"]
    assert "SIGSEGV" in messages["segv-doc.txt"]
    assert "1024 MiB" in messages["hog-doc.txt"]
    assert "worker killed" in messages["stuck-doc.txt"]
    assert len(summary.peak_rss_kb) == 2 and 0 < max(summary.peak_rss_kb) < 1024**2  # KiB
    assert _children() == []  # every worker process is gone


TINY = "KẾ HOẠCH\nVề việc thử nghiệm\n".encode()


def test_a_killed_worker_is_replaced(tmp_path: Path) -> None:
    data = TINY
    task = Task(source="pid-a.txt", name="pid-a.txt", sha256="0" * 64, size=len(data), data=data)
    with Sandbox(Limits(timeout=5), SPEC, warm_up=False) as sandbox:
        first = sandbox.run(task)
        crash = sandbox.run(Task("segv-b.txt", "segv-b.txt", "1" * 64, len(data), data=data))
        second = sandbox.run(task)
        assert crash.error_kind == "crash" and "SIGSEGV" in (crash.error or "")
        assert first.status == second.status == "ok"
        assert first.error != second.error  # parsed by a new process
        assert sandbox.starts == 2


def test_workers_are_recycled_after_max_tasks(tmp_path: Path) -> None:
    data = TINY
    task = Task(source="pid-a.txt", name="pid-a.txt", sha256="0" * 64, size=len(data), data=data)
    with Sandbox(Limits(max_tasks_per_worker=2), SPEC, warm_up=False) as sandbox:
        pids = [sandbox.run(task).error for _ in range(5)]
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]


def test_a_worker_that_cannot_start_stops_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(plan_text(0))
    sandbox = Sandbox(Limits(), "no_such_module_xyz:work")
    try:
        sandbox.start()
    except WorkerStartError as exc:
        assert "no_such_module_xyz" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected WorkerStartError")
    too_small = Sandbox(Limits(memory=1024**2))
    try:
        too_small.start()
    except WorkerStartError as exc:
        assert "below the worker's own size" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected WorkerStartError")


def _encrypted_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="KE HOACH so 12/KH-UBND")
    pdf.set_encryption(owner_password="owner", user_password="user")
    return bytes(pdf.output())


def test_corrupt_empty_encrypted_and_binary_files_become_error_rows(
    tmp_path: Path, make_plans: Callable[[Path, int], list[Path]]
) -> None:
    inbox = tmp_path / "in"
    make_plans(inbox, 3)
    (inbox / "corrupt.docx").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    (inbox / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "encrypted.pdf").write_bytes(_encrypted_pdf())
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 20)
    blob = tmp_path / "blob.bin"  # given explicitly: taken whatever its suffix
    blob.write_bytes(os.urandom(4096))
    store = tmp_path / "s.sqlite"
    summary = run_batch([inbox, blob], store, BatchOptions(workers=2, progress=False))
    assert (summary.total, summary.ok, summary.error) == (9, 3, 6)
    errors = {Path(src).name: (kind, code, msg) for src, kind, code, msg in rows(
        store, "SELECT source, error_kind, error_code, error FROM documents "
               "WHERE status='error'")}
    assert set(errors) == {"corrupt.docx", "corrupt.pdf", "empty.txt", "encrypted.pdf",
                           "binary.txt", "blob.bin"}
    assert errors["empty.txt"][:2] == ("parse", "E006")
    assert errors["binary.txt"][:2] == ("parse", "E005")
    assert errors["blob.bin"][:2] == ("parse", "E001")
    assert errors["corrupt.docx"][:2] == ("parse", "E002")
    if errors["encrypted.pdf"][0] == "parse":  # once a PDF loader is installed
        assert errors["encrypted.pdf"][1] == "E003"
    assert all(msg for _, _, msg in errors.values())
    # Error rows carry identity like any other: size and sha256 of the bytes.
    sizes = {Path(src).name: (size, sha) for src, size, sha in rows(
        store, "SELECT source, size, sha256 FROM documents")}
    assert sizes["empty.txt"] == (0, hashlib.sha256(b"").hexdigest())
    assert sizes["blob.bin"][0] == 4096


def test_a_hostile_zip_is_read_in_place(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    archive = inbox / "hostile.zip"
    archive.write_bytes(zip_bytes([
        ("../../escape.txt", plan_text(1)),
        ("/abs/plan.txt", plan_text(2)),
        ("bomb.txt", b"\0" * (40 * 1024**2)),
        ("ok.txt", plan_text(3)),
    ]))
    store = tmp_path / "s.sqlite"
    summary = run_batch([inbox], store, BatchOptions(workers=1, progress=False))
    assert (summary.ok, summary.error) == (3, 1)
    got = dict(rows(store, "SELECT source, coalesce(error_kind, status) FROM documents"))
    assert got == {f"{archive}!/escape.txt": "ok", f"{archive}!/abs/plan.txt": "ok",
                   f"{archive}!/bomb.txt": "limit", f"{archive}!/ok.txt": "ok"}
    assert sorted(p.name for p in inbox.iterdir()) == ["hostile.zip"]
    assert not (tmp_path / "escape.txt").exists() and not (inbox / "abs").exists()
    # The bomb was never decompressed: its identity is the hash of its compressed bytes.
    rerun = run_batch([inbox], store, BatchOptions(workers=1, progress=False))
    assert rerun.skipped == 4

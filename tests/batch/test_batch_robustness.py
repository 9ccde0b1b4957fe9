"""Hostile inputs and damaged stores in batch mode (issue 13, batch).

* Inside input folders, a symbolic link is followed only to a file inside the same input
  root; one leading outside, or nowhere, becomes an error row saying why.
* A store that cannot be used raises a typed error naming the file: not a database (or
  damaged), somebody else's SQLite database (never written to), a newer schema, read-only,
  full ("database or disk is full" kept in the message).
* The writer lock belongs to the store file itself: another path to the same file (a
  symbolic link to it or to its folder) cannot start a second writer.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from batch_helpers import plan_text, rows

from kehoach_parser.batch import BatchOptions, Store, StoreError, run_batch
from kehoach_parser.batch.inputs import Item, iter_items
from kehoach_parser.batch.schema import SCHEMA_VERSION
from kehoach_parser.batch.tasks import Limits, Result
from kehoach_parser.errors import (
    ForeignStore,
    StoreCorrupt,
    StoreFull,
    StoreLocked,
    StoreVersionError,
)
from kehoach_parser.version import __version__


# --- symbolic links inside input folders ----------------------------------------------------
@pytest.fixture
def linked_tree(tmp_path: Path) -> Path:
    """in/ with a plan, and links: to a file inside in/, to a file outside, to nothing, to a
    folder outside and to a folder inside."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "plan.txt").write_bytes(plan_text(0))
    (root / "sub" / "inner.txt").write_bytes(plan_text(1))
    outside = tmp_path / "secret"
    outside.mkdir()
    (outside / "passwd.txt").write_bytes(b"root:x:0:0:root:/root:/bin/bash\n")
    (root / "a_inside.txt").symlink_to(root / "sub" / "inner.txt")
    (root / "b_outside.txt").symlink_to(outside / "passwd.txt")
    (root / "c_dangling.txt").symlink_to(tmp_path / "gone.txt")
    (root / "d_outside_dir").symlink_to(outside, target_is_directory=True)
    (root / "e_inside_dir").symlink_to(root / "sub", target_is_directory=True)
    (root / "f_relative_out.txt").symlink_to(Path("..") / "secret" / "passwd.txt")
    return root


def _by_name(items: list[Item], root: Path) -> dict[str, Item]:
    return {Path(i.source).relative_to(root).as_posix(): i for i in items}


def test_symlinks_inside_folders_are_not_followed_out_of_the_root(linked_tree: Path) -> None:
    items = _by_name(list(iter_items([linked_tree], Limits())), linked_tree)
    assert sorted(items) == ["a_inside.txt", "b_outside.txt", "c_dangling.txt",
                             "d_outside_dir", "f_relative_out.txt", "plan.txt",
                             "sub/inner.txt"]
    assert items["plan.txt"].refused is None and items["sub/inner.txt"].refused is None
    assert items["a_inside.txt"].refused is None  # a link within the root is followed
    for name in ("b_outside.txt", "f_relative_out.txt", "d_outside_dir"):
        refused = items[name].refused
        assert refused is not None and refused[0] == "input", name
        assert "outside the input folder" in refused[2] and "not followed" in refused[2]
        assert str(linked_tree.parent / "secret") in refused[2]
    dangling = items["c_dangling.txt"].refused
    assert dangling is not None and dangling[:2] == ("input", "E000")
    assert "dangling symbolic link" in dangling[2] and "gone.txt" in dangling[2]


def test_an_input_root_given_as_a_link_is_followed(linked_tree: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias"
    alias.symlink_to(linked_tree, target_is_directory=True)
    items = _by_name(list(iter_items([alias], Limits())), alias)
    assert items["plan.txt"].refused is None and items["a_inside.txt"].refused is None
    assert items["b_outside.txt"].refused is not None


@pytest.mark.slow
def test_batch_stores_an_error_row_and_never_the_outside_file(linked_tree: Path,
                                                              tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    summary = run_batch([linked_tree], store, BatchOptions(workers=1, progress=False))
    assert (summary.ok, summary.error) == (3, 4)
    errors = dict(rows(store, "SELECT source, error FROM documents WHERE status='error'"))
    assert {Path(s).name for s in errors} == {"b_outside.txt", "c_dangling.txt",
                                              "d_outside_dir", "f_relative_out.txt"}
    texts = rows(store, "SELECT count(*) FROM documents WHERE n_chars IS NOT NULL "
                        "AND source LIKE '%outside%'")
    assert texts == [(0,)]
    assert rows(store, "SELECT count(*) FROM document_json") == [(3,)]
    # A rerun recognises the error rows: nothing is parsed again.
    again = run_batch([linked_tree], store, BatchOptions(workers=1, progress=False))
    assert (again.ok, again.error, again.skipped) == (0, 0, 7)


# --- stores that cannot be used -------------------------------------------------------------
def _result(i: int, payload: int = 0) -> Result:
    return Result(source=f"/x/{i}.txt", sha256=f"{i:064d}", size=1, parser_version=__version__,
                  status="error", error_kind="parse", error_code="E006",
                  error="x" * payload or "empty")


def test_a_file_that_is_not_a_database_is_a_corrupt_store(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"this is a text file, not SQLite\n" * 200)
    for readonly in (False, True):
        with pytest.raises(StoreCorrupt) as info:
            Store(path, readonly=readonly)
        assert str(path) in str(info.value) and info.value.code == "E021"
    assert path.read_bytes() == b"this is a text file, not SQLite\n" * 200


def test_a_damaged_database_is_a_corrupt_store(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        for i in range(50):
            store.write(_result(i, 2000))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(path.read_bytes())
    page = 4096
    for at in range(2 * page, len(raw), page):  # every page after the first two: garbage
        raw[at: at + 64] = b"\xa5" * 64
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreCorrupt, match=r"malformed|not a database"), \
            Store(path, readonly=True) as store:
        store.counts()
        store.errors()


def test_a_foreign_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE users (name TEXT)")
    conn.execute("INSERT INTO users VALUES ('an')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(ForeignStore, match="not a kehoach store") as info:
            Store(path, readonly=readonly)
        assert str(path) in str(info.value)
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["users"]
    conn.close()
    # A foreign database with a 'meta' table of its own is no store either.
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignStore):
        Store(path)


def test_an_empty_file_becomes_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.counts()["documents"] == 0


def test_a_newer_schema_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value=? WHERE key='schema_version'", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    for readonly in (False, True):
        with pytest.raises(StoreVersionError, match="newer kehoach_parser") as info:
            Store(path, readonly=readonly)
        assert isinstance(info.value, StoreError) and info.value.code == "E023"


def test_a_full_database_keeps_the_sqlite_message(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    with Store(path) as store:
        store.write(_result(0))
        store.conn.execute("PRAGMA max_page_count = 12")  # SQLite's own size ceiling
        with pytest.raises(StoreFull) as info:
            for i in range(1, 200):
                store.write(_result(i, 3000))
        message = str(info.value)
        assert "database or disk is full" in message and str(path) in message
        assert "/x/" in message  # names the document being written
        # The failed document left nothing behind; the store is still usable.
        n = store.counts()["documents"]
        assert rows(path, "SELECT count(*) FROM warnings WHERE doc_id NOT IN "
                          "(SELECT id FROM documents)") == [(0,)]
    with Store(path, readonly=True) as store:
        assert store.counts()["documents"] == n


# --- the writer lock ------------------------------------------------------------------------
def test_lock_is_on_the_store_file_whatever_the_path(tmp_path: Path) -> None:
    real = tmp_path / "data" / "s.sqlite"
    first = Store(real)
    first.lock()
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    folder_link = tmp_path / "data_alias"
    folder_link.symlink_to(tmp_path / "data", target_is_directory=True)
    for other in (link, folder_link / "s.sqlite", tmp_path / "data" / ".." / "data" / "s.sqlite"):
        second = Store(other)
        with pytest.raises(StoreLocked, match="another batch"):
            second.lock()
        second.close()
    first.close()
    again = Store(link)
    again.lock()  # released with the first
    again.close()
    assert not (tmp_path / "link.sqlite.lock").exists()


def test_second_run_batch_through_a_link_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "s.sqlite"
    holder = Store(real)
    holder.lock()
    link = tmp_path / "alias.sqlite"
    link.symlink_to(real)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(plan_text(0))
    try:
        with pytest.raises(StoreLocked):
            run_batch([tmp_path / "in"], link, BatchOptions(workers=1, progress=False))
    finally:
        holder.close()
    assert rows(real, "SELECT count(*) FROM documents") == [(0,)]


def test_store_errors_are_kehoach_errors_with_codes() -> None:
    from kehoach_parser.errors import KehoachError, OutputError, StoreReadOnly

    codes = [c.code for c in (StoreError, StoreCorrupt, ForeignStore, StoreVersionError,
                              StoreReadOnly, StoreLocked, StoreFull, OutputError)]
    assert len(set(codes)) == len(codes)
    assert all(issubclass(c, KehoachError) for c in (StoreError, OutputError))


# --- the PDF engine ----------------------------------------------------------------------------
@pytest.mark.parametrize("engine", ["fast", "layout"])
def test_pdf_engine_reaches_every_worker(tmp_path: Path, engine: str) -> None:
    """``BatchOptions.pdf_engine`` travels with each task: the stored document says which
    engine read it, and both documents are parsed."""
    from kehoach_parser.batch.rows import decompress_document

    root = tmp_path / "in"
    root.mkdir()
    pdf = sorted(Path("corpus/variants/pdf").glob("*.pdf"))[0]
    (root / "plan.pdf").write_bytes(pdf.read_bytes())
    (root / "plan.txt").write_bytes(plan_text(1))
    store = tmp_path / "s.sqlite"
    summary = run_batch([root], store, BatchOptions(workers=1, progress=False,
                                                    pdf_engine=engine))
    assert summary.ok == 2
    blobs = dict(rows(store, "SELECT d.source, j.json FROM documents d JOIN document_json j "
                             "ON j.doc_id = d.id"))
    by_name = {Path(str(src)).name: decompress_document(bytes(blob))  # type: ignore[arg-type]
               for src, blob in blobs.items()}
    assert by_name["plan.pdf"]["provenance"]["options"]["pdf_engine"] == engine
    assert by_name["plan.pdf"]["indicators"] and by_name["plan.txt"]["sections"]

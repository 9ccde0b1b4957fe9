"""The dask engine on a LocalCluster (loopback) builds the same store as the local engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from batch_faults import SPEC
from batch_helpers import plan_text, rows, zip_bytes
from distributed import LocalCluster

from kehoach_parser.batch import BatchError, BatchOptions, Limits, Store, run_batch


@pytest.fixture(scope="module")
def cluster() -> LocalCluster:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      host="127.0.0.1", scheduler_kwargs={"dashboard": False}) as c:
        yield c


def test_dask_engine_builds_the_same_store_as_the_local_engine(
    tmp_path: Path, make_plans: Callable[..., list[Path]], cluster: LocalCluster
) -> None:
    inbox = tmp_path / "in"
    make_plans(inbox, 16)
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "segv-crash.txt").write_bytes(plan_text(50))
    (inbox / "hang-slow.txt").write_bytes(plan_text(51))
    (inbox / "bundle.zip").write_bytes(zip_bytes([
        ("xa/plan_a.txt", plan_text(60)), ("../../escape.txt", plan_text(61)),
    ]))
    limits = Limits(timeout=2.0)
    local = tmp_path / "local.sqlite"
    dask = tmp_path / "dask.sqlite"
    a = run_batch([inbox], local, BatchOptions(workers=2, limits=limits, function=SPEC,
                                               progress=False))
    b = run_batch([inbox], dask, BatchOptions(engine="dask", limits=limits, function=SPEC,
                                              scheduler=cluster.scheduler_address,
                                              progress=False))
    assert (b.engine, b.workers, b.status) == ("dask", 2, "finished")
    assert (a.total, a.ok, a.error) == (b.total, b.ok, b.error) == (21, 18, 3)
    got = Store(dask, readonly=True).canonical_content()
    assert got == Store(local, readonly=True).canonical_content()
    kinds = {Path(s).name: k for s, k in rows(dask, "SELECT source, error_kind FROM documents "
                                                    "WHERE status='error'")}
    assert kinds == {"empty.txt": "parse", "segv-crash.txt": "crash",
                     "hang-slow.txt": "timeout"}
    # The member named '../../escape.txt' was read in place, under a safe label.
    assert rows(dask, "SELECT status FROM documents WHERE source = ?",
                f"{inbox / 'bundle.zip'}!/escape.txt") == [("ok",)]
    for base in (inbox, tmp_path, Path.cwd()):  # nothing was extracted anywhere
        assert not (base / "../../escape.txt").exists()
    assert not list(tmp_path.rglob("escape.txt"))
    assert len(b.peak_rss_kb) == 2 and all(kb > 0 for kb in b.peak_rss_kb)
    # Resumable the same way: a rerun on dask skips everything.
    again = run_batch([inbox], dask, BatchOptions(engine="dask", limits=limits, function=SPEC,
                                                  scheduler=cluster.scheduler_address,
                                                  progress=False))
    assert (again.ok, again.error, again.skipped) == (0, 0, 21)


def test_dask_engine_needs_a_reachable_scheduler(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(plan_text(0))
    with pytest.raises(BatchError, match="scheduler"):
        run_batch([tmp_path / "a.txt"], tmp_path / "s.sqlite",
                  BatchOptions(engine="dask", progress=False))

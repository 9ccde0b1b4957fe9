"""assign_splits: new documents get a split; passages of one file share one; old rows stay."""

from __future__ import annotations

import json
from pathlib import Path

from tests.scripts.script_loader import load_script

HEAD = "id\turl\tkind\tlevel\ttraits\tsplit\tnotes\n"


def _corpus(tmp_path: Path, rows: list[str], incoming: list[str]) -> Path:
    folder = tmp_path / "real"
    (folder / "_sources").mkdir(parents=True)
    (folder / "sources.tsv").write_text(HEAD + "".join(r + "\n" for r in rows), encoding="utf-8")
    (folder / "_sources" / "ZZ.tsv").write_text("".join(r + "\n" for r in incoming),
                                                encoding="utf-8")
    for line in incoming:
        doc = line.split("\t")[0]
        (folder / f"{doc}.txt").write_text("x", encoding="utf-8")
        (folder / f"{doc}.gold.json").write_text(json.dumps({}), encoding="utf-8")
    return folder


def _splits(folder: Path) -> dict[str, str]:
    lines = (folder / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {ln.split("\t")[0]: ln.split("\t")[5] for ln in lines}


def test_passages_of_one_file_share_a_split_and_old_rows_stay(tmp_path: Path) -> None:
    mod = load_script("assign_splits")
    url = "https://github.com/o/r/blob/abc/file.txt"
    folder = _corpus(
        tmp_path,
        ["OLD1\thttps://a.example.vn/x\tnews\tprovince\t\ttest\tnote"],
        [f"ZZ{n:03d}\t{url}#L{n}-L{n + 9}\tKế hoạch\tdistrict\t\tnote" for n in range(1, 9)]
        + [f"ZZ1{n:02d}\thttps://b{n}.example.vn/p\tnews\tprovince\t\tnote" for n in range(20)],
    )
    assert mod.main([str(folder)]) == 0
    splits = _splits(folder)
    assert splits["OLD1"] == "test"
    assert len({splits[f"ZZ{n:03d}"] for n in range(1, 9)}) == 1
    others = [splits[f"ZZ1{n:02d}"] for n in range(20)]
    assert set(others) == {"train", "dev", "test"}  # distinct files still spread


def test_a_passage_joins_the_split_of_its_file_frozen_earlier(tmp_path: Path) -> None:
    mod = load_script("assign_splits")
    url = "https://github.com/o/r/blob/abc/file.txt"
    folder = _corpus(tmp_path, [f"OLD1\t{url}#L1-L5\tKế hoạch\tdistrict\t\tdev\tnote"],
                     [f"ZZ001\t{url}#L9-L20\tKế hoạch\tdistrict\t\tnote"])
    assert mod.main([str(folder)]) == 0
    assert _splits(folder)["ZZ001"] == "dev"
    assert mod.file_of({"url": f"{url}#L9-L20"}) == url


def test_a_passage_of_a_file_that_straddles_splits_goes_where_a_test_sibling_is(
        tmp_path: Path) -> None:
    mod = load_script("assign_splits")
    url = "https://github.com/o/r/blob/abc/file.txt"
    folder = _corpus(tmp_path, [f"OLD1\t{url}#L1-L5\tKế hoạch\tdistrict\t\ttest\tnote",
                                f"OLD2\t{url}#L6-L9\tKế hoạch\tdistrict\t\ttrain\tnote",
                                f"OLD3\t{url}#L10-L12\tKế hoạch\tdistrict\t\ttrain\tnote"],
                     [f"ZZ001\t{url}#L20-L30\tKế hoạch\tdistrict\t\tnote"])
    assert mod.main([str(folder)]) == 0
    assert _splits(folder)["ZZ001"] == "test"
    assert mod.sibling_splits([{"url": f"{url}#L1", "split": "train"},
                               {"url": f"{url}#L2", "split": "dev"},
                               {"url": f"{url}#L3", "split": "train"}]) == {url: "train"}

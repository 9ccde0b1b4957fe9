"""Finding documents: folders, zip archives read in place, limits against zip bombs."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path

from batch_helpers import plan_text, zip_bytes

from kehoach_parser.batch.inputs import ItemReader, iter_items, safe_member_name
from kehoach_parser.batch.tasks import Limits


def test_safe_member_name_strips_every_path_trick() -> None:
    assert safe_member_name("../../x.txt") == "x.txt"
    assert safe_member_name("/etc/passwd.txt") == "etc/passwd.txt"
    assert safe_member_name("C:\\Windows\\..\\plan.txt") == "Windows/plan.txt"
    assert safe_member_name("a/./b/../c.txt") == "a/b/c.txt"
    assert safe_member_name("..") == ""


def test_folder_walk_is_recursive_sorted_and_filters_suffixes(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.txt").write_text("x")
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("x")
    items = list(iter_items([tmp_path], Limits()))
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == [
        "a.pdf", "b/c/z.txt"]
    # An explicit file is always taken, whatever its suffix.
    assert [i.name for i in iter_items([tmp_path / "photo.jpg"], Limits())] == ["photo.jpg"]


def test_missing_input_is_a_refused_item(tmp_path: Path) -> None:
    (item,) = iter_items([tmp_path / "nope.txt"], Limits())
    assert item.refused is not None and item.refused[0] == "input"


def test_zip_members_are_read_in_place_with_safe_labels(tmp_path: Path) -> None:
    evil = plan_text(1)
    archive = tmp_path / "x.zip"
    archive.write_bytes(zip_bytes([
        ("dir/plan.txt", plan_text(0)),
        ("../../evil.txt", evil),
        ("/abs/evil2.txt", evil + b"2"),
        ("skip.exe", b"MZ"),
        ("__MACOSX/._plan.txt", b"junk"),
    ]))
    before = sorted(p.name for p in tmp_path.parent.iterdir())
    items = list(iter_items([archive], Limits()))
    assert [i.source for i in items] == [
        f"{archive}!/dir/plan.txt", f"{archive}!/evil.txt", f"{archive}!/abs/evil2.txt"]
    reader = ItemReader(Limits())
    sha, data = reader.read(items[1], 1 << 20)
    assert data == evil and sha == hashlib.sha256(evil).hexdigest()
    reader.close()
    # Nothing was written anywhere: no extraction.
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.zip"]


def test_duplicate_member_names_are_located_by_position(tmp_path: Path) -> None:
    archive = tmp_path / "dup.zip"
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        archive.write_bytes(zip_bytes([("a.txt", b"first"), ("a.txt", b"second")]))
    items = list(iter_items([archive], Limits()))
    reader = ItemReader(Limits())
    assert [reader.read(i, 100)[1] for i in items] == [b"first", b"second"]
    reader.close()


def test_zip_bomb_member_is_refused_without_decompressing(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    archive.write_bytes(zip_bytes([("bomb.txt", b"\0" * (64 * 1024**2)), ("ok.txt", b"fine")]))
    assert archive.stat().st_size < 200_000
    items = list(iter_items([archive], Limits()))
    assert items[0].refused is not None and items[0].refused[0] == "limit"
    assert "zip bomb" in items[0].refused[2]
    assert items[1].refused is None
    # A member over the size limit is refused too, whatever its ratio.
    small = Limits(max_file_size=1000)
    archive2 = tmp_path / "big.zip"
    archive2.write_bytes(zip_bytes([("big.txt", os.urandom(5000))], zipfile.ZIP_STORED))
    (big,) = iter_items([archive2], small)
    assert big.refused is not None and "exceeds the limit" in big.refused[2]
    # Its identity is the sha256 of its stored bytes, read without decompressing.
    assert len(ItemReader(small).refused_digest(big)) == 64


def test_archive_limits_member_count_and_total(tmp_path: Path) -> None:
    archive = tmp_path / "many.zip"
    archive.write_bytes(zip_bytes([(f"{i}.txt", b"x" * 100) for i in range(5)]))
    (only,) = iter_items([archive], Limits(max_members=3))
    assert only.refused is not None and "5 members" in only.refused[2]
    items = list(iter_items([archive], Limits(max_archive_total=250)))
    assert [i.refused is None for i in items] == [True, True, False, False, False]


def test_nested_zip_is_read_up_to_the_depth_limit(tmp_path: Path) -> None:
    inner2 = zip_bytes([("deep.txt", b"deep")])
    inner = zip_bytes([("commune/plan.txt", plan_text(2)), ("more.zip", inner2)])
    archive = tmp_path / "province.zip"
    archive.write_bytes(zip_bytes([("district.zip", inner), ("top.txt", plan_text(3))]))
    items = list(iter_items([archive], Limits(max_zip_depth=2)))
    assert [i.source.removeprefix(str(archive)) for i in items] == [
        "!/district.zip!/commune/plan.txt", "!/district.zip!/more.zip", "!/top.txt"]
    assert items[1].refused is not None and "nested deeper" in items[1].refused[2]
    reader = ItemReader(Limits())
    assert reader.read(items[0], 1 << 20)[1] == plan_text(2)
    assert reader.read(items[2], 1 << 20)[1] == plan_text(3)
    reader.close()
    deeper = list(iter_items([archive], Limits(max_zip_depth=3)))
    assert deeper[1].source.endswith("more.zip!/deep.txt") and deeper[1].refused is None


def test_encrypted_and_symlink_members_and_broken_archives(tmp_path: Path) -> None:
    archive = tmp_path / "odd.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        info = zipfile.ZipInfo("secret.txt")
        zf.writestr(info, b"x")
        link = zipfile.ZipInfo("link.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "../../../etc/passwd")
    raw = bytearray(archive.read_bytes())
    # Set the 'encrypted' flag of the first member in both headers.
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = raw.find(sig)
        flag_at = at + (6 if sig == b"PK\x03\x04" else 8)
        raw[flag_at] |= 1
    archive.write_bytes(bytes(raw))
    secret, link_item = iter_items([archive], Limits())
    assert secret.refused is not None and "encrypted" in secret.refused[2]
    assert link_item.refused is not None and "symbolic link" in link_item.refused[2]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    (bad,) = iter_items([broken], Limits())
    assert bad.refused is not None and bad.refused[1] == "E002"

"""Find the documents of a batch: files, folders (recursive) and zip archives read in place.

Zip archives are never extracted to disk.  Members are read through :mod:`zipfile` in
memory, under limits against zip bombs (declared size, compression ratio, total per archive,
member count, nesting depth); a member that breaks a limit becomes an error row without being
decompressed.  Member names are only *labels*: ``..``, absolute paths, drive letters and
backslashes are removed from the name used in ``source`` (``archive.zip!/dir/plan.pdf``),
and members are located by their position in the archive, never by name, so duplicate or
hostile names cannot select another member or touch the file system.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kehoach_parser.batch.tasks import Limits

#: Suffixes picked up inside folders and archives (explicit file arguments are always taken).
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".doc"})
ARCHIVE_SUFFIXES = frozenset({".zip"})
_RATIO_FLOOR = 1 << 20  # the ratio limit applies to members larger than 1 MiB
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Item:
    """One document to consider (not read yet)."""

    source: str  # identity in the store
    name: str  # file name (suffix picks the format)
    path: str  # the file on disk, or the outermost archive
    members: tuple[int, ...] = ()  # positions in the (nested) archives, outermost first
    size: int = 0  # on disk, or declared uncompressed size
    #: Set when the item is refused before reading: (kind, code, message).
    refused: tuple[str, str, str] | None = None


def safe_member_name(name: str) -> str:
    """A member name usable as a label: no drive, no root, no '.', '..' or empty parts."""
    name = name.replace("\\", "/").replace("\x00", "")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]
    return "/".join(parts)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def _wanted(name: str) -> bool:
    base = os.path.basename(name)
    if not base or base.startswith(("._", "~$")):
        return False
    return os.path.splitext(base)[1].lower() in DOCUMENT_SUFFIXES | ARCHIVE_SUFFIXES


def iter_items(inputs: Sequence[str | Path], limits: Limits) -> Iterator[Item]:
    """Every document under ``inputs``, in a stable order.  Never raises for bad input:
    unreadable paths and archives are yielded as refused items (error rows)."""
    for raw in inputs:
        path = os.path.abspath(os.fspath(raw))
        if os.path.isdir(path):
            yield from _walk(path, limits)
        elif os.path.isfile(path):
            yield from _file(path, limits)
        else:
            yield Item(path, os.path.basename(path), path,
                       refused=("input", "E000", "no such file or directory"))


def _walk(root: str, limits: Limits) -> Iterator[Item]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for fname in sorted(filenames):
            full = os.path.join(dirpath, fname)
            if _wanted(fname) and os.path.isfile(full):
                yield from _file(full, limits)


def _file(path: str, limits: Limits) -> Iterator[Item]:
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        yield Item(path, name, path, refused=("input", "E000", f"cannot stat: {exc.strerror}"))
        return
    if os.path.splitext(name)[1].lower() in ARCHIVE_SUFFIXES:
        try:
            with zipfile.ZipFile(path) as zf:
                yield from _members(zf, path, path, (), 1, limits)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            yield Item(path, name, path, size=size,
                       refused=("input", "E002", f"unreadable zip archive: {exc}"))
        return
    refused = None
    if size > limits.max_file_size:
        refused = ("limit", "E008",
                   f"file of {size} bytes exceeds the limit of {limits.max_file_size} bytes")
    yield Item(path, name, path, size=size, refused=refused)


def _members(
    zf: zipfile.ZipFile, label: str, path: str, prefix: tuple[int, ...], depth: int,
    limits: Limits,
) -> Iterator[Item]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        yield Item(label, os.path.basename(label), path, prefix, refused=(
            "limit", "E008", f"archive has {len(infos)} members (limit {limits.max_members})"))
        return
    total = 0
    for index, info in enumerate(infos):
        if info.is_dir():
            continue
        safe = safe_member_name(info.filename)
        if not safe or safe.startswith("__MACOSX/") or not _wanted(safe):
            continue
        source = f"{label}!/{safe}"
        name = os.path.basename(safe)
        members = (*prefix, index)
        is_zip = os.path.splitext(name)[1].lower() in ARCHIVE_SUFFIXES
        total += info.file_size
        refused = _member_refusal(info, total, limits)
        if refused is None and is_zip and depth >= limits.max_zip_depth:
            refused = ("limit", "E008", f"zip nested deeper than {limits.max_zip_depth} levels")
        if refused is not None or not is_zip:
            yield Item(source, name, path, members, info.file_size, refused)
            continue
        try:
            inner = zipfile.ZipFile(io.BytesIO(_read_member(zf, info, limits)))
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, _LimitError) as exc:
            yield Item(source, name, path, members, info.file_size,
                       refused=("input", "E002", f"unreadable zip archive: {exc}"))
            continue
        with inner:
            yield from _members(inner, source, path, members, depth + 1, limits)


def _member_refusal(info: zipfile.ZipInfo, total: int, limits: Limits) -> tuple[str, str, str] | None:
    if info.flag_bits & 0x1:
        return ("input", "E001", "encrypted zip member")
    if _is_symlink(info):
        return ("input", "E001", "symbolic link in zip archive (not followed)")
    if info.file_size > limits.max_file_size:
        return ("limit", "E008", (f"member of {info.file_size} bytes exceeds the limit of "
                                  f"{limits.max_file_size} bytes"))
    if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    ):
        return ("limit", "E008",
                f"compression ratio above {limits.max_ratio:g} (possible zip bomb)")
    if total > limits.max_archive_total:
        return ("limit", "E008", f"archive expands to more than {limits.max_archive_total} bytes")
    return None


class _LimitError(Exception):
    pass


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits) -> bytes:
    """Decompress one member, stopping as soon as it passes the size limit."""
    buf = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            buf += chunk
            if len(buf) > limits.max_file_size or len(buf) > info.file_size:
                raise _LimitError("member larger than declared or than the size limit")
    return bytes(buf)


class ItemReader:
    """Reads items' bytes, keeping the current archive open (items come grouped)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._archive_path: str | None = None
        self._chain: list[tuple[tuple[int, ...], zipfile.ZipFile]] = []

    def close(self) -> None:
        for _, zf in reversed(self._chain):
            zf.close()
        self._chain = []
        self._archive_path = None

    def _zip_for(self, item: Item) -> zipfile.ZipFile:
        """The ZipFile holding the item's last member (opening nested archives as needed)."""
        if self._archive_path != item.path:
            self.close()
            self._chain = [((), zipfile.ZipFile(item.path))]
            self._archive_path = item.path
        want = item.members[:-1]
        while self._chain and self._chain[-1][0] != want[: len(self._chain[-1][0])]:
            self._chain.pop()[1].close()
        while self._chain[-1][0] != want:
            prefix, zf = self._chain[-1]
            index = want[len(prefix)]
            data = _read_member(zf, zf.infolist()[index], self.limits)
            self._chain.append(((*prefix, index), zipfile.ZipFile(io.BytesIO(data))))
        return self._chain[-1][1]

    def read(self, item: Item, keep_up_to: int) -> tuple[str, bytes | None]:
        """``(sha256, data)``; data is None for a file on disk larger than ``keep_up_to``
        (the worker reads it itself).  Raises OSError, zipfile.BadZipFile or a limit error."""
        if item.members:
            zf = self._zip_for(item)
            data = _read_member(zf, zf.infolist()[item.members[-1]], self.limits)
            return hashlib.sha256(data).hexdigest(), data
        digest = hashlib.sha256()
        kept = bytearray()
        keep = True
        with open(item.path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
                if keep:
                    kept += chunk
                    if len(kept) > keep_up_to:
                        keep = False
                        kept = bytearray()
        return digest.hexdigest(), bytes(kept) if keep else None

    def refused_digest(self, item: Item) -> str:
        """An identity for an item refused before reading: the sha256 of its bytes as
        stored (the file, or the member's *compressed* data), read in bounded chunks."""
        digest = hashlib.sha256()
        if not item.members:
            try:
                with open(item.path, "rb") as fh:
                    while chunk := fh.read(_CHUNK):
                        digest.update(chunk)
            except OSError:
                digest.update(item.source.encode("utf-8", "surrogateescape"))
            return digest.hexdigest()
        try:
            zf = self._zip_for(item)
            info = zf.infolist()[item.members[-1]]
            fp = zf.fp
            assert fp is not None
            fp.seek(info.header_offset)
            header = fp.read(30)
            name_len = int.from_bytes(header[26:28], "little")
            extra_len = int.from_bytes(header[28:30], "little")
            fp.seek(info.header_offset + 30 + name_len + extra_len)
            left = info.compress_size
            while left > 0:
                chunk = fp.read(min(left, _CHUNK))
                if not chunk:
                    break
                digest.update(chunk)
                left -= len(chunk)
            digest.update(f"|{info.CRC}|{info.file_size}".encode())
        except (OSError, zipfile.BadZipFile, ValueError, IndexError, _LimitError):
            digest.update(item.source.encode("utf-8", "surrogateescape"))
        return digest.hexdigest()


LimitError = _LimitError

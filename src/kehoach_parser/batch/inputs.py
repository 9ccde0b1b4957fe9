"""Find the documents of a batch: files, folders (recursive) and zip archives read in place.

Zip archives are never extracted to disk.  Members are read through :mod:`zipfile` in
memory, under limits against zip bombs (declared size, compression ratio, total per archive,
member count, nesting depth); a member that breaks a limit becomes an error row without being
decompressed.  Member names are only *labels*: ``..``, absolute paths, drive letters and
backslashes are removed from the name used in ``source`` (``archive.zip!/dir/plan.pdf``),
and members are located by their position in the archive, never by name, so duplicate or
hostile names cannot select another member or touch the file system.

Inside input folders, a symbolic link is followed only to a file inside the same input root
(the real path of the folder given); a link leading outside it, or to nothing, becomes an
error row that says so, and the file it points to is never opened.  Files found by walking a
folder are opened with ``O_NOFOLLOW``, so one swapped for a link after the walk is refused
rather than followed.
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

from kehoach_parser.batch.selection import Selection
from kehoach_parser.batch.tasks import Limits
from kehoach_parser.loaders.limits import RATIO_FLOOR, ratio_exceeded

#: Suffixes of the default selection (which files are documents: ``batch/selection.py``).
DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".doc"})
ARCHIVE_SUFFIXES = frozenset({".zip"})
_RATIO_FLOOR = RATIO_FLOOR  # the ratio limit applies to members larger than 1 MiB
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
    #: Open ``path`` with O_NOFOLLOW (found by walking a folder: it must not become a link).
    nofollow: bool = False
    #: A refused symbolic link: where it points (its identity; the target is never read).
    link: str | None = None


def safe_member_name(name: str) -> str:
    """A member name usable as a label: no drive, no root, no '.', '..' or empty parts."""
    name = name.replace("\\", "/").replace("\x00", "")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]
    return "/".join(parts)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


class _Filter:
    """The selection of one batch, and the files it left out (their sources)."""

    def __init__(self, selection: Selection, left_out: list[str] | None) -> None:
        self.selection = selection
        self.left_out = left_out

    def wanted(self, rel: str, source: str) -> bool:
        """``rel``: the path below the input folder or inside the archive."""
        base = os.path.basename(rel)
        if not base or base.startswith(("._", "~$")):
            return False
        if os.path.splitext(base)[1].lower() in ARCHIVE_SUFFIXES:
            ok = not self.selection.excluded(rel)
        else:
            ok = self.selection.wanted(rel)
        if not ok and self.left_out is not None:
            self.left_out.append(source)
        return ok


_DEFAULT = _Filter(Selection(), None)


def iter_items(inputs: Sequence[str | Path], limits: Limits,
               selection: Selection | None = None,
               left_out: list[str] | None = None) -> Iterator[Item]:
    """Every document under ``inputs``, in a stable order.  Never raises for bad input:
    unreadable paths and archives are yielded as refused items (error rows).

    ``selection`` says which files are documents (default: the document formats, without
    READMEs and gold files; see :mod:`~kehoach_parser.batch.selection`); the sources of the
    files it leaves out are appended to ``left_out`` when given."""
    filt = _Filter(selection or Selection(), left_out)
    for raw in inputs:
        path = os.path.abspath(os.fspath(raw))
        if os.path.isdir(path):
            yield from _walk(path, limits, filt)
        elif os.path.isfile(path):
            if filt.selection.excluded(os.fspath(raw)):
                if left_out is not None:
                    left_out.append(path)
                continue
            yield from _file(path, limits, filt=filt)
        else:
            yield Item(path, os.path.basename(path), path,
                       refused=("input", "E000", "no such file or directory"))


def _walk(root: str, limits: Limits, filt: _Filter) -> Iterator[Item]:
    real_root = os.path.realpath(root)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        # os.walk lists a link to a folder among the folders (never entering it): such
        # links are judged here with the other links, in name order with the files.
        linked = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in linked)
        for fname in sorted(filenames + linked):
            full = os.path.join(dirpath, fname)
            rel = os.path.relpath(full, root)
            if os.path.islink(full):
                yield from _link(full, rel, real_root, limits, filt)
            elif os.path.isfile(full) and filt.wanted(rel, full):
                yield from _file(full, limits, nofollow=True, filt=filt)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _link(full: str, rel: str, real_root: str, limits: Limits,
          filt: _Filter) -> Iterator[Item]:
    """A symbolic link met inside an input folder (see the module docstring)."""
    name = os.path.basename(rel)
    if name.startswith((".", "._", "~$")):
        return
    try:
        points_to = os.readlink(full)
    except OSError:
        points_to = "?"
    target = os.path.realpath(full)
    if not os.path.exists(target):
        # A link to nothing: a row when it is named like a document, or has no suffix
        # (it may have been a folder of documents).
        if not os.path.splitext(name)[1] or filt.wanted(rel, full):
            yield Item(full, name, full, link=points_to, refused=(
                "input", "E000", f"dangling symbolic link: its target {points_to} does not "
                                 "exist (or the links loop)"))
        return
    is_dir = os.path.isdir(target)
    if not _inside(target, real_root):
        if is_dir or filt.wanted(rel, full):
            what = "a folder" if is_dir else ""
            yield Item(full, name, full, link=points_to, refused=(
                "input", "E001", f"symbolic link to {what + ' ' if what else ''}{target}, "
                                 f"outside the input folder {real_root}: not followed"))
        return
    if is_dir or not os.path.isfile(target) or not filt.wanted(rel, full):
        return  # a folder inside the root is walked anyway; not a document otherwise
    yield from _file(target, limits, source=full, nofollow=True, filt=filt)


def open_item_file(path: str, nofollow: bool) -> io.BufferedReader:
    """Open a file of the inputs for reading; with ``nofollow``, a symbolic link is refused
    (OSError ELOOP) instead of followed."""
    fd = os.open(path, os.O_RDONLY | (os.O_NOFOLLOW if nofollow else 0))
    return os.fdopen(fd, "rb")


def _file(path: str, limits: Limits, *, source: str | None = None,
          nofollow: bool = False, filt: _Filter = _DEFAULT) -> Iterator[Item]:
    source = source or path
    name = os.path.basename(source)
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        yield Item(source, name, path, refused=("input", "E000",
                                                f"cannot stat: {exc.strerror}"))
        return
    if os.path.splitext(name)[1].lower() in ARCHIVE_SUFFIXES:
        try:
            with open_item_file(path, nofollow) as fh, zipfile.ZipFile(fh) as zf:
                yield from _members(zf, source, path, (), 1, limits, nofollow, filt)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            yield Item(source, name, path, size=size, nofollow=nofollow,
                       refused=("input", "E002", f"unreadable zip archive: {exc}"))
        return
    refused = None
    if size > limits.max_file_size:
        refused = ("limit", "E008",
                   f"file of {size} bytes exceeds the limit of {limits.max_file_size} bytes")
    yield Item(source, name, path, size=size, refused=refused, nofollow=nofollow)


def _members(
    zf: zipfile.ZipFile, label: str, path: str, prefix: tuple[int, ...], depth: int,
    limits: Limits, nofollow: bool = False, filt: _Filter = _DEFAULT,
) -> Iterator[Item]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        yield Item(label, os.path.basename(label), path, prefix, nofollow=nofollow, refused=(
            "limit", "E008", f"archive has {len(infos)} members (limit {limits.max_members})"))
        return
    total = 0
    for index, info in enumerate(infos):
        if info.is_dir():
            continue
        safe = safe_member_name(info.filename)
        source = f"{label}!/{safe}"
        if not safe or safe.startswith("__MACOSX/") or not filt.wanted(safe, source):
            continue
        name = os.path.basename(safe)
        members = (*prefix, index)
        is_zip = os.path.splitext(name)[1].lower() in ARCHIVE_SUFFIXES
        total += info.file_size
        refused = _member_refusal(info, total, limits)
        if refused is None and is_zip and depth >= limits.max_zip_depth:
            refused = ("limit", "E008", f"zip nested deeper than {limits.max_zip_depth} levels")
        if refused is not None or not is_zip:
            yield Item(source, name, path, members, info.file_size, refused, nofollow)
            continue
        try:
            inner = zipfile.ZipFile(io.BytesIO(_read_member(zf, info, limits)))
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, _LimitError) as exc:
            yield Item(source, name, path, members, info.file_size, nofollow=nofollow,
                       refused=("input", "E002", f"unreadable zip archive: {exc}"))
            continue
        with inner:
            yield from _members(inner, source, path, members, depth + 1, limits, nofollow,
                                filt)


def _member_refusal(info: zipfile.ZipInfo, total: int, limits: Limits
                    ) -> tuple[str, str, str] | None:
    if info.flag_bits & 0x1:
        return ("input", "E001", "encrypted zip member")
    if _is_symlink(info):
        return ("input", "E001", "symbolic link in zip archive (not followed)")
    if info.file_size > limits.max_file_size:
        return ("limit", "E008", (f"member of {info.file_size} bytes exceeds the limit of "
                                  f"{limits.max_file_size} bytes"))
    if ratio_exceeded(info, limits.max_ratio, _RATIO_FLOOR):
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
        self._file: io.BufferedReader | None = None  # the outermost archive's file

    def close(self) -> None:
        for _, zf in reversed(self._chain):
            zf.close()
        self._chain = []
        self._archive_path = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def _zip_for(self, item: Item) -> zipfile.ZipFile:
        """The ZipFile holding the item's last member (opening nested archives as needed)."""
        if self._archive_path != item.path:
            self.close()
            self._file = open_item_file(item.path, item.nofollow)
            self._chain = [((), zipfile.ZipFile(self._file))]
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
        with open_item_file(item.path, item.nofollow) as fh:
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
        if item.link is not None:  # a refused link: never read what it points to
            digest.update(f"symlink:{item.link}".encode("utf-8", "surrogateescape"))
            return digest.hexdigest()
        if not item.members:
            try:
                with open_item_file(item.path, item.nofollow) as fh:
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

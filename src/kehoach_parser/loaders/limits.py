"""Limits on what a file may cost to read: its size, and for zip containers (DOCX) what
it expands to.

The same numbers guard ``parse_file``/``parse_bytes`` and batch mode
(:class:`kehoach_parser.batch.Limits` takes its defaults from here), so a document that
batch mode refuses is refused by the library too.  Zip checks read only the central
directory: a member is never inflated to find out it is too big, and since :mod:`zipfile`
never returns more than a member's declared size, the declared sizes bound what reading it
can cost.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from kehoach_parser.errors import ResourceLimit

MIB = 1024**2

#: Largest file (or zip member) read, in bytes.
MAX_FILE_SIZE = 128 * MIB
#: Most members in one zip (an archive in batch mode, or a DOCX).
MAX_MEMBERS = 100_000
#: Largest uncompressed/compressed ratio of a member above :data:`RATIO_FLOOR` bytes.
MAX_RATIO = 200.0
#: Members up to this size are not held to the ratio (small XML compresses very well).
RATIO_FLOOR = 1 * MIB

#: Longest decoded text ``parse`` accepts, in characters.  Real plans, reports and
#: resolutions run to a few hundred thousand; 20 million is a bound book's worth and takes
#: about two minutes at the parser's speed.  Raise it with
#: ``parse(..., options=ParseOptions(max_chars=N))``.
MAX_TEXT_CHARS = 20_000_000
#: Above this many characters a document is parsed with warning W105 (it will be slow).
LARGE_TEXT_CHARS = 2_000_000


def check_text_size(length: int, max_chars: int | None = MAX_TEXT_CHARS) -> str | None:
    """Refuse a text longer than ``max_chars`` (``None``: no limit) with
    :class:`~kehoach_parser.errors.ResourceLimit`; return the W105 message for a text over
    :data:`LARGE_TEXT_CHARS`, else None."""
    if max_chars is not None and length > max_chars:
        raise ResourceLimit(
            f"text of {length:,} characters is longer than the limit of {max_chars:,}; "
            "split it, or raise the limit (ParseOptions(max_chars=…))")
    if length > LARGE_TEXT_CHARS:
        return (f"document is very large ({length:,} characters, above "
                f"{LARGE_TEXT_CHARS:,}); parsing takes longer and needs more memory")
    return None


@dataclass(frozen=True, slots=True)
class FileLimits:
    """Per-file limits of ``parse_file``/``parse_bytes`` (sizes in bytes).

    * ``max_file_size``: a larger file is refused before it is read; a DOCX whose members
      expand to more than this in total is refused before any is inflated (its text is held
      in memory whole, so it may not unpack to more than a document may weigh).
    * ``max_members``, ``max_ratio`` (for members above ``ratio_floor`` bytes): as for zip
      archives in batch mode.
    """

    max_file_size: int = MAX_FILE_SIZE
    max_members: int = MAX_MEMBERS
    max_ratio: float = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR


DEFAULT_LIMITS = FileLimits()


def ratio_exceeded(info: zipfile.ZipInfo, max_ratio: float, floor: int = RATIO_FLOOR) -> bool:
    """Whether a member is a likely zip bomb: above ``floor`` bytes unpacked and more than
    ``max_ratio`` times its compressed size."""
    return info.file_size > floor and info.file_size > max_ratio * max(info.compress_size, 1)


def check_size(size: int, limits: FileLimits, path: str | None) -> None:
    """Raise :class:`ResourceLimit` when a file of ``size`` bytes is over the limit."""
    if size > limits.max_file_size:
        raise ResourceLimit(f"file of {size} bytes exceeds the limit of "
                            f"{limits.max_file_size} bytes", path=path)


def check_zip_members(infos: Sequence[zipfile.ZipInfo], limits: FileLimits,
                      path: str | None, *, what: str = "zip") -> None:
    """Refuse a zip container (a DOCX) that would cost too much to unpack, from its
    central directory alone.  Raises :class:`ResourceLimit` naming the member."""
    if len(infos) > limits.max_members:
        raise ResourceLimit(f"the {what} has {len(infos)} zip members (limit "
                            f"{limits.max_members})", path=path)
    total = 0
    for info in infos:
        if info.file_size > limits.max_file_size:
            raise ResourceLimit(
                f"zip member {info.filename} of {info.file_size} bytes exceeds the limit of "
                f"{limits.max_file_size} bytes", path=path)
        if ratio_exceeded(info, limits.max_ratio, limits.ratio_floor):
            raise ResourceLimit(
                f"zip member {info.filename} expands {info.compress_size} bytes to "
                f"{info.file_size}: compression ratio above {limits.max_ratio:g} "
                "(possible zip bomb)", path=path)
        total += info.file_size
    if total > limits.max_file_size:
        raise ResourceLimit(f"the {what} expands to {total} bytes, above the limit of "
                            f"{limits.max_file_size} bytes (possible zip bomb)", path=path)


__all__ = ["DEFAULT_LIMITS", "MAX_FILE_SIZE", "MAX_MEMBERS", "MAX_RATIO", "RATIO_FLOOR",
           "FileLimits", "check_size", "check_zip_members", "ratio_exceeded"]

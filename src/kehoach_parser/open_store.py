"""``kehoach_parser.open_store``: the front door to a batch store as DataFrames; the store
modules are imported only when it is called."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kehoach_parser.batch.store_frames import StoreFrames


def open_store(path: str | Path) -> StoreFrames:
    """Open the store written by ``kehoach batch --store PATH`` for reading:
    ``open_store(path).frame("indicators")`` is a DataFrame joined with each document's
    source, issuer, type and date (the ``pandas`` extra)."""
    from kehoach_parser.batch.store_frames import open_store as _open

    return _open(path)


__all__ = ["open_store"]

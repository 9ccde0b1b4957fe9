"""Batch mode: parse an archive of documents into a store, resumably, on one or many machines.

>>> from kehoach_parser.batch import run_batch, BatchOptions
>>> summary = run_batch(["plans/", "district.zip"], "store.sqlite",  # doctest: +SKIP
...                     BatchOptions(workers=2))

(Not run as a doctest: it needs your files and writes a store.)

See docs/batch.md for the store schema, the engines, the limits and the guarantees.
"""

from __future__ import annotations

from kehoach_parser.batch.driver import BatchOptions, BatchSummary, run_batch
from kehoach_parser.batch.runner import BatchError
from kehoach_parser.batch.store import Store
from kehoach_parser.batch.tasks import Limits
from kehoach_parser.errors import (
    ForeignStore,
    OutputError,
    StoreCorrupt,
    StoreError,
    StoreFull,
    StoreLocked,
    StoreReadOnly,
    StoreVersionError,
)

__all__ = ["BatchError", "BatchOptions", "BatchSummary", "ForeignStore", "Limits", "OutputError",
           "Store", "StoreCorrupt", "StoreError", "StoreFull", "StoreLocked", "StoreReadOnly",
           "StoreVersionError", "run_batch"]

"""One set of set-field names for every record of the same shape (issue 15: memory).

pydantic gives each model instance its own ``__pydantic_fields_set__``: the names of the
fields its constructor was given (``model_fields_set``, ``exclude_unset``).  For a record
built with 22 named fields that set takes 2,264 bytes, about three times the record's own
``__dict__``: on a 1,000,000-character plan the document's sets held 9 MB of its 15 MB of
records.  The records of a document come in a handful of shapes (the same names given), so
:func:`share_field_names` swaps each record's set for the one set kept for its names; the
names, and so everything pydantic does with them, stay the same.

Only assignment writes to the set after construction (pydantic adds the field's name); a
record that is given a field it was not built with first takes a copy of its own
(:func:`own_field_names`), so no record's names change through another's.  The set that
``model_fields_set`` returns is shared: read it, do not change it in place.
"""

from __future__ import annotations

import threading

from pydantic import BaseModel

__all__ = ["own_field_names", "share_field_names", "shared_shapes"]

#: The shared set of each shape, by its names.  A document's records have a few dozen
#: shapes at most (which optional fields their builders pass); bounded in case a caller
#: builds records with ever new combinations.
_SHARED: dict[frozenset[str], set[str]] = {}
MAX_SHAPES = 1024
_lock = threading.Lock()


def share_field_names(record: BaseModel) -> None:
    """Give ``record`` the shared set of its set-field names (the same names)."""
    names = record.__pydantic_fields_set__
    key = frozenset(names)
    shared = _SHARED.get(key)
    if shared is None:
        with _lock:
            if len(_SHARED) >= MAX_SHAPES:
                return  # keep the record's own set
            shared = _SHARED.setdefault(key, names)
    object.__setattr__(record, "__pydantic_fields_set__", shared)


def own_field_names(record: BaseModel, name: str) -> None:
    """Before ``name`` is added to ``record``'s set-field names: a set of its own, so that
    the other records of its shape keep theirs."""
    names = record.__pydantic_fields_set__
    if name not in names and _SHARED.get(frozenset(names)) is names:
        object.__setattr__(record, "__pydantic_fields_set__", set(names))


def shared_shapes() -> int:
    """How many shapes have a shared set (for tests and measurements)."""
    return len(_SHARED)

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
(:func:`own_field_names`), so no record's names change through another's.  A shared set is
marked by its type (:class:`SharedNames`), not looked up by its contents, and is a copy of
the first record's set (``model_construct(_fields_set=s)`` keeps the caller's ``s``, which
the caller may change later); the records' ``model_fields_set`` hands out a copy
(``document._Record``), so no caller can change a shared set in place.
"""

from __future__ import annotations

import threading

from pydantic import BaseModel

__all__ = ["SharedNames", "own_field_names", "share_field_names", "shared_shapes"]


class SharedNames(set[str]):
    """A set of set-field names shared by the records of one shape."""

    __slots__ = ()

#: The shared set of each shape, by its names.  A document's records have a few dozen
#: shapes at most (which optional fields their builders pass); bounded in case a caller
#: builds records with ever new combinations.
_SHARED: dict[frozenset[str], SharedNames] = {}
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
            shared = _SHARED.setdefault(key, SharedNames(names))
    object.__setattr__(record, "__pydantic_fields_set__", shared)


def own_field_names(record: BaseModel, name: str) -> None:
    """Before ``name`` is added to ``record``'s set-field names: a set of its own, so that
    the other records of its shape keep theirs."""
    names = record.__pydantic_fields_set__
    if type(names) is SharedNames and name not in names \
            and name in type(record).model_fields:
        object.__setattr__(record, "__pydantic_fields_set__", set(names))


def shared_shapes() -> int:
    """How many shapes have a shared set (for tests and measurements)."""
    return len(_SHARED)

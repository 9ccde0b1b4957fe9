"""Store columns derived from the record models' fields, and the cell each one holds.

A record field becomes one column of the same name, or two for a span:

* ``str``, ``Literal`` → text; ``int`` → int; ``float`` → float; ``bool`` → bool;
* a span (``tuple[int, int]``) → ``<prefix>_start`` and ``<prefix>_end`` (``span`` →
  ``span_start``/``span_end``, ``body_span`` → ``body_start``/``body_end``);
* lists, dicts and nested models → text holding compact JSON (null when empty);
* a name that is an SQL keyword or was stored under another name keeps that column name
  (:data:`COLUMN_NAMES`).

A field of a type not listed raises ``TypeError`` when the schema is built, so a new kind
of field is noticed by the tests rather than stored wrongly.
"""

from __future__ import annotations

import json
import types
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

ColType = Literal["int", "float", "text", "blob", "bool"]
#: How a column reads its field: the value itself, one end of a span, or JSON text.
Part = Literal["value", "start", "end", "json"]

#: Fields stored under another column name (``group`` is an SQL keyword).
COLUMN_NAMES: dict[str, str] = {"group": "group_name", "parent": "parent_idx"}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: ColType
    not_null: bool = False
    #: The model field the column holds; None for a column the batch fills itself.
    field: str | None = None
    part: Part = "value"


def _without_none(annotation: Any) -> Any:
    if get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        rest = [a for a in get_args(annotation) if a is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return annotation


def _is_span(annotation: Any) -> bool:
    return get_origin(annotation) is tuple and get_args(annotation) == (int, int)


def _scalar_type(annotation: Any) -> ColType | None:
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if annotation is float:
        return "float"
    if annotation is str:
        return "text"
    if get_origin(annotation) is Literal and all(isinstance(a, str) for a in get_args(annotation)):
        return "text"
    return None


def field_columns(name: str, annotation: Any) -> tuple[Column, ...]:
    """The column(s) that store the field ``name`` of type ``annotation``."""
    base = _without_none(annotation)
    if _is_span(base):
        prefix = name.removesuffix("_span")
        return (Column(f"{prefix}_start", "int", field=name, part="start"),
                Column(f"{prefix}_end", "int", field=name, part="end"))
    kind = _scalar_type(base)
    column = COLUMN_NAMES.get(name, name)
    if kind is not None:
        return (Column(column, kind, field=name),)
    if get_origin(base) in (list, dict) or (isinstance(base, type)
                                             and issubclass(base, BaseModel)):
        return (Column(column, "text", field=name, part="json"),)
    raise TypeError(f"no store column type for the field '{name}': {annotation!r}")


def model_columns(model: type[BaseModel], *,
                  skip: frozenset[str] = frozenset()) -> Iterator[Column]:
    """The columns of every field of ``model`` (in declaration order) not in ``skip``."""
    for name, info in model.model_fields.items():
        if name not in skip:
            yield from field_columns(name, info.annotation)


def to_json(value: Any) -> str | None:
    """Compact JSON of a list, dict or model (spans as ``[start, end]``); None when empty."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if not value:
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_jsonable)


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def cell(record: object, column: Column) -> Any:
    """The value ``column`` stores for ``record``."""
    assert column.field is not None, column.name
    value = getattr(record, column.field)
    if column.part == "start":
        return None if value is None else value[0]
    if column.part == "end":
        return None if value is None else value[1]
    if column.part == "json":
        return to_json(value)
    return value


def record_row(record: object, columns: tuple[Column, ...]) -> dict[str, Any]:
    """``{column name: value}`` for the columns of ``record``'s fields."""
    return {c.name: cell(record, c) for c in columns if c.field is not None}

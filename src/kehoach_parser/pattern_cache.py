"""Stored compiled forms of the library's patterns (issue 15: cold start).

``regex`` compiles a pattern in Python (parse, optimise, emit a list of opcodes) and hands
the result to its C engine.  For the library's large vocabulary patterns that Python part is
most of a fresh process's first parse (about 0.5 s for the ~200 patterns a plan needs).  The
opcodes depend only on the pattern, its flags and the ``regex`` release, so they are stored
once, in ``data/compiled_patterns.bin`` (written by ``scripts/build_pattern_cache.py``), and a
pattern found there is handed straight to the engine: about 14 ms for all of them.

The store is used only when it was written by the same ``regex`` release, engine (``MAGIC``)
and default version as the one running, in this module's format on a machine of the same
byte order; a pattern not in it (a new or changed one) is compiled the usual way.

The file is read whole, uncompressed (decompressing it was about 3 ms of a fresh process's
first parse), and each pattern's opcodes are kept as an array of unsigned 32-bit integers:
turning that into the list the engine takes costs about a third of unmarshalling the same
opcodes one Python integer at a time.  Everything else of a form stays marshalled.

``tests/test_pattern_cache.py`` compiles every stored pattern again and checks that the
engine receives the stored form (``regex`` itself lists a set's members in an order that
varies from process to process; nothing else differs) and that both match alike.
"""

from __future__ import annotations

import marshal
import sys
import threading
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex
import regex._main as _regex_main
from regex import _regex

__all__ = ["STORE_PATH", "cached_compile", "compiled_form", "engine_key", "stored_form",
           "write_store"]

#: Where the stored forms live (in the package, so a wheel carries them).
STORE_PATH = Path(__file__).resolve().parent / "data" / "compiled_patterns.bin"

#: What a store's layout depends on: this module's format, the byte order and the size of
#: an opcode as stored (``array`` type code ``"I"``).
STORE_FORMAT = ("kehoach_parser pattern store", 2, sys.byteorder, array("I").itemsize)

#: One stored pattern: the form without its opcodes (marshalled), and the opcodes (an
#: ``array("I")``'s bytes).
Stored = tuple[bytes, bytes]

_lock = threading.Lock()
_forms: dict[tuple[str, int], Stored] | None = None


def engine_key() -> tuple[str, int, int]:
    """What the stored opcodes depend on besides the pattern: ``regex``'s release, its
    engine's ``MAGIC`` and the default version (``regex.DEFAULT_VERSION``)."""
    return (regex.__version__, int(_regex.MAGIC),  # type: ignore[attr-defined]
            int(regex.DEFAULT_VERSION))


def _load(path: Path = STORE_PATH) -> dict[tuple[str, int], Stored]:
    """The stored forms by (source, flags), each still packed (:func:`stored_form` unpacks
    one); empty when there is no store for this engine and format."""
    try:
        layout, key, entries = marshal.loads(path.read_bytes())
        if tuple(layout) != STORE_FORMAT or tuple(key) != engine_key():
            return {}
        # each form stays packed until its pattern is compiled (a fraction of the memory)
        return {(source, flags): (rest, code) for source, flags, rest, code in entries}
    except (OSError, ValueError, EOFError, TypeError):
        return {}  # no store, or one this code cannot read: every pattern compiles as usual


def stored_form(stored: Stored) -> tuple[Any, ...]:
    """The engine's arguments (as :func:`compiled_form` gives them) from a stored pattern."""
    packed_rest, packed_code = stored
    rest = marshal.loads(packed_rest)
    code = array("I")
    code.frombytes(packed_code)
    return (*rest[:2], code.tolist(), *rest[2:])


def _stored_forms() -> dict[tuple[str, int], Stored]:
    global _forms
    if _forms is None:
        with _lock:
            if _forms is None:
                _forms = _load()
    return _forms


def cached_compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``: from the stored form when there is one for this
    engine, else compiled the usual way."""
    stored = _stored_forms().get((pattern, int(flags)))
    if stored is not None and engine_key()[2] == regex.DEFAULT_VERSION:
        try:
            form = stored_form(stored)
            compiled: regex.Pattern[str] = _regex.compile(*form)  # type: ignore[attr-defined]
            return compiled
        except (TypeError, ValueError, EOFError, OverflowError, RuntimeError):
            pass  # a store the engine does not accept: compile as usual
    return regex.compile(pattern, flags)


class _Recorder:
    """Stands in for the ``_regex`` module while :func:`compiled_form` compiles."""

    def __init__(self) -> None:
        self.forms: list[tuple[Any, ...]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(_regex, name)

    def compile(self, *args: Any) -> Any:
        self.forms.append(args)
        return _regex.compile(*args)  # type: ignore[attr-defined]


@contextmanager
def _recording() -> Iterator[_Recorder]:
    recorder = _Recorder()
    with _lock:
        _regex_main._regex = recorder  # type: ignore[attr-defined,assignment]
        try:
            yield recorder
        finally:
            _regex_main._regex = _regex  # type: ignore[attr-defined]


def compiled_form(pattern: str, flags: int = 0) -> tuple[Any, ...]:
    """The arguments ``regex`` hands its engine when it compiles ``pattern`` (flags as
    plain ints).  Swaps ``regex``'s engine module for a recorder while it runs: for the
    build script and the tests, not for use while other threads compile patterns."""
    regex.purge()  # a pattern in regex's own cache would not reach the engine
    with _recording() as recorder:
        regex.compile(pattern, flags)
    regex.purge()
    (form,) = recorder.forms
    # flags (and the required string's flags) as plain ints, to be stored with marshal
    return (*form[:1], int(form[1]), *form[2:9], int(form[9]), *form[10:])


def write_store(patterns: Iterable[tuple[str, int]], path: Path = STORE_PATH) -> int:
    """Store the compiled forms of ``patterns`` (source, flags) at ``path``; how many."""
    entries = []
    for source, flags in sorted(set((s, int(f)) for s, f in patterns)):
        form = compiled_form(source, flags)
        if form[5]:  # named lists: their values are arguments of each compile, not stored
            continue
        try:
            code = array("I", form[2]).tobytes()
        except OverflowError:  # an opcode that does not fit: compiled as usual
            continue
        entries.append((source, flags, marshal.dumps((*form[:2], *form[3:])), code))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(marshal.dumps((STORE_FORMAT, engine_key(), entries)))
    return len(entries)

"""Stored compiled forms of the library's patterns (issue 15: cold start).

``regex`` compiles a pattern in Python (parse, optimise, emit a list of opcodes) and hands
the result to its C engine.  For the library's large vocabulary patterns that Python part is
most of a fresh process's first parse (about 0.5 s for the ~200 patterns a plan needs).  The
opcodes depend only on the pattern, its flags and the ``regex`` release, so they are stored
once, in ``data/compiled_patterns.bin`` (written by ``scripts/build_pattern_cache.py``), and a
pattern found there is handed straight to the engine: about 14 ms for all of them.

The store is used only when it was written by the same ``regex`` release, engine (``MAGIC``)
and default version as the one running; a pattern not in it (a new or changed one) is
compiled the usual way.  ``tests/test_pattern_cache.py`` compiles every stored pattern again
and checks that the engine receives the stored form (``regex`` itself lists a set's members
in an order that varies from process to process; nothing else differs) and that both match
alike.
"""

from __future__ import annotations

import marshal
import threading
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex
import regex._main as _regex_main
from regex import _regex

__all__ = ["STORE_PATH", "cached_compile", "compiled_form", "engine_key", "write_store"]

#: Where the stored forms live (in the package, so a wheel carries them).
STORE_PATH = Path(__file__).resolve().parent / "data" / "compiled_patterns.bin"

_lock = threading.Lock()
_forms: dict[tuple[str, int], bytes] | None = None


def engine_key() -> tuple[str, int, int]:
    """What the stored opcodes depend on besides the pattern: ``regex``'s release, its
    engine's ``MAGIC`` and the default version (``regex.DEFAULT_VERSION``)."""
    return (regex.__version__, int(_regex.MAGIC),  # type: ignore[attr-defined]
            int(regex.DEFAULT_VERSION))


def _load(path: Path = STORE_PATH) -> dict[tuple[str, int], bytes]:
    """The stored forms by (source, flags), each still marshalled; empty when there is no
    store for this engine."""
    try:
        key, entries = marshal.loads(zlib.decompress(path.read_bytes()))
        if tuple(key) != engine_key():
            return {}
        # each form stays marshalled until its pattern is compiled (a fraction of the memory)
        return {(source, flags): form for source, flags, form in entries}
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return {}  # no store, or one this code cannot read: every pattern compiles as usual


def _stored_forms() -> dict[tuple[str, int], bytes]:
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
            form = marshal.loads(stored)
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
        entries.append((source, flags, marshal.dumps(form)))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(zlib.compress(marshal.dumps((engine_key(), entries)), 9))
    return len(entries)

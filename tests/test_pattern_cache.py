"""The stored compiled forms of the library's patterns (``kehoach_parser.pattern_cache``):
each one is exactly what ``regex`` compiles today, a pattern built from one matches what the
compiled pattern matches, and a store from another ``regex`` is ignored."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
from array import array
from pathlib import Path

import pytest
import regex

import kehoach_parser
from kehoach_parser import pattern_cache
from kehoach_parser.lazy_pattern import lazy_compile, lazy_sources

STORED = pattern_cache._load()
SAMPLES = (
    "KẾ HOẠCH Phát triển kinh tế - xã hội năm 2026\n"
    "1. Tốc độ tăng trưởng GRDP đạt 8,5% trở lên; thu ngân sách 10.900 triệu đồng.\n"
    "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 27 tháng 02 năm 2026 của HĐND tỉnh;\n"
    "giai đoạn 2026 - 2030, hoàn thành trước ngày 31/12/2026; Quý I, 6 tháng đầu năm.\n"
    "BÌNH QUÂN HẰNG NĂM tăng 10%, không thấp hơn 95 % số xã; ﬁ ß İ ẞ straße\n"
)


def _all_sources() -> list[tuple[str, int]]:
    for info in pkgutil.walk_packages(kehoach_parser.__path__, "kehoach_parser."):
        try:
            importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue
    return sorted(set(lazy_sources()))


needs_store = pytest.mark.skipif(
    not STORED, reason="no store for this regex release (scripts/build_pattern_cache.py)")


@needs_store
def test_every_stored_form_is_what_regex_compiles_now() -> None:
    # regex's own output varies from process to process in one way only: the order in
    # which it lists a set's members (it iterates Python sets of characters); every other
    # argument, and the opcodes taken as a multiset, must be the same
    for (source, flags), stored in STORED.items():
        form = pattern_cache.stored_form(stored)
        fresh = pattern_cache.compiled_form(source, flags)
        assert fresh[:2] == form[:2] and fresh[3:] == form[3:], source[:80]
        assert sorted(fresh[2]) == sorted(form[2]), source[:80]


@needs_store
def test_nearly_every_pattern_of_the_library_is_stored() -> None:
    # a pattern changed since the store was written still works (compiled as usual); a store
    # missing many of them is stale: run scripts/build_pattern_cache.py
    sources = _all_sources()
    stored = [s for s in sources if s in STORED]
    assert len(sources) > 200
    assert len(stored) >= 0.9 * len(sources)


@needs_store
def test_patterns_from_the_store_match_as_compiled_ones() -> None:
    texts = [SAMPLES, SAMPLES.upper(), SAMPLES.casefold()]
    for source, flags in STORED:
        from_store = pattern_cache.cached_compile(source, flags)
        compiled = regex.compile(source, flags)
        assert from_store.pattern == compiled.pattern
        assert from_store.groupindex == compiled.groupindex
        for text in texts:
            found = [m.span() for m in from_store.finditer(text)]
            assert found == [m.span() for m in compiled.finditer(text)], source[:80]


def test_a_pattern_not_stored_is_compiled_as_usual() -> None:
    source = r"(?<![\p{L}])số\s+(\d+)/KH-UBND"
    assert (source, int(regex.IGNORECASE)) not in STORED
    pattern = pattern_cache.cached_compile(source, regex.IGNORECASE)
    assert pattern.search("theo Số 15/kh-ubnd").group(1) == "15"
    lazy = lazy_compile(source, regex.IGNORECASE)
    assert (source, int(regex.IGNORECASE)) in lazy_sources()
    assert lazy.findall("số 1/KH-UBND, SỐ 22/KH-UBND") == ["1", "22"]


def test_a_store_from_another_regex_release_is_ignored(tmp_path: Path) -> None:
    source, flags = r"\d+", 0
    form = pattern_cache.compiled_form(source, flags)
    path = tmp_path / "store.bin"
    other = ("0.0.0", *pattern_cache.engine_key()[1:])
    pattern_cache.write_store([(source, flags)], path)
    layout, key, entries = marshal.loads(path.read_bytes())
    assert tuple(key) == pattern_cache.engine_key()
    path.write_bytes(marshal.dumps((layout, other, entries)))
    assert pattern_cache._load(path) == {}
    pattern_cache.write_store([(source, flags)], path)
    stored = pattern_cache._load(path)
    assert list(stored) == [(source, flags)]
    assert sorted(pattern_cache.stored_form(stored[source, flags])[2]) == sorted(form[2])


def test_a_store_of_another_layout_is_ignored(tmp_path: Path) -> None:
    # another byte order (or format) reads the opcodes wrongly: the store is not used
    path = tmp_path / "store.bin"
    pattern_cache.write_store([(r"\d+", 0)], path)
    layout, key, entries = marshal.loads(path.read_bytes())
    assert pattern_cache._load(path) != {}
    other = "big" if layout[2] == "little" else "little"
    path.write_bytes(marshal.dumps(((*layout[:2], other, *layout[3:]), key, entries)))
    assert pattern_cache._load(path) == {}


def test_a_stored_form_gives_the_engine_what_regex_gives_it() -> None:
    # the opcodes go through an unsigned 32-bit array and back: every value survives
    for source, flags in [(r"\d+", 0), (r"(?<![\p{L}])năm\s+(\d{4})", int(regex.IGNORECASE))]:
        form = pattern_cache.compiled_form(source, flags)
        packed = (marshal.dumps((*form[:2], *form[3:])),
                  array("I", form[2]).tobytes())
        assert pattern_cache.stored_form(packed) == form


def test_an_unreadable_store_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "store.bin"
    path.write_bytes(b"not a store")
    assert pattern_cache._load(path) == {}
    assert pattern_cache._load(tmp_path / "missing.bin") == {}


def test_pattern_sources_do_not_depend_on_the_hash_seed() -> None:
    # a pattern built from a set's iteration order is another string in every process, so the
    # store (keyed by the source) would never hold it: the sources must not vary with the seed
    import os
    import subprocess
    import sys

    code = ("import sys; sys.path.insert(0, 'tests'); from test_pattern_cache import _all_sources;"
            "import hashlib; print(hashlib.sha256(repr(_all_sources()).encode()).hexdigest())")
    root = Path(__file__).resolve().parents[1]
    digests = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env,
                             capture_output=True, text=True, check=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1

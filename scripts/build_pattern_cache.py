"""Store the compiled forms of the library's patterns (``kehoach_parser.pattern_cache``).

Imports every module of the package, then stores the form ``regex`` compiles for each lazy
pattern they made (``lazy_pattern.lazy_sources``).  Run it after changing a pattern or
upgrading ``regex``: a pattern missing from the store still works, compiled the slow way.

    .venv/bin/python scripts/build_pattern_cache.py [--check]

``--check`` writes nothing and exits 1 when a pattern is missing from the store or the
store was made by another ``regex`` release.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import kehoach_parser
from kehoach_parser import pattern_cache
from kehoach_parser.lazy_pattern import lazy_sources


def import_all() -> None:
    """Import every module of the package (optional extras that are missing are skipped)."""
    for info in pkgutil.walk_packages(kehoach_parser.__path__, "kehoach_parser."):
        try:
            importlib.import_module(info.name)
        except ImportError:
            continue


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report what is missing; write nothing")
    args = ap.parse_args()
    import_all()
    wanted = sorted(set(lazy_sources()))
    if args.check:
        stored = pattern_cache._load()
        missing = [p for p in wanted if p not in stored]
        print(f"{len(wanted) - len(missing)} of {len(wanted)} patterns stored"
              f" for regex {pattern_cache.engine_key()}")
        return 1 if missing else 0
    count = pattern_cache.write_store(wanted)
    size = pattern_cache.STORE_PATH.stat().st_size
    print(f"stored {count} of {len(wanted)} patterns ({size:,} bytes) in "
          f"{pattern_cache.STORE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

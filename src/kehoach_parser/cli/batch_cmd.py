"""``kehoach batch``, ``kehoach export`` and ``kehoach indicators``.

    kehoach batch corpus/ more.zip --store out/store.sqlite
    kehoach indicators --store out/store.sqlite --name "hộ nghèo" --year 2026
    kehoach export --store out/store.sqlite --out out/parquet

Exit codes: 0 when every document is stored as parsed; 1 when some are error rows
(``--allow-errors``: 0); 2 for usage and input errors (a missing input path, a store that
cannot be used, an export folder that cannot be written), with a message and no traceback;
130 when interrupted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from typing import Any

MIB = 1024**2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_batch(subparsers)
    _register_export(subparsers)
    _register_indicators(subparsers)


# --- batch ----------------------------------------------------------------------------------
def _register_batch(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from kehoach_parser.batch.tasks import Limits

    d = Limits()
    p = subparsers.add_parser(
        "batch", help="parse files, folders and zip archives into a store",
        description="Parse every document under INPUT (files, folders searched recursively, "
                    "zip archives read in place) into a SQLite store.  Safe to interrupt: "
                    "a rerun skips documents already stored with the same sha256 and parser "
                    "version.  See docs/batch.md.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("--store", required=True, metavar="PATH", help="SQLite store (created)")
    from kehoach_parser.batch.selection import DEFAULT_EXCLUDE, DEFAULT_INCLUDE

    p.add_argument("--include", action="append", metavar="GLOB",
                   help="parse only files of folders and archives matching GLOB (repeatable; "
                        "default: " + " ".join(DEFAULT_INCLUDE) + ")")
    p.add_argument("--exclude", action="append", metavar="GLOB",
                   help="never parse files matching GLOB (repeatable; added to the defaults: "
                        + " ".join(DEFAULT_EXCLUDE) + ").  A GLOB with '/' matches the path "
                        "below the input folder: 'variants/' leaves out that folder")
    p.add_argument("--no-default-excludes", action="store_true",
                   help="drop the default --exclude patterns (READMEs, gold files ...)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: number of cores)")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--pdf-engine", choices=("layout", "fast"), default=None,
                   help="PDF text engine: layout (pdfminer, the default: best header fields) or "
                        "fast (pypdfium2, ~3.5x the documents per second on a PDF archive)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="dask scheduler address, e.g. tcp://10.0.0.5:8786 (--engine dask)")
    p.add_argument("--ship-all", action="store_true",
                   help="dask: send every document's bytes with its task (workers without "
                        "the client's file system)")
    p.add_argument("--timeout", type=float, default=d.timeout, metavar="SECONDS",
                   help=f"time limit per document (default {d.timeout:g})")
    p.add_argument("--memory-limit", type=int, default=d.memory // MIB, metavar="MIB",
                   help=f"address-space limit per worker process (default {d.memory // MIB})")
    p.add_argument("--max-file-size", type=int, default=d.max_file_size // MIB, metavar="MIB",
                   help="larger documents become error rows "
                        f"(default {d.max_file_size // MIB})")
    p.add_argument("--max-tasks-per-worker", type=int, default=d.max_tasks_per_worker,
                   metavar="N", help="replace a worker process after N documents")
    p.add_argument("--retry-errors", action="store_true",
                   help="parse again documents stored as errors by this parser version")
    p.add_argument("--no-progress", action="store_true", help="no progress display")
    p.add_argument("--progress-interval", type=float, default=10.0, metavar="SECONDS",
                   help="seconds between progress lines when not on a terminal")
    p.add_argument("--sync", choices=("normal", "full"), default="normal",
                   help="SQLite synchronous mode: 'normal' survives process kills, 'full' "
                        "also power loss (slower)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--allow-errors", action="store_true",
                   help="exit 0 even when some documents are stored as error rows (the "
                        "default is 1, so scripts notice them)")
    p.set_defaults(func=cmd_batch)


def _fail(command: str, message: object) -> int:
    """A usage or input error: one line on stderr, exit status 2."""
    print(f"kehoach {command}: {message}", file=sys.stderr)
    return 2


def cmd_batch(args: argparse.Namespace) -> int:
    from kehoach_parser.batch import BatchOptions, Limits, run_batch
    from kehoach_parser.batch.selection import Selection
    from kehoach_parser.errors import StoreError

    if args.workers < 1:
        return _fail("batch", "--workers must be at least 1")
    if args.engine == "dask" and not args.scheduler:
        return _fail("batch", "--engine dask needs --scheduler ADDRESS")
    if not args.store:
        return _fail("batch", "--store is empty: name the store file to write")
    missing = [i for i in args.inputs if not i or not os.path.exists(i)]
    if missing:
        return _fail("batch", "no such file or folder: " + ", ".join(repr(m) for m in missing))
    limits = Limits(
        timeout=args.timeout, memory=args.memory_limit * MIB,
        max_file_size=args.max_file_size * MIB, max_tasks_per_worker=args.max_tasks_per_worker,
    )
    options = BatchOptions(
        workers=args.workers, limits=limits, engine=args.engine, scheduler=args.scheduler,
        retry_errors=args.retry_errors, progress=not args.no_progress,
        progress_interval=args.progress_interval, ship_all=args.ship_all,
        sync=args.sync.upper(), pdf_engine=args.pdf_engine,
        selection=Selection().with_patterns(
            args.include, args.exclude, keep_default_excludes=not args.no_default_excludes),
    )
    try:
        summary = run_batch(args.inputs, args.store, options)
        if args.json:
            data = {k: getattr(summary, k) for k in (
                "store", "run_id", "engine", "workers", "total", "ok", "error", "skipped",
                "skipped_error", "elapsed", "status", "peak_rss_kb", "error_kinds",
                "left_out")}
            data["rate"] = summary.rate
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(summary.text())
            if summary.error:
                _print_errors(args.store, summary.run_id, summary.error)
            if summary.skipped_error:
                print(f"{summary.skipped_error} document(s) of the inputs are stored as error "
                      "rows of earlier runs (--retry-errors parses them again)",
                      file=sys.stderr)
    except StoreError as exc:
        return _fail("batch", exc)
    if summary.status != "finished":
        return 130
    return 0 if summary.all_ok or args.allow_errors else 1


def _print_errors(store_path: str, run_id: int, n: int, shown: int = 10) -> None:
    """The first error rows of this run, on stderr (stdout keeps the summary)."""
    from kehoach_parser.batch.store import Store

    with Store(store_path, readonly=True) as store:
        rows = store.errors(run_id=run_id, limit=shown)
    print(f"error rows of this run ({n}" + (f", first {shown}" if n > shown else "") + "):",
          file=sys.stderr)
    for source, kind, code, message in rows:
        print(f"  {display_source(source)}: {kind} {code}: {message}", file=sys.stderr)


# --- export ---------------------------------------------------------------------------------
def _register_export(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from kehoach_parser.batch.schema import EXPORT_TABLES

    p = subparsers.add_parser(
        "export", help="export a batch store to Parquet or JSONL",
        description="Write one file per table (documents, sections, indicators, dates, "
                    "doc_references, recipients, ...) to OUT.",
    )
    p.add_argument("--store", required=True, metavar="PATH")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    p.add_argument("--table", action="append", choices=EXPORT_TABLES, dest="tables",
                   help="export only this table (repeatable)")
    p.add_argument("--full", action="store_true",
                   help="also write records.jsonl: one complete parsed document per line")
    p.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from kehoach_parser.batch.export import check_output_folder, export_store
    from kehoach_parser.batch.store import Store
    from kehoach_parser.errors import OutputError, StoreError

    try:
        check_output_folder(args.out, create=False)  # before opening the store
        with Store(args.store, readonly=True) as store:
            written = export_store(store, args.out, fmt=args.format, tables=args.tables,
                                   full=args.full)
    except (StoreError, OutputError) as exc:
        return _fail("export", exc)
    for name, n in written.items():
        print(f"{os.path.join(args.out, name)}\t{n} rows")
    return 0


# --- indicators -----------------------------------------------------------------------------
def _register_indicators(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "indicators", help="list indicators across the documents of a store",
        description="Print the indicators (targets) of every stored document.  --name and "
                    "--issuer match a substring, ignoring case (and accents, when the query "
                    "has none).",
    )
    p.add_argument("--store", required=True, metavar="PATH")
    p.add_argument("--name", metavar="TEXT", help="indicator name contains TEXT")
    p.add_argument("--unit", metavar="U", help="unit is U ('%%', 'hộ', 'km'...)")
    p.add_argument("--year", type=int, metavar="Y", help="target year is Y")
    p.add_argument("--issuer", metavar="TEXT", help="issuer contains TEXT")
    p.add_argument("--status", choices=("target", "result", "all"), default="target",
                   help="targets (default), results (report figures), or both")
    p.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    p.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    p.set_defaults(func=cmd_indicators)


COLUMNS = ("issuer", "indicator", "direction", "comparator", "value", "unit", "year",
           "baseline", "status", "file")
_WIDTHS = {"issuer": 32, "indicator": 48, "file": 48}


def display_source(source: str, cwd: str | None = None) -> str:
    """A short name for a source: relative to ``cwd`` when under it, else the file name.

    '/a/b/plan.pdf' -> 'plan.pdf'; '/a/x.zip!/dir/plan.pdf' -> 'x.zip!/dir/plan.pdf';
    with cwd '/a': 'b/plan.pdf'.
    """
    outer, sep, inner = source.partition("!/")
    base = cwd if cwd is not None else os.getcwd()
    if base and os.path.isabs(outer) and outer.startswith(base.rstrip(os.sep) + os.sep):
        short = os.path.relpath(outer, base)
    else:
        short = os.path.basename(outer)
    return short + sep + inner


def _value(row: dict[str, Any]) -> str:
    def num(v: float | None) -> str:
        return "" if v is None else f"{v:g}"

    if row["value_max"] is not None:
        return f"{num(row['value'])}–{num(row['value_max'])}"
    return num(row["value"])


#: How a direction reads in the table ("Kéo giảm ít nhất 5% ..." → down, >=, 5, %).
_DIRECTION_WORDS = {"increase": "up", "decrease": "down", "maintain": "keep"}


def table_rows(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [
        {
            "issuer": row["issuer"] or "", "indicator": row["indicator"] or "",
            "comparator": row["comparator"] or "", "value": _value(row),
            "unit": row["unit"] or "", "year": "" if row["year"] is None else str(row["year"]),
            "direction": _DIRECTION_WORDS.get(row.get("direction") or "", ""),
            "baseline": "" if row.get("baseline_year") is None else str(row["baseline_year"]),
            "status": row.get("status") or "",
            "file": display_source(row["source"]),
        }
        for row in rows
    ]


def _cut(text: str, width: int, *, keep_end: bool = False) -> str:
    if len(text) <= width:
        return text
    return "…" + text[-(width - 1):] if keep_end else text[: width - 1] + "…"


def format_table(rows: list[dict[str, str]]) -> str:
    cells = [{c: _cut(r[c], _WIDTHS.get(c, 12), keep_end=c == "file") for c in COLUMNS}
             for r in rows]
    widths = {c: max([len(c)] + [len(r[c]) for r in cells]) for c in COLUMNS}
    right = {"value", "year", "baseline"}

    def line(r: dict[str, str]) -> str:
        return "  ".join(
            r[c].rjust(widths[c]) if c in right else r[c].ljust(widths[c]) for c in COLUMNS
        ).rstrip()

    header = line({c: c for c in COLUMNS})
    rule = "  ".join("-" * widths[c] for c in COLUMNS)
    return "\n".join([header, rule, *(line(r) for r in cells)])


def cmd_indicators(args: argparse.Namespace) -> int:
    from kehoach_parser.batch.store import Store
    from kehoach_parser.errors import StoreError

    try:
        with Store(args.store, readonly=True) as store:
            query = {"name": args.name, "unit": args.unit, "year": args.year,
                     "issuer": args.issuer}
            rows = []
            if args.status in ("target", "all"):
                rows += store.indicators(**query, limit=args.limit)
            if args.status in ("result", "all"):
                from kehoach_parser.batch.stored_results import stored_results

                rows += stored_results(store, **query, limit=args.limit)
            if args.status == "all":
                rows.sort(key=lambda r: (r["issuer"] is None, r["issuer"] or "",
                                         r["indicator"] is not None, r["indicator"] or "",
                                         r["source"]))
                rows = rows[:args.limit] if args.limit is not None else rows
            n_docs = store.counts()["ok"]
    except StoreError as exc:
        return _fail("indicators", exc)
    out = table_rows(rows)
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(out)
    elif args.format == "jsonl":
        for raw in rows:
            print(json.dumps(raw, ensure_ascii=False))
    else:
        print(format_table(out))
        print(f"{len(out)} indicators from {len({r['source'] for r in rows})} of {n_docs} "
              "parsed documents")
    return 0

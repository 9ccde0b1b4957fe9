"""Benchmark: our date extractor against dateparser's ``search_dates`` on the labeled corpus.

    .venv/bin/python benchmarks/bench_dates_vs_dateparser.py [CORPUS_DIR] [--repeat N]
    .venv/bin/python benchmarks/bench_dates_vs_dateparser.py corpus/real --split train --split dev

Both read the same normalised text of every ``NAME.txt`` that has a ``NAME.gold.json``.
A predicted date counts when its ISO value equals a gold date's value (each gold date is
matched at most once per document), the rule of ``kehoach eval``.  dateparser returns
datetimes, so its values are days ("2026-12-15"); it is run as the issue asks,
``search_dates(text, languages=["vi"])``, with default settings.  Two views are printed:
all gold dates, and only the gold dates written to the day (where dateparser is not
handicapped by having no month/quarter/half-year values).

Time is wall-clock for the whole corpus, best of ``--repeat`` runs: for us, the reference
and date stages (the date stage needs the references for roles), and the whole parse
(``kehoach_parser.parse`` of the same text: every stage); for dateparser, its
``search_dates`` calls.  The last line is the ratio the performance issue asks for:
dateparser's time over the whole parse's.  dateparser is a dev dependency only; the
extractor never imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kehoach_parser.context import ParseContext
from kehoach_parser.evaluation.corpus import discover
from kehoach_parser.extract.dates import extract_dates
from kehoach_parser.extract.references import extract_references
from kehoach_parser.high_level import parse
from kehoach_parser.loaders import load_path
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.lines import split_lines
from kehoach_parser.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Score:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _is_day(value: str | None) -> bool:
    return value is not None and len(value) == 10 and value[4] == "-" and value[7] == "-"


def _run_ours(norm: AlignedText) -> list[str | None]:
    ctx = ParseContext(aligned=norm, lines=split_lines(norm.text))
    ctx.body = (0, len(norm.text))
    extract_references(ctx)
    extract_dates(ctx)
    return [d.value for d in ctx.dates]  # a null value (yearless half-year) never matches


def _run_dateparser(text: str) -> list[str | None]:
    from dateparser.search import search_dates  # type: ignore[import-untyped]

    found = search_dates(text, languages=["vi"]) or []
    return [dt.date().isoformat() for _, dt in found]  # always a day


def _count(gold: list[str], pred: list[str | None]) -> int:
    both = Counter(gold) & Counter(p for p in pred if p is not None)
    return sum(both.values())


Preds = list[list[str | None]]


def _timed(fn: Callable[[], Preds], repeat: int) -> tuple[Preds, float]:
    best = float("inf")
    out: Preds = []
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return out, best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "corpus"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--split", action="append", choices=("train", "dev"), default=[],
                    help="only these splits of a corpus with a sources.tsv (never test)")
    args = ap.parse_args(argv)
    try:
        import dateparser  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        print("dateparser is not installed: pip install dateparser (or the 'dev' extra)")
        return 2

    docs: list[tuple[str, AlignedText, list[str]]] = []
    raw: list[str] = []
    splits: list[str | None] = list(args.split) or [None]
    if splits == [None] and (Path(args.corpus) / "sources.tsv").is_file():
        splits = ["train", "dev"]  # a corpus with splits: never its test split
    for item in (d for split in splits for d in discover(args.corpus, split)):
        if item.document.suffix != ".txt":
            continue
        gold = [d["value"] for d in json.loads(item.gold.read_text("utf-8"))["dates"]
                if d.get("value")]
        text = load_path(item.document).text
        raw.append(text)
        docs.append((item.name, normalize(text), gold))
    if not docs:
        print(f"no labeled .txt documents in {args.corpus}")
        return 1

    our_preds, our_time = _timed(lambda: [_run_ours(n) for _, n, _ in docs], args.repeat)
    dp_preds, dp_time = _timed(
        lambda: [_run_dateparser(n.text) for _, n, _ in docs], args.repeat,
    )
    _, parse_time = _timed(lambda: [[parse(t).source] for t in raw], args.repeat)

    views: dict[str, dict[str, Score]] = {"all gold dates": {}, "day-level gold dates": {}}
    for view, rows in views.items():
        for system, preds, seconds in (("kehoach_parser", our_preds, our_time),
                                       ("dateparser.search_dates", dp_preds, dp_time)):
            s = Score(seconds=seconds)
            for (_, _, gold), pred in zip(docs, preds, strict=True):
                if view.startswith("day"):
                    gold = [g for g in gold if _is_day(g)]
                    pred = [p for p in pred if _is_day(p)]
                s.gold += len(gold)
                s.pred += len(pred)
                s.matched += _count(gold, pred)
            rows[system] = s

    print(f"Dates on {len(docs)} documents of {args.corpus} (match on ISO value; "
          f"time = best of {args.repeat})\n")
    for view, rows in views.items():
        print(f"{view}:")
        print(f"| {'system':<24} | gold | pred | match | precision | recall |   F1  | time (s) |")
        print(f"|{'-' * 26}|------|------|-------|-----------|--------|-------|----------|")
        for system, s in rows.items():
            print(f"| {system:<24} | {s.gold:>4} | {s.pred:>4} | {s.matched:>5} | "
                  f"{s.precision:>9.3f} | {s.recall:>6.3f} | {s.f1:.3f} | {s.seconds:>8.3f} |")
        print()
    print(f"whole parse of the same {len(raw)} texts (every stage): {parse_time:.3f} s; "
          f"dateparser.search_dates alone: {dp_time:.3f} s — the whole parse is "
          f"{dp_time / parse_time:.1f}× faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())

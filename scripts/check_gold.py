#!/usr/bin/env python3
"""Check gold annotation files against the annotation spec (``../shared/spec/annotation.md``).

Usage::

    python3 scripts/check_gold.py corpus/real            # every NAME.gold.json of a folder
    python3 scripts/check_gold.py corpus/real/A001.gold.json [more ...]

Standard library only, and it never imports the parser: annotators run it while they label,
without seeing anything the parser would produce.

Errors (exit status 1) are what the spec makes mandatory:

* every top-level key present, with the right JSON type; every record has its keys;
* every string is Unicode NFC, without leading or trailing white space;
* every record's ``text`` occurs verbatim in the document (white space folded to one space:
  a hard-wrapped line break is written as a space in the gold);
* indicator values agree with Vietnamese number notation: ``value``, ``value_max`` and ``total``
  are numbers printed in the record's ``text`` ("10.900" = 10900, "54,6" = 54.6);
* dates are valid ISO values of the spec's forms (``2026``, ``2026-03``, ``2026-03-27``,
  ``2026-Q1``, ``2026-H2``) with a known role; comparators, directions, kinds and levels are
  from the spec's lists.

Warnings are printed but do not fail: a section title or a header field that cannot be found in
the text (markup and line wrapping make that legitimate sometimes).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

TOP_KEYS: dict[str, tuple[type, ...]] = {
    "doc_type": (str, type(None)),
    "number": (str, type(None)),
    "symbol": (str, type(None)),
    "title": (str, type(None)),
    "place": (str, type(None)),
    "issued_date": (str, type(None)),
    "issuer": (str, type(None)),
    "signers": (list,),
    "recipients": (list,),
    "archive": (list,),
    "sections": (list,),
    "indicators": (list,),
    "dates": (list,),
    "references": (list,),
}
#: Keys the project added to the shared spec (docs/annotation.md); optional in seed gold.
OPTIONAL_TOP_KEYS: dict[str, tuple[type, ...]] = {"results": (list,)}

INDICATOR_KEYS = ("name", "group", "comparator", "value", "value_max", "unit", "direction",
                  "year", "label", "text", "total")
DATE_KEYS = ("text", "value", "role")
REFERENCE_KEYS = ("text", "doc_type", "number", "date", "issuer")
SECTION_KEYS = ("label", "title", "level", "kind")
SIGNER_KEYS = ("name", "position", "authority")

COMPARATORS = {">", ">=", "<", "<=", "~", "range", "=", None}
DIRECTIONS = {"increase", "decrease", "maintain", None}
KINDS = {"purpose", "targets", "content", "tasks", "subjects", "timeline", "rewards",
         "implementation", "theme", "other", None}
ROLES = {"issued", "reference", "deadline", "period_start", "period_end", "period", "event"}
AUTHORITIES = {"KT.", "TM.", "TL.", "TUQ.", None}

_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?$")
_WS_RE = re.compile(r"\s+")
_NUM_RE = re.compile(r"(?<![\d])\d+(?:[.,]\d+)*")
_MARKUP_RE = re.compile(r"[*#_`]+")
_LATEX = {r"\geq": "≥", r"\leq": "≤", r"\approx": "≈", "$": ""}


def plain(s: str) -> str:
    """The text with Markdown/LaTeX markup removed (OCR output), white space folded."""
    for k, v in _LATEX.items():
        s = s.replace(k, v)
    return fold(_MARKUP_RE.sub("", s))


def fold(s: str) -> str:
    return _WS_RE.sub(" ", unicodedata.normalize("NFC", s)).strip()


def valid_iso(value: str) -> bool:
    m = _ISO_RE.match(value)
    if not m:
        return False
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is not None and not 1 <= int(month) <= 12:
        return False
    if day is not None:
        try:
            _dt.date(int(year), int(month), int(day))
        except ValueError:
            return False
    return True


def vietnamese_numbers(text: str) -> list[float]:
    """Every number printed in ``text`` read with Vietnamese notation.

    A "." followed by exactly three digits separates thousands; a "," is the decimal mark;
    any other "." is read as a decimal point (how documents sometimes write "3.25 triệu"); a
    run of three-digit groups after a space is one number too ("30 000 ha").
    Each dotted or comma group is also read piece by piece, so "2.1" as a label still yields 2
    and 1.
    """
    values: list[float] = []
    for m in _NUM_RE.finditer(text):
        tok = m.group()
        parts = re.split(r"[.,]", tok)
        values.extend(float(p) for p in parts)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", tok):
            values.append(float(tok.replace(".", "").replace(",", ".")))
        elif re.fullmatch(r"\d+,\d+", tok):
            values.append(float(tok.replace(",", ".")))
        elif re.fullmatch(r"\d+\.\d+", tok):
            values.append(float(tok))
    # thousands separated by a space (or a no-break space): "30 000 ha", "1 250 000 đồng"
    for m in re.finditer(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])", text):
        values.append(float(re.sub(r"[ \u00a0]", "", m.group())))
    # money written in two scales: "16 tỷ 434 triệu" = 16,434 tỷ; "405 tỉ 449 triệu"
    for m in re.finditer(r"(\d+)\s*t[ỷỉ]\s+(\d{1,3})\s*triệu", text):
        values.append(float(m.group(1)) + float(m.group(2)) / 1000)
    return values


class Report:
    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{self.name}: {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{self.name}: {where}: {msg}")


def _check_strings(obj: Any, where: str, rep: Report) -> None:
    if isinstance(obj, str):
        if unicodedata.normalize("NFC", obj) != obj:
            rep.error(where, "string is not NFC")
        if obj != obj.strip():
            rep.error(where, "leading or trailing white space")
    elif isinstance(obj, list):
        for i, x in enumerate(obj):
            _check_strings(x, f"{where}[{i}]", rep)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _check_strings(v, f"{where}.{k}", rep)


def _check_keys(rec: Any, keys: tuple[str, ...], where: str, rep: Report) -> bool:
    if not isinstance(rec, dict):
        rep.error(where, "record is not an object")
        return False
    missing = [k for k in keys if k not in rec]
    if missing:
        rep.error(where, f"missing keys {missing}")
    return not missing


def _check_verbatim(text: Any, doc: str, plain_doc: str, where: str, rep: Report) -> None:
    if not isinstance(text, str) or not text:
        rep.error(where, "text must be a non-empty string")
        return
    if fold(text) not in doc and plain(text) not in plain_doc:
        rep.error(where, f"text not found verbatim in the document: {text[:80]!r}")


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _check_quantity(rec: dict[str, Any], where: str, rep: Report) -> None:
    if rec.get("comparator") not in COMPARATORS:
        rep.error(where, f"unknown comparator {rec.get('comparator')!r}")
    if rec.get("direction") not in DIRECTIONS:
        rep.error(where, f"unknown direction {rec.get('direction')!r}")
    year = rec.get("year")
    if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
        rep.error(where, f"year must be an integer year or null, got {year!r}")
    label = rec.get("label")
    if label is not None and not isinstance(label, str):
        rep.error(where, "label must be a string or null")
    for key in ("name", "group", "unit"):
        if rec.get(key) is not None and not isinstance(rec.get(key), str):
            rep.error(where, f"{key} must be a string or null")
    if rec.get("comparator") == "range" and rec.get("value_max") is None:
        rep.error(where, "comparator 'range' needs value_max")
    if rec.get("value") is None and rec.get("comparator") is not None:
        rep.warn(where, "comparator without a value")
    numbers = vietnamese_numbers(rec.get("text") or "")
    for key in ("value", "value_max", "total"):
        v = rec.get(key)
        if v is None:
            continue
        if not _is_number(v):
            rep.error(where, f"{key} must be a number, got {v!r}")
            continue
        if not any(abs(float(v) - n) <= 1e-9 * max(1.0, abs(n)) for n in numbers):
            rep.error(where, f"{key} {v!r} is not a number printed in the text "
                             f"(read as Vietnamese notation: {sorted(set(numbers))[:8]})")


def check_file(gold_path: Path) -> Report:
    name = gold_path.name[: -len(".gold.json")]
    rep = Report(name)
    doc_path = None
    for suffix in (".txt", ".md"):
        cand = gold_path.with_name(name + suffix)
        if cand.is_file():
            doc_path = cand
            break
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        rep.error("file", f"not readable JSON: {exc}")
        return rep
    if not isinstance(gold, dict):
        rep.error("file", "top level is not an object")
        return rep
    if doc_path is None:
        rep.error("file", "no NAME.txt or NAME.md beside the gold")
        doc = ""
    else:
        raw = doc_path.read_text(encoding="utf-8")
        doc = fold(raw)
        if raw.strip() == "":
            rep.error("file", "document is empty")
    for key, types in TOP_KEYS.items():
        if key not in gold:
            rep.error(key, "missing key")
        elif not isinstance(gold[key], types):
            rep.error(key, f"wrong type {type(gold[key]).__name__}")
    for key, types in OPTIONAL_TOP_KEYS.items():
        if key in gold and not isinstance(gold[key], types):
            rep.error(key, f"wrong type {type(gold[key]).__name__}")
    extra = set(gold) - set(TOP_KEYS) - set(OPTIONAL_TOP_KEYS)
    if extra:
        rep.error("file", f"unknown keys {sorted(extra)}")
    _check_strings(gold, "gold", rep)
    plain_doc = plain(doc)
    plain_lower = plain_doc.casefold()

    issued = gold.get("issued_date")
    if isinstance(issued, str) and not valid_iso(issued):
        rep.error("issued_date", f"not a valid ISO date: {issued!r}")
    folded_lower = doc.casefold()
    for key in ("number", "place"):
        v = gold.get(key)
        if isinstance(v, str) and fold(v).casefold() not in folded_lower:
            rep.warn(key, f"{v!r} not found in the text")
    sym = gold.get("symbol")
    if isinstance(sym, str):
        if " " in sym:
            rep.error("symbol", "symbol is written without spaces")
        if sym.casefold() not in _WS_RE.sub("", doc).casefold():
            rep.warn("symbol", f"{sym!r} not found in the text")

    for i, s in enumerate(gold.get("signers") or []):
        where = f"signers[{i}]"
        if _check_keys(s, SIGNER_KEYS, where, rep) and s.get("authority") not in AUTHORITIES:
            rep.error(where, f"unknown authority {s.get('authority')!r}")
    for i, r in enumerate(gold.get("recipients") or []):
        if not isinstance(r, str):
            rep.error(f"recipients[{i}]", "must be a string")
    for i, a in enumerate(gold.get("archive") or []):
        if not isinstance(a, str):
            rep.error(f"archive[{i}]", "must be a string")

    for i, s in enumerate(gold.get("sections") or []):
        where = f"sections[{i}]"
        if not _check_keys(s, SECTION_KEYS, where, rep):
            continue
        level, kind = s.get("level"), s.get("kind")
        if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= 6:
            rep.error(where, f"level must be an integer 0-6, got {level!r}")
        if kind not in KINDS:
            rep.error(where, f"unknown kind {kind!r}")
        if kind is not None and level != 1:
            rep.error(where, "kind is given on level 1 only")
        if not isinstance(s.get("label"), str) or not s.get("label"):
            rep.error(where, "label must be a non-empty string")
        title = s.get("title")
        if isinstance(title, str):
            if plain(title).casefold() not in plain_lower:
                rep.warn(where, f"title not found in the text: {title[:60]!r}")

    for list_key in ("indicators", "results"):
        for i, rec in enumerate(gold.get(list_key) or []):
            where = f"{list_key}[{i}]"
            if _check_keys(rec, INDICATOR_KEYS, where, rep):
                _check_verbatim(rec.get("text"), doc, plain_doc, where, rep)
                _check_quantity(rec, where, rep)

    for i, d in enumerate(gold.get("dates") or []):
        where = f"dates[{i}]"
        if not _check_keys(d, DATE_KEYS, where, rep):
            continue
        _check_verbatim(d.get("text"), doc, plain_doc, where, rep)
        v = d.get("value")
        if not isinstance(v, str) or not valid_iso(v):
            rep.error(where, f"not a valid ISO date value: {v!r}")
        if d.get("role") not in ROLES:
            rep.error(where, f"unknown role {d.get('role')!r}")

    for i, r in enumerate(gold.get("references") or []):
        where = f"references[{i}]"
        if not _check_keys(r, REFERENCE_KEYS, where, rep):
            continue
        _check_verbatim(r.get("text"), doc, plain_doc, where, rep)
        num = r.get("number")
        if not isinstance(num, str) or not num:
            rep.error(where, "a reference needs its number")
        elif " " in num:
            rep.error(where, "reference number is written without spaces")
        date = r.get("date")
        if date is not None and (not isinstance(date, str) or not valid_iso(date)):
            rep.error(where, f"not a valid ISO date: {date!r}")
    return rep


def gold_files(args: list[str]) -> list[Path]:
    files: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            files.extend(sorted(p.glob("*.gold.json")))
        else:
            files.append(p)
    return files


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    quiet = "--quiet" in args
    args = [a for a in args if a != "--quiet"]
    if not args:
        print(__doc__)
        return 2
    files = gold_files(args)
    n_err = n_warn = 0
    for f in files:
        rep = check_file(f)
        n_err += len(rep.errors)
        n_warn += len(rep.warnings)
        for line in rep.errors:
            print("ERROR", line)
        if not quiet:
            for line in rep.warnings:
                print("warn ", line)
    print(f"check_gold: {len(files)} files, {n_err} errors, {n_warn} warnings")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())

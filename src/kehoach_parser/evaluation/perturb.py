"""Layout perturbations: the same document in the layouts people find it in.

A perturbation rewrites a labeled document's text so that its *layout* changes and its
*content* does not: line breaks at a fixed width, Windows line ends, decomposed tone marks,
tables with tabs instead of bars ...  The gold stays valid, because the spec compares values,
names and titles with white space folded (``docs/annotation.md``).  Scoring a corpus under a
perturbation (``kehoach eval DIR --perturb hard_wrap``) therefore measures how much of the
parser's accuracy depends on one layout of the text, on documents whose gold we already have:
a rule written for one document's line breaks loses its score here.

Every perturbation is deterministic: it takes the text and a seed (the document's name), so
that two runs give the same texts.  Add one with :func:`register`; the registry is
:data:`PERTURBATIONS`.

>>> apply_perturbations("a b c d e f\\r\\n", ["crlf"], seed="x") == "a b c d e f\\r\\n"
True
>>> "\\t" in apply_perturbations("| 1 | Tỷ lệ | 95% |\\n", ["bars_to_tabs"], seed="x")
True
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import regex

from kehoach_parser.errors import KehoachError
from kehoach_parser.lazy_pattern import lazy_compile

#: A perturbation: (text, random generator seeded by the document) -> new text.
Rewrite = Callable[[str, random.Random], str]


@dataclass(frozen=True)
class Perturbation:
    """A named layout change and what it imitates."""

    name: str
    imitates: str
    rewrite: Rewrite


#: The registered perturbations by name, in registration order.
PERTURBATIONS: dict[str, Perturbation] = {}


def register(name: str, imitates: str) -> Callable[[Rewrite], Rewrite]:
    """Register ``rewrite`` under ``name`` (a decorator)."""

    def add(rewrite: Rewrite) -> Rewrite:
        if name in PERTURBATIONS:
            raise KehoachError(f"perturbation {name!r} is registered twice")
        PERTURBATIONS[name] = Perturbation(name, imitates, rewrite)
        return rewrite

    return add


def perturbation_names(spec: str | Iterable[str]) -> list[str]:
    """The names of a comma-separated list (or an iterable), each checked against the registry."""
    names = [n.strip() for n in (spec.split(",") if isinstance(spec, str) else spec)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        raise KehoachError(
            f"unknown perturbation(s) {', '.join(unknown)}: use {', '.join(PERTURBATIONS)}")
    return names


def apply_perturbations(text: str, names: Sequence[str], *, seed: str) -> str:
    """``text`` rewritten by each named perturbation in turn (generators seeded by ``seed``)."""
    for name in perturbation_names(names):
        digest = hashlib.sha256(f"{name}\0{seed}".encode()).digest()
        rng = random.Random(int.from_bytes(digest[:8], "big"))
        text = PERTURBATIONS[name].rewrite(text, rng)
    return text


# --- the perturbations ---------------------------------------------------------------------

#: A line that is a table row (bars or tabs between cells): never re-wrapped.
_TABLE_ROW = lazy_compile(r"\||\t")

#: Width range of fixed-width text from legal websites and PDF text lines.
WRAP_WIDTHS = (62, 86)


@register("hard_wrap", "fixed-width text of legal websites and PDF text: long lines broken "
          "at a width between 62 and 86 characters, at a space")
def hard_wrap(text: str, rng: random.Random) -> str:
    width = rng.randint(*WRAP_WIDTHS)
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or _TABLE_ROW.search(line):
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        rest = line
        while len(rest) > width:
            cut = rest.rfind(" ", indent + 1, width + 1)
            if cut <= indent:
                cut = rest.find(" ", width)
                if cut < 0:
                    break
            out.append(rest[:cut].rstrip(" "))
            rest = rest[cut:].lstrip(" ")
            indent = 0
        out.append(rest)
    return "\n".join(out)


@register("crlf", "files saved on Windows: every line ends with CR LF")
def crlf(text: str, rng: random.Random) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


@register("nfd", "text copied from some PDF viewers and macOS: tone marks decomposed (NFD)")
def nfd(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFD", text)


#: A line that opens a new block: a label, a bullet or a table bar (the line before it ended
#: its paragraph, whatever its last sign).
_BLOCK_START = lazy_compile(
    r"^[ \t]*(?:(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2})*[.)/]|[a-zđ][.)]|\(\d+\)|[-+•*–])(?=[ \t])"
    r"|(?i:phần|chương|điều|mục|nơi nhận)\b)")


@register("blank_lines", "web pages copied paragraph by paragraph: a blank line after each "
          "paragraph (a line that ends a sentence or comes before a label or a bullet; "
          "table rows stay together)")
def blank_lines(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not line.strip() or not nxt.strip() or _TABLE_ROW.search(line + nxt):
            continue  # tables keep their rows together
        if line.rstrip()[-1] in ".:;!?" or _BLOCK_START.match(nxt):
            out.append("")
    return "\n".join(out)


@register("double_spaced", "text copied line by line from some web pages, and PDF text whose "
          "lines were not joined into paragraphs: a blank line after every line")
def double_spaced(text: str, rng: random.Random) -> str:
    return "\n".join(line + "\n" if line.strip() else line for line in text.split("\n"))


@register("no_blank_lines", "text whose blank lines were lost: every empty line removed")
def no_blank_lines(text: str, rng: random.Random) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


@register("indent", "text from word processors: each line indented by 0 to 6 spaces or a tab")
def indent(text: str, rng: random.Random) -> str:
    pads = ("", " ", "  ", "    ", "      ", "\t")
    return "\n".join((rng.choice(pads) + line) if line.strip() else line
                     for line in text.split("\n"))


@register("trailing_spaces", "text from PDF and fixed-width pages: spaces left at line ends")
def trailing_spaces(text: str, rng: random.Random) -> str:
    return "\n".join(line + " " * rng.randint(0, 3) if line.strip() else line
                     for line in text.split("\n"))


#: A Markdown pipe-table row: cells between bars.
_PIPE_ROW = lazy_compile(r"^[ \t]*\|(.*)\|[ \t]*$")
#: A Markdown table's rule row ("|---|:--:|").
_PIPE_RULE = lazy_compile(r"^[ \t]*\|?[ \t:|-]*-{3,}[ \t:|-]*\|?[ \t]*$")


def _cells(line: str) -> list[str] | None:
    m = _PIPE_ROW.match(line)
    return [c.strip() for c in m.group(1).split("|")] if m else None


def _rejoin_rows(text: str, join: Callable[[list[str]], str]) -> str:
    """``text`` with each Markdown table row's cells joined by ``join`` and rule rows gone."""
    out: list[str] = []
    for line in text.split("\n"):
        if _PIPE_RULE.match(line) and "-" in line:
            continue
        cells = _cells(line)
        out.append(join(cells) if cells is not None else line)
    return "\n".join(out)


@register("bars_to_tabs", "tables converted from DOCX: cells separated by tabs, no rule rows")
def bars_to_tabs(text: str, rng: random.Random) -> str:
    return _rejoin_rows(text, "\t".join)


@register("bars_to_spaces", "tables in PDF text: cells separated by runs of spaces")
def bars_to_spaces(text: str, rng: random.Random) -> str:
    return _rejoin_rows(
        text, lambda cells: "".join(c + " " * rng.randint(3, 8) for c in cells).rstrip())


#: Dashes and bullets a line may open with, which some converters turn into another sign.
_DASH_BULLET = lazy_compile(r"^([ \t]*)-(?=[ \t])", flags=regex.MULTILINE)


@register("bullets", "word-processor bullets: a list's '- ' become '• ' or '– '")
def bullets(text: str, rng: random.Random) -> str:
    sign = rng.choice(("•", "–", "−"))
    return _DASH_BULLET.sub(lambda m: m.group(1) + sign, text)

"""Input classes for the scaling benchmark and the fuzz report (issue 13).

Each class is a generator ``make(n_chars) -> str`` that returns about ``n_chars`` characters of
one kind of input: real plans, and the shapes that once made a stage super-linear (long runs of
spaces, text dense with dates, dense number lists, thousands of "Căn cứ" lines, one very long
line, stacks of combining marks, unclosed nested brackets, malformed numbers …).  The texts are
built from a seed with :mod:`random`, so every run measures the same input.

Used by ``benchmarks/bench_scaling.py`` and ``scripts/robustness_report.py``.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261206


def _fill(n_chars: int, piece: Callable[[random.Random, int], str], sep: str = "\n") -> str:
    rnd = random.Random(SEED)
    out: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        chunk = piece(rnd, i)
        out.append(chunk)
        size += len(chunk) + len(sep)
        i += 1
    return sep.join(out)[:n_chars]


def _real_texts() -> list[str]:
    """The real corpus's train and dev texts (the test split is not read here either)."""
    real = ROOT / "corpus" / "real"
    texts: list[str] = []
    with open(real / "sources.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row.get("split") in {"train", "dev"}:
                path = real / f"{row['id']}.txt"
                if path.exists():
                    texts.append(path.read_text(encoding="utf-8"))
    return texts


@lru_cache(maxsize=1)
def _real() -> tuple[str, ...]:
    return tuple(_real_texts())


def real_plans(n_chars: int) -> str:
    """Different real documents one after another (cycling when the corpus runs out)."""
    texts = _real()
    return _fill(n_chars, lambda _r, i: texts[i % len(texts)], sep="\n\n")


def repeated_plan(n_chars: int) -> str:
    """One real plan copied again and again: every item restates an earlier one."""
    plan = max(_real()[:20], key=len)
    return _fill(n_chars, lambda _r, _i: plan, sep="\n\n")


def one_line(n_chars: int) -> str:
    """Real plans with every line break replaced by a space: a single line of any length."""
    return " ".join(real_plans(n_chars).split("\n"))


def space_runs(n_chars: int) -> str:
    """Lines with long runs of spaces and tabs between their words."""
    def piece(r: random.Random, i: int) -> str:
        gap = (" " if i % 2 else "\t") * r.randint(200, 4000)
        return f"{i % 9 + 1}. Tỷ lệ hộ nghèo{gap}giảm{gap}{r.randint(1, 9)},5%{gap}năm 2026"
    return _fill(n_chars, piece)


def dense_dates(n_chars: int) -> str:
    """Dates in every written form, dozens per line."""
    forms = ["ngày {d} tháng {m} năm {y}", "{d}/{m}/{y}", "ngày {d}/{m}", "tháng {m}/{y}",
             "quý {q}/{y}", "trước ngày {d}/{m}/{y}", "từ ngày {d}/{m} đến ngày {d}/{m}/{y}",
             "năm {y}", "giai đoạn {y}-{y2}", "6 tháng đầu năm {y}", "{d}-{m}-{y}"]

    def piece(r: random.Random, _i: int) -> str:
        parts = []
        for _ in range(12):
            y = r.randint(2018, 2030)
            parts.append(r.choice(forms).format(d=r.randint(1, 31), m=r.randint(1, 12), y=y,
                                                y2=y + 5, q=r.choice(["I", "II", "III", "IV"])))
        return "- Hoàn thành " + ", ".join(parts) + "."
    return _fill(n_chars, piece)


def dense_numbers(n_chars: int) -> str:
    """Lists of numbers in every notation, with units and percentages."""
    def piece(r: random.Random, _i: int) -> str:
        nums = []
        for _ in range(20):
            k = r.randint(0, 5)
            if k == 0:
                nums.append(f"{r.randint(1, 999)}.{r.randint(0, 999):03d}")
            elif k == 1:
                nums.append(f"{r.randint(1, 99)},{r.randint(0, 99)}%")
            elif k == 2:
                nums.append(f"{r.randint(1, 999)} tỷ đồng")
            elif k == 3:
                a, b, c, d = (r.randint(1, 9) for _ in range(4))
                nums.append(f"{a},{b}.{c}.{d}")  # malformed: "1,1.1.1"
            elif k == 4:
                nums.append(f"{r.randint(1, 99)}/{r.randint(1, 99)}")
            else:
                nums.append(f"{r.randint(1, 9999)} người")
        return "- Phấn đấu đạt " + "; ".join(nums) + "."
    return _fill(n_chars, piece)


def citations(n_chars: int) -> str:
    """Thousands of "Căn cứ …" lines, each citing documents by number, symbol and date."""
    types = ["Nghị định", "Quyết định", "Thông tư", "Nghị quyết", "Kế hoạch", "Chỉ thị"]
    codes = ["NĐ-CP", "QĐ-UBND", "TT-BTC", "NQ-HĐND", "KH-UBND", "CT-TTg"]

    def piece(r: random.Random, _i: int) -> str:
        k = r.randrange(len(types))
        return (f"Căn cứ {types[k]} số {r.randint(1, 999)}/{r.randint(2015, 2026)}/{codes[k]} "
                f"ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2015, 2026)} của "
                f"Ủy ban nhân dân tỉnh về việc thực hiện {types[(k + 1) % 6].lower()} số "
                f"{r.randint(1, 99)}/{codes[(k + 2) % 6]};")
    return _fill(n_chars, piece)


def combining_marks(n_chars: int) -> str:
    """Words under stacks of combining marks (decomposed text gone wrong)."""
    marks = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"]

    def piece(r: random.Random, i: int) -> str:
        stack = "".join(r.choice(marks) for _ in range(r.randint(1, 400)))
        return f"{i % 9 + 1}. Tỷ le{stack} hộ nghèo giảm {r.randint(1, 9)}%"
    return _fill(n_chars, piece)


def open_brackets(n_chars: int) -> str:
    """Unclosed nested brackets with digits inside, in long runs."""
    def piece(r: random.Random, _i: int) -> str:
        depth = r.randint(50, 800)
        inner = "".join(f"({r.randint(1, 99)} " for _ in range(depth))
        return f"- Tỷ lệ {inner}đạt {r.randint(1, 99)}%"
    return _fill(n_chars, piece)


def label_lines(n_chars: int) -> str:
    """Nothing but heading and item labels, in every style, thousands of them."""
    labels = ["I.", "II.", "1.", "1.1.", "1.1.1.", "a)", "đ)", "-", "+", "(1)", "PHẦN I",
              "Điều 1.", "Chương II", "Mục 3"]

    def piece(r: random.Random, _i: int) -> str:
        return f"{r.choice(labels)} {r.choice(['MỤC TIÊU', 'Nhiệm vụ', 'tổ chức thực hiện', ''])}"
    return _fill(n_chars, piece)


def pipe_tables(n_chars: int) -> str:
    """Long pipe tables of indicators with two target columns."""
    def piece(r: random.Random, i: int) -> str:
        return (f"| {i + 1} | Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng | % | "
                f"{r.randint(1, 30)},{r.randint(0, 9)} | {r.randint(1, 30)} | "
                f"{r.randint(1, 999)} tỷ đồng |")
    return _fill(n_chars, piece)


def bar_lines(n_chars: int) -> str:
    """Tables copied from web pages: a line of bars between cells, hundreds of bars in a run
    and no header among them."""
    def piece(r: random.Random, i: int) -> str:
        return "|" if i % 3 else f"{r.randint(1, 99)},{r.randint(0, 9)} ha"
    return _fill(n_chars, piece)


def figure_paragraph(n_chars: int) -> str:
    """One paragraph of figures, each a value and its share ("… đạt 105 ha, chiếm 6% …"):
    every clause looks back over the figures before it in its sentence."""
    def piece(r: random.Random, i: int) -> str:
        return (f"diện tích lúa vùng {i} đạt {r.randint(100, 999)} ha, chiếm "
                f"{r.randint(1, 90)}% diện tích lúa,")
    return "Một số chỉ tiêu khác cũng được chốt, gồm: " + _fill(n_chars, piece, sep=" ")


#: What damaged and hostile input is made of: single characters (separators, controls, odd
#: spaces, combining marks, lone surrogates, mojibake) and pieces of plans (labels, dates,
#: malformed numbers, citations, signature words, long runs).  The fuzz tests and
#: ``benchmarks/fuzz.py`` insert them into real lines and documents.
HOSTILE_PIECES: list[str] = [
    *"0123456789,.;:/%()[]|-+–*#_\\$\t \n\r\x00\x0c\u00a0\u200b\ufeff",
    "\u0301", "\u0303", "\u0309", "\u0323", "\u031b", "Ã", "º", "Æ°", "áº", "\ud800", "\udfff",
    "ngày ", "tháng ", "năm ", "ngày 31 tháng 4 năm 2026", "1,1.1.1", "mục 1,2.1.3",
    "Căn cứ ", "Căn cứ Nghị định số 1/2020/NĐ-CP", "số ", "I. ", "1. ", "1.1. ", "a) ", "- ",
    "(1) ", "KẾ HOẠCH", "Số: ", "/KH-UBND", "tỷ đồng", "giảm ", "đạt ", "trên ", "≥", "‰",
    "(", "((((", "(" * 40, " " * 300, "\t" * 50, "|", "| --- |", "Nơi nhận:", "KT. CHỦ TỊCH",
]


#: name → (generator, what it holds)
INPUT_CLASSES: dict[str, Callable[[int], str]] = {
    "real plans": real_plans,
    "one plan repeated": repeated_plan,
    "one long line": one_line,
    "space and tab runs": space_runs,
    "dense dates": dense_dates,
    "dense numbers": dense_numbers,
    "Căn cứ citations": citations,
    "combining-mark stacks": combining_marks,
    "unclosed brackets": open_brackets,
    "label lines only": label_lines,
    "pipe tables": pipe_tables,
    "web-table bar lines": bar_lines,
    "one paragraph of figures": figure_paragraph,
}

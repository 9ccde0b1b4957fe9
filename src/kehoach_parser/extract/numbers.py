"""Numbers as Vietnamese documents write them, read into floats (and written back).

Vietnamese notation groups thousands with "." and marks decimals with ",":
"10.900" = 10900, "54,6" = 54.6, "1.500,5" = 1500.5, "08" = 8.  Signs stand right before
the digits: "-0,2", "+0,1".

Copies from the web sometimes use the English convention ("9.5%", "1,500").  A single
separator is read by the number of digits after it:

* "." followed by exactly three digits is a thousands separator ("10.900" → 10900);
  followed by one, two or more than three digits it is a decimal point ("9.5" → 9.5,
  "12.50" → 12.5).
* "," is always a decimal comma when it occurs once ("54,6", "1,500" → 1.5): in Vietnamese
  prose a comma never groups thousands.  Several commas ("1,500,000") group thousands.
* When both occur, the last one is the decimal mark ("1.500,5", "1,500.5").

Numbers in words ("hai", "mười lăm", "một trăm") are read by :func:`parse_number_words`.
"""

from __future__ import annotations

from kehoach_parser.lang.vi.number_words import (
    AFTER_TENS_DIGITS,
    DIGIT_WORDS,
    HUNDRED_WORD,
    RUN_WORDS,
    SCALE_WORDS,
    TEN_WORD,
    TENS_WORD,
    ZERO_TENS_WORDS,
)
from kehoach_parser.lang.vi.patterns import alternation
from kehoach_parser.lazy_pattern import lazy_compile

#: A number as written: optional sign, digits, "." / "," separators.
NUMBER_PATTERN = r"[-+−]?\d+(?:[.,]\d+)*"
_NUMBER_RE = lazy_compile(rf"\A\s*({NUMBER_PATTERN})\s*\Z")


def parse_vi_number(text: str) -> float | None:
    """Read a number written the Vietnamese way; ``None`` when ``text`` is not one.

    Separators that fit no notation ("1,1.1.1", a section number "1,2.1.3") are not a
    number: ``None``, never an exception.
    """
    m = _NUMBER_RE.match(text)
    if m is None:
        return None
    try:
        return _read_number(m.group(1))
    except ValueError:
        return None


def _read_number(s: str) -> float:
    s = s.replace("−", "-")
    sign = 1.0
    if s[0] in "+-":
        sign = -1.0 if s[0] == "-" else 1.0
        s = s[1:]
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        # the last separator is the decimal mark
        if s.rfind(",") > s.rfind("."):
            whole, frac = s.rsplit(",", 1)
            whole = whole.replace(".", "")
        else:
            whole, frac = s.rsplit(".", 1)
            whole = whole.replace(",", "")
        return sign * float(f"{whole}.{frac}")
    if commas > 1:
        return sign * float(s.replace(",", ""))
    if commas == 1:
        return sign * float(s.replace(",", "."))
    if dots > 1:
        return sign * float(s.replace(".", ""))
    if dots == 1:
        whole, frac = s.split(".")
        if len(frac) == 3:
            return sign * float(whole + frac)
        return sign * float(f"{whole}.{frac}")
    return sign * float(s)


def format_vi_number(value: float, decimals: int = 0, *, group: bool = True,
                     signed: bool = False) -> str:
    """Write ``value`` the Vietnamese way: "10.900", "54,6", "1.500,25", "+0,1"."""
    negative = value < 0
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    if group:
        parts: list[str] = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        parts.insert(0, whole)
        whole = ".".join(parts)
    out = whole + ("," + frac if frac else "")
    if negative:
        return "-" + out
    return ("+" + out) if signed else out


# --- numbers in words (vocabulary: lang/vi/number_words.py) -------------------------------
#: The pattern of a run of number words (used by the indicator extractor).
NUMBER_WORDS_PATTERN = "(?:" + alternation(RUN_WORDS) + r"(?:\s+|(?![\p{L}])))+"


def parse_number_words(text: str) -> int | None:
    """Read a number written in words: "hai" → 2, "mười lăm" → 15, "ba mươi mốt" → 31,
    "một trăm linh năm" → 105, "hai nghìn" → 2000.  ``None`` when it is not one."""
    words = text.lower().split()
    if not words:
        return None
    total = 0
    current = 0  # value below the current scale
    tens_seen = False
    last: str | None = None
    for w in words:
        if w in DIGIT_WORDS:
            if last is not None and last in DIGIT_WORDS:
                return None  # two digits in a row: "hai ba"
            current += DIGIT_WORDS[w]
        elif w in AFTER_TENS_DIGITS:
            if not tens_seen or last not in (TENS_WORD, TEN_WORD):
                return None
            current += AFTER_TENS_DIGITS[w]
        elif w == TEN_WORD:
            current += 10
            tens_seen = True
        elif w == TENS_WORD:
            if last not in DIGIT_WORDS:
                return None
            current = (current - DIGIT_WORDS[last]) + DIGIT_WORDS[last] * 10
            tens_seen = True
        elif w in ZERO_TENS_WORDS:
            if last != HUNDRED_WORD:
                return None
        elif w == HUNDRED_WORD:
            if last not in DIGIT_WORDS:
                return None
            current = (current - DIGIT_WORDS[last]) + DIGIT_WORDS[last] * 100
            tens_seen = False
        elif w in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[w]
            current = 0
            tens_seen = False
        else:
            return None
        last = w
    return total + current

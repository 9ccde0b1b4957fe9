"""Double-encoded UTF-8 is repaired (W114); text that still is not Vietnamese is flagged (W115)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import kehoach_parser
from kehoach_parser.text import mojibake
from kehoach_parser.text.aligned import AlignedText
from kehoach_parser.text.mojibake import mojibake_edits
from kehoach_parser.text.vietnamese import reads_as_vietnamese

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "corpus").glob("*.txt"))[0]


def web_1252(data: bytes) -> str:
    """Decode as browsers do: Windows-1252, with its five unassigned bytes kept as C1."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


@pytest.mark.parametrize("decode", [web_1252, lambda b: b.decode("latin-1")],
                         ids=["windows-1252", "latin-1"])
def test_a_double_encoded_plan_reads_as_the_original(decode) -> None:  # type: ignore[no-untyped-def]
    original = SEED.read_text(encoding="utf-8")
    damaged = decode(original.encode("utf-8"))
    assert damaged != original
    assert AlignedText(damaged).apply(mojibake_edits(damaged)).text == original
    clean, repaired = kehoach_parser.parse(original), kehoach_parser.parse(damaged)
    assert repaired.text == clean.text
    assert [(i.name, i.value, i.unit) for i in repaired.indicators] == \
        [(i.name, i.value, i.unit) for i in clean.indicators]
    assert repaired.issuer == clean.issuer and repaired.title == clean.title
    assert any(w.code == "W114" for w in repaired.warnings)
    assert not any(w.code == "W114" for w in clean.warnings)


def test_double_encoded_bytes_through_parse_bytes() -> None:
    original = SEED.read_text(encoding="utf-8")
    data = original.encode("utf-8").decode("latin-1").encode("utf-8")
    doc = kehoach_parser.parse_bytes(data, name="plan.txt")
    assert doc.text == kehoach_parser.parse(original).text
    assert any(w.code == "W114" for w in doc.warnings)


def test_a_repaired_word_maps_back_to_the_damaged_word() -> None:
    damaged = "Tỷ lệ hộ nghèo: Káº¿ hoáº¡ch 2026"
    aligned = AlignedText(damaged).apply(mojibake_edits(damaged))
    assert aligned.text == "Tỷ lệ hộ nghèo: Kế hoạch 2026"
    start = aligned.text.index("hoạch")
    s, e = aligned.to_original((start, start + len("hoạch")))
    assert damaged[s:e] == "hoáº¡ch"


@pytest.mark.parametrize("text", [
    "UBND XÃ AN BÌNH\nKẾ HOẠCH thực hiện năm 2026",
    "Tên gọi «Làng văn hóa» được công nhận; nhiệt độ 25°C, diện tích 12 m²",
    "Giá trị: Ã   (a stray letter)",
])
def test_clean_text_is_not_touched(text: str) -> None:
    assert mojibake_edits(text) == []


def test_english_text_does_not_read_as_vietnamese() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ok, share = reads_as_vietnamese(readme)
    assert not ok and share is not None and share < 0.5
    doc = kehoach_parser.parse(readme)
    assert any(w.code == "W115" for w in doc.warnings)
    records = [*doc.indicators, *doc.results, *doc.dates, *doc.terms, *doc.references]
    assert records and all(r.low_confidence for r in records)


def test_a_real_plan_reads_as_vietnamese() -> None:
    doc = kehoach_parser.parse(SEED.read_text(encoding="utf-8"))
    assert not any(w.code == "W115" for w in doc.warnings)
    assert doc.indicators and not any(i.low_confidence for i in doc.indicators)
    ok, share = reads_as_vietnamese(doc.text)
    assert ok and share is not None and share > 0.7


def test_short_texts_are_not_judged() -> None:
    assert reads_as_vietnamese("Hello world") == (True, None)


_OLD_MARKER = regex.compile(f"[{mojibake._LEAD}][{mojibake._CONTINUATION}]")


@pytest.mark.parametrize("codec", ["sloppy-windows-1252", "latin-1"])
def test_every_damaged_character_is_still_found(codec: str) -> None:
    # issue 15: the marker asks for a three-byte sequence's two continuations; every
    # character's damaged form that the one-continuation marker found, it finds
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy codecs

    for i in range(0x80, 0x10000):
        if 0xD800 <= i <= 0xDFFF:
            continue
        damaged = chr(i).encode("utf-8").decode(codec)
        for text in (damaged, f"x{damaged} y", f"{damaged}”"):
            if _OLD_MARKER.search(text):
                assert mojibake._MARKER_RE.search(text), (hex(i), text)


def test_a_three_byte_lead_before_one_continuation_is_text() -> None:
    assert mojibake._MARKER_RE.search("nghiện “ngáo đá” có biện pháp") is None
    assert mojibake._MARKER_RE.search("giá€ và") is None
    text = "Người “ngáo đá”\nKáº¿ hoáº¡ch"
    at = text.index("K")
    assert mojibake.mojibake_edits(text) == [(at, at + 4, "Kế"), (at + 5, at + 12, "hoạch")]
    assert mojibake._MARKER_RE.search("Káº¿") and mojibake._MARKER_RE.search("Ä‘")

"""Plain-text input in the encodings editors save: UTF-8 with/without BOM, UTF-16."""

from __future__ import annotations

from pathlib import Path

import pytest

import kehoach_parser
from kehoach_parser import EmptyDocument, UnsupportedFormat

PLAN = "KẾ HOẠCH\nThi đua năm 2027\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng.\n"


@pytest.mark.parametrize(
    ("encoding", "label"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-bom"), ("utf-16", "utf-16-bom"),
     ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")],
)
def test_text_encodings_give_the_same_document(tmp_path: Path, encoding: str,
                                               label: str) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(PLAN.encode(encoding))
    doc = kehoach_parser.parse_file(path)
    assert doc.text == kehoach_parser.parse(PLAN).text
    assert doc.encoding == label
    assert doc.doc_type == "Kế hoạch" and doc.sections[0].kind == "purpose"


def test_empty_and_unsupported_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyDocument, match=r"empty\.txt"):
        kehoach_parser.parse_file(empty)
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n ")
    with pytest.raises(EmptyDocument):
        kehoach_parser.parse_file(blank)
    other = tmp_path / "sheet.xlsx"
    other.write_bytes(b"not a plan")
    with pytest.raises(UnsupportedFormat, match=r"sheet\.xlsx"):
        kehoach_parser.parse_file(other)


def test_markdown_extension_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("## " + PLAN, encoding="utf-8")
    doc = kehoach_parser.parse_file(path)
    assert doc.source_format == "markdown" and doc.doc_type == "Kế hoạch"


def test_utf8_with_one_invalid_byte_stays_utf8_with_a_warning() -> None:
    from kehoach_parser import parse_bytes

    data = "KẾ HOẠCH phát triển kinh tế năm 2026\nTỷ lệ hộ nghèo giảm còn 2,5%.\n".encode() * 3
    doc = parse_bytes(data[:20] + b"\xff" + data[20:], name="plan.txt")
    assert doc.text.startswith("KẾ HOẠCH phát")  # not cp1252 mojibake ("Káº¾ HOáº CH")
    assert "\ufffd" in doc.text
    assert [w.code for w in doc.warnings].count("W111") == 1


def test_legacy_8bit_text_is_still_converted_not_read_as_damaged_utf8() -> None:
    from kehoach_parser.loaders.text import _mostly_utf8

    tcvn3_like = bytes(range(0xA1, 0xFF)) * 4 + b" ke hoach "  # no valid UTF-8 sequences
    assert _mostly_utf8(tcvn3_like) is None

"""W130: a text that does not look like an administrative document."""

from __future__ import annotations

from pathlib import Path

import pytest

import kehoach_parser
from kehoach_parser.errors import WARNINGS
from kehoach_parser.evaluation.corpus import discover
from kehoach_parser.extract import plausibility
from kehoach_parser.text import word_tally

ROOT = Path(__file__).resolve().parents[2]


def _codes(text: str) -> list[str]:
    return [w.code for w in kehoach_parser.parse(text).warnings]


def test_code_is_registered() -> None:
    assert "W130" in WARNINGS


def test_english_text_gets_w130() -> None:
    readme = ("# my_tool\n\nThis is a small tool for the people who want to convert files. "
              "Install it with pip and run it from the command line; the output is written "
              "to a folder that you choose. It has been tested on Linux.\n")
    assert "W130" in _codes(readme)


def test_english_text_quoting_vietnamese_still_gets_w130() -> None:
    text = ("The parser reads plans such as \"Kế hoạch phát triển kinh tế - xã hội\" of a "
            "commune and finds the targets that are listed in them, with the year and the "
            "unit of each target, and the body that issued the plan.\n")
    assert "W130" in _codes(text)


def test_vietnamese_text_without_header_sections_or_vocabulary_gets_w130() -> None:
    story = ("Hôm nay trời đẹp. Chúng tôi đi dạo quanh hồ, ăn kem và chụp ảnh cùng nhau.\n"
             "Buổi tối cả nhà xem phim rồi đi ngủ sớm.\n")
    assert "W130" in _codes(story)


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH\nPhát triển kinh tế năm 2026\n\nI. MỤC TIÊU\n1. Tỷ lệ hộ nghèo dưới 2%.\n",
    "Năm nay, xã phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2%.\n",  # a news sentence
    "Trời mưa.\nI. Phần một\nII. Phần hai\n",  # sections are enough
    # an annex table cut from its decision: a cited document is enough
    "Bảng 2. Các công trình\n| TT | Công trình | Ghi chú |\n| 1 | Cầu Đông | theo QĐ số "
    "15/QĐ-TTg ngày 02/4/2024 |\n",
])
def test_administrative_texts_do_not_get_w130(text: str) -> None:
    assert "W130" not in _codes(text)


def test_no_labeled_document_gets_w130() -> None:
    docs = [p for p in sorted((ROOT / "corpus").glob("*.txt"))]
    docs += [d.document for split in ("train", "dev")
             for d in discover(ROOT / "corpus" / "real", split)]
    flagged = [p.name for p in docs
               if any(w.code == "W130" for w in kehoach_parser.parse_file(p).warnings)]
    assert len(docs) > 200 and flagged == []


def test_foreign_share_of_a_long_text_counts_every_word_once() -> None:
    # longer than the piece the words are listed by, with words cut nowhere
    unit = "the plan and kế hoạch của xã "  # 7 words, 2 of them English function words
    reps = 3 * word_tally.PIECE // len(unit) + 7
    text = unit * reps + "for"
    assert plausibility.foreign_share(text) == (2 * reps + 1) / (7 * reps + 1)
    assert plausibility.foreign_share("") == 0.0

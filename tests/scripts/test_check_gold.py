"""The gold checker catches what the annotation spec forbids (it is our labels' gate)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from tests.scripts.script_loader import load_script

ROOT = Path(__file__).resolve().parents[2]


def _checker() -> ModuleType:
    return load_script("check_gold")


TEXT = ("UBND XÃ AN PHÚ\nKẾ HOẠCH\nI. MỤC TIÊU\nTổng sản lượng lương thực đạt\n10.900 tấn; "
        "tỷ lệ hộ nghèo giảm còn 2,5%.\nHoàn thành trước ngày 30/6/2026.\n")


def _gold(**over: object) -> dict[str, object]:
    ind = {"name": "Tổng sản lượng lương thực", "group": None, "comparator": "=",
           "value": 10900.0, "value_max": None, "unit": "tấn", "direction": None, "year": None,
           "label": None, "text": "Tổng sản lượng lương thực đạt 10.900 tấn", "total": None}
    gold: dict[str, object] = {
        "doc_type": "Kế hoạch", "number": None, "symbol": None, "title": None, "place": None,
        "issued_date": None, "issuer": "Ủy ban nhân dân xã An Phú", "signers": [],
        "recipients": [], "archive": [],
        "sections": [{"label": "I", "title": "MỤC TIÊU", "level": 1, "kind": "targets"}],
        "indicators": [ind],
        "dates": [{"text": "ngày 30/6/2026", "value": "2026-06-30", "role": "deadline"}],
        "references": [], "results": [],
    }
    gold.update(over)
    return gold


def _run(tmp_path: Path, gold: dict[str, object]) -> list[str]:
    (tmp_path / "X1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "X1.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return list(_checker().check_file(tmp_path / "X1.gold.json").errors)


def test_a_correct_gold_passes_with_a_wrapped_line_written_as_a_space(tmp_path: Path) -> None:
    assert _run(tmp_path, _gold()) == []


def test_value_read_with_english_notation_is_an_error(tmp_path: Path) -> None:
    bad = _gold()
    bad["indicators"][0]["value"] = 10.9  # type: ignore[index]
    errors = _run(tmp_path, bad)
    assert len(errors) == 1 and "not a number printed" in errors[0]


def test_text_not_in_the_document_is_an_error(tmp_path: Path) -> None:
    bad = _gold()
    bad["indicators"][0]["text"] = "Tổng sản lượng lương thực đạt 10.900 tấn/năm"  # type: ignore[index]
    assert any("not found verbatim" in e for e in _run(tmp_path, bad))


def test_impossible_date_unknown_role_and_missing_key_are_errors(tmp_path: Path) -> None:
    bad = _gold(dates=[{"text": "ngày 30/6/2026", "value": "2026-06-31", "role": "due"}])
    del bad["archive"]
    errors = _run(tmp_path, bad)
    assert any("valid ISO" in e for e in errors)
    assert any("unknown role" in e for e in errors)
    assert any("archive: missing key" in e for e in errors)


def test_kind_below_level_one_and_nfd_strings_are_errors(tmp_path: Path) -> None:
    import unicodedata

    bad = _gold(sections=[{"label": "1", "title": "Mục tiêu", "level": 2, "kind": "targets"}],
                issuer=unicodedata.normalize("NFD", "Ủy ban nhân dân xã An Phú"))
    errors = _run(tmp_path, bad)
    assert any("level 1 only" in e for e in errors)
    assert any("not NFC" in e for e in errors)


def test_thousands_separated_by_a_space_are_one_number() -> None:
    read = _checker().vietnamese_numbers
    values = read("diện tích 30 000 ha, kinh phí 1 250 000 đồng")
    assert 30000.0 in values and 1250000.0 in values
    # a count and a year a space apart are not one number
    assert 52025.0 not in read("5 2025")

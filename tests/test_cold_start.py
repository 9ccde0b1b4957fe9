"""What a fresh process loads (issue 15: cold start).  ``import kehoach_parser`` and the first
parse of a plan without a table leave out what only some documents need: the table reader
and ``pickle`` (the word segmenter's model files).  The models' list fields do not make
pydantic read ``list``'s text signature (which compiles ``tokenize``'s pattern)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from kehoach_parser import document

ROOT = Path(__file__).resolve().parent.parent

#: Modules a fresh process had loaded after the import and a first parse, before issue 15's
#: cold-start round; none is needed for a plan without a table.
DEFERRED = (
    "pickle",
    "kehoach_parser.extract.indicators.tables",
    "kehoach_parser.extract.indicators.table_kinds",
    "kehoach_parser.extract.indicators.header_units",
)

_PLAN = ("KẾ HOẠCH\\nPhát triển kinh tế năm 2026\\n\\nI. CHỈ TIÊU\\n"
         "1. Thu ngân sách đạt 10.900 triệu đồng.\\n2. Tỷ lệ hộ nghèo giảm xuống dưới 2%.\\n")
_TABLE = "| STT | Chỉ tiêu | Đơn vị | Kế hoạch |\\n| 1 | Tỷ lệ hộ nghèo | % | 2,5 |\\n"


def _modules_after(code: str) -> dict[str, list[str]]:
    script = ("import json, sys\n"
              "import kehoach_parser\n"
              "seen = {'import': sorted(sys.modules)}\n"
              f"{code}\n"
              "seen['parse'] = sorted(sys.modules)\n"
              "print(json.dumps(seen))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    seen: dict[str, list[str]] = json.loads(run.stdout)
    return seen


@pytest.mark.slow
def test_import_and_a_first_parse_without_a_table_leave_the_deferred_modules_out() -> None:
    seen = _modules_after(f"doc = kehoach_parser.parse('{_PLAN}'); "
                          "assert [i.value for i in doc.indicators] == [10900.0, 2.0]")
    assert "kehoach_parser.document" in seen["import"]  # the probe sees the library's modules
    for stage in ("import", "parse"):
        assert [m for m in DEFERRED if m in seen[stage]] == [], stage


@pytest.mark.slow
def test_a_plan_with_a_table_imports_the_table_reader_and_reads_the_table() -> None:
    seen = _modules_after(f"doc = kehoach_parser.parse('{_PLAN}{_TABLE}'); "
                          "assert 2.5 in [i.value for i in doc.indicators], doc.indicators")
    assert "kehoach_parser.extract.indicators.tables" not in seen["import"]
    assert "kehoach_parser.extract.indicators.tables" in seen["parse"]


def test_no_list_field_defaults_to_the_list_builtin() -> None:
    models = [obj for obj in vars(document).values()
              if isinstance(obj, type) and issubclass(obj, BaseModel)
              and obj.__module__ == document.__name__]
    assert len(models) > 10
    factories = [info.default_factory for model in models
                 for info in model.model_fields.values()]
    assert document._new_list in factories
    assert list not in factories

"""scripts/train_line_model.py on a tiny corpus: it trains on train, compares on dev, writes
the same bytes twice, never reads the test split, and its file is refused once tampered."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from kehoach_parser.evaluation.line_roles import ROLES
from kehoach_parser.models.linear import LinearModel, ModelError
from tests.scripts.script_loader import load_script

ROOT = Path(__file__).resolve().parents[2]

#: Each run fits about thirty small logistic regressions (grouped CV over C, twice).
pytestmark = pytest.mark.slow


def _script() -> ModuleType:
    return load_script("train_line_model", register=True)  # its dataclass looks it up


def _plan(commune: str, n: int) -> tuple[str, dict[str, object]]:
    text = (f"ỦY BAN NHÂN DÂN\nXÃ {commune.upper()}\n-------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {n}/KH-UBND\n{commune}, ngày {n} tháng 3 năm 2025\n\nKẾ HOẠCH\n"
            f"Phát triển nông nghiệp xã {commune} năm 2025\n\n"
            "Căn cứ tình hình thực tế, Ủy ban nhân dân xã xây dựng kế hoạch như sau:\n"
            f"I. MỤC TIÊU\n1. Tổng sản lượng lương thực đạt {n}00 tấn.\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác bộ phận triển khai thực hiện kế hoạch này./.\n"
            "Nơi nhận:\n- UBND huyện (b/c);\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
            "Nguyễn Văn An\n")
    gold: dict[str, object] = {
        "doc_type": "Kế hoạch", "number": str(n), "symbol": "KH-UBND",
        "title": f"Phát triển nông nghiệp xã {commune} năm 2025", "place": commune,
        "issued_date": f"2025-03-{n:02d}", "issuer": f"Ủy ban nhân dân xã {commune}",
        "signers": [{"name": "Nguyễn Văn An", "position": "Chủ tịch", "authority": "TM."}],
        "recipients": ["UBND huyện (b/c)"], "archive": ["VT"],
        "sections": [{"label": "I", "title": "MỤC TIÊU", "level": 1, "kind": "targets"},
                     {"label": "II", "title": "TỔ CHỨC THỰC HIỆN", "level": 1,
                      "kind": "implementation"}],
        "indicators": [{"text": f"Tổng sản lượng lương thực đạt {n}00 tấn"}],
        "dates": [], "references": [], "results": [],
    }
    return text, gold


def _corpus(root: Path) -> Path:
    rows = ["id\turl\tkind\tlevel\ttraits\tsplit\tnotes"]
    for i, (commune, split) in enumerate([("An Bình", "train"), ("Tân Phú", "train"),
                                          ("Hòa Lợi", "train"), ("Mỹ An", "dev"),
                                          ("Phú Lộc", "test")]):
        name = f"T{i:03d}"
        text, gold = _plan(commune, 10 + i)
        (root / f"{name}.txt").write_text(text, encoding="utf-8")
        if split == "test":  # unreadable: the script must never open a test document
            (root / f"{name}.gold.json").write_text("{not json", encoding="utf-8")
        else:
            (root / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False),
                                                    encoding="utf-8")
        rows.append(f"{name}\t\tplan\tcommune\t\t{split}\t")
    (root / "sources.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def test_trains_compares_and_writes_deterministically(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    script = _script()
    (tmp_path / "corpus").mkdir()
    corpus = _corpus(tmp_path / "corpus")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert script.main(["--corpus", str(corpus), "--write", "--out", str(first)]) == 0
    out = capsys.readouterr().out
    assert "| heading |" in out and "| macro F1 |" in out and "dev: " in out
    assert script.main(["--corpus", str(corpus), "--write", "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    model = LinearModel.load(first)
    assert set(model.labels) <= set(ROLES) and {"header", "heading", "body"} <= set(model.labels)
    # the model tells the type line from the body on a document it has not seen
    label, _ = model.predict(script.line_features(["KẾ HOẠCH"])[0])
    assert label in ("title", "header")


def test_a_tampered_model_file_is_refused(tmp_path: Path) -> None:
    script = _script()
    (tmp_path / "corpus").mkdir()
    corpus = _corpus(tmp_path / "corpus")
    path = tmp_path / "m.json"
    assert script.main(["--corpus", str(corpus), "--write", "--out", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    name = sorted(data["weights"])[0]
    data["weights"][name][0] += 1.0
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ModelError):
        LinearModel.load(path)

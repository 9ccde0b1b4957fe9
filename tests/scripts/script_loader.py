"""Load one of the project's scripts (``scripts/NAME.py``) as a module, for the tests of
``tests/scripts``: the scripts are not a package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script(name: str, *, monkeypatch: pytest.MonkeyPatch | None = None,
                register: bool = False) -> ModuleType:
    """``scripts/<name>.py`` run as a module named ``name``.  ``register``: the module is put
    in ``sys.modules`` first (a dataclass of the script looks its module up there), for the
    test's time when ``monkeypatch`` is given, else for good."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    if monkeypatch is not None:
        monkeypatch.setitem(sys.modules, name, mod)
    elif register:
        sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod

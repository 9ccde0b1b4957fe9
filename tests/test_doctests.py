"""The examples in the package's docstrings run, and print what they show.

Equivalent to ``pytest --doctest-modules src/kehoach_parser``; collected from here because
``--doctest-modules`` over ``tests/`` would import the folders' ``conftest.py`` files as
modules of one name.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kehoach_parser


def _module_names() -> list[str]:
    names = [kehoach_parser.__name__]
    for info in pkgutil.walk_packages(kehoach_parser.__path__, prefix="kehoach_parser."):
        names.append(info.name)
    return sorted(names)


#: Packages of the optional extras: a module that needs one is left out when it is missing
#: (``make test`` installs them all, so CI runs every example).
OPTIONAL_PACKAGES = frozenset({"spacy", "pandas", "pyarrow", "mkdocs", "selenium", "dask",
                               "distributed", "underthesea", "underthesea_core"})


def _examples(name: str) -> list[doctest.DocTest]:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in OPTIONAL_PACKAGES:
            return []
        raise
    tests = doctest.DocTestFinder(exclude_empty=True).find(module, name)
    return [t for t in tests if t.examples]


MODULES_WITH_EXAMPLES = [name for name in _module_names() if _examples(name)]


def test_the_package_has_docstring_examples() -> None:
    # the front door's example at least; an empty list would make the test below vacuous
    assert "kehoach_parser.high_level" in MODULES_WITH_EXAMPLES


@pytest.mark.parametrize("name", MODULES_WITH_EXAMPLES)
def test_docstring_examples_pass(name: str) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    lines: list[str] = []
    for test in _examples(name):
        runner.run(test, out=lines.append)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, "".join(lines)
    assert result.attempted > 0

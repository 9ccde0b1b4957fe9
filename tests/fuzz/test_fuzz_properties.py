"""Property-based fuzzing: mutated real lines and random Unicode keep every invariant.

The invariants are in ``benchmarks/fuzz_invariants.py`` (shared with the long run,
``make fuzz``).  CI runs a few hundred examples; ``HYPOTHESIS_PROFILE=fuzz`` runs thousands.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzz_invariants import check  # noqa: E402
from input_classes import HOSTILE_PIECES  # noqa: E402

settings.register_profile("ci", max_examples=120, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

#: Lines of the bundled plans: headers, headings, targets, tables, signatures.
LINES = [ln for p in sorted((ROOT / "corpus").glob("*.txt"))
         for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]

line = st.sampled_from(LINES)
mutation = st.tuples(st.integers(0, 10_000), st.integers(0, 6), st.sampled_from(HOSTILE_PIECES))


def _mutate(text: str, edits: list[tuple[int, int, str]]) -> str:
    for pos, cut, insert in edits:
        at = pos % (len(text) + 1)
        text = text[:at] + insert + text[at + cut:]
    return text


@st.composite
def mutated_document(draw: st.DrawFn) -> str:
    lines = draw(st.lists(line, min_size=1, max_size=25))
    edits = draw(st.lists(mutation, max_size=12))
    return _mutate("\n".join(lines), edits)


@settings(settings.get_profile(PROFILE))
@given(mutated_document())
def test_mutated_real_lines_keep_the_invariants(text: str) -> None:
    assert check(text) == []


@settings(settings.get_profile(PROFILE))
@given(st.text(max_size=400))
def test_random_unicode_keeps_the_invariants(text: str) -> None:
    assert check(text) == []


@settings(settings.get_profile(PROFILE))
@given(st.lists(st.sampled_from(HOSTILE_PIECES), max_size=200).map("".join))
def test_runs_of_tricky_pieces_keep_the_invariants(text: str) -> None:
    assert check(text) == []

# The two commands of the README.  Both install what they need into .venv first.
.PHONY: run test test-fast bench bench-check pattern-cache fuzz robustness eval eval-real corpus-check docs clean

STORE ?= out/corpus.sqlite

# Main job: parse the bundled corpus into an embedded store and print a summary.
# Each plan once: the seeds' PDF/DOCX/legacy-encoding renderings (variants/) and the
# annotators' review notes (_review/) are left out; READMEs and gold files are never parsed.
run:
	@bash scripts/bootstrap.sh run
	@mkdir -p $(dir $(STORE))
	.venv/bin/kehoach batch corpus --exclude variants/ --exclude _review/ --store $(STORE)
	.venv/bin/kehoach indicators --store $(STORE) --limit 40
	.venv/bin/kehoach eval corpus/real --split dev

# The test suite (what CI runs).
test:
	@bash scripts/bootstrap.sh test
	@bash scripts/install_browser.sh
	.venv/bin/python -m pytest -q

# The inner loop: everything but the tests marked slow (worker processes, mypy, snapshot).
test-fast:
	@bash scripts/bootstrap.sh
	.venv/bin/python -m pytest -q -m "not slow"

eval:
	@bash scripts/bootstrap.sh
	.venv/bin/kehoach eval corpus

# Real documents: the dev split (never tune on the test split; see docs/corpus.md).
eval-real:
	@bash scripts/bootstrap.sh
	.venv/bin/kehoach eval corpus/real --split dev
	.venv/bin/kehoach eval corpus/real_pdf

# The gold checker and the corpus counts (standard library only).
corpus-check:
	python3 scripts/check_gold.py --quiet corpus corpus/real tests/fixtures/heldout
	python3 scripts/corpus_stats.py corpus/real

# The documentation site into site/ (also built by the tests: tests/test_docs_site.py).
docs:
	@bash scripts/bootstrap.sh
	NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict

# BASELINE: the commit each figure of bench_versus.py is printed beside (same run).
BASELINE ?= HEAD~1
bench:
	@bash scripts/bootstrap.sh dev
	.venv/bin/python benchmarks/bench_versus.py --baseline $(BASELINE)
	.venv/bin/python benchmarks/profile_stages.py
	.venv/bin/python benchmarks/bench_pipeline.py
	.venv/bin/python benchmarks/bench_scaling.py
	.venv/bin/python benchmarks/bench_indicators.py
	.venv/bin/python benchmarks/bench_dates_vs_dateparser.py
	.venv/bin/python benchmarks/bench_loaders.py
	.venv/bin/python benchmarks/bench_batch.py

# A small throughput guard, run by .ci/run after the tests (and once more when it fails, as a
# shared runner's noise reaches 25 %): fails when this tree parses at under 0.7 of
# BASELINE's speed, both measured in this run.
bench-check:
	@bash scripts/bootstrap.sh
	.venv/bin/python benchmarks/bench_versus.py --quick --rounds 3 --baseline $(BASELINE) --fail-below 0.7

# The compiled forms of the library's patterns (src/kehoach_parser/data/compiled_patterns.bin):
# run after changing a pattern or upgrading regex (a pattern missing from it compiles slowly).
pattern-cache:
	@bash scripts/bootstrap.sh
	.venv/bin/python scripts/build_pattern_cache.py

# The word segmenter's stored decisions (src/kehoach_parser/lang/vi/segmented_heads.py): run
# after adding texts to the corpus or changing what the parser asks the segmenter (nlp extra).
head-lexicon:
	@bash scripts/bootstrap.sh
	.venv/bin/python scripts/build_head_lexicon.py

# The long fuzz run: mutated real documents, random Unicode, hostile input classes.
fuzz:
	@bash scripts/bootstrap.sh
	HYPOTHESIS_PROFILE=fuzz .venv/bin/python -m pytest -q tests/fuzz
	.venv/bin/python benchmarks/fuzz.py --cases 2000 --json out/fuzz.json

# Rewrite the measured table of docs/robustness.md (scaling per input class + fuzz counts).
robustness:
	@bash scripts/bootstrap.sh
	.venv/bin/python scripts/robustness_report.py --cases 2000

clean:
	rm -rf out site .pytest_cache .hypothesis .benchmarks

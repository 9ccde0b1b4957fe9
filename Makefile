# The two commands of the README.  Both install what they need into .venv first.
.PHONY: run test test-fast bench eval eval-real corpus-check clean

STORE ?= out/corpus.sqlite

# Main job: parse the bundled corpus into an embedded store and print a summary.
run:
	@bash scripts/bootstrap.sh
	@mkdir -p $(dir $(STORE))
	.venv/bin/kehoach batch corpus/*.txt corpus/real/*.txt --store $(STORE)
	.venv/bin/kehoach indicators --store $(STORE) --limit 40
	.venv/bin/kehoach eval corpus/real --split dev

# The test suite (what CI runs).
test:
	@bash scripts/bootstrap.sh
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

# The gold checker and the corpus counts (standard library only).
corpus-check:
	python3 scripts/check_gold.py --quiet corpus corpus/real tests/fixtures/heldout
	python3 scripts/corpus_stats.py corpus/real

bench:
	@bash scripts/bootstrap.sh
	.venv/bin/python benchmarks/bench_pipeline.py
	.venv/bin/python benchmarks/bench_indicators.py
	.venv/bin/python benchmarks/bench_dates_vs_dateparser.py
	.venv/bin/python benchmarks/bench_loaders.py
	.venv/bin/python benchmarks/bench_batch.py

clean:
	rm -rf out .pytest_cache .hypothesis .benchmarks

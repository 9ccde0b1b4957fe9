# The two commands of the README.  Both install what they need into .venv first.
.PHONY: run test bench eval clean

STORE ?= out/corpus.sqlite

# Main job: parse the bundled corpus into an embedded store and print a summary.
run:
	@bash scripts/bootstrap.sh
	@mkdir -p $(dir $(STORE))
	.venv/bin/kehoach batch corpus --store $(STORE)
	.venv/bin/kehoach indicators --store $(STORE) --limit 40
	.venv/bin/kehoach eval corpus

# The test suite (what CI runs).
test:
	@bash scripts/bootstrap.sh
	.venv/bin/python -m pytest -q

eval:
	@bash scripts/bootstrap.sh
	.venv/bin/kehoach eval corpus

bench:
	@bash scripts/bootstrap.sh
	.venv/bin/python benchmarks/bench_pipeline.py
	.venv/bin/python benchmarks/bench_indicators.py
	.venv/bin/python benchmarks/bench_dates_vs_dateparser.py
	.venv/bin/python benchmarks/bench_loaders.py
	.venv/bin/python benchmarks/bench_batch.py

clean:
	rm -rf out .pytest_cache .hypothesis .benchmarks

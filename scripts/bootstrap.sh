#!/usr/bin/env bash
# Create .venv and install the package with every extra and the dev tools, once.
# Re-installs when pyproject.toml changes.  Used by `make run` and `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.kehoach-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
  .venv/bin/python -m pip install --quiet -e ".[all,dev,spacy,docs]"
  touch "$stamp"
fi

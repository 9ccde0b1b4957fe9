#!/usr/bin/env bash
# Create .venv and install what a make target needs, once; says what it is doing.
#   scripts/bootstrap.sh run    the main job (`make run`): the core only (pydantic, regex)
#   scripts/bootstrap.sh test   the test suite (`make test`, CI): every extra + the test tools
#   scripts/bootstrap.sh dev    test + the benchmark and training tools
# Re-installs when pyproject.toml changes.  A bigger set satisfies a smaller one.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
mode="${1:-test}"
case "$mode" in
  run)  spec="." ;                what="the core (pydantic, regex)" ; rank=1 ;;
  test) spec=".[all,spacy,docs,test]" ; what="every extra and the test tools" ; rank=2 ;;
  dev)  spec=".[all,spacy,docs,dev]" ;  what="every extra, the test, benchmark and training tools" ; rank=3 ;;
  *) echo "bootstrap: unknown set '$mode' (run, test, dev)" >&2; exit 2 ;;
esac
say() { echo "bootstrap: $*"; }
if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $("$PY" --version 2>&1)"
  "$PY" -m venv .venv
fi
# The stamp holds the rank of the set installed; it is older than pyproject.toml after an edit.
stamp=.venv/.kehoach-installed
have=0
if [ -f "$stamp" ] && [ ! pyproject.toml -nt "$stamp" ]; then
  have="$(cat "$stamp" 2>/dev/null || echo 0)"
  case "$have" in [0-9]) ;; *) have=2 ;; esac  # a stamp from before the sets: everything
fi
if [ "$have" -ge "$rank" ]; then
  exit 0
fi
log=.venv/pip-install.log
say "installing kehoach-parser with $what into .venv (pip install -e '$spec'; log: $log)"
: >"$log"  # exists before tail follows it
.venv/bin/python -m pip install --progress-bar off -e "$spec" >>"$log" 2>&1 &
pid=$!
# One line per package pip starts on, so a slow install is never silent.
tail -n +1 -f "$log" --pid="$pid" 2>/dev/null \
  | grep --line-buffered -E '^(Collecting|Successfully installed)' \
  | sed -u -E 's/^Collecting ([^ ]+).*/  fetching \1/; s/^Successfully installed .*/  installed/' \
  || true
if ! wait "$pid"; then
  echo "bootstrap: pip failed; the end of $log:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
echo "$rank" >"$stamp"
say "done: $(.venv/bin/python -m pip list --format=freeze 2>/dev/null | wc -l) packages, $(du -sh .venv | cut -f1) in .venv"

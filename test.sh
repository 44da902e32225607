#!/usr/bin/env bash
# Quick start 2/2: set up what the tests need, then run the checks and the whole test suite.
# Extra arguments go to pytest, e.g. ./test.sh tests/unit -x
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/scripts/setup.sh" test
venv="${MADOGUCHI_VENV:-$here/.venv}"
cd "$here"
echo "== ruff"; "$venv/bin/ruff" check . && "$venv/bin/ruff" format --check .
echo "== import contracts"; "$venv/bin/lint-imports"
echo "== mypy"; "$venv/bin/mypy"
echo "== pytest"; exec "$venv/bin/python" -m pytest "$@"

#!/usr/bin/env bash
# Quick start 1/2: set everything up, then start kiosk, display and desk on this PC (SQLite).
# Extra arguments go to main.py, e.g. ./run.sh doctor
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/scripts/setup.sh" run
exec "${MADOGUCHI_VENV:-$here/.venv}/bin/python" "$here/main.py" "$@"

#!/usr/bin/env bash
# Extracts every resident-facing string (the kiosk's tr() calls, and the forms' own words: kiosk.form_words)
# into assets/i18n/madoguchi_<lang>.ts.
# Run it after changing kiosk texts, then translate the new entries (Qt Linguist: pyside6-linguist FILE.ts).
# Desk and display texts are not extracted: clerks work in Japanese, and the display has its own languages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${MADOGUCHI_VENV:-$here/.venv}"
cd "$here"
"$venv/bin/python" -m kiosk.form_words  # the forms' questions and answers (kiosk/form_words_extracted.py)
for lang in ja_easy en zh_CN ko vi pt_BR es; do
    target="${lang/ja_easy/ja}"
    "$venv/bin/pyside6-lupdate" kiosk/*.py -no-obsolete -locations none -source-language ja \
        -target-language "$target" -ts "assets/i18n/madoguchi_$lang.ts"
done

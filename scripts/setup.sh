#!/usr/bin/env bash
# Sets up Madoguchi on Debian 12 / Ubuntu 24.04: system packages, a virtual environment, the project.
# Idempotent and quick on a second run: apt runs only when a package is missing, pip only when
# pyproject.toml (or the extras asked for) changed since the last install.
#
# usage: scripts/setup.sh [run|test]     (test adds the test tools and their system packages)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-run}"
venv="${MADOGUCHI_VENV:-$here/.venv}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Runs a step with its output kept in a log: a newcomer sees one line a step, and the whole log (its
# last 60 lines here) only when the step fails.
log_dir="${XDG_CACHE_HOME:-$HOME/.cache}/madoguchi"
mkdir -p "$log_dir"
quietly() {
    local what="$1" log="$log_dir/setup.log"
    shift
    if ! "$@" > "$log" 2>&1; then
        echo "setup: $what failed; the end of its output ($log):" >&2
        tail -n 60 "$log" >&2
        return 1
    fi
}

# pip trusts what the system trusts: an office's proxy that inspects TLS has its CA in the system's
# store (update-ca-certificates), which pip's own bundle does not know.
if [ -z "${PIP_CERT:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
    export PIP_CERT=/etc/ssl/certs/ca-certificates.crt
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1

wanted_packages() {
    local files=("$here/deps/apt-run.txt")
    [ "$mode" = test ] && files+=("$here/deps/apt-test.txt")
    sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "${files[@]}" | tr -d ' \t'
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# A line may name alternatives, "new|old": Ubuntu 24.04 renamed some libraries in its 64-bit time_t
# transition (libglib2.0-0t64, libzbar0t64). One installed alternative is enough; otherwise the first
# one apt knows is installed.
first_known() {
    local name
    for name in ${1//|/ }; do
        if apt-cache show --no-all-versions "$name" >/dev/null 2>&1; then echo "$name"; return 0; fi
    done
    echo "${1%%|*}"
}

ensure_system_packages() {
    local missing=() wanted=() line name found
    for line in $(wanted_packages); do
        found=""
        for name in ${line//|/ }; do installed "$name" && found=1 && break; done
        [ -n "$found" ] || missing+=("$line")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing system packages: ${missing[*]//|/ or }"
    quietly "apt-get update" as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    for line in "${missing[@]}"; do wanted+=("$(first_known "$line")"); done
    quietly "apt-get install" as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${wanted[@]}"
}

system_python() {
    # Debian's own interpreter (3.11 on Debian 12, 3.12 on Ubuntu 24.04), not whatever a version manager shims.
    if [ -x /usr/bin/python3 ]; then echo /usr/bin/python3; else command -v python3; fi
}

ensure_venv() {
    local extras="" stamp_file="$venv/.madoguchi-installed" stamp
    [ "$mode" = test ] && extras="[test]"
    stamp="$(cat "$here/pyproject.toml" | sha256sum | cut -c1-16)$extras"
    if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ]; then
        return 0
    fi
    [ -x "$venv/bin/python" ] || "$(system_python)" -m venv "$venv"
    echo "setup: installing Python packages into $venv"
    quietly "pip install --upgrade pip" "$venv/bin/python" -m pip install --upgrade pip
    quietly "pip install" "$venv/bin/python" -m pip install -e "$here$extras"
    echo "$stamp" > "$stamp_file"
}

build_translations() {
    # .ts (in git) -> .qm (built here), only when a .ts is newer than its .qm.
    local ts qm
    for ts in "$here"/assets/i18n/*.ts; do
        [ -e "$ts" ] || continue
        qm="${ts%.ts}.qm"
        if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
            quietly "pyside6-lrelease $(basename "$ts")" "$venv/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
        fi
    done
}

ensure_system_packages
ensure_venv
MADOGUCHI_VENV="$venv" "$here/scripts/fetch-voice.sh"  # the HTS voice for Japanese speech
build_translations

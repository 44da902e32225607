#!/usr/bin/env bash
# Fetches the HTS voice "Mei" that Open JTalk speaks Japanese with (Debian packages Open JTalk but no voice).
# The PyPI sdist of pyopenjtalk 0.4.1 carries it: this downloads that sdist (pinned by hash) with pip and
# keeps only mei_normal.htsvoice and its licence (CC BY 3.0, Nagoya Institute of Technology) in
# assets/voice/, which git ignores. Idempotent: does nothing when the voice is already there.
#
# usage: scripts/fetch-voice.sh [DEST]      (default DEST: assets/voice/ of this checkout)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$here/assets/voice}"
venv="${MADOGUCHI_VENV:-$here/.venv}"
voice=mei_normal.htsvoice
licence=LICENSE_mei_normal.htsvoice
member=pyopenjtalk-0.4.1/pyopenjtalk/htsvoice
sdist_sha256=d5ada46f7fc2b52c1c79c273eb9668ff6ad7ab276a8db9d8be119ef93440f0dc
voice_sha256=f3be49a6838904a6c218790b64e07c3e83c1886e995dca284b413caab19184de

[ -f "$dest/$voice" ] && [ -f "$dest/$licence" ] && exit 0

python="$venv/bin/python"
[ -x "$python" ] || python="$(command -v python3)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "setup: fetching the Open JTalk voice $voice (CC BY 3.0) into $dest"
echo "pyopenjtalk==0.4.1 --hash=sha256:$sdist_sha256" > "$tmp/requirements.txt"
# --no-binary for pyopenjtalk only: pip prepares the sdist's metadata, and with `:all:` it would build
# numpy and Cython from source for that (minutes); the build is never run, only the archive is kept.
if ! "$python" -m pip download --quiet --no-deps --no-binary pyopenjtalk --require-hashes \
        -r "$tmp/requirements.txt" -d "$tmp" > "$tmp/pip.log" 2>&1; then
    cat "$tmp/pip.log" >&2
    echo "setup: could not download pyopenjtalk 0.4.1 from PyPI (see above)" >&2
    exit 1
fi
tar -xzf "$tmp/pyopenjtalk-0.4.1.tar.gz" -C "$tmp" --strip-components=3 "$member/$voice" "$member/$licence"
echo "$voice_sha256  $tmp/$voice" | sha256sum --check --quiet -

mkdir -p "$dest"
install -m 0644 "$tmp/$licence" "$dest/$licence"
install -m 0644 "$tmp/$voice" "$dest/.$voice.part"
mv "$dest/.$voice.part" "$dest/$voice"  # last: the voice being there means the fetch is complete

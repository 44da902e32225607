"""16-bit mono WAV files with the standard library: write samples, measure, and join sentences.

Both engines pad a sentence with ~0.3 s of silence at each end; joining the two sentences of a call as they
come would leave a 0.7 s hole in the middle, so `join` trims the silence between parts to a set pause.
"""

from __future__ import annotations

import array
import os
import sys
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

SAMPLE_WIDTH = 2  # bytes: 16-bit signed PCM
SILENCE = 328  # |sample| below 1 % of full scale counts as silence
KEEP_S = 0.04  # silence kept next to a trimmed edge, so a soft first or last sound is not cut


def write_samples(path: Path, samples: array.array[int], rate: int) -> None:
    """Write 16-bit mono samples as a WAV file, atomically (a reader never sees half a file)."""
    data = array.array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()  # WAV is little-endian
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-", suffix=".wav")
    try:
        with os.fdopen(handle, "wb") as raw, wave.open(raw, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(SAMPLE_WIDTH)
            out.setframerate(rate)
            out.writeframes(data.tobytes())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_samples(path: Path) -> tuple[array.array[int], int]:
    """The samples and rate of a 16-bit mono WAV file; ValueError for any other format."""
    with wave.open(str(path), "rb") as source:
        if source.getnchannels() != 1 or source.getsampwidth() != SAMPLE_WIDTH:
            raise ValueError(f"{path.name}: not 16-bit mono")
        rate = source.getframerate()
        data = array.array("h", source.readframes(source.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return data, rate


def duration_s(path: Path) -> float:
    """Length of a WAV file in seconds (from its header)."""
    with wave.open(str(path), "rb") as source:
        return source.getnframes() / source.getframerate()


def _first_loud(samples: array.array[int], indices: range) -> int | None:
    return next((i for i in indices if abs(samples[i]) > SILENCE), None)


def trim(samples: array.array[int], rate: int, start: bool, end: bool) -> array.array[int]:
    """Cut leading and/or trailing silence down to KEEP_S; an all-silent part is returned unchanged."""
    first = _first_loud(samples, range(len(samples)))
    if first is None:
        return samples
    last = _first_loud(samples, range(len(samples) - 1, -1, -1))
    assert last is not None
    keep = round(KEEP_S * rate)
    begin = max(0, first - keep) if start else 0
    stop = min(len(samples), last + 1 + keep) if end else len(samples)
    return samples[begin:stop]


def join(parts: Sequence[Path], out: Path, pause_s: float) -> None:
    """Write `parts` (same rate) one after another into `out`, with `pause_s` of silence between them."""
    if not parts:
        raise ValueError("nothing to join")
    pieces: list[array.array[int]] = []
    rates: set[int] = set()
    for index, part in enumerate(parts):
        samples, rate = read_samples(part)
        rates.add(rate)
        pieces.append(trim(samples, rate, start=index > 0, end=index < len(parts) - 1))
    if len(rates) != 1:
        raise ValueError(f"cannot join parts of different rates: {sorted(rates)}")
    rate = rates.pop()
    joined = array.array("h")
    gap = array.array("h", bytes(SAMPLE_WIDTH * round(pause_s * rate)))
    for index, piece in enumerate(pieces):
        if index:
            joined.extend(gap)
        joined.extend(piece)
    write_samples(out, joined, rate)

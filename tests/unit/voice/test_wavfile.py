"""Joining the sentences of a call: the engines' padding trimmed to one set pause, formats checked."""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest

from voice.wavfile import KEEP_S, duration_s, join, read_samples, write_samples

RATE = 8000


def sentence(path: Path, value: int, loud: int, padding: int) -> Path:
    write_samples(path, array.array("h", [0] * padding + [value] * loud + [0] * padding), RATE)
    return path


def test_samples_survive_a_write_and_read(tmp_path: Path) -> None:
    samples = array.array("h", [0, 1, -1, 32767, -32768])
    write_samples(tmp_path / "a.wav", samples, RATE)

    assert read_samples(tmp_path / "a.wav") == (samples, RATE)
    assert duration_s(tmp_path / "a.wav") == 5 / RATE


def test_join_trims_the_silence_between_parts_to_the_pause(tmp_path: Path) -> None:
    first = sentence(tmp_path / "1.wav", 5000, loud=800, padding=2400)
    second = sentence(tmp_path / "2.wav", 6000, loud=800, padding=2400)

    join([first, second], tmp_path / "joined.wav", pause_s=0.25)

    samples, rate = read_samples(tmp_path / "joined.wav")
    keep = round(KEEP_S * RATE)
    assert rate == RATE
    # the outer padding stays; between the parts: kept edges plus the pause, not 2 x 0.3 s
    assert len(samples) == 2400 + 800 + keep + round(0.25 * RATE) + keep + 800 + 2400
    assert samples.count(5000) == 800 and samples.count(6000) == 800


def test_a_single_part_is_copied_unchanged(tmp_path: Path) -> None:
    only = sentence(tmp_path / "1.wav", 5000, loud=100, padding=50)

    join([only], tmp_path / "joined.wav", pause_s=0.25)

    assert read_samples(tmp_path / "joined.wav") == read_samples(only)


def test_parts_of_different_rates_are_refused(tmp_path: Path) -> None:
    write_samples(tmp_path / "a.wav", array.array("h", [1000] * 10), 8000)
    write_samples(tmp_path / "b.wav", array.array("h", [1000] * 10), 16000)

    with pytest.raises(ValueError, match="different rates"):
        join([tmp_path / "a.wav", tmp_path / "b.wav"], tmp_path / "joined.wav", pause_s=0.1)
    assert not (tmp_path / "joined.wav").exists()


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(self: wave.Wave_write, data: bytes) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(wave.Wave_write, "writeframes", disk_full)

    with pytest.raises(OSError, match="No space"):
        write_samples(tmp_path / "a.wav", array.array("h", [1000] * 10), RATE)
    assert list(tmp_path.iterdir()) == []

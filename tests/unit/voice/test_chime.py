"""The chime: a valid 16-bit mono WAV made in code, two tones, no click at either end."""

from __future__ import annotations

import wave
from pathlib import Path

from voice.chime import DURATION_S, PEAK, PIN, PON, RATE, chime_file, chime_samples, write_chime
from voice.wavfile import read_samples


def test_the_chime_is_a_valid_16_bit_mono_wav(tmp_path: Path) -> None:
    write_chime(tmp_path / "chime.wav")

    with wave.open(str(tmp_path / "chime.wav"), "rb") as chime:
        assert (chime.getnchannels(), chime.getsampwidth(), chime.getframerate()) == (1, 2, RATE)
        assert chime.getnframes() == round(DURATION_S * RATE)


def test_it_is_loud_enough_without_clipping_and_silent_at_both_ends() -> None:
    samples = chime_samples()
    peak = max(abs(value) for value in samples)

    assert peak == round(PEAK * 32767)
    assert abs(samples[0]) < 100  # a soft attack: no click at the start
    assert abs(samples[-1]) < 100  # a fade: no click at the end


def test_the_second_tone_starts_while_the_first_rings_and_is_lower() -> None:
    assert PIN.start_s < PON.start_s < PIN.start_s + 3 * PIN.decay_s
    assert PON.frequency < PIN.frequency


def test_the_chime_file_is_written_once_and_reused(tmp_path: Path) -> None:
    first = chime_file(tmp_path)
    written = first.stat().st_mtime_ns
    again = chime_file(tmp_path)

    assert again == first
    assert again.stat().st_mtime_ns == written
    samples, rate = read_samples(again)
    assert rate == RATE and len(samples) > RATE

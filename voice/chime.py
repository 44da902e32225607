"""The call chime, ピンポーン, made in code: two bell-like sine tones a major third apart, high then low.

Each tone has a soft (raised-cosine) attack and an exponential decay, so nothing clicks; the second starts
while the first still rings, as a door chime does. No third-party sound file, no licence to carry.
"""

from __future__ import annotations

import array
import math
from dataclasses import dataclass
from pathlib import Path

from voice.wavfile import write_samples

RATE = 48_000  # Open JTalk's rate: the chime and the Japanese call play at the same rate
PEAK = 0.6  # of full scale: about the peaks of the speech after it
FADE_OUT_S = 0.05
CHIME_VERSION = 1  # in the file name: raise it when the sound changes, so caches make it again


@dataclass(frozen=True)
class Tone:
    frequency: float  # Hz
    start_s: float
    decay_s: float  # time constant of the exponential decay
    attack_s: float = 0.012


PIN = Tone(frequency=830.61, start_s=0.0, decay_s=0.30)  # G#5
PON = Tone(frequency=659.26, start_s=0.42, decay_s=0.65)  # E5
DURATION_S = 2.2
OVERTONE = 0.18  # a little of the octave above makes it a bell rather than a test tone


def _tone_at(tone: Tone, t: float) -> float:
    local = t - tone.start_s
    if local < 0:
        return 0.0
    attack = 0.5 - 0.5 * math.cos(math.pi * local / tone.attack_s) if local < tone.attack_s else 1.0
    envelope = attack * math.exp(-local / tone.decay_s)
    phase = 2 * math.pi * tone.frequency * local
    return envelope * (math.sin(phase) + OVERTONE * math.sin(2 * phase))


def chime_samples(rate: int = RATE, tones: tuple[Tone, ...] = (PIN, PON)) -> array.array[int]:
    """The chime as 16-bit samples, normalised to PEAK and faded to silence at the end."""
    count = round(DURATION_S * rate)
    raw = [sum(_tone_at(tone, n / rate) for tone in tones) for n in range(count)]
    fade = round(FADE_OUT_S * rate)
    for i in range(fade):
        raw[count - 1 - i] *= i / fade
    scale = PEAK * 32767 / max(abs(value) for value in raw)
    return array.array("h", (round(value * scale) for value in raw))


def write_chime(path: Path, rate: int = RATE) -> None:
    """Write the chime as a 16-bit mono WAV file."""
    write_samples(path, chime_samples(rate), rate)


def chime_file(directory: Path) -> Path:
    """The chime's WAV file in `directory`, written on first use (~0.2 s) and reused after."""
    path = directory / f"chime-v{CHIME_VERSION}.wav"
    if not path.is_file():
        write_chime(path)
    return path

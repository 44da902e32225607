"""Playing a WAV file: `aplay` (ALSA, from alsa-utils) or nothing at all.

QtMultimedia would need pyside6-addons (~400 MB) for what one small subprocess does. `make_player` picks
aplay when this machine has a sound card, else the silent NullPlayer (servers, CI, a display without
speakers), and says which it chose in the log.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from abc import ABC, abstractmethod
from pathlib import Path

from voice.errors import PlaybackError, VoiceUnavailable
from voice.wavfile import duration_s

log = logging.getLogger(__name__)

ASOUND_CARDS = Path("/proc/asound/cards")
PLAYBACK_MARGIN_S = 10.0  # beyond a file's length before a hung device counts as an error


class Player(ABC):
    """Plays one file at a time. `play` blocks until the sound has finished (or `stop` cut it)."""

    @abstractmethod
    def play(self, path: Path) -> None:
        """Play a WAV file to the end; PlaybackError if the device refuses it."""

    def stop(self) -> None:  # noqa: B027 - deliberately empty: a player that cannot cut lets a sound finish
        """Cut the sound playing now (callable from any thread); nothing if none plays."""


class NullPlayer(Player):
    """Plays nothing and returns at once: for machines without sound, and for tests of order alone."""

    def play(self, path: Path) -> None:
        if not path.is_file():
            raise PlaybackError(f"no such sound file: {path}")


class AplayPlayer(Player):
    """`aplay -q FILE` in a subprocess; `stop()` terminates it."""

    def __init__(self, binary: str = "aplay", device: str | None = None) -> None:
        self.binary = binary
        self.device = device  # an ALSA PCM name (`aplay -L`), None for the default
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._cut = False

    def command(self, path: Path) -> list[str]:
        device = ["-D", self.device] if self.device else []
        return [self.binary, "-q", *device, str(path)]

    def play(self, path: Path) -> None:
        timeout = duration_s(path) + PLAYBACK_MARGIN_S
        with self._lock:
            if self._process is not None:
                raise RuntimeError("AplayPlayer plays one file at a time")
            try:
                process = subprocess.Popen(
                    self.command(path),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            except FileNotFoundError:
                missing = f"{self.binary} is not installed: apt-get install alsa-utils"
                raise VoiceUnavailable(missing) from None
            self._process, self._cut = process, False
        try:
            _, errors = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise PlaybackError(f"aplay did not finish {path.name} within {timeout:.0f} s") from None
        finally:
            with self._lock:
                self._process = None
                cut = self._cut
        if process.returncode != 0 and not cut:
            lines = errors.decode("utf-8", "replace").strip().splitlines() or ["no message"]
            raise PlaybackError(f"aplay failed (exit {process.returncode}): {lines[-1]} (see `aplay -l`)")

    def stop(self) -> None:
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._cut = True
                self._process.terminate()


def sound_card_present(cards: Path = ASOUND_CARDS) -> bool:
    """Whether ALSA lists a sound card (/proc/asound/cards says "--- no soundcards ---" otherwise)."""
    try:
        text = cards.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return bool(text.strip()) and "no soundcards" not in text


def make_player(kind: str = "auto", device: str | None = None) -> Player:
    """A player by name: "aplay", "null", or "auto" (aplay if a sound card and aplay are present)."""
    if kind == "null":
        return NullPlayer()
    if kind == "aplay":
        return AplayPlayer(device=device)
    if kind != "auto":
        raise ValueError(f"unknown player {kind!r}: use auto, aplay or null")
    if shutil.which("aplay") is None:
        log.warning("sound is off: aplay is not installed (apt-get install alsa-utils)")
        return NullPlayer()
    if device is None and not sound_card_present():
        log.warning("sound is off: this machine has no sound card (/proc/asound/cards)")
        return NullPlayer()
    return AplayPlayer(device=device)

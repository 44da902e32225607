"""Fakes for the voice tests: an engine that needs no subprocess, and players that record what they play.

`FakeEngine` writes each distinct text as a short run of one loud sample value, so `decode()` can tell
from any WAV it (or `wavfile.join`) wrote which sentences it holds: the recording player logs *what*
played, not only a file name. `CountingEngine` wraps a real engine to count syntheses.
"""

from __future__ import annotations

import array
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from voice.engines import Engine
from voice.players import Player
from voice.wavfile import read_samples, write_samples

CHIME = ("<chime>",)
BASE = 1000  # well above wavfile.SILENCE, so join() never trims a fake sentence


class FakeEngine(Engine):
    """Synthesizes instantly; counts calls; `decode()` reads back the texts of a WAV it made."""

    name = "fake"

    def __init__(self, rate: int = 16_000) -> None:
        self.rate = rate
        self.calls: list[tuple[str, str]] = []
        self._keys: list[str] = []
        self._lock = threading.Lock()

    def identity(self, language: str) -> str:
        return "fake-voice"

    def check(self, language: str) -> None:
        pass

    def synthesize(self, text: str, language: str, out: Path) -> None:
        key = f"{language}:{text}"
        with self._lock:
            self.calls.append((text, language))
            if key not in self._keys:
                self._keys.append(key)
            value = BASE + self._keys.index(key)
        silence = [0] * (self.rate // 10)  # the padding real engines add, which join() trims
        write_samples(out, array.array("h", [*silence, *[value] * (self.rate // 50), *silence]), self.rate)

    def decode(self, path: Path) -> tuple[str, ...]:
        """The language:text keys of the sentences in `path`, in order; CHIME for the chime."""
        if path.name.startswith("chime"):
            return CHIME
        samples, _ = read_samples(path)
        keys: list[str] = []
        previous = 0
        for value in samples:
            if value >= BASE and value != previous:
                keys.append(self._keys[value - BASE])
            previous = value
        return tuple(keys)


class CountingEngine(Engine):
    """A real engine, with its syntheses counted."""

    def __init__(self, inner: Engine) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls: list[tuple[str, str]] = []

    def identity(self, language: str) -> str:
        return self.inner.identity(language)

    def check(self, language: str) -> None:
        self.inner.check(language)

    def synthesize(self, text: str, language: str, out: Path) -> None:
        self.calls.append((text, language))
        self.inner.synthesize(text, language, out)


@dataclass(frozen=True)
class Played:
    what: object  # whatever `describe` said of the file (FakeEngine.decode: the sentences)
    start: float  # time.monotonic(), taken in the player's (the worker's) thread
    end: float
    thread: str
    cut: bool  # stop() ended it before its end


class RecordingPlayer(Player):
    """Logs each sound with start and end times, and counts sounds playing at once (must stay <= 1).

    With `hold=True` every sound plays until `release()` or `stop()`: a test can act while one plays.
    """

    def __init__(self, describe: Callable[[Path], object] = lambda path: path.name, hold: bool = False):
        self.describe = describe
        self.hold = hold
        self.played: list[Played] = []
        self.active = 0
        self.most_at_once = 0
        self.stops = 0
        self.started = threading.Semaphore(0)  # released once per sound started
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._cut = threading.Event()

    def play(self, path: Path) -> None:
        what = self.describe(path)
        with self._lock:
            self.active += 1
            self.most_at_once = max(self.most_at_once, self.active)
            self._cut.clear()
            start = time.monotonic()
        self.started.release()
        if self.hold:
            while not (self._release.is_set() or self._cut.is_set()):
                self._cut.wait(0.005)
        with self._lock:
            self.active -= 1
            cut = self._cut.is_set()
            self.played.append(Played(what, start, time.monotonic(), threading.current_thread().name, cut))

    def stop(self) -> None:
        with self._lock:
            self.stops += 1
            if self.active:
                self._cut.set()

    def release(self) -> None:
        """Let every held sound (now and later) play to its end."""
        self._release.set()

    def wait_started(self, count: int = 1, timeout: float = 10.0) -> None:
        for _ in range(count):
            if not self.started.acquire(timeout=timeout):
                raise AssertionError("the player was never asked to play")

    def what(self) -> list[object]:
        return [played.what for played in self.played]

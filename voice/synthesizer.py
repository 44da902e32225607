"""Text to WAV with a cache on disk: a Japanese sentence takes ~0.3 s to synthesize, a cached one ~0.1 ms.

A file is named by a hash of (engine, voice and options, language, text), so changing a voice or a speed
makes new files and never plays a stale one, and the text itself is not written anywhere. The cache is
bounded: past `max_cache_bytes` the least recently used files go. Several threads or processes may share
one cache directory: every file appears whole (written aside, then renamed).

Only numbers, counter names and fixed screen prompts are ever spoken: never pass personal data.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import wave
from collections.abc import Mapping
from pathlib import Path

from voice.engines import Engine, default_engines
from voice.errors import SynthesisError, UnknownLanguage

log = logging.getLogger(__name__)

DEFAULT_MAX_CACHE_BYTES = 512 * 1024 * 1024
MAX_TEXT_CHARS = 300  # Open JTalk reads at most 1023 bytes a line; prompts and calls are far shorter
CACHE_PREFIX = "tts-"


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/madoguchi/voice, else ~/.cache/madoguchi/voice."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "madoguchi" / "voice"


def normalise(text: str) -> str:
    """One line, single spaces: the form that is spoken and hashed."""
    return " ".join(text.split())


class Synthesizer:
    """Speaks a text in a language of ui.i18n and returns the cached WAV file."""

    def __init__(
        self,
        cache_dir: Path | None = None,
        engines: Mapping[str, Engine] | None = None,
        max_cache_bytes: int = DEFAULT_MAX_CACHE_BYTES,
    ) -> None:
        self.cache_dir = cache_dir or default_cache_dir()
        self.engines = dict(engines) if engines is not None else default_engines()
        self.max_cache_bytes = max_cache_bytes

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.engines)

    def engine(self, language: str) -> Engine:
        try:
            return self.engines[language]
        except KeyError:
            raise UnknownLanguage(f"no speech engine for language {language!r}") from None

    def check(self, language: str) -> None:
        """Raise VoiceUnavailable (naming the package to install) if `language` cannot be spoken here."""
        self.engine(language).check(language)

    def cache_path(self, text: str, language: str) -> Path:
        """Where `text` in `language` is (or will be) cached."""
        engine = self.engine(language)
        key = json.dumps([engine.name, engine.identity(language), language, normalise(text)])
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]
        return self.cache_dir / f"{CACHE_PREFIX}{language}-{digest}.wav"

    def wav(self, text: str, language: str) -> Path:
        """The WAV file of `text` spoken in `language`: from the cache, or synthesized now (blocking).

        Raises VoiceUnavailable when the engine is missing, SynthesisError when it fails, UnknownLanguage.
        """
        spoken = normalise(text)
        if not spoken or len(spoken) > MAX_TEXT_CHARS:
            raise ValueError(f"a spoken text has 1 to {MAX_TEXT_CHARS} characters, not {len(spoken)}")
        path = self.cache_path(spoken, language)
        if path.is_file():
            os.utime(path)  # least recently used goes first
            return path
        self._synthesize(spoken, language, path)
        self._prune()
        return path

    def _synthesize(self, text: str, language: str, path: Path) -> None:
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        aside = path.with_name(f".part-{os.getpid()}-{threading.get_ident()}-{path.name}")
        try:
            self.engine(language).synthesize(text, language, aside)
            _require_speech(aside)
            os.replace(aside, path)
        finally:
            aside.unlink(missing_ok=True)

    def _prune(self) -> None:
        entries = []
        for entry in os.scandir(self.cache_dir):
            if entry.name.startswith(CACHE_PREFIX) and entry.is_file():
                stat = entry.stat()
                entries.append((stat.st_mtime, stat.st_size, entry.path))
        total = sum(size for _, size, _ in entries)
        if total <= self.max_cache_bytes:
            return
        for _, size, name in sorted(entries):  # oldest first, down to 80 % so this does not run every time
            if total <= self.max_cache_bytes * 0.8:
                break
            Path(name).unlink(missing_ok=True)
            total -= size
        log.info("voice cache pruned to %d MB", total // 1_000_000)


def _require_speech(path: Path) -> None:
    """An engine that exits 0 but writes no usable sound must not leave a file in the cache."""
    try:
        with wave.open(str(path), "rb") as source:
            if source.getnframes() == 0:
                raise SynthesisError(f"the engine wrote an empty WAV file for {path.name}")
    except (wave.Error, EOFError, FileNotFoundError) as error:
        raise SynthesisError(f"the engine wrote no valid WAV file: {error}") from error

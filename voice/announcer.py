"""The waiting-room display's voice: a chime, then the call in each configured language, never overlapping.

`announce_call()` returns at once (it only queues); the worker thread synthesizes the sentences of a call
(cache hits after the first day), then plays the chime and one sound per language, strictly one after
another; the next call waits for the previous one to end. A language this machine cannot speak is
skipped (logged once), so a display with no voice installed still chimes.
"""

from __future__ import annotations

import logging
import os
import tempfile
import wave
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from voice.chime import chime_file
from voice.errors import SynthesisError
from voice.phrases import CALL_WORDINGS, CallWording, call_sentences
from voice.players import Player
from voice.speaker import Pending, Speaker
from voice.synthesizer import Synthesizer
from voice.wavfile import join

log = logging.getLogger(__name__)

SENTENCE_PAUSE_S = 0.25  # between "A 12番のかた。" and "3番窓口へ…", once the engines' padding is trimmed


@dataclass(frozen=True)
class Call:
    """One announcement: the sentences to say in each language, in order."""

    label: str
    sentences: tuple[tuple[str, tuple[str, ...]], ...]  # (language, sentences)


class Announcer(Speaker[Call]):
    """Queues calls and speaks them one after another on its own thread."""

    def __init__(
        self,
        synthesizer: Synthesizer,
        player: Player,
        wordings: Mapping[str, CallWording] = CALL_WORDINGS,
        chime: Path | None = None,
    ) -> None:
        self.wordings = wordings
        self._chime = chime  # None: generated into the synthesizer's cache on the worker's first call
        super().__init__(synthesizer, player, thread_name="voice-announcer")

    def announce_call(
        self, label: str, counter_name: str, languages: Sequence[str], recall: bool = False
    ) -> None:
        """Queue: chime, then `label` called to `counter_name` in each of `languages`, in that order.

        Returns at once. Raises ValueError for a label that is not a ticket number (A-012) and
        UnknownLanguage for a language with no wording, in the caller, before anything is queued.
        """
        sentences = tuple(
            (language, call_sentences(language, label, counter_name, recall, self.wordings))
            for language in languages
        )
        self._submit(Call(label, sentences), replace=False)

    def _speak(self, item: Pending[Call]) -> None:
        spoken: list[Path] = []
        try:
            for language, sentences in item.job.sentences:
                path = self._say(language, sentences)
                if path is not None:
                    spoken.append(path)
            for path in [self._chime_file(), *spoken]:
                if not self._play(item, path):
                    break
        finally:
            for path in spoken:
                path.unlink(missing_ok=True)

    def _say(self, language: str, sentences: tuple[str, ...]) -> Path | None:
        """One temporary WAV of the sentences joined, None if `language` cannot be spoken here."""
        parts = [self._wav(sentence, language) for sentence in sentences]
        if None in parts:
            return None
        handle, name = tempfile.mkstemp(prefix="madoguchi-call-", suffix=".wav")
        os.close(handle)
        try:
            join([part for part in parts if part is not None], Path(name), SENTENCE_PAUSE_S)
        except (ValueError, OSError, wave.Error) as error:
            Path(name).unlink(missing_ok=True)
            self._log_once(SynthesisError(f"cannot join the {language} sentences: {error}"))
            return None
        return Path(name)

    def _chime_file(self) -> Path:
        if self._chime is None:
            self._chime = chime_file(self.synthesizer.cache_dir)
        return self._chime

"""The kiosk's voice: each screen's short prompt, spoken in the resident's language.

Latest wins, and a new prompt cuts the one playing: a resident who taps on before a prompt ends has left
the screen it describes, and hearing it out would only delay the prompt of the screen they are on. So
`say()` drops any prompt not yet spoken and stops the sound playing (AplayPlayer terminates aplay; a
player that cannot cut lets it finish), then the new prompt is spoken. One edge remains: a prompt whose
aplay is being started in the very instant `say()` runs escapes the cut and is heard to its end.
"""

from __future__ import annotations

from dataclasses import dataclass

from voice.players import Player
from voice.speaker import Pending, Speaker
from voice.synthesizer import Synthesizer


@dataclass(frozen=True)
class Prompt:
    text: str
    language: str


class Prompter(Speaker[Prompt]):
    """Speaks one prompt at a time on its own thread; `say()` returns at once."""

    def __init__(self, synthesizer: Synthesizer, player: Player) -> None:
        super().__init__(synthesizer, player, thread_name="voice-prompter")

    def say(self, text: str, language: str) -> None:
        """Speak `text` (a fixed screen prompt, never personal data) in `language`, replacing any other.

        Raises UnknownLanguage in the caller for a language with no engine. Does nothing while muted.
        """
        self.synthesizer.engine(language)
        self._submit(Prompt(text, language), replace=True)

    def _speak(self, item: Pending[Prompt]) -> None:
        path = self._wav(item.job.text, item.job.language)
        if path is not None:
            self._play(item, path)

"""Real speech: Open JTalk (with the fetched Mei voice) and espeak-ng speak every language's call.

These need the system packages of deps/apt-run.txt and scripts/fetch-voice.sh (both run by
scripts/setup.sh). A missing part FAILS, naming what to install: a voice test that skips proves nothing.
"""

from __future__ import annotations

import array
import wave
from pathlib import Path

import pytest

from tests.unit.voice.fakes import CountingEngine
from voice.engines import ESPEAK_VOICES, EspeakEngine, OpenJTalkEngine, default_engines
from voice.phrases import CALL_WORDINGS, call_sentences
from voice.synthesizer import Synthesizer

LANGUAGES = tuple(CALL_WORDINGS)
RATES = {"ja": 48_000, "ja_easy": 48_000} | dict.fromkeys(ESPEAK_VOICES, 22_050)


@pytest.fixture(scope="module")
def synthesizer(tmp_path_factory: pytest.TempPathFactory) -> Synthesizer:
    synthesizer = Synthesizer(tmp_path_factory.mktemp("voice-cache"))
    for language in LANGUAGES:
        synthesizer.check(language)  # fails here, naming the package, if this machine lacks it
    return synthesizer


def speech_of(path: Path) -> tuple[int, float, int]:
    """(rate, seconds, peak) of a 16-bit mono WAV file; fails on any other format."""
    with wave.open(str(path), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getcomptype()) == (1, 2, "NONE")
        samples = array.array("h", sound.readframes(sound.getnframes()))
        return sound.getframerate(), sound.getnframes() / sound.getframerate(), max(map(abs, samples))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_languages_call_is_spoken(synthesizer: Synthesizer, language: str) -> None:
    for sentence in call_sentences(language, "A-012", "3番窓口", recall=True):
        rate, seconds, peak = speech_of(synthesizer.wav(sentence, language))

        assert rate == RATES[language]
        assert 0.5 < seconds < 15, sentence  # something was said, and not a runaway
        assert 3000 < peak < 32767, sentence  # audible, and not clipped


def test_a_cached_sentence_is_the_same_file_and_not_synthesized_again(tmp_path: Path) -> None:
    japanese = CountingEngine(OpenJTalkEngine())
    english = CountingEngine(EspeakEngine())
    synthesizer = Synthesizer(tmp_path, {"ja": japanese, "en": english})

    first = [synthesizer.wav("受付番号、エーの12番のかた。", "ja"), synthesizer.wav("Number A-12.", "en")]
    content = [path.read_bytes() for path in first]
    again = [synthesizer.wav("受付番号、エーの12番のかた。", "ja"), synthesizer.wav("Number A-12.", "en")]

    assert again == first
    assert [path.read_bytes() for path in again] == content
    assert len(japanese.calls) == 1 and len(english.calls) == 1


def test_open_jtalk_is_deterministic_so_a_shared_cache_never_changes_a_sound(tmp_path: Path) -> None:
    one = Synthesizer(tmp_path / "one").wav("3番窓口へお越しください。", "ja")
    two = Synthesizer(tmp_path / "two").wav("3番窓口へお越しください。", "ja")

    assert one.read_bytes() == two.read_bytes()


def test_every_engine_is_installed_on_this_machine() -> None:
    engines = default_engines()
    for language in LANGUAGES:
        engines[language].check(language)

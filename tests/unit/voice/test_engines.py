"""A missing engine, dictionary or voice is reported naming what to install, before anything runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from voice.engines import ESPEAK_VOICES, EspeakEngine, OpenJTalkEngine, default_engines, without_word_spaces
from voice.errors import UnknownLanguage, VoiceUnavailable

from .conftest import LANGUAGES


def test_every_language_of_the_kiosk_has_an_engine() -> None:
    engines = default_engines()

    assert set(engines) == set(LANGUAGES)
    assert isinstance(engines["ja"], OpenJTalkEngine) and engines["ja_easy"] is engines["ja"]
    assert all(isinstance(engines[language], EspeakEngine) for language in ESPEAK_VOICES)


def test_missing_open_jtalk_names_its_package(tmp_path: Path) -> None:
    engine = OpenJTalkEngine(binary=str(tmp_path / "open_jtalk"))

    with pytest.raises(VoiceUnavailable, match=r"apt-get install open-jtalk$"):
        engine.synthesize("こんにちは", "ja", tmp_path / "out.wav")


def test_a_missing_dictionary_names_its_package(tmp_path: Path) -> None:
    engine = OpenJTalkEngine(binary="true", dictionary=tmp_path)

    with pytest.raises(VoiceUnavailable, match="apt-get install open-jtalk-mecab-naist-jdic"):
        engine.check("ja")


def test_a_missing_voice_says_to_fetch_it(tmp_path: Path) -> None:
    (tmp_path / "sys.dic").touch()
    engine = OpenJTalkEngine(binary="true", dictionary=tmp_path, voice=tmp_path / "mei_normal.htsvoice")

    with pytest.raises(VoiceUnavailable, match=r"scripts/fetch-voice\.sh"):
        engine.check("ja")


def test_missing_espeak_names_its_package(tmp_path: Path) -> None:
    with pytest.raises(VoiceUnavailable, match=r"apt-get install espeak-ng$"):
        EspeakEngine(binary=str(tmp_path / "espeak-ng")).check("en")


def test_each_engine_refuses_languages_it_does_not_speak() -> None:
    with pytest.raises(UnknownLanguage):
        OpenJTalkEngine().check("en")
    with pytest.raises(UnknownLanguage):
        EspeakEngine().check("ja")


def test_the_identity_changes_with_voice_and_speed() -> None:
    assert OpenJTalkEngine().identity("ja") != OpenJTalkEngine(speed=0.9).identity("ja")
    assert EspeakEngine().identity("en") != EspeakEngine().identity("es")
    assert EspeakEngine().identity("en") != EspeakEngine(rate_wpm=130).identity("en")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "カード を おいて ください。",
            "カードをおいてください。",
        ),  # 分かち書き: Open JTalk would pause at each space
        ("3 番　窓口", "3番窓口"),
        ("PIN code を 入力", "PIN codeを入力"),  # between Latin words a space stays
    ],
)
def test_japanese_is_read_without_the_spaces_between_words(written: str, spoken: str) -> None:
    assert without_word_spaces(written) == spoken

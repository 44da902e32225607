"""The kiosk's prompts: latest wins, a new prompt cuts the one playing, mute and stop silence at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.voice.fakes import FakeEngine, RecordingPlayer
from voice.errors import UnknownLanguage
from voice.prompter import Prompter
from voice.synthesizer import Synthesizer

WAIT_S = 30.0  # a bound against hanging, not a timing assertion


@pytest.fixture
def held(engine: FakeEngine) -> RecordingPlayer:
    return RecordingPlayer(describe=engine.decode, hold=True)


@pytest.fixture
def prompter(synthesizer: Synthesizer, held: RecordingPlayer) -> Iterator[Prompter]:
    prompter = Prompter(synthesizer, held)
    yield prompter
    held.release()
    prompter.close()


def test_a_prompt_is_spoken_in_its_language(prompter: Prompter, held: RecordingPlayer) -> None:
    held.release()
    prompter.say("カードを置いてください。", "ja")

    assert prompter.wait_idle(WAIT_S)
    assert held.what() == [("ja:カードを置いてください。",)]


def test_the_latest_prompt_wins_and_cuts_the_one_playing(
    synthesizer: Synthesizer, engine: FakeEngine, held: RecordingPlayer
) -> None:
    # The middle prompt's synthesis waits until the last prompt is said, so it can never start playing
    # first, whichever way the threads interleave.
    said = threading.Event()
    synthesize = engine.synthesize

    def slow_for_the_pin(text: str, language: str, out: Path) -> None:
        if text.startswith("暗証番号"):
            said.wait(WAIT_S)
        synthesize(text, language, out)

    engine.synthesize = slow_for_the_pin  # type: ignore[method-assign]
    prompter = Prompter(synthesizer, held)
    try:
        prompter.say("ようこそ。", "ja")
        held.wait_started()  # the welcome prompt is playing
        prompter.say("暗証番号を入力してください。", "ja")  # cuts the welcome...
        prompter.say("Please enter your PIN.", "en")  # ...and is replaced before it is heard
        said.set()
        held.wait_started()  # the last one plays...
        held.release()  # ...to its end
        assert prompter.wait_idle(WAIT_S)
    finally:
        held.release()
        prompter.close()

    assert [(played.what, played.cut) for played in held.played] == [
        (("ja:ようこそ。",), True),
        (("en:Please enter your PIN.",), False),
    ]


def test_muted_nothing_is_said_and_muting_cuts_the_prompt_playing(
    prompter: Prompter, held: RecordingPlayer
) -> None:
    prompter.say("ようこそ。", "ja")
    held.wait_started()
    prompter.muted = True
    prompter.say("暗証番号を入力してください。", "ja")
    held.release()

    assert prompter.wait_idle(WAIT_S)
    assert [(played.what, played.cut) for played in held.played] == [(("ja:ようこそ。",), True)]

    prompter.muted = False
    prompter.say("Please enter your PIN.", "en")
    assert prompter.wait_idle(WAIT_S)
    assert held.what()[-1] == ("en:Please enter your PIN.",)


def test_stop_silences_the_kiosk_when_a_visit_ends(prompter: Prompter, held: RecordingPlayer) -> None:
    prompter.say("ようこそ。", "ja")
    held.wait_started()

    prompter.stop()

    assert prompter.wait_idle(WAIT_S)
    assert [played.cut for played in held.played] == [True]
    assert not prompter.muted


def test_an_unknown_language_is_refused_in_the_caller(prompter: Prompter, held: RecordingPlayer) -> None:
    with pytest.raises(UnknownLanguage):
        prompter.say("Bonjour", "fr")

    assert prompter.wait_idle(WAIT_S)
    assert held.played == []


def test_close_ends_the_thread(synthesizer: Synthesizer, held: RecordingPlayer) -> None:
    prompter = Prompter(synthesizer, held)
    prompter.say("ようこそ。", "ja")
    held.wait_started()

    prompter.close()

    assert not prompter._thread.is_alive()
    with pytest.raises(RuntimeError, match="closed"):
        prompter.say("ようこそ。", "ja")

"""The announcer: a chime then each language, calls strictly one after another, mute, close, and going
on with the chime alone when a voice is missing."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.voice.fakes import CHIME, FakeEngine, RecordingPlayer
from voice.announcer import Announcer
from voice.engines import EspeakEngine, OpenJTalkEngine
from voice.errors import PlaybackError, UnknownLanguage
from voice.synthesizer import Synthesizer

WAIT_S = 30.0  # only a bound against hanging: nothing here asserts how long anything took


@pytest.fixture
def announcer(chime: Path, synthesizer: Synthesizer, player: RecordingPlayer) -> Iterator[Announcer]:
    announcer = Announcer(synthesizer, player, chime=chime)
    yield announcer
    player.release()
    announcer.close()


def call(label: str, counter: str = "3番窓口") -> list[tuple[str, ...]]:
    """What the recording player should log for one call in Japanese then English."""
    number = int(label.split("-")[1])
    letter = {"A": "エー", "B": "ビー"}[label[0]]
    return [
        CHIME,
        (f"ja:受付番号、{letter}の{number}番のかた。", f"ja:{counter}へお越しください。"),
        (f"en:Number {label[0]}-{number}.", f"en:Please go to counter {counter[0]}."),
    ]


def test_a_call_is_a_chime_then_japanese_then_english(announcer: Announcer, player: RecordingPlayer) -> None:
    announcer.announce_call("A-012", "3番窓口", ["ja", "en"])

    assert announcer.wait_idle(WAIT_S)
    assert player.what() == call("A-012")


def test_the_languages_play_in_the_order_given(announcer: Announcer, player: RecordingPlayer) -> None:
    announcer.announce_call("A-012", "3番窓口", ["en", "zh_CN", "ja"])

    assert announcer.wait_idle(WAIT_S)
    assert [sound[0].split(":")[0] for sound in player.what()[1:]] == ["en", "zh_CN", "ja"]  # type: ignore[index]


def test_a_recall_says_so_in_each_language(announcer: Announcer, player: RecordingPlayer) -> None:
    announcer.announce_call("A-012", "3番窓口", ["ja", "en"], recall=True)

    assert announcer.wait_idle(WAIT_S)
    _, japanese, english = player.what()
    assert japanese[0] == "ja:もう一度お呼びします。"  # type: ignore[index]
    assert english[0] == "en:Calling again."  # type: ignore[index]


def test_calls_from_several_threads_never_overlap_and_each_stays_whole(
    announcer: Announcer, player: RecordingPlayer
) -> None:
    threads = 4
    per_thread = 5
    ready = threading.Barrier(threads)

    def desk(index: int) -> None:
        ready.wait()
        for n in range(per_thread):
            announcer.announce_call(
                f"{'AB'[index % 2]}-{index * 100 + n:03d}", f"{index + 1}番窓口", ["ja", "en"]
            )

    workers = [threading.Thread(target=desk, args=(index,)) for index in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert announcer.wait_idle(WAIT_S)

    played = player.played
    assert len(played) == threads * per_thread * 3
    assert player.most_at_once == 1
    assert all(later.start >= earlier.end for earlier, later in itertools.pairwise(played))
    assert {sound.thread for sound in played} == {"voice-announcer"}
    heard = player.what()
    calls = [heard[i : i + 3] for i in range(0, len(heard), 3)]
    for index in range(threads):  # each desk's calls come whole and in the order that desk made them
        labels = [f"{'AB'[index % 2]}-{index * 100 + n:03d}" for n in range(per_thread)]
        expected = [call(label, f"{index + 1}番窓口") for label in labels]
        assert [c for c in calls if c in expected] == expected


def test_the_gui_thread_does_not_wait_for_a_call_to_play(
    chime: Path, synthesizer: Synthesizer, engine: FakeEngine, tmp_path: Path
) -> None:
    held = RecordingPlayer(describe=engine.decode, hold=True)
    announcer = Announcer(synthesizer, held, chime=chime)
    try:
        announcer.announce_call("A-001", "1番窓口", ["ja"])
        held.wait_started()
        announcer.announce_call("A-002", "1番窓口", ["ja"])  # returns while the first still plays

        assert not announcer.wait_idle(0)
        held.release()
        assert announcer.wait_idle(WAIT_S)
        assert len(held.played) == 4
    finally:
        held.release()
        announcer.close()


def test_muted_nothing_plays(announcer: Announcer, player: RecordingPlayer) -> None:
    announcer.muted = True
    announcer.announce_call("A-001", "1番窓口", ["ja", "en"])
    announcer.announce_call("A-002", "1番窓口", ["ja", "en"])

    assert announcer.wait_idle(WAIT_S)
    assert player.played == []
    assert announcer.muted


def test_muting_cuts_the_call_playing_and_drops_those_waiting(
    chime: Path, synthesizer: Synthesizer, engine: FakeEngine
) -> None:
    held = RecordingPlayer(describe=engine.decode, hold=True)
    announcer = Announcer(synthesizer, held, chime=chime)
    try:
        for n in range(3):
            announcer.announce_call(f"A-00{n}", "1番窓口", ["ja", "en"])
        held.wait_started()  # the first chime plays
        announcer.muted = True
        assert announcer.wait_idle(WAIT_S)
        announcer.muted = False
        announcer.announce_call("B-001", "1番窓口", ["ja"])
        held.release()
        assert announcer.wait_idle(WAIT_S)
    finally:
        held.release()
        announcer.close()

    assert [(p.what, p.cut) for p in held.played[:1]] == [(CHIME, True)]
    assert held.what()[1:] == [CHIME, ("ja:受付番号、ビーの1番のかた。", "ja:1番窓口へお越しください。")]


def test_close_ends_the_thread_and_refuses_more(
    chime: Path, synthesizer: Synthesizer, player: RecordingPlayer
) -> None:
    announcer = Announcer(synthesizer, player, chime=chime)
    thread = announcer._thread
    announcer.close()
    announcer.close()  # idempotent

    assert not thread.is_alive()
    with pytest.raises(RuntimeError, match="closed"):
        announcer.announce_call("A-001", "1番窓口", ["ja"])


def test_close_while_playing_cuts_and_ends(chime: Path, synthesizer: Synthesizer, engine: FakeEngine) -> None:
    held = RecordingPlayer(describe=engine.decode, hold=True)
    announcer = Announcer(synthesizer, held, chime=chime)
    announcer.announce_call("A-001", "1番窓口", ["ja", "en"])
    announcer.announce_call("A-002", "1番窓口", ["ja", "en"])
    held.wait_started()

    announcer.close()

    assert not announcer._thread.is_alive()
    assert [(p.what, p.cut) for p in held.played] == [(CHIME, True)]


def test_bad_input_is_refused_in_the_caller_before_anything_is_queued(
    announcer: Announcer, player: RecordingPlayer
) -> None:
    with pytest.raises(ValueError, match="not a ticket number"):
        announcer.announce_call("山田様", "1番窓口", ["ja"])
    with pytest.raises(UnknownLanguage):
        announcer.announce_call("A-001", "1番窓口", ["ja", "fr"])

    assert announcer.wait_idle(WAIT_S)
    assert player.played == []


def test_without_voices_the_chime_still_plays_and_each_problem_is_logged_once(
    chime: Path, tmp_path: Path, player: RecordingPlayer, caplog: pytest.LogCaptureFixture
) -> None:
    engines = {
        "ja": OpenJTalkEngine(binary=str(tmp_path / "no-open_jtalk")),
        "en": EspeakEngine(binary=str(tmp_path / "no-espeak-ng")),
    }
    announcer = Announcer(Synthesizer(tmp_path / "cache", engines), player, chime=chime)
    caplog.set_level(logging.ERROR, logger="voice")
    try:
        for n in range(3):
            announcer.announce_call(f"A-00{n}", "1番窓口", ["ja", "en"])
        assert announcer.wait_idle(WAIT_S)
    finally:
        announcer.close()

    assert player.what() == [CHIME] * 3
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert "apt-get install open-jtalk" in messages[0]
    assert "apt-get install espeak-ng" in messages[1]


def test_a_sound_device_error_is_logged_once_and_calls_go_on(
    chime: Path, synthesizer: Synthesizer, caplog: pytest.LogCaptureFixture
) -> None:
    class NoDevice(RecordingPlayer):
        def play(self, path: Path) -> None:
            super().play(path)
            raise PlaybackError("aplay failed (exit 1): audio open error")

    player = NoDevice()
    announcer = Announcer(synthesizer, player, chime=chime)
    caplog.set_level(logging.ERROR, logger="voice")
    try:
        announcer.announce_call("A-001", "1番窓口", ["ja", "en"])
        announcer.announce_call("A-002", "1番窓口", ["ja", "en"])
        assert announcer.wait_idle(WAIT_S)
    finally:
        announcer.close()

    assert len(player.played) == 6
    assert [record.getMessage() for record in caplog.records] == [
        "voice: cannot play sound: aplay failed (exit 1): audio open error"
    ]


def test_the_joined_files_are_removed_after_playing(
    announcer: Announcer, player: RecordingPlayer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))

    announcer.announce_call("A-001", "1番窓口", ["ja", "en"])

    assert announcer.wait_idle(WAIT_S)
    assert len(player.played) == 3
    assert list(scratch.iterdir()) == []

"""The announcement queue with real speech: WAV files made, played strictly one after another, and real
aplay driven through ALSA's null device (this machine has no sound card; the pipeline is the same)."""

from __future__ import annotations

import itertools
import threading
import wave
from pathlib import Path

import pytest

from tests.unit.voice.fakes import RecordingPlayer
from voice.__main__ import main as voice_command
from voice.announcer import Announcer
from voice.errors import PlaybackError
from voice.players import AplayPlayer
from voice.prompter import Prompter
from voice.synthesizer import Synthesizer

WAIT_S = 120.0  # a bound against hanging (first syntheses take ~0.3 s each), never asserted as a timing


def describe(path: Path) -> tuple[int, float]:
    """(rate, seconds) of the file about to play: it must be a whole 16-bit mono WAV at that moment."""
    with wave.open(str(path), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth()) == (1, 2)
        return sound.getframerate(), sound.getnframes() / sound.getframerate()


@pytest.fixture
def synthesizer(tmp_path: Path) -> Synthesizer:
    return Synthesizer(tmp_path / "cache")


def test_calls_from_several_desks_are_spoken_whole_one_after_another(synthesizer: Synthesizer) -> None:
    player = RecordingPlayer(describe=describe)
    announcer = Announcer(synthesizer, player)
    desks = 3
    ready = threading.Barrier(desks)

    def desk(index: int) -> None:
        ready.wait()
        for n in range(2):
            announcer.announce_call(f"A-{index * 10 + n:03d}", f"{index + 1}番窓口", ["ja", "en"])

    threads = [threading.Thread(target=desk, args=(index,)) for index in range(desks)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert announcer.wait_idle(WAIT_S)
    finally:
        announcer.close()

    played = player.played
    assert len(played) == desks * 2 * 3
    assert player.most_at_once == 1
    assert all(later.start >= earlier.end for earlier, later in itertools.pairwise(played))
    heard: list[tuple[int, float]] = player.what()  # type: ignore[assignment]
    for chime, japanese, english in (heard[i : i + 3] for i in range(0, len(heard), 3)):
        assert chime[0] == 48_000 and 2 < chime[1] < 3
        assert japanese[0] == 48_000 and 2 < japanese[1] < 10  # two sentences, one pause
        assert english[0] == 22_050 and 1.5 < english[1] < 10


def test_real_aplay_plays_a_call_on_the_null_device(synthesizer: Synthesizer) -> None:
    announcer = Announcer(synthesizer, AplayPlayer(device="null"))
    try:
        announcer.announce_call("B-007", "2番窓口", ["ja", "en"], recall=True)
        assert announcer.wait_idle(WAIT_S)
    finally:
        announcer.close()


def test_a_device_aplay_cannot_open_is_a_clear_error(synthesizer: Synthesizer) -> None:
    # What a machine without a sound card gets on the default device (this one does, as CI).
    player = AplayPlayer(device="madoguchi_no_such_device")

    with pytest.raises(PlaybackError, match=r"aplay failed \(exit 1\): aplay: .*audio open error"):
        player.play(synthesizer.wav("Number A-12.", "en"))


def test_a_kiosk_prompt_in_each_language(synthesizer: Synthesizer) -> None:
    player = RecordingPlayer(describe=describe)
    prompter = Prompter(synthesizer, player)
    prompts = {
        "ja": "カードを置いてください。",
        "ja_easy": "カード を おいて ください。",
        "en": "Please place your card.",
        "zh_CN": "请放置您的卡。",
        "ko": "카드를 올려 주십시오.",
        "vi": "Vui lòng đặt thẻ của bạn.",
        "pt_BR": "Coloque o seu cartão.",
        "es": "Coloque su tarjeta.",
    }
    try:
        for language, text in prompts.items():
            prompter.say(text, language)
            assert prompter.wait_idle(WAIT_S)
    finally:
        prompter.close()

    heard: list[tuple[int, float]] = player.what()  # type: ignore[assignment]
    assert [rate for rate, _ in heard] == [48_000, 48_000] + [22_050] * 6
    assert all(seconds > 0.5 for _, seconds in heard)


def test_trying_the_voice_from_the_command_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    assert voice_command(["--player", "null", "call", "A-012", "3番窓口", "ja", "en"]) == 0
    assert voice_command(["--player", "null", "say", "Please place your card.", "en"]) == 0
    assert voice_command(["--player", "null", "call", "山田", "3番窓口"]) == 1

    cached = sorted(path.name.split("-")[1] for path in (tmp_path / "madoguchi" / "voice").glob("tts-*"))
    assert cached == ["en", "en", "en", "ja", "ja"]

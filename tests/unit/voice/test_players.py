"""Players: the factory's choice, aplay's errors in plain words, and stop() cutting a sound."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from voice.errors import PlaybackError, VoiceUnavailable
from voice.players import AplayPlayer, NullPlayer, make_player, sound_card_present


def fake_aplay(directory: Path, body: str) -> str:
    """An executable standing in for aplay: gets `-q [-D device] FILE` like the real one."""
    script = directory / "aplay"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return str(script)


def test_the_null_player_plays_nothing_but_refuses_a_missing_file(chime: Path, tmp_path: Path) -> None:
    NullPlayer().play(chime)

    with pytest.raises(PlaybackError, match="no such sound file"):
        NullPlayer().play(tmp_path / "missing.wav")


def test_aplay_is_called_quietly_on_the_chosen_device(chime: Path, tmp_path: Path) -> None:
    log = tmp_path / "args"
    player = AplayPlayer(binary=fake_aplay(tmp_path, f'echo "$@" > {log}'), device="plughw:1,0")

    player.play(chime)

    assert log.read_text(encoding="utf-8").split() == ["-q", "-D", "plughw:1,0", str(chime)]


def test_an_aplay_failure_gives_its_last_line(chime: Path, tmp_path: Path) -> None:
    body = "\n".join(
        [
            'echo "ALSA lib pcm.c: Unknown PCM default" >&2',
            'echo "aplay: audio open error: No such file" >&2',
            "exit 1",
        ]
    )
    player = AplayPlayer(binary=fake_aplay(tmp_path, body))

    with pytest.raises(
        PlaybackError, match=r"exit 1\): aplay: audio open error: No such file \(see `aplay -l`\)"
    ):
        player.play(chime)


def test_missing_aplay_names_its_package(chime: Path, tmp_path: Path) -> None:
    with pytest.raises(VoiceUnavailable, match="apt-get install alsa-utils"):
        AplayPlayer(binary=str(tmp_path / "aplay")).play(chime)


def test_stop_cuts_the_sound_and_play_returns_without_error(chime: Path, tmp_path: Path) -> None:
    started = tmp_path / "started"
    player = AplayPlayer(binary=fake_aplay(tmp_path, f"touch {started}\nexec sleep 60"))
    errors: list[BaseException] = []

    def play() -> None:
        try:
            player.play(chime)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=play)
    thread.start()
    deadline = time.monotonic() + 10
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    player.stop()
    thread.join(10)

    assert not thread.is_alive()
    assert errors == []


def test_stop_with_nothing_playing_does_nothing() -> None:
    AplayPlayer().stop()
    NullPlayer().stop()


def test_a_sound_card_is_seen_in_proc_asound(tmp_path: Path) -> None:
    cards = tmp_path / "cards"
    assert not sound_card_present(cards)
    cards.write_text("--- no soundcards ---\n", encoding="utf-8")
    assert not sound_card_present(cards)
    cards.write_text(" 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n", encoding="utf-8")
    assert sound_card_present(cards)


def test_the_factory(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(make_player("null"), NullPlayer)
    assert isinstance(make_player("aplay"), AplayPlayer)
    assert isinstance(make_player("auto", device="null"), AplayPlayer)  # a device named: trust it
    monkeypatch.setattr("voice.players.sound_card_present", lambda: False)
    assert isinstance(make_player("auto"), NullPlayer)
    monkeypatch.setattr("voice.players.sound_card_present", lambda: True)
    assert isinstance(make_player("auto"), AplayPlayer)
    with pytest.raises(ValueError, match="unknown player 'pulse'"):
        make_player("pulse")

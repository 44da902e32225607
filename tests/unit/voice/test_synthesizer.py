"""The cache: a text is synthesized once per engine, voice, language and text; failures leave nothing."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.unit.voice.fakes import FakeEngine
from voice.engines import Engine
from voice.errors import SynthesisError, UnknownLanguage
from voice.synthesizer import CACHE_PREFIX, Synthesizer, default_cache_dir


def test_a_cached_text_is_not_synthesized_again(synthesizer: Synthesizer, engine: FakeEngine) -> None:
    first = synthesizer.wav("3番窓口へお越しください。", "ja")
    again = synthesizer.wav("3番窓口へお越しください。", "ja")

    assert again == first
    assert engine.calls == [("3番窓口へお越しください。", "ja")]


def test_spacing_does_not_make_a_new_file(synthesizer: Synthesizer, engine: FakeEngine) -> None:
    assert synthesizer.wav("Number  A-12.\n", "en") == synthesizer.wav("Number A-12.", "en")
    assert len(engine.calls) == 1


def test_language_text_and_voice_each_make_their_own_file(tmp_path: Path, engine: FakeEngine) -> None:
    synthesizer = Synthesizer(tmp_path, {"ja": engine, "ja_easy": engine})
    files = {
        synthesizer.wav("3番窓口", "ja"),
        synthesizer.wav("3番窓口", "ja_easy"),
        synthesizer.wav("4", "ja"),
    }

    class OtherVoice(FakeEngine):
        def identity(self, language: str) -> str:
            return "another voice"

    other = Synthesizer(tmp_path, {"ja": OtherVoice()})
    files.add(other.wav("3番窓口", "ja"))

    assert len(files) == 4
    assert all(path.parent == tmp_path and path.name.startswith(CACHE_PREFIX) for path in files)


def test_the_text_is_not_in_the_file_name(synthesizer: Synthesizer) -> None:
    path = synthesizer.wav("Number A-12.", "en")

    assert re.fullmatch(rf"{CACHE_PREFIX}en-[0-9a-f]{{40}}\.wav", path.name)


@pytest.mark.parametrize("text", ["", "   ", "あ" * 301])
def test_empty_or_long_texts_are_refused(synthesizer: Synthesizer, text: str) -> None:
    with pytest.raises(ValueError, match="1 to 300 characters"):
        synthesizer.wav(text, "ja")


def test_an_unknown_language_is_named(synthesizer: Synthesizer) -> None:
    with pytest.raises(UnknownLanguage, match="'fr'"):
        synthesizer.wav("Bonjour", "fr")


class BrokenEngine(FakeEngine):
    """Exits 'successfully' but writes what it is told to: nothing, or a file that is not a WAV."""

    def __init__(self, content: bytes | None) -> None:
        super().__init__()
        self.content = content

    def synthesize(self, text: str, language: str, out: Path) -> None:
        if self.content is not None:
            out.write_bytes(self.content)


@pytest.mark.parametrize("content", [None, b"", b"RIFF....WAVEjunk"])
def test_an_engine_that_writes_no_sound_leaves_nothing_in_the_cache(
    tmp_path: Path, content: bytes | None
) -> None:
    synthesizer = Synthesizer(tmp_path, {"ja": BrokenEngine(content)})

    with pytest.raises(SynthesisError):
        synthesizer.wav("3番窓口", "ja")
    assert list(tmp_path.iterdir()) == []


def test_an_engine_error_leaves_nothing_in_the_cache(tmp_path: Path) -> None:
    class Failing(FakeEngine):
        def synthesize(self, text: str, language: str, out: Path) -> None:
            out.write_bytes(b"RIFF")
            raise SynthesisError("open_jtalk failed (exit 1)")

    with pytest.raises(SynthesisError, match="exit 1"):
        Synthesizer(tmp_path, {"ja": Failing()}).wav("3番窓口", "ja")
    assert list(tmp_path.iterdir()) == []


def test_the_least_recently_used_files_go_when_the_cache_is_full(tmp_path: Path, engine: FakeEngine) -> None:
    engines: dict[str, Engine] = {"en": engine}
    synthesizer = Synthesizer(tmp_path, engines, max_cache_bytes=10**9)
    first = synthesizer.wav("one", "en")
    size = first.stat().st_size
    files = [first, synthesizer.wav("two", "en"), synthesizer.wav("three", "en")]
    for age, path in enumerate(reversed(files)):  # "one" oldest ... "three" newest
        os.utime(path, (1_000_000 - age * 100, 1_000_000 - age * 100))
    synthesizer.wav("one", "en")  # a hit makes "one" the most recently used

    synthesizer.max_cache_bytes = 3 * size
    newest = synthesizer.wav("four", "en")  # 4 files > 3: down to 80 % -> the two least recently used go

    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([first.name, newest.name])


def test_the_default_cache_is_in_the_users_cache_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "madoguchi" / "voice"
    assert Synthesizer().cache_dir == tmp_path / "madoguchi" / "voice"

    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == Path.home() / ".cache" / "madoguchi" / "voice"

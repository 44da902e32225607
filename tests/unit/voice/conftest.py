"""Fixtures of the voice unit tests: a synthesizer on a fake engine, in a fresh cache directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.voice.fakes import FakeEngine, RecordingPlayer
from voice.chime import chime_file
from voice.synthesizer import Synthesizer

LANGUAGES = ("ja", "ja_easy", "en", "zh_CN", "ko", "vi", "pt_BR", "es")


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def synthesizer(tmp_path: Path, engine: FakeEngine) -> Synthesizer:
    return Synthesizer(tmp_path / "cache", dict.fromkeys(LANGUAGES, engine))


@pytest.fixture
def player(engine: FakeEngine) -> RecordingPlayer:
    return RecordingPlayer(describe=engine.decode)


@pytest.fixture(scope="session")
def chime(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The chime, made once for the session (~0.3 s each time otherwise)."""
    return chime_file(tmp_path_factory.mktemp("chime"))

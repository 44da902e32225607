"""Shared fixtures. Qt runs offscreen in tests; every test gets its own SQLite file."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

from collections.abc import Iterator
from pathlib import Path

import pytest

from bootstrap import make_queue
from queueing.services import QueueService
from settings import OfficeConfig, load_config
from tests.helpers.clock import MACHINE_ZONES, FakeClock, machine_zone

pytest_plugins = [
    "tests.helpers.qasync_loop",
    "tests.helpers.cups",
    "tests.helpers.pcsc",
    "tests.helpers.postgres",
]

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def config() -> OfficeConfig:
    return load_config()


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'queue.sqlite3'}"


@pytest.fixture
def store(database_url: str) -> Iterator[object]:
    from store import open_store

    opened = open_store(database_url)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=MACHINE_ZONES)
def machine_tz(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test runs once with this process on each of MACHINE_ZONES (the zone's name is the value)."""
    with machine_zone(request.param):
        yield request.param


@pytest.fixture
def queue(config: OfficeConfig, store: object, clock: FakeClock) -> QueueService:
    return make_queue(config, store.unit_of_work, clock)  # type: ignore[attr-defined]

"""A waiting-room display on PostgreSQL: it follows other machines, and says so when it cannot."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from queue_display.window import DisplayWindow
from queueing.clock import OfficeClock
from queueing.services import QueueService
from store import Store
from tests.conftest import REPO
from tests.helpers.display import waiting_text
from tests.helpers.postgres import PostgresServer
from tests.helpers.qasync_loop import until
from ui.watcher import ChangeWatcher

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url(pg_url: str) -> str:
    return pg_url


def test_the_display_says_when_the_server_is_gone_and_catches_up_when_it_is_back(
    qtbot: Any,
    run: Callable[..., Any],
    store: Store,
    queue: QueueService,
    database_url: str,
    postgres_server: PostgresServer,
) -> None:
    queue._clock = OfficeClock()  # the same business day as the worker process
    with store.listening() as listener:
        watcher = ChangeWatcher(listener)
        online: list[bool] = []
        watcher.connection_changed.connect(online.append)
        display = DisplayWindow(queue)
        qtbot.addWidget(display)
        watcher.changed.connect(display.refresh)
        display.show()
        display.refresh()
        run(until(lambda: display.snapshot is not None, what="the first read"))
        postgres_server.stop("immediate")
        run(until(lambda: display.stale.isVisible() and online == [False], timeout=15, what="offline"))
        postgres_server.start()
        run(until(lambda: online == [False, True] and display.stale.isHidden(), timeout=15, what="online"))
        subprocess.run(
            [sys.executable, "-m", "tests.helpers.workers", "issue", database_url, "--service", "B"],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        run(until(lambda: "住民異動 1人" in waiting_text(display), what="the other machine's ticket"))
        watcher.stop()


def test_the_kiosk_says_when_the_server_is_gone_takes_no_ticket_and_recovers(
    qtbot: Any,
    run: Callable[..., Any],
    store: Store,
    queue: QueueService,
    postgres_server: PostgresServer,
) -> None:
    from kiosk.window import KioskWindow
    from tests.ui.conftest import PaperTray

    with store.listening() as listener:
        watcher = ChangeWatcher(listener)
        kiosk = KioskWindow(queue, PaperTray())
        qtbot.addWidget(kiosk)
        watcher.changed.connect(kiosk.refresh)
        watcher.connection_changed.connect(lambda _online: kiosk.refresh())
        kiosk.resize(1920, 1080)
        kiosk.show()
        kiosk.refresh()
        run(until(lambda: kiosk.services.buttons.get("A") is not None, what="the first read"))
        postgres_server.stop("immediate")
        run(until(kiosk.offline.isVisible, timeout=15, what="the notice"))
        assert kiosk.offline.text() == "ただいま番号札を発行できません。お近くの係員にお声がけください。"
        assert not any(button.isEnabled() for button in kiosk.services.buttons.values())
        postgres_server.start()
        run(until(kiosk.offline.isHidden, timeout=15, what="the notice gone"))
        assert all(button.isEnabled() for button in kiosk.services.buttons.values())
        watcher.stop()

"""The display's last calls per counter and its notices ticker, driven as the waiting room sees them: calls
made at counters, a notice set at a desk or from another process, a notice that ends by itself."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from casework import Casework
from desk.notices import NoticesPanel
from desk.window import DeskWindow
from queue_display.window import DisplayWindow
from queueing.notices import NoticeBoard
from queueing.services import QueueService
from tests.conftest import REPO
from tests.helpers.casework import casework_with_clerk
from tests.helpers.clock import FakeClock
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import log_in, on_the_loop, press
from ui import theme
from ui.watcher import ChangeWatcher

Run = Callable[..., Any]
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def open_display(qtbot: Any, queue: QueueService, orientation: str = "landscape") -> DisplayWindow:
    window = DisplayWindow(queue, orientation=orientation)
    qtbot.addWidget(window)
    window.resize(*SIZES[orientation])
    window.show()
    window.refresh()
    return window


@pytest.fixture
def display(qtbot: Any, qloop: Any, live_queue: QueueService, watcher: ChangeWatcher) -> DisplayWindow:
    window = open_display(qtbot, live_queue)
    watcher.changed.connect(window.refresh)
    return window


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_the_display_shows_each_counters_last_calls_and_still_fits_the_screen(
    qtbot: Any, qloop: Any, live_queue: QueueService, watcher: ChangeWatcher, run: Run, orientation: str
) -> None:
    display = open_display(qtbot, live_queue, orientation)
    watcher.changed.connect(display.refresh)
    run(until(lambda: display.snapshot is not None, what="the first read"))
    assert display.history_section.isHidden()  # nobody called yet: no empty panel
    for code in "AAAAADE":
        live_queue.issue(code)
    for counter in (1, 1, 1, 2, 1, 3, 4):
        live_queue.call_next(counter)
    live_queue.finish(4)
    expected = [
        "1番窓口 A-005 ← A-003 ← A-002",  # A-001 has scrolled off: three a counter
        "2番窓口 A-004",
        "3番窓口 D-001",
        "4番窓口 E-001",  # finished, still listed: the resident may have looked away
    ]
    run(until(lambda: display.history.rows_text() == expected, what="the last calls per counter"))
    assert display.history_section.isVisible()
    assert display.history.highlighted() == ["D-001"]  # the newest call, as on its card
    assert display.shown_calls()[0].number.text() == "D-001"
    NoticeBoard(office_code="main", uow=live_queue._uow, clock=live_queue.clock).post(
        "本日の証明書の発行は16時30分までです"
    )
    run(until(lambda: display.ticker.isVisible(), what="the ticker"))
    hint = display.minimumSizeHint()
    width, height = SIZES[orientation]
    assert hint.width() <= width and hint.height() <= height, hint


@pytest.fixture
def casework(store: Any, live_queue: QueueService) -> Casework:
    return casework_with_clerk(store, live_queue)


@pytest.fixture
def desk(
    qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework, watcher: ChangeWatcher
) -> DeskWindow:
    board = NoticeBoard(office_code="main", uow=live_queue._uow, clock=live_queue.clock)
    window = DeskWindow(live_queue, casework, notices=board)
    watcher.changed.connect(window.refresh)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    return window


def open_notices(qtbot: Any, run: Run, desk: DeskWindow, text: str) -> NoticesPanel:
    """A clerk logs in, opens お知らせ and types `text` (set directly: QTest types ASCII only, a clerk uses
    the input method)."""
    assert desk.notices is not None
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.notices_button)
    assert desk.notices.isVisible()
    desk.notices.text.setText(text)
    return desk.notices


def test_a_clerk_sets_a_notice_at_the_desk_and_the_display_shows_it_until_removed(
    qtbot: Any, desk: DeskWindow, display: DisplayWindow, run: Run
) -> None:
    panel = open_notices(qtbot, run, desk, "駐車場が混み合っています")
    press(qtbot, run, panel.post_button)
    run(until(lambda: display.ticker.notices == ("駐車場が混み合っています",), what="the notice on display"))
    assert display.ticker.isVisible() and not display.ticker.scrolling  # short: it stands still
    run(until(lambda: len(panel.remove_buttons) == 1, what="the notice listed at the desk"))
    assert panel.text.text() == ""
    press(qtbot, run, panel.remove_buttons[0])
    run(until(lambda: display.ticker.isHidden(), what="the ticker gone with the last notice"))


def test_a_refused_notice_is_explained_and_a_logged_out_desk_sets_none(
    qtbot: Any, desk: DeskWindow, display: DisplayWindow, run: Run
) -> None:
    panel = open_notices(qtbot, run, desk, "お知らせ")
    on_the_loop(run, lambda: qtbot.keyClicks(panel.until, "0:00"))
    press(qtbot, run, panel.post_button)
    run(until(lambda: "過ぎています" in panel.problem.text(), what="the reason"))
    assert panel.text.text() == "お知らせ"  # kept, to put right
    desk.log_out()
    assert panel.isHidden()
    panel.until.clear()
    panel.post()
    assert panel.problem.text() == "ログインしてください"
    run(until(lambda: display.snapshot is not None, what="a read"))
    assert display.ticker.isHidden()


def test_a_notice_set_by_another_process_reaches_the_ticker(
    display: DisplayWindow, database_url: str, run: Run
) -> None:
    command = [
        sys.executable,
        "main.py",
        "queue",
        "notice",
        "窓口の受付は17時15分までです",
        "--db",
        database_url,
    ]
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    run(until(lambda: display.ticker.notices == ("窓口の受付は17時15分までです",), what="the other's notice"))


def test_an_ended_notice_leaves_the_ticker_without_any_announcement(
    qtbot: Any, qloop: Any, queue: QueueService, store: Any, clock: FakeClock, run: Run
) -> None:
    board = NoticeBoard(office_code="main", uow=store.unit_of_work, clock=clock)
    board.post("ただいま住民票の発行に時間がかかっています", until=clock.now + timedelta(minutes=5))
    display = open_display(qtbot, queue)  # no change feed at all: only its own timer
    run(until(lambda: display.ticker.isVisible(), what="the notice"))
    clock.advance(minutes=5)
    run(until(lambda: display.ticker.isHidden(), timeout=3, what="the notice gone at its end time"))


def test_a_long_notice_glides_slowly_and_steadily_without_flashing(
    qtbot: Any, qloop: Any, queue: QueueService, store: Any, clock: FakeClock, run: Run
) -> None:
    board = NoticeBoard(office_code="main", uow=store.unit_of_work, clock=clock)
    board.post("本日は大変混み合っております。" * 8)
    display = open_display(qtbot, queue)
    run(until(lambda: display.ticker.scrolling, what="a notice too long for one screen"))
    ticker, seen = display.ticker, []
    started = time.monotonic()
    while time.monotonic() - started < 0.6:
        run(until(lambda: not seen or ticker.text.x() != seen[-1][1], what="the next frame"))
        seen.append((time.monotonic(), ticker.text.x()))
        assert ticker.isVisible()
    steps = [before - after for (_, before), (_, after) in itertools.pairwise(seen)]
    assert all(step > 0 for step in steps), steps  # one way, no jumps back
    speed = (seen[0][1] - seen[-1][1]) / (seen[-1][0] - seen[0][0])
    assert 0 < speed <= theme.TICKER_SPEED_PX_S * 1.2, speed
    assert max(steps) <= theme.TICKER_SPEED_PX_S * 0.2, steps  # small steps: motion, not jumps

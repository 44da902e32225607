"""The waiting room sees what clerks do, in this process and from other processes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desk.window import DeskWindow
from queue_display.window import DisplayWindow
from queueing.services import QueueService
from tests.conftest import REPO
from tests.helpers.display import waiting_text
from tests.helpers.qasync_loop import until
from ui.watcher import ChangeWatcher


@pytest.fixture
def desk(
    qtbot: Any, qloop: Any, live_queue: QueueService, display: DisplayWindow, watcher: ChangeWatcher
) -> DeskWindow:
    window = DeskWindow(live_queue)
    qtbot.addWidget(window)
    watcher.changed.connect(window.refresh)
    window.show()
    window.refresh()
    return window


def click(qtbot: Any, run: Callable[..., Any], button: Any) -> None:
    """Click as a clerk does: once the button is enabled (the previous operation has finished)."""
    run(until(button.isEnabled, what=f"{button.text()} enabled"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown_calls(display: DisplayWindow) -> list[tuple[str, str]]:
    return [(card.number.text(), card.counter.text()) for card in display.shown_calls()]


def worker(database_url: str, *argv: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "tests.helpers.workers", *argv, database_url],
        cwd=REPO,
        check=True,
        capture_output=True,
    )


def test_the_display_follows_tickets_issued_and_called_by_other_processes(
    display: DisplayWindow, database_url: str, run: Callable[..., Any]
) -> None:
    run(until(lambda: display.snapshot is not None, what="first read"))
    assert shown_calls(display) == []
    assert display.no_calls.isVisible()
    worker(database_url, "issue", "--service", "D", "--count", "2")
    run(until(lambda: "税 2人" in waiting_text(display), what="waiting count from another process"))
    worker(database_url, "call", "--counter", "3")
    run(until(lambda: shown_calls(display) == [("D-001", "3番窓口へ")], what="the call"))
    assert "税 1人" in waiting_text(display)
    assert display.waiting_total.text() == "合計 1人"


def test_a_clerk_calls_and_the_display_shows_it_newest_first_and_highlighted(
    qtbot: Any, desk: DeskWindow, display: DisplayWindow, live_queue: QueueService, run: Callable[..., Any]
) -> None:
    for code in "AAE":
        live_queue.issue(code)
    desk.select_counter(1)
    click(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-001", what="desk shows the ticket"))
    desk.select_counter(4)
    click(qtbot, run, desk.call_button)
    run(until(lambda: shown_calls(display)[:1] == [("E-001", "4番窓口へ")], what="newest call on top"))
    assert shown_calls(display) == [("E-001", "4番窓口へ"), ("A-001", "1番窓口へ")]
    assert [card.property("newest") for card in display.shown_calls()] == ["true", "false"]


def test_every_counters_call_is_on_screen_even_when_all_counters_call(
    display: DisplayWindow, live_queue: QueueService, run: Callable[..., Any]
) -> None:
    for code in "ABDE":
        live_queue.issue(code)
    for counter in (1, 2, 3, 4):
        live_queue.call_next(counter)
    run(until(lambda: len(shown_calls(display)) == 4, what="four calls"))
    assert all(card.isVisible() for card in display.shown_calls())


def test_desk_recall_finish_and_no_show(
    qtbot: Any, desk: DeskWindow, display: DisplayWindow, live_queue: QueueService, run: Callable[..., Any]
) -> None:
    live_queue.issue("A")
    live_queue.issue("A")
    desk.select_counter(1)
    run(until(lambda: desk.waiting.text() == "待ち 2人", what="waiting count"))
    assert not desk.finish_button.isEnabled()
    click(qtbot, run, desk.call_button)
    run(until(lambda: desk.finish_button.isEnabled(), what="a current ticket"))
    click(qtbot, run, desk.recall_button)
    run(until(lambda: "再呼び出し 1回" in desk.details.text(), what="recall shown"))
    click(qtbot, run, desk.no_show_button)
    run(until(lambda: desk.current.text() == "—", what="no current ticket"))
    click(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-002", what="next ticket"))
    click(qtbot, run, desk.finish_button)
    run(until(lambda: shown_calls(display) == [], what="display cleared"))
    click(qtbot, run, desk.call_button)
    run(until(lambda: desk.message.text() == "お待ちの方はいません", what="nobody waiting"))


def test_a_full_board_fits_a_1080p_screen_without_scrolling(
    display: DisplayWindow, live_queue: QueueService, run: Callable[..., Any]
) -> None:
    for code in "ABDEABCDEF":
        live_queue.issue(code)
    for counter in (1, 2, 3, 4):
        live_queue.call_next(counter)
    run(until(lambda: len(shown_calls(display)) == 4, what="four calls"))
    hint = display.minimumSizeHint()
    assert hint.width() <= 1920 and hint.height() <= 1080, hint


def test_a_portrait_display_stacks_the_board_and_fits_1080_by_1920(
    qtbot: Any, qloop: Any, live_queue: QueueService, run: Callable[..., Any]
) -> None:
    for code in "ABDEABCDEF":
        live_queue.issue(code)
    for counter in (1, 2, 3, 4):
        live_queue.call_next(counter)
    display = DisplayWindow(live_queue, orientation="portrait")
    qtbot.addWidget(display)
    display.resize(1080, 1920)
    display.show()
    display.refresh()
    run(until(lambda: len(shown_calls(display)) == 4, what="four calls"))
    hint = display.minimumSizeHint()
    assert hint.width() <= 1080 and hint.height() <= 1920, hint
    newest = display.shown_calls()[0]
    assert newest.number.y() < newest.counter.y()  # number above its counter in a narrow card
    assert all(card.isVisible() for card in display.shown_calls())


def test_the_display_shows_the_wait_beside_each_waiting_count(
    display: DisplayWindow, live_queue: QueueService, run: Callable[..., Any]
) -> None:
    for _ in range(6):
        live_queue.issue("D")  # six at 税, one counter, 5 minutes each by default
    run(until(lambda: "税 6人" in waiting_text(display), what="six waiting"))
    assert display._estimates["D"].text().startswith("約") and display._estimates["D"].text().endswith("分")
    assert display._estimates["C"].text() == "まもなく"  # nobody waits at 戸籍: a ticket taken now is next

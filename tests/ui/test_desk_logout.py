"""A clerk who leaves the counter leaves no call on the waiting-room display: logging out with a ticket at
the counter asks, then gives the ticket back to the line at its place; the desk's idle logout does the
same without asking (nobody is there). Through the real queue on SQLite and the real display window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from casework import Casework
from desk.window import DeskWindow
from queue_display.window import DisplayWindow
from queueing.model import TicketState
from queueing.services import QueueService
from tests.helpers.casework import casework_with_clerk
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import Tray, log_in, press
from tests.ui.test_display_desk import shown_calls
from ui.watcher import ChangeWatcher

Run = Callable[..., Any]


@pytest.fixture
def casework(store: Any, live_queue: QueueService) -> Casework:
    return casework_with_clerk(store, live_queue, Tray())


def open_desk(
    qtbot: Any, queue: QueueService, casework: Casework, watcher: ChangeWatcher, **options: Any
) -> DeskWindow:
    window = DeskWindow(queue, casework, **options)
    qtbot.addWidget(window)
    watcher.changed.connect(window.refresh)
    window.resize(1366, 768)
    window.show()
    return window


def history_states(display: DisplayWindow) -> dict[str, str]:
    """Each number in the last-calls panel and how it is shown: newest, open (at its counter) or closed."""
    numbers = [n for n in display.history.findChildren(QLabel) if n.property("role") == "history-number"]
    return {n.text(): str(n.property("state")) for n in numbers if not n.isHidden()}


def a_call_on_the_board(qtbot: Any, run: Run, desk: DeskWindow, display: DisplayWindow) -> None:
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.call_button)
    run(until(lambda: shown_calls(display) == [("A-001", "1番窓口へ")], what="the call on the board"))
    assert history_states(display) == {"A-001": "newest"}
    run(until(lambda: desk.current.text() == "A-001" and desk.logout_button.isEnabled(), what="A-001 here"))


def test_logging_out_with_a_ticket_at_the_counter_asks_then_gives_it_back_and_the_display_follows(
    qtbot: Any,
    qloop: Any,
    live_queue: QueueService,
    casework: Casework,
    display: DisplayWindow,
    watcher: ChangeWatcher,
    run: Run,
) -> None:
    live_queue.issue("A"), live_queue.issue("A")
    desk = open_desk(qtbot, live_queue, casework, watcher)
    a_call_on_the_board(qtbot, run, desk, display)
    press(qtbot, run, desk.logout_button)
    question = desk.operations.confirmation
    run(until(question.isVisible, what="the question"))
    assert question.question.text() == "A-001 を対応中です。列に戻してログアウトしますか？"
    assert desk.clerk is not None  # nothing happens before the clerk answers
    press(qtbot, run, question.cancel_button)
    assert desk.clerk is not None and live_queue.current(1).label == "A-001"  # type: ignore[union-attr]
    press(qtbot, run, desk.logout_button)
    press(qtbot, run, question.confirm_button)  # 列に戻してログアウト
    run(until(lambda: desk.pages.currentWidget() is desk.login, what="the login page"))
    assert desk.login.hint.text() == "A-001 を列の元の位置に戻しました。"
    run(until(lambda: shown_calls(display) == [], what="the call off the board"))
    assert history_states(display) == {"A-001": "closed"}  # seen where it went, not as a current call
    assert display.no_calls.isVisible()
    assert [t.label for t in live_queue.waiting_for(2)] == ["A-001", "A-002"]  # first in line, as before
    assert live_queue.call_next(2).label == "A-001"  # type: ignore[union-attr]  # another counter calls it
    run(until(lambda: shown_calls(display) == [("A-001", "2番窓口へ")], what="called again, elsewhere"))


def test_logging_out_with_nobody_at_the_counter_asks_nothing(
    qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework, watcher: ChangeWatcher, run: Run
) -> None:
    desk = open_desk(qtbot, live_queue, casework, watcher)
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.logout_button)
    run(until(lambda: desk.pages.currentWidget() is desk.login, what="the login page"))
    assert not desk.operations.confirmation.isVisible() and desk.login.hint.text() == ""


def test_the_idle_logout_gives_the_ticket_back_and_the_display_follows(
    qtbot: Any,
    qloop: Any,
    live_queue: QueueService,
    casework: Casework,
    display: DisplayWindow,
    watcher: ChangeWatcher,
    run: Run,
) -> None:
    live_queue.issue("A")
    desk = open_desk(qtbot, live_queue, casework, watcher, idle=(1, 2))
    a_call_on_the_board(qtbot, run, desk, display)
    run(until(lambda: desk.pages.currentWidget() is desk.login, timeout=5, what="the idle logout"))
    run(until(lambda: shown_calls(display) == [], what="the call off the board"))
    assert history_states(display) == {"A-001": "closed"}
    assert live_queue.waiting_for(1)[0].state is TicketState.WAITING
    assert (
        desk.login.hint.text() == "操作がなかったため、ログアウトしました。A-001 を列の元の位置に戻しました。"
    )

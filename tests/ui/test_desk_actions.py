"""No silent action at the desk: every operation says what it did and to which number, 次の方を呼ぶ asks
before it finishes the ticket at the counter, and a finish, a no-show or a 書類待ち can be taken back for a
few seconds (the undo's clock is moved by hand, never slept on). On a real SQLite queue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desk.window import DeskWindow
from queueing.model import TicketState
from queueing.services import QueueService
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import press

Run = Callable[..., Any]


class Seconds:
    """The undo bar's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def seconds() -> Seconds:
    return Seconds()


@pytest.fixture
def desk(qtbot: Any, qloop: Any, live_queue: QueueService, seconds: Seconds) -> DeskWindow:
    window = DeskWindow(live_queue)
    window.last_action.now = seconds
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    return window


def said(run: Run, desk: DeskWindow, text: str) -> None:
    run(until(lambda: desk.message.text() == text, what=repr(text)))


def serving(qtbot: Any, run: Run, desk: DeskWindow, label: str) -> None:
    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == label and desk.finish_button.isEnabled(), what=label))


def test_calling_the_next_resident_while_serving_one_asks_first_and_says_what_it_did(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, run: Run
) -> None:
    live_queue.issue("A"), live_queue.issue("A")
    serving(qtbot, run, desk, "A-001")
    said(run, desk, "A-001 を呼びました")
    press(qtbot, run, desk.call_button)
    question = desk.operations.confirmation
    run(until(question.isVisible, what="the question"))
    assert question.question.text() == "A-001 の対応を完了して次の方を呼びますか？"
    assert question.confirm_button.text() == "完了して次の方を呼ぶ"
    assert not desk.call_button.isVisible()  # the question stands in the buttons' place
    assert live_queue.current(1).label == "A-001"  # type: ignore[union-attr]  # nothing happened yet
    press(qtbot, run, question.cancel_button)
    assert desk.call_button.isVisible() and live_queue.current(1).label == "A-001"  # type: ignore[union-attr]
    press(qtbot, run, desk.call_button)
    press(qtbot, run, question.confirm_button)
    said(run, desk, "A-001 の対応を完了し、A-002 を呼びました")
    run(until(lambda: desk.current.text() == "A-002", what="A-002 at the counter"))
    assert not desk.last_action.undo_button.isVisible()  # the waiting room heard the call: no undo
    press(qtbot, run, desk.call_button)
    press(qtbot, run, question.confirm_button)
    said(run, desk, "A-002 の対応を完了しました。お待ちの方はいません")


def test_a_no_show_names_the_number_and_is_taken_back_within_seconds_only(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, seconds: Seconds, run: Run
) -> None:
    live_queue.issue("A"), live_queue.issue("A")
    serving(qtbot, run, desk, "A-001")
    press(qtbot, run, desk.no_show_button)
    said(run, desk, "A-001 を不在にしました")
    assert desk.last_action.undo_button.text() == "元に戻す"
    seconds.now += 9  # still in time
    press(qtbot, run, desk.last_action.undo_button)
    said(run, desk, "A-001 を元に戻しました（対応中）")
    run(until(lambda: desk.current.text() == "A-001", what="A-001 back at the counter"))
    assert live_queue.current(1).state is TicketState.CALLED  # type: ignore[union-attr]
    assert not desk.last_action.undo_button.isVisible()
    press(qtbot, run, desk.no_show_button)
    said(run, desk, "A-001 を不在にしました")
    seconds.now += 11  # too late: the offer goes
    desk.last_action.expire()
    assert not desk.last_action.undo_button.isVisible()
    assert desk.message.text() == "A-001 を不在にしました"  # what happened stays said


def test_a_finish_and_a_hold_say_which_number_and_where_it_goes_and_can_be_taken_back(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, run: Run
) -> None:
    live_queue.issue(["A", "E"])  # 証明書, then 国保・年金
    serving(qtbot, run, desk, "A-001")
    press(qtbot, run, desk.recall_button)
    said(run, desk, "A-001 を再び呼びました（再呼び出し 1回）")
    press(qtbot, run, desk.finish_button)
    said(run, desk, "A-001 の対応を完了しました（次は 国保・年金）")
    assert [t.label for t in live_queue.waiting_for(4)] == ["A-001"]  # in 国保's line
    press(qtbot, run, desk.last_action.undo_button)
    said(run, desk, "A-001 を元に戻しました（対応中）")
    assert live_queue.waiting_for(4) == [] and live_queue.current(1).recalls == 1  # type: ignore[union-attr]
    run(until(desk.hold_button.isEnabled, what="A-001 at the counter again"))
    press(qtbot, run, desk.hold_button)
    said(run, desk, "A-001 を書類待ちにしました")
    press(qtbot, run, desk.last_action.undo_button)
    said(run, desk, "A-001 を元に戻しました（対応中）")
    run(until(desk.transfer_button.isEnabled, what="A-001 at the counter again"))
    press(qtbot, run, desk.transfer_button)
    desk.operations.transfer.choose("counter", 2)
    press(qtbot, run, desk.operations.transfer.confirm_button)
    said(run, desk, "A-001 を2番窓口へ回しました")


def test_calling_a_chosen_number_while_serving_asks_too(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, run: Run
) -> None:
    for _ in range(3):
        live_queue.issue("A")
    serving(qtbot, run, desk, "A-001")
    run(until(lambda: desk.waiting_list.table.rowCount() == 2, what="two waiting"))
    desk.waiting_list.table.selectRow(1)
    press(qtbot, run, desk.waiting_list.call_button)
    question = desk.operations.confirmation
    run(until(question.isVisible, what="the question"))
    assert question.question.text() == "A-001 の対応を完了して A-003 を呼びますか？"
    press(qtbot, run, question.confirm_button)
    said(run, desk, "A-001 の対応を完了し、A-003 を呼びました")

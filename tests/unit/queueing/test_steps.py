"""The step log's rules: what each transition of a ticket records about its steps (queueing.steps)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from queueing.model import Ticket
from queueing.steps import StepCall, StepChange, StepOutcome, changes
from tests.helpers.clock import JST

NINE = datetime(2026, 11, 24, 9, 0, tzinfo=JST)


def at(minutes: int) -> datetime:
    return NINE + timedelta(minutes=minutes)


def issued(route: tuple[str, ...] = ("A",)) -> Ticket:
    return Ticket(
        id="t1", office="main", business_date=date(2026, 11, 24), prefix=route[0], sequence=1, issued_at=NINE,
        route=route,
    )  # fmt: skip


def test_issuing_opens_the_first_step_at_the_issue_time() -> None:
    assert changes(None, issued(("B", "E")), NINE) == [StepChange(0, "B", entered_at=NINE)]


def test_a_call_and_a_recall_record_the_latest_call() -> None:
    waiting = issued()
    called = waiting.call(1, at(5))
    assert changes(waiting, called, at(5)) == [StepChange(0, "A", call=StepCall(at(5), 1, 0))]
    recalled = called.recall(at(7))
    assert changes(called, recalled, at(7)) == [StepChange(0, "A", call=StepCall(at(7), 1, 1))]


def test_a_routed_finish_ends_the_step_done_and_opens_the_next_when_it_joins_that_line() -> None:
    at_b = issued(("B", "E", "F")).call(2, at(5))  # 転入, then 国保, then 児童手当
    at_e = at_b.finish(at(15))
    assert changes(at_b, at_e, at(15)) == [
        StepChange(0, "B", closed_at=at(15), outcome=StepOutcome.DONE),
        StepChange(1, "E", entered_at=at(15)),
    ]
    called_at_e = at_e.call(4, at(20))
    at_f = called_at_e.finish(at(30))
    assert changes(called_at_e, at_f, at(30))[1] == StepChange(2, "F", entered_at=at(30))


def test_the_last_finish_a_no_show_and_a_cancel_end_the_step() -> None:
    called = issued().call(1, at(5))
    assert changes(called, called.finish(at(9)), at(9)) == [
        StepChange(0, "A", closed_at=at(9), outcome=StepOutcome.DONE)
    ]
    assert changes(called, called.mark_no_show(at(9)), at(9)) == [
        StepChange(0, "A", closed_at=at(9), outcome=StepOutcome.NO_SHOW)
    ]
    waiting = issued()
    assert changes(waiting, waiting.cancel(at(2)), at(2)) == [
        StepChange(0, "A", closed_at=at(2), outcome=StepOutcome.CANCELLED)
    ]


def test_undoing_a_no_show_reopens_the_same_step_and_keeps_its_call_on_record() -> None:
    gone = issued().call(1, at(5)).mark_no_show(at(9))
    back = gone.undo_no_show()
    assert changes(gone, back, at(12)) == [StepChange(0, "A")]  # open again; no call given: the old stays


def test_hold_release_and_a_transfer_to_a_counter_leave_the_step_as_it_is() -> None:
    called = issued().call(1, at(5))
    held = called.hold()
    assert changes(called, held, at(8)) == []  # 書類待ち: same step, entry time and first call kept
    released = held.release()
    assert changes(held, released, at(20)) == []  # back at its original place in the same line
    assert changes(called, called.transfer_to_counter(2), at(8)) == []
    again = released.call(2, at(25))
    assert changes(released, again, at(25)) == [StepChange(0, "A", call=StepCall(at(25), 2, 0))]


def test_a_transfer_to_a_service_ends_the_step_transferred_and_opens_the_inserted_one() -> None:
    called = issued(("A", "E")).call(1, at(5))
    moved = called.transfer_to_service("D")
    assert changes(called, moved, at(8)) == [
        StepChange(0, "A", closed_at=at(8), outcome=StepOutcome.TRANSFERRED),
        StepChange(1, "D", entered_at=at(8)),
    ]


def test_changes_the_step_log_does_not_keep_write_nothing() -> None:
    waiting = issued()
    assert changes(waiting, waiting.set_priority(True), at(1)) == []
    assert changes(waiting, waiting.without_paper(), at(1)) == []

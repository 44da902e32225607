"""元に戻す at the counter: which operations a desk may take back, and what the step log then records."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from queueing.model import Ticket, TicketState
from queueing.steps import StepChange, changes
from queueing.undo import put_back, reverses
from tests.helpers.clock import JST

NINE = datetime(2026, 11, 24, 9, 0, tzinfo=JST)


def at(minutes: int) -> datetime:
    return NINE + timedelta(minutes=minutes)


def called(route: tuple[str, ...] = ("A",)) -> Ticket:
    waiting = Ticket(
        id="t1", office="main", business_date=date(2026, 11, 24), prefix=route[0], sequence=1, issued_at=NINE,
        route=route,
    )  # fmt: skip
    return waiting.call(1, at(5)).recall(at(6))


def test_a_finish_a_no_show_and_a_hold_are_taken_back_and_nothing_else() -> None:
    ticket = called(("B", "E"))
    for after in (ticket.finish(at(9)), ticket.mark_no_show(at(9)), ticket.hold()):
        assert reverses(ticket, after)
    assert reverses(called(), called().finish(at(9)))  # the last step: done
    assert not reverses(ticket, ticket.recall(at(9)))  # the waiting room heard it: no undo
    assert not reverses(ticket, ticket.transfer_to_service("F"))
    assert not reverses(ticket, ticket.return_to_line())
    assert not reverses(ticket.finish(at(9)), ticket)  # backwards is no operation
    assert not reverses(ticket, ticket.mark_no_show(at(9)).undo_no_show())  # moved on since


def test_put_back_restores_the_call_and_keeps_what_changed_beside_the_queue() -> None:
    ticket = called(("B", "E"))
    stored = ticket.finish(at(9)).set_priority(True).without_paper()
    restored = put_back(stored, ticket)
    assert restored.state is TicketState.CALLED
    assert (restored.step, restored.counter, restored.recalls) == (0, 1, 1)
    assert restored.called_at == at(6) and restored.closed_at is None
    assert restored.priority and not restored.printed


def test_undoing_a_routed_finish_withdraws_the_next_step_and_reopens_this_one() -> None:
    ticket = called(("B", "E"))
    finished = ticket.finish(at(9))
    assert changes(finished, put_back(finished, ticket), at(10)) == [
        StepChange(1, "E", withdrawn=True),
        StepChange(0, "B", closed_at=None, outcome=None),
    ]


def test_undoing_the_last_finish_or_a_no_show_reopens_the_step_with_its_call() -> None:
    ticket = called()
    for after in (ticket.finish(at(9)), ticket.mark_no_show(at(9))):
        assert changes(after, put_back(after, ticket), at(10)) == [StepChange(0, "A")]


def test_returning_to_the_line_keeps_the_place_and_the_step_open() -> None:
    ticket = called(("B", "E"))
    back = ticket.return_to_line()
    assert (back.state, back.step, back.counter, back.called_at, back.issued_at) == (
        TicketState.WAITING, 0, None, None, NINE,
    )  # fmt: skip
    assert changes(ticket, back, at(10)) == []  # as a hold: the step's wait and first call stay

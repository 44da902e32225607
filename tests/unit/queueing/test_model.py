"""The rules of a ticket's life, as a clerk meets them: one number through every counter."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from queueing.model import InvalidTransition, Ticket, TicketState, queue_order, ticket_label
from tests.helpers.clock import JST

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=JST)


def waiting_ticket(route: tuple[str, ...] = ("A",), **changes: object) -> Ticket:
    base = Ticket(
        id="t1", office="main", business_date=date(2026, 11, 24), prefix="A", sequence=7, issued_at=NOW,
        route=route,
    )  # fmt: skip
    return Ticket(**{**base.__dict__, **changes})  # type: ignore[arg-type]


def test_label_has_prefix_and_three_digits_and_grows_past_999() -> None:
    assert ticket_label("A", 7) == "A-007"
    assert ticket_label("B", 123) == "B-123"
    assert ticket_label("A", 1000) == "A-1000"
    assert waiting_ticket().label == "A-007"


def test_a_called_ticket_knows_its_counter_and_when() -> None:
    called = waiting_ticket().call(3, NOW)
    assert called.state is TicketState.CALLED
    assert (called.counter, called.called_at, called.recalls) == (3, NOW, 0)


def test_recall_counts_and_keeps_the_counter() -> None:
    ticket = waiting_ticket().call(3, NOW).recall(NOW).recall(NOW)
    assert (ticket.state, ticket.counter, ticket.recalls) == (TicketState.CALLED, 3, 2)


def test_finishing_a_step_sends_the_same_number_to_the_next_service() -> None:
    moving_in = waiting_ticket(("B", "E", "F"))  # 転入, then 国保, then 児童手当
    at_e = moving_in.call(2, NOW).finish(NOW)
    assert (at_e.label, at_e.service_code, at_e.state, at_e.counter) == (
        "A-007",
        "E",
        TicketState.WAITING,
        None,
    )
    assert at_e.issued_at == moving_in.issued_at  # its place in E's line is its original issue time
    at_f = at_e.call(4, NOW).finish(NOW)
    assert at_f.service_code == "F"
    done = at_f.call(4, NOW).finish(NOW)
    assert (done.state, done.closed_at, done.number_service) == (TicketState.DONE, NOW, "B")


@pytest.mark.parametrize(
    ("end", "state"), [("finish", TicketState.DONE), ("mark_no_show", TicketState.NO_SHOW)]
)
def test_a_called_single_step_ticket_ends_done_or_no_show(end: str, state: TicketState) -> None:
    ended = getattr(waiting_ticket().call(1, NOW), end)(NOW)
    assert ended.state is state
    assert ended.closed_at == NOW


def test_a_no_show_can_be_undone_back_to_its_place() -> None:
    gone = waiting_ticket().call(1, NOW).recall(NOW).mark_no_show(NOW)
    back = gone.undo_no_show()
    assert (back.state, back.closed_at, back.recalls, back.issued_at) == (TicketState.WAITING, None, 0, NOW)


def test_hold_takes_the_ticket_out_of_line_and_release_puts_it_back_for_the_same_service() -> None:
    held = waiting_ticket(("A", "D")).call(1, NOW).hold()
    assert (held.state, held.counter) == (TicketState.HELD, None)
    with pytest.raises(InvalidTransition):
        held.call(1, NOW)
    released = held.release()
    assert (released.state, released.service_code, released.issued_at) == (TicketState.WAITING, "A", NOW)


def test_transfer_to_another_service_inserts_it_and_keeps_the_rest_of_the_route() -> None:
    moved = waiting_ticket(("B", "F")).call(2, NOW).transfer_to_service("E")
    assert moved.route == ("B", "E", "F")
    assert (moved.service_code, moved.state, moved.counter) == ("E", TicketState.WAITING, None)


def test_transfer_to_a_counter_lets_only_that_counter_call_it() -> None:
    for_three = waiting_ticket().call(1, NOW).transfer_to_counter(3)
    assert (for_three.state, for_three.assigned_counter) == (TicketState.WAITING, 3)
    with pytest.raises(InvalidTransition, match="waiting for counter 3"):
        for_three.call(1, NOW)
    assert for_three.call(3, NOW).counter == 3


@pytest.mark.parametrize("action", ["recall", "finish", "mark_no_show", "hold"])
def test_a_waiting_ticket_cannot_be_recalled_finished_held_or_no_show(action: str) -> None:
    with pytest.raises(InvalidTransition, match="A-007 is waiting"):
        method = getattr(waiting_ticket(), action)
        method(NOW) if action != "hold" else method()


def test_a_finished_ticket_cannot_be_called_again_or_cancelled() -> None:
    done = waiting_ticket().call(1, NOW).finish(NOW)
    with pytest.raises(InvalidTransition):
        done.call(2, NOW)
    with pytest.raises(InvalidTransition):
        done.cancel(NOW)


def test_an_open_ticket_can_be_cancelled() -> None:
    assert waiting_ticket().cancel(NOW).state is TicketState.CANCELLED
    assert waiting_ticket().call(1, NOW).hold().cancel(NOW).state is TicketState.CANCELLED


def test_due_appointments_go_first_then_priority_then_first_come() -> None:
    early = waiting_ticket(id="early", issued_at=NOW - timedelta(minutes=30), sequence=1)
    flagged = waiting_ticket(id="flagged", issued_at=NOW - timedelta(minutes=5), sequence=5, priority=True)
    booked = waiting_ticket(id="booked", issued_at=NOW, sequence=9, appointment_at=NOW - timedelta(minutes=1))
    later_booking = waiting_ticket(
        id="later", issued_at=NOW, sequence=10, appointment_at=NOW + timedelta(hours=1)
    )
    order = sorted([later_booking, early, flagged, booked], key=lambda t: queue_order(t, NOW))
    assert [t.id for t in order] == ["booked", "flagged", "early", "later"]


def test_transitions_do_not_change_the_original() -> None:
    ticket = waiting_ticket()
    ticket.call(1, NOW)
    assert ticket.state is TicketState.WAITING
    assert ticket.without_paper().printed is False
    assert ticket.printed is True

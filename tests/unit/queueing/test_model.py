"""The rules of a ticket's life, as a clerk meets them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from queueing.model import InvalidTransition, Ticket, TicketState, business_date, ticket_label
from tests.helpers.clock import JST

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=JST)


def waiting_ticket() -> Ticket:
    return Ticket(
        id="t1",
        office="main",
        business_date=date(2026, 11, 24),
        service_code="A",
        prefix="A",
        sequence=7,
        issued_at=NOW,
    )


def test_label_has_prefix_and_three_digits_and_grows_past_999() -> None:
    assert ticket_label("A", 7) == "A-007"
    assert ticket_label("B", 123) == "B-123"
    assert ticket_label("A", 1000) == "A-1000"
    assert waiting_ticket().label == "A-007"


def test_business_day_starts_at_the_reset_hour() -> None:
    assert business_date(datetime(2026, 11, 24, 2, 59, tzinfo=JST), 3) == date(2026, 11, 23)
    assert business_date(datetime(2026, 11, 24, 3, 0, tzinfo=JST), 3) == date(2026, 11, 24)
    assert business_date(datetime(2026, 11, 24, 0, 0, tzinfo=JST), 0) == date(2026, 11, 24)


def test_a_called_ticket_knows_its_counter_and_when() -> None:
    called = waiting_ticket().call(3, NOW)
    assert called.state is TicketState.CALLED
    assert (called.counter, called.called_at, called.recalls) == (3, NOW, 0)


def test_recall_counts_and_keeps_the_counter() -> None:
    ticket = waiting_ticket().call(3, NOW).recall(NOW).recall(NOW)
    assert (ticket.state, ticket.counter, ticket.recalls) == (TicketState.CALLED, 3, 2)


@pytest.mark.parametrize(
    ("end", "state"), [("finish", TicketState.DONE), ("mark_no_show", TicketState.NO_SHOW)]
)
def test_a_called_ticket_ends_done_or_no_show(end: str, state: TicketState) -> None:
    ended = getattr(waiting_ticket().call(1, NOW), end)(NOW)
    assert ended.state is state
    assert ended.closed_at == NOW


@pytest.mark.parametrize("action", ["recall", "finish", "mark_no_show"])
def test_a_waiting_ticket_cannot_be_recalled_finished_or_no_show(action: str) -> None:
    with pytest.raises(InvalidTransition, match="A-007 is waiting"):
        getattr(waiting_ticket(), action)(NOW)


def test_a_finished_ticket_cannot_be_called_again_or_cancelled() -> None:
    done = waiting_ticket().call(1, NOW).finish(NOW)
    with pytest.raises(InvalidTransition):
        done.call(2, NOW)
    with pytest.raises(InvalidTransition):
        done.cancel(NOW)


def test_an_open_ticket_can_be_cancelled() -> None:
    assert waiting_ticket().cancel(NOW).state is TicketState.CANCELLED
    assert waiting_ticket().call(1, NOW).cancel(NOW).state is TicketState.CANCELLED


def test_transitions_do_not_change_the_original() -> None:
    ticket = waiting_ticket()
    ticket.call(1, NOW)
    assert ticket.state is TicketState.WAITING
    assert ticket.without_paper().printed is False
    assert ticket.printed is True

"""Tickets, services and counters, and the rules of a ticket's life.

A ticket is issued for a service, waits, is called to a counter (and maybe called again), and ends
done, as a no-show, or cancelled. Numbers are per service and per business day: A-001, A-002, ...
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


OPEN_STATES = frozenset({TicketState.WAITING, TicketState.CALLED})


class InvalidTransition(Exception):
    """The operation does not apply to a ticket in its current state."""


@dataclass(frozen=True)
class Service:
    """A service residents queue for, e.g. code "A", prefix "A", name "証明書"."""

    code: str
    prefix: str
    name: str


@dataclass(frozen=True)
class Counter:
    """A counter (窓口) and the services it serves."""

    number: int
    name: str
    floor: str
    services: tuple[str, ...]


def business_date(moment: datetime, reset_hour: int) -> date:
    """The business day a moment belongs to: numbering restarts at `reset_hour` local time."""
    return (moment - timedelta(hours=reset_hour)).date()


def ticket_label(prefix: str, sequence: int) -> str:
    """The number a resident reads: A-001 ... A-999, then A-1000."""
    return f"{prefix}-{sequence:03d}"


@dataclass(frozen=True)
class Ticket:
    """One resident's place in the queue. Immutable: each transition returns the next ticket."""

    id: str
    office: str
    business_date: date
    service_code: str
    prefix: str
    sequence: int
    issued_at: datetime
    state: TicketState = TicketState.WAITING
    counter: int | None = None
    called_at: datetime | None = None
    recalls: int = 0
    closed_at: datetime | None = None
    printed: bool = True

    @property
    def label(self) -> str:
        return ticket_label(self.prefix, self.sequence)

    def call(self, counter: int, now: datetime) -> Ticket:
        """Called to `counter` for the first time."""
        self._require(TicketState.WAITING, "call")
        return replace(self, state=TicketState.CALLED, counter=counter, called_at=now)

    def recall(self, now: datetime) -> Ticket:
        """Called again to the same counter (the resident has not come yet)."""
        self._require(TicketState.CALLED, "recall")
        return replace(self, recalls=self.recalls + 1, called_at=now)

    def finish(self, now: datetime) -> Ticket:
        """Served: the ticket leaves the queue."""
        self._require(TicketState.CALLED, "finish")
        return replace(self, state=TicketState.DONE, closed_at=now)

    def mark_no_show(self, now: datetime) -> Ticket:
        """The resident did not come after being called."""
        self._require(TicketState.CALLED, "mark as no-show")
        return replace(self, state=TicketState.NO_SHOW, closed_at=now)

    def cancel(self, now: datetime) -> Ticket:
        """Withdrawn before being served."""
        if self.state not in OPEN_STATES:
            raise InvalidTransition(f"{self.label} is {self.state.value}: cannot cancel")
        return replace(self, state=TicketState.CANCELLED, closed_at=now)

    def without_paper(self) -> Ticket:
        """The same ticket, recorded as not printed (the printer failed; the number was shown on screen)."""
        return replace(self, printed=False)

    def _require(self, state: TicketState, action: str) -> None:
        if self.state is not state:
            raise InvalidTransition(f"{self.label} is {self.state.value}: cannot {action}")

"""Tickets, services and counters, and the rules of a ticket's life.

A ticket is issued for a service, waits, is called to a counter (and maybe called again), and ends
done, as a no-show, or cancelled. Numbers are per service and per business day: A-001, A-002, ...
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum


class TicketState(StrEnum):
    WAITING = "waiting"  # in line for the current step's service
    CALLED = "called"  # at a counter
    HELD = "held"  # 書類待ち: out of line until a clerk releases it, then back at its original place
    DONE = "done"  # every step served
    NO_SHOW = "no_show"  # called and did not come; undone at the kiosk or the desk
    CANCELLED = "cancelled"


OPEN_STATES = frozenset({TicketState.WAITING, TicketState.CALLED, TicketState.HELD})


class InvalidTransition(Exception):
    """The operation does not apply to a ticket in its current state."""


@dataclass(frozen=True)
class Service:
    """A service residents queue for, e.g. code "A", prefix "A", name "証明書"."""

    code: str
    prefix: str
    name: str
    expected_minutes: float = 5.0  # a step's usual length, until the day's finished steps say otherwise
    names: tuple[tuple[str, str], ...] = ()  # (language code, name) for the kiosk's other languages

    def name_in(self, language: str) -> str:
        """The name a resident reading `language` is shown; `name` where the office gave none."""
        return dict(self.names).get(language, self.name)


@dataclass(frozen=True)
class Counter:
    """A counter (窓口) and the services it serves."""

    number: int
    name: str
    floor: str
    services: tuple[str, ...]


@dataclass(frozen=True)
class CorrectionRequest:
    """A resident said at the kiosk that what their card shows is wrong (「違うところがある」): the clerk
    who calls the ticket is told before anything else. `boxes`: by form id, the keys of the boxes the card
    filled on that form ("visitor.name", "members.0.birth_date"), which say which people it concerns.
    Never a value; empty when the resident took only a ticket."""

    boxes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def ticket_label(prefix: str, sequence: int) -> str:
    """The number a resident reads: A-001 ... A-999, then A-1000."""
    return f"{prefix}-{sequence:03d}"


@dataclass(frozen=True)
class Ticket:
    """One resident's place in the queues: one number carried through every service of its route.

    Immutable: each transition returns the next ticket. The number comes from the route's first service
    (prefix and daily sequence) and never changes; when a step finishes the ticket waits in the next
    service's line at its ORIGINAL issue time, so nobody queues twice.
    """

    id: str
    office: str
    business_date: date
    prefix: str
    sequence: int
    issued_at: datetime
    route: tuple[str, ...]
    step: int = 0
    state: TicketState = TicketState.WAITING
    counter: int | None = None  # the counter serving it now
    assigned_counter: int | None = None  # transferred to one counter: only it calls the ticket
    called_at: datetime | None = None
    recalls: int = 0
    closed_at: datetime | None = None
    printed: bool = True  # False: the resident holds no paper ticket (the number was shown on screen)
    print_failed: bool = False  # ... because the printer failed (else: the kiosk has no ticket printer)
    priority: bool = False  # staff set it, e.g. for accessibility needs
    appointment_at: datetime | None = None  # 予約: goes ahead from this time
    correction_requested: bool = False  # 違うところがある: the resident said the card's data is wrong

    @property
    def label(self) -> str:
        return ticket_label(self.prefix, self.sequence)

    @property
    def service_code(self) -> str:
        """The service of the current step."""
        return self.route[self.step]

    @property
    def number_service(self) -> str:
        """The service whose numbering gave the ticket its number (the route's first)."""
        return self.route[0]

    @property
    def remaining(self) -> tuple[str, ...]:
        """The services still to visit after the current step."""
        return self.route[self.step + 1 :]

    def call(self, counter: int, now: datetime) -> Ticket:
        """Called to `counter` for the current step."""
        self._require(TicketState.WAITING, "call")
        if self.assigned_counter is not None and self.assigned_counter != counter:
            raise InvalidTransition(f"{self.label} is waiting for counter {self.assigned_counter}")
        return replace(self, state=TicketState.CALLED, counter=counter, called_at=now, recalls=0)

    def recall(self, now: datetime) -> Ticket:
        """Called again to the same counter (the resident has not come yet)."""
        self._require(TicketState.CALLED, "recall")
        return replace(self, recalls=self.recalls + 1, called_at=now)

    def finish(self, now: datetime) -> Ticket:
        """The current step is served: on to the next service's line, or done after the last."""
        self._require(TicketState.CALLED, "finish")
        if self.remaining:
            return self._back_in_line(step=self.step + 1)
        return replace(self, state=TicketState.DONE, closed_at=now)

    def hold(self) -> Ticket:
        """書類待ち: out of line (the resident fetches a document) until released."""
        self._require(TicketState.CALLED, "hold")
        return replace(self, state=TicketState.HELD, counter=None)

    def release(self) -> Ticket:
        """Back in line at its original place, for the same service."""
        self._require(TicketState.HELD, "release")
        return self._back_in_line(step=self.step)

    def return_to_line(self) -> Ticket:
        """The clerk left the counter (logged out) with the ticket called: back in line at its original
        place for the same service, for any counter that serves it (not a no-show, not served)."""
        self._require(TicketState.CALLED, "return to the line")
        return self._back_in_line(step=self.step)

    def transfer_to_service(self, service_code: str) -> Ticket:
        """This resident needs `service_code` next: it is inserted after the current step."""
        if self.state not in (TicketState.WAITING, TicketState.CALLED):
            raise InvalidTransition(f"{self.label} is {self.state.value}: cannot transfer")
        route = (*self.route[: self.step + 1], service_code, *self.remaining)
        return replace(self, route=route)._back_in_line(step=self.step + 1)

    def transfer_to_counter(self, counter: int) -> Ticket:
        """Only `counter` may call the ticket for the current step (same service, same place in line)."""
        if self.state not in (TicketState.WAITING, TicketState.CALLED):
            raise InvalidTransition(f"{self.label} is {self.state.value}: cannot transfer")
        return replace(self._back_in_line(step=self.step), assigned_counter=counter)

    def mark_no_show(self, now: datetime) -> Ticket:
        """The resident did not come after being called."""
        self._require(TicketState.CALLED, "mark as no-show")
        return replace(self, state=TicketState.NO_SHOW, closed_at=now)

    def undo_no_show(self) -> Ticket:
        """The resident came back: in line again at the original place."""
        self._require(TicketState.NO_SHOW, "undo the no-show of")
        return replace(self._back_in_line(step=self.step), closed_at=None)

    def cancel(self, now: datetime) -> Ticket:
        """Withdrawn before being served."""
        if self.state not in OPEN_STATES:
            raise InvalidTransition(f"{self.label} is {self.state.value}: cannot cancel")
        return replace(self, state=TicketState.CANCELLED, closed_at=now)

    def set_priority(self, priority: bool) -> Ticket:
        return replace(self, priority=priority)

    def without_paper(self, *, failed: bool = True) -> Ticket:
        """The same ticket, recorded as not printed: the printer failed, or (`failed` False) the kiosk has
        none set up; either way the number was shown on screen."""
        return replace(self, printed=False, print_failed=failed)

    def goes_ahead(self, now: datetime) -> bool:
        """An appointment whose time has come goes ahead of the line."""
        return self.appointment_at is not None and self.appointment_at <= now

    def _back_in_line(self, *, step: int) -> Ticket:
        return replace(
            self, step=step, state=TicketState.WAITING, counter=None, assigned_counter=None,
            called_at=None, recalls=0,
        )  # fmt: skip

    def _require(self, state: TicketState, action: str) -> None:
        if self.state is not state:
            raise InvalidTransition(f"{self.label} is {self.state.value}: cannot {action}")


def queue_order(ticket: Ticket, now: datetime) -> tuple[int, datetime, int]:
    """Who is called first among waiting tickets: due appointments (by their time), then tickets staff
    marked as priority, then first come first served by ORIGINAL issue time."""
    if ticket.goes_ahead(now):
        return (0, ticket.appointment_at or ticket.issued_at, ticket.sequence)
    return (1 if ticket.priority else 2, ticket.issued_at, ticket.sequence)


@dataclass(frozen=True)
class Notice:
    """A line the display shows under the calls (お知らせ), until `ends_at` or until removed (None)."""

    id: str
    text: str
    created_at: datetime
    ends_at: datetime | None = None

    def shows_at(self, moment: datetime) -> bool:
        return self.ends_at is None or moment < self.ends_at

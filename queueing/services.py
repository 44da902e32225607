"""The queue operations every screen and the command line use.

Each operation is one transaction. Operations that change the queue run in a writing unit of work,
which the store serialises (SQLite: BEGIN IMMEDIATE; PostgreSQL: row locks), so two kiosks never take
the same number and two counters never call the same ticket.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from queueing.model import Counter, Service, Ticket, business_date
from queueing.ports import Clock, UnitOfWorkFactory

_Change = Callable[[Ticket, datetime], Ticket]


class QueueError(Exception):
    """An operation a clerk asked for cannot be done; the message says why, for the clerk."""


@dataclass(frozen=True)
class IssuedTicket:
    ticket: Ticket
    service: Service
    people_ahead: int


@dataclass(frozen=True)
class CallBoardEntry:
    """One line of the waiting-room display: a number and the counter it is called to."""

    label: str
    counter: int
    counter_name: str
    called_at: datetime
    recalls: int


@dataclass(frozen=True)
class QueueSnapshot:
    """What the display and the status command show: no names, only numbers."""

    office_name: str
    business_date: date
    calls: tuple[CallBoardEntry, ...]
    waiting: tuple[tuple[Service, int], ...]

    @property
    def waiting_total(self) -> int:
        return sum(count for _, count in self.waiting)


def local_now() -> datetime:
    """The current local time, timezone-aware."""
    return datetime.now().astimezone()


class QueueService:
    """Issue, call, recall, finish and no-show, over a unit of work."""

    def __init__(
        self,
        *,
        office_code: str,
        office_name: str,
        services: Sequence[Service],
        counters: Sequence[Counter],
        reset_hour: int,
        uow: UnitOfWorkFactory,
        clock: Clock = local_now,
    ) -> None:
        self.office_code = office_code
        self.office_name = office_name
        self.services = tuple(services)
        self.counters = tuple(counters)
        self._reset_hour = reset_hour
        self._uow = uow
        self._clock = clock

    def today(self) -> date:
        return business_date(self._clock(), self._reset_hour)

    def service(self, code: str) -> Service:
        for service in self.services:
            if service.code == code:
                return service
        raise QueueError(f"unknown service {code!r}")

    def counter(self, number: int) -> Counter:
        for counter in self.counters:
            if counter.number == number:
                return counter
        raise QueueError(f"unknown counter {number}")

    def issue(self, service_code: str, *, printed: bool = True) -> IssuedTicket:
        """Give a resident the next number of a service."""
        service = self.service(service_code)
        now = self._clock()
        day = business_date(now, self._reset_hour)
        with self._uow(write=True) as uow:
            sequence = uow.tickets.next_sequence(self.office_code, day, service.code)
            ticket = Ticket(
                id=uuid.uuid4().hex,
                office=self.office_code,
                business_date=day,
                service_code=service.code,
                prefix=service.prefix,
                sequence=sequence,
                issued_at=now,
                printed=printed,
            )
            uow.tickets.add(ticket)
            ahead = uow.tickets.waiting_ahead(ticket)
            uow.commit()
        return IssuedTicket(ticket=ticket, service=service, people_ahead=ahead)

    def mark_unprinted(self, ticket_id: str) -> None:
        """Record that a ticket's paper did not come out, so the desk can tell the resident has none."""
        with self._uow(write=True) as uow:
            ticket = uow.tickets.get(ticket_id)
            if ticket is not None and ticket.printed:
                uow.tickets.save(ticket.without_paper())
                uow.commit()

    def call_next(self, counter_number: int) -> Ticket | None:
        """Finish the counter's current ticket, then call the oldest waiting ticket it serves."""
        counter = self.counter(counter_number)
        now = self._clock()
        day = business_date(now, self._reset_hour)
        with self._uow(write=True) as uow:
            current = uow.tickets.called_at_counter(self.office_code, day, counter.number)
            if current is not None:
                uow.tickets.save(current.finish(now))
            ticket = uow.tickets.oldest_waiting(self.office_code, day, counter.services)
            if ticket is not None:
                ticket = ticket.call(counter.number, now)
                uow.tickets.save(ticket)
            uow.commit()
        return ticket

    def recall(self, counter_number: int) -> Ticket:
        """Call the counter's current ticket again."""
        return self._change_current(counter_number, lambda t, now: t.recall(now))

    def finish(self, counter_number: int) -> Ticket:
        """The counter has served its current ticket."""
        return self._change_current(counter_number, lambda t, now: t.finish(now))

    def no_show(self, counter_number: int) -> Ticket:
        """The counter's current ticket did not come."""
        return self._change_current(counter_number, lambda t, now: t.mark_no_show(now))

    def current(self, counter_number: int) -> Ticket | None:
        """The ticket a counter is serving now."""
        counter = self.counter(counter_number)
        with self._uow(write=False) as uow:
            return uow.tickets.called_at_counter(self.office_code, self.today(), counter.number)

    def snapshot(self, max_calls: int = 30) -> QueueSnapshot:
        """The numbers being served and the waiting counts, for the display and `queue status`."""
        day = self.today()
        with self._uow(write=False) as uow:
            calls = uow.tickets.recent_calls(self.office_code, day, max_calls)
            counts = uow.tickets.waiting_counts(self.office_code, day)
        names = {c.number: c.name for c in self.counters}
        return QueueSnapshot(
            office_name=self.office_name,
            business_date=day,
            calls=tuple(
                CallBoardEntry(
                    label=t.label,
                    counter=t.counter or 0,
                    counter_name=names.get(t.counter or 0, f"{t.counter}番窓口"),
                    called_at=t.called_at or t.issued_at,
                    recalls=t.recalls,
                )
                for t in calls
            ),
            waiting=tuple((s, counts.get(s.code, 0)) for s in self.services),
        )

    def _change_current(self, counter_number: int, change: _Change) -> Ticket:
        counter = self.counter(counter_number)
        now = self._clock()
        day = business_date(now, self._reset_hour)
        with self._uow(write=True) as uow:
            current = uow.tickets.called_at_counter(self.office_code, day, counter.number)
            if current is None:
                raise QueueError(f"{counter.name}: no ticket is being served")
            changed = change(current, now)
            uow.tickets.save(changed)
            uow.commit()
        return changed

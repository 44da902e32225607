"""The queue operations every screen and the command line use.

Each operation is one transaction. Operations that change the queue run in a writing unit of work,
which the store serialises (SQLite: BEGIN IMMEDIATE; PostgreSQL: row locks), so two kiosks never take
the same number and two counters never call the same ticket. Saving a ticket also writes its step log
(queueing.steps) in that transaction, with the operation's time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from queueing.call_history import LAST_CALLS_PER_COUNTER, CounterCalls, per_counter
from queueing.clock import OfficeClock
from queueing.errors import QueueError
from queueing.estimates import ShownWait, expected_wait, shown_wait
from queueing.model import (
    CorrectionRequest,
    Counter,
    InvalidTransition,
    Service,
    Ticket,
    TicketState,
    queue_order,
)
from queueing.ports import UnitOfWork, UnitOfWorkFactory
from queueing.service_times import CompletedStep, ServiceTimeModel
from queueing.ticket_codes import parse_ticket_code
from queueing.undo import place, put_back, reverses

if TYPE_CHECKING:
    from queueing.model import Notice

_Change = Callable[[Ticket, datetime], Ticket]


TIMES_REFRESH_S = 60  # how often the learned service times are read again


@dataclass(frozen=True)
class IssuedTicket:
    ticket: Ticket
    service: Service
    people_ahead: int
    estimate_s: float | None = None  # the expected wait for the first step (queueing.estimates)

    @property
    def wait(self) -> ShownWait | None:
        """What the kiosk and the ticket tell the resident about the wait (queueing.estimates.shown_wait);
        None when no figure applies: not waiting, or a checked-in appointment (called from its time)."""
        if self.estimate_s is None or self.ticket.appointment_at is not None:
            return None
        return shown_wait(self.estimate_s, self.people_ahead)


class Standing(Enum):
    """Where a ticket a resident brings back to the kiosk stands (QueueService.come_back)."""

    RETURNED = "returned"  # it was a no-show: back in line now, at its original place
    WAITING = "waiting"
    CALLED = "called"
    HELD = "held"  # 書類待ち
    FINISHED = "finished"  # done or cancelled
    UNKNOWN = "unknown"  # no such ticket today in this office


_STANDING = {
    TicketState.WAITING: Standing.WAITING,
    TicketState.CALLED: Standing.CALLED,
    TicketState.HELD: Standing.HELD,
    TicketState.NO_SHOW: Standing.RETURNED,
}


@dataclass(frozen=True)
class TicketStanding:
    """A ticket brought back to the kiosk: where it stands and, unless UNKNOWN, the ticket with its current
    service (people ahead and the estimate while it waits)."""

    standing: Standing
    issued: IssuedTicket | None = None


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
    estimates: Mapping[str, float] = field(default_factory=dict)  # seconds for someone joining now
    counter_calls: tuple[CounterCalls, ...] = ()  # each counter's last calls today, finished ones too
    notices: tuple[Notice, ...] = ()  # the ticker's notices showing when read (each with its end time)

    @property
    def waiting_total(self) -> int:
        return sum(count for _, count in self.waiting)


def _without(waiting: Mapping[str, int], service_code: str) -> dict[str, int]:
    """The waiting counts without one resident waiting for `service_code` (the one an estimate is for)."""
    return {**waiting, service_code: max(waiting.get(service_code, 0) - 1, 0)}


class QueueService:
    """Issue, call, recall, finish and no-show, over a unit of work."""

    def __init__(
        self,
        *,
        office_code: str,
        office_name: str,
        services: Sequence[Service],
        counters: Sequence[Counter],
        uow: UnitOfWorkFactory,
        clock: OfficeClock,
        max_recalls: int = 3,
        retention: Callable[[datetime], datetime] | None = None,
    ) -> None:
        self.office_code = office_code
        self.office_name = office_name
        self.services = tuple(services)
        self.counters = tuple(counters)
        self._uow = uow
        self._clock = clock
        self._max_recalls = max_recalls
        self._times: tuple[datetime, ServiceTimeModel] | None = None
        self._retention = retention or self.end_of_business_day

    @property
    def clock(self) -> OfficeClock:
        """The office's clock: its business day, and its zone for every time a screen shows."""
        return self._clock

    def end_of_business_day(self, moment: datetime) -> datetime:
        """When personal data taken at `moment` must be gone by default: the next daily reset."""
        return self._clock.next_reset(moment)

    def today(self) -> date:
        return self._clock.today()

    def now(self) -> datetime:
        """The current time by this service's clock, in the office's zone (screens compare notices' end
        times with it)."""
        return self._clock()

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

    def issue(
        self,
        services: str | Sequence[str],
        *,
        printed: bool = True,
        priority: bool = False,
        appointment_at: datetime | None = None,
        applications: Sequence[Mapping[str, object]] = (),
        within: Callable[[UnitOfWork, Ticket], None] | None = None,
        correction: CorrectionRequest | None = None,
    ) -> IssuedTicket:
        """Give a resident one number for every service their procedures need, in order.

        The number comes from the first service. The applications (forms filled at the kiosk, as JSON-ready
        mappings) are saved in the same transaction: the ticket and its forms exist together or not at all.
        `within(uow, ticket)` runs in that transaction too (an appointment's check-in records the ticket);
        if it raises, nothing is issued and the number is not used up. `correction`: the resident said the
        card's data is wrong; the ticket says so and each form keeps which of its boxes the card filled.
        """
        route = (services,) if isinstance(services, str) else tuple(services)
        if not route:
            raise QueueError("a ticket needs at least one service")
        first = self.service(route[0])
        for code in route[1:]:
            self.service(code)
        now = self._clock()
        day = self._clock.business_date(now)
        with self._uow(write=True) as uow:
            ticket = Ticket(
                id=uuid.uuid4().hex,
                office=self.office_code,
                business_date=day,
                prefix=first.prefix,
                sequence=0,  # numbered as it is added
                issued_at=now,
                route=route,
                printed=printed,
                priority=priority,
                appointment_at=appointment_at,
                correction_requested=correction is not None,
            )
            ticket = uow.tickets.add_numbered(ticket)
            boxes = correction.boxes if correction is not None else {}
            for application in applications:
                flagged = boxes.get(str(application.get("form_id", "")), ())
                uow.applications.add(ticket.id, application, self._retention(now), flagged=flagged)
            if within is not None:
                within(uow, ticket)
            uow.commit()
        with self._uow(write=False) as uow:  # read after the commit: the writers' turn is not held for it
            ahead = uow.tickets.waiting_ahead(ticket)
            waiting = uow.tickets.waiting_counts(self.office_code, day)
        estimate = self.estimate(first.code, _without(waiting, first.code), now, people_ahead=ahead)
        return IssuedTicket(ticket=ticket, service=first, people_ahead=ahead, estimate_s=estimate)

    def mark_unprinted(self, ticket_id: str, *, failed: bool = True) -> None:
        """Record that a ticket's paper did not come out, so the desk can tell the resident has none:
        the printer failed, or (`failed` False) the kiosk has no ticket printer set up."""
        with self._uow(write=True) as uow:
            ticket = uow.tickets.get(ticket_id)
            if ticket is not None and ticket.printed:
                uow.tickets.save(ticket.without_paper(failed=failed), self._clock())
                uow.commit()

    def call_next(self, counter_number: int) -> Ticket | None:
        """Finish the counter's current step, then call whoever is next for the services it serves:
        due appointments, then priority, then first come first served by original issue time."""
        counter = self.counter(counter_number)
        now = self._clock()
        day = self._clock.business_date(now)
        with self._uow(write=True) as uow:
            self._finish_current(uow, day, counter.number, now)
            ticket = uow.tickets.next_for_counter(
                self.office_code, day, counter.services, counter.number, now
            )
            if ticket is not None:
                ticket = ticket.call(counter.number, now)
                uow.tickets.save(ticket, now)
            uow.commit()
        return ticket

    def call_ticket(self, counter_number: int, label: str) -> Ticket:
        """Call a chosen waiting ticket (e.g. a resident who came to the counter), finishing the current."""
        counter = self.counter(counter_number)
        now = self._clock()
        day = self._clock.business_date(now)
        with self._uow(write=True) as uow:
            ticket = self._find(uow, day, label)
            if ticket.service_code not in counter.services:
                name = self.service(ticket.service_code).name
                raise QueueError(f"{ticket.label} waits for {name}, which {counter.name} does not serve")
            self._finish_current(uow, day, counter.number, now)
            called = self._apply(lambda: ticket.call(counter.number, now))
            uow.tickets.save(called, now)
            uow.commit()
        return called

    def recall(self, counter_number: int) -> Ticket:
        """Call the counter's current ticket again; after `max_recalls` recalls it becomes a no-show."""

        def recall_or_give_up(ticket: Ticket, now: datetime) -> Ticket:
            if ticket.recalls >= self._max_recalls:
                return ticket.mark_no_show(now)
            return ticket.recall(now)

        return self._change_current(counter_number, recall_or_give_up)

    def finish(self, counter_number: int) -> Ticket:
        """The counter has served the current step: on to the next service, or done."""
        return self._change_current(counter_number, lambda t, now: t.finish(now))

    def no_show(self, counter_number: int) -> Ticket:
        """The counter's current ticket did not come."""
        return self._change_current(counter_number, lambda t, now: t.mark_no_show(now))

    def hold(self, counter_number: int) -> Ticket:
        """書類待ち: the resident fetches a document; the ticket leaves the line until released."""
        return self._change_current(counter_number, lambda t, _now: t.hold())

    def transfer(
        self, counter_number: int, *, service: str | None = None, counter: int | None = None
    ) -> Ticket:
        """Pass the current ticket on to another service (next) or to one counter, under the same number."""
        if (service is None) == (counter is None):
            raise QueueError("transfer to a service or to a counter")
        if service is not None:
            self.service(service)
            return self._change_current(counter_number, lambda t, _now: t.transfer_to_service(service))
        target = self.counter(counter or 0)
        return self._change_current(counter_number, lambda t, _now: t.transfer_to_counter(target.number))

    def release(self, label: str) -> Ticket:
        """A held ticket goes back in line at its original place."""
        return self._change_ticket(label, lambda t, _now: t.release())

    def return_to_line(self, counter_number: int) -> Ticket | None:
        """The clerk leaves the counter (logs out): its current ticket, if any, goes back in line at its
        original place for any counter serving its service; the display no longer shows it called."""
        counter = self.counter(counter_number)
        now = self._clock()
        with self._uow(write=True) as uow:
            current = uow.tickets.called_at_counter(
                self.office_code, self._clock.business_date(now), counter.number
            )
            if current is None:
                return None  # nobody at the counter (another desk finished the ticket meanwhile)
            returned = current.return_to_line()
            uow.tickets.save(returned, now)
            uow.commit()
        return returned

    def undo(self, before: Ticket, after: Ticket) -> Ticket:
        """元に戻す: take back the finish, no-show or 書類待ち that turned `before` into `after` a moment
        ago. The ticket is at its counter again as it was, if it still stands where the operation left it
        and its counter has not called anyone since; a finish's next step leaves the step log."""
        if not reverses(before, after) or before.counter is None:
            raise QueueError(f"{after.label} の操作は元に戻せません")
        counter = self.counter(before.counter)
        now = self._clock()
        with self._uow(write=True) as uow:
            stored = uow.tickets.get(after.id)
            if stored is None or place(stored) != place(after):
                raise QueueError(f"{after.label} はその後に動いたため、元に戻せません")
            busy = uow.tickets.called_at_counter(self.office_code, stored.business_date, counter.number)
            if busy is not None:
                raise QueueError(f"{counter.name}は {busy.label} を対応中のため、元に戻せません")
            restored = put_back(stored, before)
            uow.tickets.save(restored, now)
            uow.commit()
        return restored

    def undo_no_show(self, label: str) -> Ticket:
        """The resident came back (at the kiosk or the desk): in line again at the original place."""
        return self._change_ticket(label, lambda t, _now: t.undo_no_show())

    def come_back(self, text: str) -> TicketStanding:
        """A resident at the kiosk with their ticket (its QR code scanned, or its number typed): where it
        stands. A no-show goes back in line at its original place, as the desk's undo would put it."""
        code = parse_ticket_code(text)
        if code is None:
            return TicketStanding(Standing.UNKNOWN)
        now = self._clock()
        day = self._clock.business_date(now)
        with self._uow(write=True) as uow:
            if code.ticket_id:
                ticket = uow.tickets.get(code.ticket_id)
            else:
                ticket = uow.tickets.find(self.office_code, day, code.prefix, code.sequence)
            if ticket is None or (ticket.office, ticket.business_date) != (self.office_code, day):
                return TicketStanding(Standing.UNKNOWN)
            standing = _STANDING.get(ticket.state, Standing.FINISHED)
            if standing is Standing.RETURNED:
                ticket = ticket.undo_no_show()
                uow.tickets.save(ticket, now)
            ahead = uow.tickets.waiting_ahead(ticket) if ticket.state is TicketState.WAITING else 0
            waiting = uow.tickets.waiting_counts(self.office_code, day)
            uow.commit()
        service = self.service(ticket.service_code)
        estimate = None
        if ticket.state is TicketState.WAITING:
            estimate = self.estimate(service.code, _without(waiting, service.code), now, people_ahead=ahead)
        return TicketStanding(standing, IssuedTicket(ticket, service, ahead, estimate))

    def set_priority(self, label: str, priority: bool) -> Ticket:
        return self._change_ticket(label, lambda t, _now: t.set_priority(priority))

    def cancel(self, label: str) -> Ticket:
        return self._change_ticket(label, lambda t, now: t.cancel(now))

    def waiting_for(self, counter_number: int, limit: int = 50) -> list[Ticket]:
        """The tickets a counter could call, in the order it would call them."""
        counter = self.counter(counter_number)
        now = self._clock()
        with self._uow(write=False) as uow:
            tickets = uow.tickets.waiting(self.office_code, self._clock.business_date(now), counter.services)
        mine = [t for t in tickets if t.assigned_counter in (None, counter.number)]
        return sorted(mine, key=lambda t: queue_order(t, now))[:limit]

    def held(self) -> list[Ticket]:
        """Tickets out of line for 書類待ち today."""
        with self._uow(write=False) as uow:
            return uow.tickets.in_state(self.office_code, self.today(), TicketState.HELD)

    def current(self, counter_number: int) -> Ticket | None:
        """The ticket a counter is serving now."""
        counter = self.counter(counter_number)
        with self._uow(write=False) as uow:
            return uow.tickets.called_at_counter(self.office_code, self.today(), counter.number)

    def snapshot(self, max_calls: int = 30) -> QueueSnapshot:
        """The numbers being served and the waiting counts, for the display and `queue status`."""
        now = self._clock()
        day = self._clock.business_date(now)
        with self._uow(write=False) as uow:
            calls = uow.tickets.recent_calls(self.office_code, day, max_calls)
            counts = uow.tickets.waiting_counts(self.office_code, day)
            numbers = [c.number for c in self.counters]
            history = uow.tickets.last_calls(self.office_code, day, numbers, LAST_CALLS_PER_COUNTER)
            notices = uow.notices.current(self.office_code, now)
        names = {c.number: c.name for c in self.counters}
        estimates = {s.code: self.estimate(s.code, counts, now) for s in self.services}  # taken now
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
            estimates=estimates,
            counter_calls=per_counter(history, self.counters),
            notices=tuple(notices),
        )

    def estimate(
        self, service_code: str, waiting: Mapping[str, int], at: datetime, *, people_ahead: int | None = None
    ) -> float:
        """Seconds a resident will wait at `service_code` (queueing.estimates.expected_wait, the one figure):
        `waiting` per service without the resident, `people_ahead` of them before the resident (None: a
        ticket taken now). Service times are learned over the last week, re-read at most once a minute."""
        counters = [counter.services for counter in self.counters]
        times = self._service_times(at)
        return expected_wait(times, counters, waiting, service_code, at, people_ahead=people_ahead)

    def _service_times(self, now: datetime) -> ServiceTimeModel:
        """Learned from the finished steps of the last week; read again at most once a minute."""
        if self._times is None or (now - self._times[0]).total_seconds() > TIMES_REFRESH_S:
            since = self._clock.business_date(now) - timedelta(days=7)
            with self._uow(write=False) as uow:
                stored = uow.tickets.finished_steps(self.office_code, since, limit=2000)
            # Learned per clock hour of the office (the store gives UTC): 10:00 JST, not 01:00 UTC.
            steps = [
                CompletedStep(s.service_code, self._clock.local(s.started_at), s.duration_s) for s in stored
            ]
            defaults = {s.code: s.expected_minutes * 60 for s in self.services}
            self._times = (now, ServiceTimeModel.from_steps(steps, defaults))
        return self._times[1]

    def _finish_current(self, uow: UnitOfWork, day: date, counter: int, now: datetime) -> None:
        current = uow.tickets.called_at_counter(self.office_code, day, counter)
        if current is not None:
            uow.tickets.save(current.finish(now), now)

    def _find(self, uow: UnitOfWork, day: date, label: str) -> Ticket:
        prefix, _, number = label.strip().upper().rpartition("-")
        ticket = uow.tickets.find(self.office_code, day, prefix, int(number)) if number.isdigit() else None
        if ticket is None:
            raise QueueError(f"no ticket {label} today")
        return ticket

    @staticmethod
    def _apply(transition: Callable[[], Ticket]) -> Ticket:
        try:
            return transition()
        except InvalidTransition as exc:
            raise QueueError(str(exc)) from None

    def _change_ticket(self, label: str, change: _Change) -> Ticket:
        now = self._clock()
        with self._uow(write=True) as uow:
            ticket = self._find(uow, self._clock.business_date(now), label)
            changed = self._apply(lambda: change(ticket, now))
            uow.tickets.save(changed, now)
            uow.commit()
        return changed

    def _change_current(self, counter_number: int, change: _Change) -> Ticket:
        counter = self.counter(counter_number)
        now = self._clock()
        day = self._clock.business_date(now)
        with self._uow(write=True) as uow:
            current = uow.tickets.called_at_counter(self.office_code, day, counter.number)
            if current is None:
                raise QueueError(f"{counter.name}: no ticket is being served")
            changed = self._apply(lambda: change(current, now))
            uow.tickets.save(changed, now)
            uow.commit()
        return changed

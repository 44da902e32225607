"""What the queue services need from storage, as small protocols the store implements.

A unit of work is a transaction: it rolls back unless `commit()` is called. A writing unit of work
serialises with every other writer, so "take the next number" and "call the oldest ticket" are atomic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any, Protocol

from queueing.appointments import Appointment, StoredAppointment
from queueing.call_history import PastCall
from queueing.model import Notice, Ticket, TicketState
from queueing.service_times import CompletedStep


class TicketRepository(Protocol):
    def next_sequence(self, office: str, day: date, service_code: str) -> int:
        """Reserve the next number of this service today (1, 2, ...) inside the transaction."""
        ...

    def add_numbered(self, ticket: Ticket) -> Ticket:
        """Give a new ticket the next number of its first service today (next_sequence) and insert it (add),
        as one step; the ticket with its number."""
        ...

    def add(self, ticket: Ticket) -> None:
        """Insert a new ticket, and open its current step in the step log at its issue time."""
        ...

    def save(self, ticket: Ticket, at: datetime) -> None:
        """Write back a ticket that was read in this unit of work and changed at `at`, and log the change
        to its steps (queueing.steps.changes: a step that ends or begins does so at `at`)."""
        ...

    def get(self, ticket_id: str) -> Ticket | None: ...

    def next_for_counter(
        self, office: str, day: date, service_codes: Sequence[str], counter: int, now: datetime
    ) -> Ticket | None:
        """The waiting ticket `counter` calls next among these services (queueing.model.queue_order; not
        one assigned to another counter), locked for this transaction."""
        ...

    def find(self, office: str, day: date, prefix: str, sequence: int) -> Ticket | None:
        """Today's ticket with this number."""
        ...

    def waiting(self, office: str, day: date, service_codes: Sequence[str]) -> list[Ticket]:
        """Every waiting ticket of these services today (any order)."""
        ...

    def in_state(self, office: str, day: date, state: TicketState) -> list[Ticket]: ...

    def finished_steps(self, office: str, since: date, limit: int) -> list[CompletedStep]:
        """The newest steps finished `done` since `since`, every step of a route (the step log): what the
        wait estimates learn service times from."""
        ...

    def called_at_counter(self, office: str, day: date, counter: int) -> Ticket | None:
        """The ticket a counter is serving now, if any."""
        ...

    def waiting_counts(self, office: str, day: date) -> dict[str, int]:
        """Waiting tickets per service code (services with none may be missing)."""
        ...

    def waiting_ahead(self, ticket: Ticket) -> int:
        """Waiting tickets of the same service issued before this one."""
        ...

    def recent_calls(self, office: str, day: date, limit: int) -> list[Ticket]:
        """Tickets called today that are still being served, newest call first."""
        ...

    def last_calls(self, office: str, day: date, counters: Sequence[int], per_counter: int) -> list[PastCall]:
        """Each of these counters' latest `per_counter` calls today, finished ones included (any order);
        the cost does not grow with the day's or earlier days' history."""
        ...


class NoticeRepository(Protocol):
    def add(self, office: str, notice: Notice) -> None: ...

    def current(self, office: str, now: datetime) -> list[Notice]:
        """The office's notices not ended at `now`, oldest first."""
        ...

    def remove(self, office: str, notice_id: str) -> bool:
        """Delete one notice; False if there was none with that id."""
        ...

    def clear(self, office: str, ended_by: datetime | None = None) -> int:
        """Delete every notice of the office (only those ended by `ended_by`, if given); how many."""
        ...


class ApplicationRepository(Protocol):
    def add(
        self,
        ticket_id: str,
        application: Mapping[str, object],
        keep_until: datetime,
        flagged: Sequence[str] = (),
    ) -> str:
        """Save a filled form for a ticket (personal data: purged after `keep_until`); its id. `flagged`:
        the keys of the boxes the card filled, when the resident said the card's data is wrong."""
        ...

    def flagged(self, ticket_id: str) -> dict[str, tuple[str, ...]]:
        """By application id, the flagged boxes of a ticket's forms (those with none are missing)."""
        ...

    def for_ticket(self, ticket_id: str) -> list[tuple[str, dict[str, Any]]]:
        """(id, application) of a ticket's forms, oldest first."""
        ...

    def get(self, application_id: str) -> tuple[str, dict[str, Any]] | None:
        """(ticket id, application) of one form, locked for this unit of work when it writes."""
        ...

    def replace(self, application_id: str, application: Mapping[str, object]) -> None:
        """Write back a form's values (a clerk corrected them)."""
        ...

    def purge(self, now: datetime) -> int:
        """Delete every form whose retention has ended (and what was recorded about it); how many."""
        ...


class AppointmentRepository(Protocol):
    def get(self, office: str, reference: str) -> StoredAppointment | None:
        """One office's appointment by its (normalised) reference; locked for a writing unit of work."""
        ...

    def find(self, key: str) -> list[StoredAppointment]:
        """Every office's appointments whose reference has this key (queueing.appointments.reference_key)."""
        ...

    def add(self, office: str, appointment: Appointment, imported_at: datetime) -> None: ...

    def update(self, office: str, appointment: Appointment, imported_at: datetime) -> None:
        """A re-import changed its service or time."""
        ...

    def check_in(self, office: str, reference: str, ticket_id: str, at: datetime) -> bool:
        """Record the ticket issued for it, unless one was recorded already: True if this call did."""
        ...

    def between(self, office: str, start: datetime, end: datetime) -> list[StoredAppointment]:
        """One office's appointments from `start` until before `end`, by time."""
        ...


class UnitOfWork(Protocol):
    tickets: TicketRepository
    applications: ApplicationRepository
    notices: NoticeRepository
    appointments: AppointmentRepository

    def __enter__(self) -> UnitOfWork: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def commit(self) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self, *, write: bool) -> UnitOfWork: ...

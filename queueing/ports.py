"""What the queue services need from storage, as small protocols the store implements.

A unit of work is a transaction: it rolls back unless `commit()` is called. A writing unit of work
serialises with every other writer, so "take the next number" and "call the oldest ticket" are atomic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any, Protocol

from queueing.model import Ticket, TicketState
from queueing.service_times import CompletedStep


class TicketRepository(Protocol):
    def next_sequence(self, office: str, day: date, service_code: str) -> int:
        """Reserve the next number of this service today (1, 2, ...) inside the transaction."""
        ...

    def add(self, ticket: Ticket) -> None: ...

    def save(self, ticket: Ticket) -> None:
        """Write back a ticket that was read in this unit of work and changed."""
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
        """The newest finished steps since `since`: what the wait estimates learn service times from."""
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


class ApplicationRepository(Protocol):
    def add(self, ticket_id: str, application: Mapping[str, object], keep_until: datetime) -> str:
        """Save a filled form for a ticket (personal data: purged after `keep_until`); its id."""
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


class UnitOfWork(Protocol):
    tickets: TicketRepository
    applications: ApplicationRepository

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


Clock = Callable[[], datetime]
"""Returns the current time, timezone-aware (tests pass a fixed clock)."""

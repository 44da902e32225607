"""What the queue services need from storage, as small protocols the store implements.

A unit of work is a transaction: it rolls back unless `commit()` is called. A writing unit of work
serialises with every other writer, so "take the next number" and "call the oldest ticket" are atomic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Protocol

from queueing.model import Ticket


class TicketRepository(Protocol):
    def next_sequence(self, office: str, day: date, service_code: str) -> int:
        """Reserve the next number of this service today (1, 2, ...) inside the transaction."""
        ...

    def add(self, ticket: Ticket) -> None: ...

    def save(self, ticket: Ticket) -> None:
        """Write back a ticket that was read in this unit of work and changed."""
        ...

    def get(self, ticket_id: str) -> Ticket | None: ...

    def oldest_waiting(self, office: str, day: date, service_codes: Sequence[str]) -> Ticket | None:
        """The waiting ticket of these services issued first (locked for this transaction)."""
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


class UnitOfWork(Protocol):
    tickets: TicketRepository

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

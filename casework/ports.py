"""What casework needs from storage besides the queue's tickets and applications (queueing.ports).

The store's unit of work implements these too: one transaction covers a correction, its recorded change
and its audit entry, so none exists without the others.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from casework.model import AuditEntry, Change, ClerkAccount
from queueing.ports import UnitOfWork


class ClerkRepository(Protocol):
    def get(self, login: str) -> ClerkAccount | None: ...

    def add(self, account: ClerkAccount) -> None:
        """Insert a new clerk; the login must not exist yet (the caller checks in this transaction)."""
        ...

    def set_password(self, login: str, password_hash: str, changed_at: datetime) -> None: ...

    def all(self) -> list[ClerkAccount]:
        """Every clerk, by login."""
        ...


class ChangeRepository(Protocol):
    def add(self, change: Change) -> None: ...

    def for_application(self, application_id: str) -> list[Change]:
        """The application's recorded changes, oldest first."""
        ...

    def purge(self, now: datetime) -> int:
        """Delete the changes of every application whose retention has ended; how many."""
        ...


class AuditLog(Protocol):
    def add(self, entry: AuditEntry) -> None:
        """Append an entry (a desk may append, never read back or change: least privilege)."""
        ...


class CaseworkUnitOfWork(UnitOfWork, Protocol):
    clerks: ClerkRepository
    changes: ChangeRepository
    audit: AuditLog

    def __enter__(self) -> CaseworkUnitOfWork: ...


class CaseworkUnitOfWorkFactory(Protocol):
    def __call__(self, *, write: bool) -> CaseworkUnitOfWork: ...

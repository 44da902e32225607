"""What every change feed offers, whatever the database: announcing committed writes and listening for them.

A writing unit of work calls `stage()` inside its transaction and `announce()` once it has committed.
SQLite announces after the commit (datagrams to the listeners on this machine, store/changes.py);
PostgreSQL stages a NOTIFY inside the transaction, which the server delivers on commit and only then
(store/postgres.py). A listener is what ui/watcher.py watches: its file descriptor becomes readable when
something changed, and stays the same for the listener's life.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.orm import Session


class Listener(Protocol):
    @property
    def online(self) -> bool:
        """Whether announcements can reach this listener now (False while the server is unreachable)."""
        ...

    def fileno(self) -> int:
        """A descriptor that becomes readable when something changed; it never changes."""
        ...

    def drain(self) -> int:
        """Consume every pending announcement; return how many there were."""
        ...

    def wait(self, timeout: float) -> bool:
        """Block until an announcement arrives or `timeout` seconds pass; True if one arrived."""
        ...

    def close(self) -> None: ...


class Feed(Protocol):
    def stage(self, session: Session, offices: frozenset[str]) -> None:
        """Inside a writing transaction, before its commit: queue the announcement with the change."""
        ...

    def announce(self, offices: frozenset[str]) -> None:
        """After a writing transaction committed. Never raises: a change is never undone for this."""
        ...

    def listen(self, office: str | None = None) -> Listener:
        """A listener for changes to `office`'s queue (None: every office's)."""
        ...

    def close(self) -> None: ...

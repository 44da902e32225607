"""Change announcements between processes on one machine, for SQLite (PostgreSQL uses LISTEN/NOTIFY).

After a writing transaction commits, the writer sends a one-byte datagram to every listener's Unix
socket in a directory that belongs to the database file. A listener is a socket whose file descriptor
the UI watches (QSocketNotifier) or a script waits on (select). Latency is a system call, not a poll
interval; a listener that has died leaves a socket file that the next announcement removes.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import select
import socket
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session


def feed_directory(database_path: Path) -> Path:
    """A short directory path for the database's listener sockets (Unix socket paths max ~107 bytes)."""
    digest = hashlib.sha256(str(database_path.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"madoguchi-{os.getuid()}" / digest


class ChangeListener:
    """Receives announcements; `fileno()` becomes readable when something changed."""

    online = True  # a local socket: nothing to lose contact with

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = directory / f"{os.getpid()}-{os.urandom(4).hex()}.sock"
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(str(self.path))
        self._sock.setblocking(False)

    def fileno(self) -> int:
        return self._sock.fileno()

    def drain(self) -> int:
        """Consume every pending announcement; return how many there were (several changes, one refresh)."""
        count = 0
        while True:
            try:
                self._sock.recv(64)
            except BlockingIOError:
                return count
            count += 1

    def wait(self, timeout: float) -> bool:
        """Block until an announcement arrives or `timeout` seconds pass; True if one arrived."""
        readable, _, _ = select.select([self._sock], [], [], timeout)
        if readable:
            self.drain()
        return bool(readable)

    def close(self) -> None:
        self._sock.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


class ChangeFeed:
    """Announces committed changes to every listener of one database (on one PC: every office's)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.setblocking(False)

    def listen(self, office: str | None = None) -> ChangeListener:
        return ChangeListener(self.directory)

    def stage(self, session: Session, offices: frozenset[str]) -> None:
        """Nothing to do inside the transaction: SQLite announces after the commit."""

    def announce(self, offices: frozenset[str] = frozenset()) -> None:
        """Tell every listener that the queue changed. Never raises: a change is never undone for this."""
        try:
            paths = list(self.directory.glob("*.sock"))
        except OSError:
            return
        for path in paths:
            self._send(path)

    def _send(self, path: Path) -> None:
        try:
            self._sock.sendto(b"!", str(path))
        except BlockingIOError:
            pass  # its queue is full: it has announcements to read already
        except OSError as exc:
            if exc.errno in (errno.ECONNREFUSED, errno.ENOENT):
                with contextlib.suppress(OSError):
                    path.unlink()  # the listener's process is gone

    def close(self) -> None:
        self._sock.close()

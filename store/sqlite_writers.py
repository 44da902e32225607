"""SQLite writers that take turns in the order they came: two lock files beside the database.

SQLite lets one writer in at a time. The others wait in its busy handler, which sleeps in growing steps
(1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100 ms, then 100 ms again) and tries once after each: a waiting
writer wakes late, and a writer that came later often takes the lock meanwhile. With eight kiosk processes
issuing at once, one issue in a hundred took more than 0.4 s and the slowest 2-3 s, though the write
itself takes 2 ms (bench/queue_sync.py).

So a writing connection first waits for its turn with `flock`: it takes `<database>.writer-queue` (the
gate), then `<database>.writer-lock` (the lock), lets go of the gate, begins with BEGIN IMMEDIATE, and
lets go of the lock as soon as its COMMIT or ROLLBACK is over, or the connection is closed, invalidated or
collected. Linux queues the waiters for a flock each behind the one before and wakes the first the moment
it is released (fs/locks.c, since Linux 5.0), but it does not hand the lock over: a writer that asks in
the instant before the woken one runs (often the one that just let go, back with its next write) would
take it first. With the gate, only the writer next in line waits for the lock; the others wait for the
gate in the order they came.

Each connection opens the files itself (open file descriptions of its own), so the threads of one process
queue as processes do. A process that dies loses its locks with its descriptors: nobody waits for a
killed kiosk. The files only order the writers; SQLite's own locks still make writing safe, and a writer
that does not queue (an older Madoguchi, the sqlite3 shell) is waited for by the busy handler as before.
A writer that has waited for its turn as long as the busy timeout fails as SQLite would ("database is
locked"). Readers never queue.
"""

from __future__ import annotations

import fcntl
import logging
import os
import queue
import sqlite3
import threading
import time
from typing import Any

log = logging.getLogger(__name__)

LOCK_SUFFIX, GATE_SUFFIX = ".writer-lock", ".writer-queue"
WAIT_LIMIT_S = 30.0
"""How long a writer waits for its turn before it gives up: SQLite's busy timeout (store.database)."""

enabled = True
"""Whether writers queue on the lock files; the tests and the bench switch it off to compare with SQLite's
busy handler alone. Nothing else should."""


class WriterQueueTimeout(sqlite3.OperationalError):
    """A writer waited WAIT_LIMIT_S for its turn: as SQLite's "database is locked"."""


class QueuedWriterConnection(sqlite3.Connection):
    """An sqlite3 connection whose writing transactions queue for their turn.

    Made by `sqlite3.connect(path, factory=QueuedWriterConnection)`; `begin_write()` waits for the turn
    and begins with BEGIN IMMEDIATE, and the turn ends whenever the connection leaves its transaction.
    """

    def __init__(self, database: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(database, *args, **kwargs)
        self._path = None if kwargs.get("uri") else os.fsdecode(database)
        self._turn: _Turn | None = None
        self._holding = False

    @property
    def holds_writer_lock(self) -> bool:
        return self._holding

    def begin_write(self) -> None:
        """Wait for the writers before this one, then BEGIN IMMEDIATE (which still waits for a writer that
        does not queue)."""
        self._take()
        try:
            self.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._let_go()
            raise

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            if not self.in_transaction:  # a COMMIT that failed leaves the transaction for a ROLLBACK
                self._let_go()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            if not self.in_transaction:
                self._let_go()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._let_go()
            if self._turn is not None:
                self._turn.close()
                self._turn = None

    def checkpoint_truncate(self) -> bool:
        """Copy every page of the WAL into the database file and cut the WAL to zero bytes, in the writers'
        queue (SQLite waits for readers up to its busy timeout). True if it did; False if a reader or a
        writer that does not queue kept it from finishing."""
        self._take()
        try:
            busy, _, _ = self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            self._let_go()
        return int(busy) == 0

    def _take(self) -> None:
        if self._holding or not enabled or self._path is None:
            return
        if self._turn is None:
            self._turn = _Turn.open(self._path)
            if self._turn is None:
                return
        try:
            self._turn.take(WAIT_LIMIT_S)
        except WriterQueueTimeout:
            self._turn = None  # its waiting thread closes what it waited on
            raise
        self._holding = True

    def _let_go(self) -> None:
        if self._holding:
            self._holding = False
            if self._turn is not None:
                self._turn.lock.unlock()


class _Turn:
    """A connection's open files of the gate and the lock: its own open file descriptions, so that its
    flocks conflict with every other connection's, in this process or another.

    A writer takes the gate, then the lock, and lets go of the gate as soon as it has the lock: the one
    waiting for the lock is always the one that holds the gate, the others wait for the gate in the order
    they came. Without the gate the kernel would wake the first waiter when the lock is released, but a
    writer that asks meanwhile (often the one that just released it, back for its next write) would take
    it first; with it, that writer finds the gate held by the next in line and waits behind the others.
    """

    def __init__(self, gate: _LockFile, lock: _LockFile) -> None:
        self.gate, self.lock = gate, lock

    @classmethod
    def open(cls, database: str) -> _Turn | None:
        gate = _LockFile.open(database + GATE_SUFFIX)
        lock = _LockFile.open(database + LOCK_SUFFIX) if gate is not None else None
        if gate is None or lock is None:
            if gate is not None:
                gate.close()
            return None
        return cls(gate, lock)

    def take(self, limit_s: float) -> None:
        """Wait for the gate, then for the lock; WriterQueueTimeout after `limit_s` in all."""
        deadline = time.monotonic() + limit_s
        if not self.gate.lock(limit_s):
            self.lock.close()
            raise WriterQueueTimeout(f"database is locked (no turn to write for {limit_s:.0f} s)")
        try:
            if not self.lock.lock(max(0.0, deadline - time.monotonic())):
                raise WriterQueueTimeout(f"database is locked (no turn to write for {limit_s:.0f} s)")
        except BaseException:
            self.gate.close()
            raise
        self.gate.unlock()

    def close(self) -> None:
        self.gate.close()
        self.lock.close()


_unopenable: set[str] = set()  # lock files already warned about


class _LockFile:
    """One open file description of a lock file: an exclusive flock, waited for at most so long.

    A blocking flock cannot time out, so a wait that blocks happens on the file's own waiting thread, made
    at its first wait and kept for the next (a thread made for each wait cost more than the write it let
    in: bench/queue_sync.py), while the writer's thread waits for it with its time limit. The waiting thread
    holds only the file's `_Waiter`, never the `_LockFile`: a connection collected without close() still
    closes its files, and lets go."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._waiter: _Waiter | None = None

    @classmethod
    def open(cls, path: str) -> _LockFile | None:
        """The lock file, made if missing (reading is enough to lock it); None, with a warning once, if it
        cannot be opened: then the writers wait in SQLite's busy handler as they would without it."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            if path not in _unopenable:
                _unopenable.add(path)
                log.warning("cannot open %s (%s): SQLite writers will not queue in order", path, exc)
            return None
        return cls(fd)

    def lock(self, limit_s: float) -> bool:
        """Take the lock, waiting behind whoever holds it and asked before; False after `limit_s` (the file
        is then handed to the waiting thread, which closes it, letting go, as soon as it gets the lock)."""
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            pass
        if self._waiter is None:
            self._waiter = _Waiter(self._fd)
        return self._waiter.wait(limit_s)

    def unlock(self) -> None:
        if self._fd >= 0:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        """Close the file, and with it let go of the lock if held. Once abandoned to its waiting thread,
        only that thread closes it."""
        fd, self._fd = self._fd, -1
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.stop():
            return  # abandoned: its thread closes the file once it has the lock
        if fd >= 0:
            os.close(fd)

    def __del__(self) -> None:  # a connection collected without close(): its lock goes with it
        self.close()


class _Waiter:
    """A lock file's waiting thread and what it shares with the writer's thread (see _LockFile)."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._guard = threading.Lock()
        self._abandoned = False
        self._requests: queue.SimpleQueue[threading.Event | None] = queue.SimpleQueue()
        threading.Thread(target=self._serve, name="sqlite-writer-queue", daemon=True).start()

    def wait(self, limit_s: float) -> bool:
        taken = threading.Event()
        self._requests.put(taken)
        if taken.wait(limit_s):
            return True
        with self._guard:
            if taken.is_set():
                return True
            self._abandoned = True
        return False

    def stop(self) -> bool:
        """End the idle thread; False if the file was abandoned to it (it closes the file itself)."""
        with self._guard:
            if self._abandoned:
                return False
        self._requests.put(None)
        return True

    def _serve(self) -> None:
        while (taken := self._requests.get()) is not None:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            with self._guard:
                if not self._abandoned:
                    taken.set()
                    continue
            os.close(self._fd)  # nobody waits for it any more: closing lets go
            return

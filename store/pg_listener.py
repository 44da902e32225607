"""LISTEN for queue changes on PostgreSQL, behind the same listener interface as the SQLite feed.

A thread owns the listening connection: it LISTENs, turns each notification for our office into one
byte on a local socket pair, and when the server goes away reconnects with a growing pause (0.1 s up to
2 s). The UI watches the pair's read end, whose descriptor never changes, so a reconnect does not
disturb it. Two things it does see:

- `online` says whether the connection is up, so a screen can say it is not up to date;
- losing the connection and getting it back are both reported as changes: screens read the queue again,
  find the server gone (and say so), then catch up on whatever happened while notifications could not
  arrive. LISTEN is active again before that second report, so nothing slips between the read and the
  next notification.

A server that vanishes without closing the socket (power, cable) is noticed by TCP keepalives
(store/postgres.py: within about 20 s). The thread never waits on the server otherwise, so `close()`
returns at once (or after a connection attempt under way, at most the connect timeout).
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql

CHANNEL = "madoguchi_queue"
BACKOFF_S = (0.1, 2.0)

log = logging.getLogger(__name__)

Connect = Callable[[], psycopg.Connection[Any]]


class PgListener:
    """Wakes `fileno()` on every committed change to `office`'s queue (None: any office)."""

    def __init__(self, connect: Connect, office: str | None) -> None:
        self._connect = connect
        self._office = office
        self._wake_r, self._wake_w = socket.socketpair()
        self._stop_r, self._stop_w = socket.socketpair()
        for end in (self._wake_r, self._wake_w, self._stop_r):
            end.setblocking(False)
        self._closed = False
        self._said_unreachable = False
        connection = self._open()  # on the caller's thread: listening before the constructor returns
        self._online = connection is not None
        self._thread = threading.Thread(target=self._run, args=(connection,), name="pg-listener", daemon=True)
        self._thread.start()

    @property
    def online(self) -> bool:
        return self._online

    def fileno(self) -> int:
        return self._wake_r.fileno()

    def drain(self) -> int:
        count = 0
        while True:
            try:
                data = self._wake_r.recv(4096)
            except BlockingIOError:
                return count
            if not data:
                return count
            count += len(data)

    def wait(self, timeout: float) -> bool:
        readable, _, _ = select.select([self._wake_r], [], [], timeout)
        return bool(readable) and self.drain() > 0

    def close(self) -> None:
        """Stop the thread (it closes its connection) and release the sockets."""
        if self._closed:
            return
        self._closed = True
        self._stop_w.send(b"x")
        self._thread.join()
        for end in (self._wake_r, self._wake_w, self._stop_r, self._stop_w):
            end.close()

    # --- the listening thread ----------------------------------------------------------------------

    def _open(self) -> psycopg.Connection[Any] | None:
        """A connection that LISTENs on the channel, or None if the server cannot be reached."""
        try:
            connection = self._connect()
        except psycopg.Error as exc:
            self._log_unreachable(exc)
            return None
        try:
            connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
        except psycopg.Error as exc:
            self._log_unreachable(exc)
            connection.close()
            return None
        self._said_unreachable = False
        return connection

    def _log_unreachable(self, exc: Exception) -> None:
        """Once per outage, not once per attempt."""
        if not self._said_unreachable:
            log.warning("change feed: cannot reach the database (%s); trying again", _one_line(exc))
            self._said_unreachable = True

    def _run(self, connection: psycopg.Connection[Any] | None) -> None:
        pause = BACKOFF_S[0]
        while True:
            if connection is None:
                if self._stop_requested(within=pause):
                    return
                pause = min(pause * 2, BACKOFF_S[1])
                connection = self._open()
                if connection is None:
                    continue
                pause = BACKOFF_S[0]
                log.info("change feed: connected again")
                self._set_online(True)
            if self._listen_until_stopped(connection):
                return
            connection = None
            self._set_online(False)

    def _listen_until_stopped(self, connection: psycopg.Connection[Any]) -> bool:
        """Deliver notifications; True when asked to stop, False when the connection was lost."""
        try:
            return self._pump(connection)
        except Exception as exc:  # a lost server, or a bug: either way the thread must live on
            log.warning("change feed: connection lost (%s); reconnecting", _one_line(exc))
            return False
        finally:
            connection.close()

    def _pump(self, connection: psycopg.Connection[Any]) -> bool:
        while True:
            ready, _, _ = select.select([connection.fileno(), self._stop_r], [], [])
            if self._stop_r in ready:
                return True
            for notification in connection.notifies(timeout=0):  # raises once the server is gone
                self._deliver(notification.payload)

    def _deliver(self, office: str) -> None:
        if self._office is None or office in ("", self._office):
            self._wake()

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self._wake()

    def _wake(self) -> None:
        with contextlib.suppress(BlockingIOError):  # full: the UI has plenty to drain already
            self._wake_w.send(b"!")

    def _stop_requested(self, within: float) -> bool:
        readable, _, _ = select.select([self._stop_r], [], [], within)
        return bool(readable)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())

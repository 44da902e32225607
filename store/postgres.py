"""PostgreSQL for the LAN: the engine's connection settings, raw connections, and NOTIFY as the change feed.

Every connection gives up on a server that does not answer instead of hanging a screen: a connect
timeout, TCP keepalives and a TCP user timeout (a cable pulled or a server powered off shows within
seconds, not after the kernel's quarter of an hour). The pool pings a connection before lending it, so
after a server restart the next operation reconnects instead of failing on a dead socket.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from store.pg_listener import CHANNEL, PgListener

CONNECT_TIMEOUT_S = 5
CONNECTION_SETTINGS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 3,
    "keepalives_count": 3,
    "tcp_user_timeout": 15_000,  # ms: unacknowledged data for this long means the server is gone
}


def normalise_url(url: URL) -> URL:
    """`postgresql://` means psycopg 3 here; another driver is refused (the feed needs psycopg)."""
    if url.drivername == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if url.drivername != "postgresql+psycopg":
        raise ValueError(f"use postgresql:// or postgresql+psycopg://, not {url.drivername}://")
    return url


def create_pg_engine(url: URL) -> Engine:
    settings = {"application_name": "madoguchi", **CONNECTION_SETTINGS}
    return create_engine(url, pool_pre_ping=True, pool_size=4, connect_args=settings)


def connect(engine: Engine, *, autocommit: bool, application_name: str) -> psycopg.Connection[Any]:
    """A connection of its own (not from the pool) to the engine's database, with the same settings."""
    _, params = engine.dialect.create_connect_args(engine.url)
    params.pop("context", None)  # SQLAlchemy's type adapters: not wanted on a raw connection
    params.update(CONNECTION_SETTINGS, application_name=application_name)
    return psycopg.connect(autocommit=autocommit, **params)


VACUUM_LOCK_TIMEOUT = "2s"  # VACUUM FULL waits this long for its lock, holding up the kiosks meanwhile


def vacuum_full_if_owner(engine: Engine, tables: list[str]) -> list[str]:
    """VACUUM FULL those of `tables` that this login may vacuum (it owns them or the database, or is a
    superuser); which. It rewrites each table's live rows into a new file and removes the old file, so the
    purged rows' bytes leave the table (plain VACUUM only marks their space free). It holds an exclusive
    lock on each table meanwhile: short, for tables that keep one retention period's rows; if a running
    transaction keeps the lock for more than VACUUM_LOCK_TIMEOUT, it gives up (lock_timeout) instead of
    holding up the kiosks."""
    with connect(engine, autocommit=True, application_name="madoguchi-purge") as connection:
        mine = [
            str(row[0])
            for row in connection.execute(
                "SELECT c.relname FROM pg_class c JOIN pg_database d ON d.datname = current_database()"
                " WHERE c.oid = ANY(SELECT to_regclass(t) FROM unnest(%s::text[]) AS t)"
                " AND (pg_has_role(current_user, c.relowner, 'USAGE')"
                " OR pg_has_role(current_user, d.datdba, 'USAGE'))",
                (tables,),
            )
        ]
        if mine:
            connection.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(VACUUM_LOCK_TIMEOUT)))
            names = sql.SQL(", ").join(sql.Identifier(name) for name in mine)
            connection.execute(sql.SQL("VACUUM (FULL) {}").format(names))
    return mine


class PgChangeFeed:
    """Announces a committed write with NOTIFY, staged in its transaction (delivered only if it commits).

    The payload is the office code, so a display listens to one channel and wakes only for its own
    office; a write that touched no ticket says "" (every listener reads again). Payloads never carry
    more than an office code: the queue's data stays behind the privileges of each role.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def stage(self, session: Session, offices: frozenset[str]) -> None:
        notify = text("SELECT pg_notify(:channel, :office)")
        for office in sorted(offices) or [""]:
            session.execute(notify, {"channel": CHANNEL, "office": office})

    def announce(self, offices: frozenset[str]) -> None:
        """Nothing after the commit: the server delivered the staged NOTIFY with it."""

    def listen(self, office: str | None = None) -> PgListener:
        return PgListener(self._listening_connection, office)

    def _listening_connection(self) -> psycopg.Connection[Any]:
        return connect(self._engine, autocommit=True, application_name="madoguchi-listener")

    def close(self) -> None:
        pass

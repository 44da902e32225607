"""A purge erases: no copy of a purged application stays in the database's files.

Residents' personal data lives in two tables, `applications` and `application_changes` (PERSONAL_TABLES).
The repositories' purge methods delete their expired rows and call `mark_purged()`; the unit of work then
calls `before_commit()` in the purge's transaction and `after_commit()` once it has committed.

SQLite (every connection has `PRAGMA secure_delete=ON`, store.database):
- secure_delete overwrites a deleted row with zeros where it lies, and every page a table frees.
- It does not clear a page's unallocated space: when a page splits or rebalances, SQLite moves cells to a
  neighbour and leaves their old bytes in the gap of the page they left (SQLite 3.40: about one set in
  thirty of 1000 interleaved rows of 0.1-12 KB left a name so; tests/integration/test_purge_erases.py
  keeps one). `before_commit()` therefore writes the kept rows of both tables
  anew: deleting every row frees every page (zeroed), and the kept rows go into clean pages. Any stale copy
  left is of a row still kept, and the purge that deletes it rewrites the table again. The two tables hold
  one retention period's rows, so this costs milliseconds.
- The write-ahead log keeps the old copies of every page written since it was last reset, and an old frame
  stays in the file after a reset until it is overwritten. `after_commit()` copies the log into the
  database and cuts it to zero bytes (`PRAGMA wal_checkpoint(TRUNCATE)`). The -shm file holds only an
  index of the log (page numbers, checksums), and the change feed's datagrams say only "changed".

PostgreSQL cannot zero what it deletes: a deleted row stays in its page until VACUUM marks the space free
and a later insert overwrites it, and its INSERT stays in the WAL until the segment is recycled. When the
login owns the tables (the administrator's `python main.py purge`), `after_commit()` runs VACUUM FULL on
both, which writes their live rows into new files and removes the old ones; a desk's login may not, and
leaves it to the administrator. docs/lan.md says what else an office must configure.
"""

from __future__ import annotations

import logging
from typing import Protocol

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.orm import Session

from store.tables import ApplicationChangeRow, ApplicationRow, Base

log = logging.getLogger(__name__)

PERSONAL_TABLES = tuple(
    Base.metadata.tables[row.__tablename__] for row in (ApplicationRow, ApplicationChangeRow)
)
"""Where residents' values are kept (ARCHITECTURE.md, rule 4), and so what a purge rewrites."""
_PURGED = "madoguchi_purged"


def mark_purged(session: Session) -> None:
    """This transaction deleted personal data: erase what it leaves behind when it commits."""
    session.info[_PURGED] = True


def purged(session: Session) -> bool:
    return bool(session.info.pop(_PURGED, False))


class Erasure(Protocol):
    def before_commit(self, session: Session) -> None:
        """In the purge's transaction, after its deletes."""
        ...

    def after_commit(self) -> None:
        """Once the purge has committed. Never raises: the purge is done, only its traces may remain."""
        ...


class SqliteErasure:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def before_commit(self, session: Session) -> None:
        rewrite_personal_tables(session)

    def after_commit(self) -> None:
        try:
            connection = self._engine.raw_connection()
            try:
                done = connection.dbapi_connection.checkpoint_truncate()  # type: ignore[union-attr]
            finally:
                connection.close()
        except Exception:
            log.exception("after a purge, the SQLite write-ahead log could not be cleared")
            return
        if not done:
            log.warning(
                "after a purge, a reader kept the SQLite write-ahead log from being cleared: old copies of"
                " the purged forms stay in the -wal file until the next purge or checkpoint"
            )


def rewrite_personal_tables(session: Session) -> None:
    """Delete every row of the personal tables and insert the kept ones again (SQLite: see the module)."""
    for table in PERSONAL_TABLES:
        kept = [dict(row) for row in session.execute(select(table)).mappings()]
        session.execute(delete(table))  # no WHERE: SQLite frees every page of the table and its indexes
        if kept:
            session.execute(insert(table), kept)


class PgErasure:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def before_commit(self, session: Session) -> None:
        """Nothing: VACUUM cannot run inside a transaction."""

    def after_commit(self) -> None:
        from store import postgres

        try:
            postgres.vacuum_full_if_owner(self._engine, [table.name for table in PERSONAL_TABLES])
        except Exception:
            log.exception("after a purge, VACUUM FULL of the personal tables failed")


def erasure_for(engine: Engine, *, sqlite: bool) -> Erasure:
    return SqliteErasure(engine) if sqlite else PgErasure(engine)

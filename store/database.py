"""Opening a database: the engine, its SQLite or PostgreSQL settings, migrations and the unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from store.appointment_repository import SqlAppointmentRepository
from store.casework_repository import SqlAuditLog, SqlChangeRepository, SqlClerkRepository
from store.changes import ChangeFeed, feed_directory
from store.erasure import Erasure, erasure_for, purged
from store.feed import Feed, Listener
from store.notice_repository import SqlNoticeRepository
from store.repository import SqlApplicationRepository, SqlTicketRepository
from store.sqlite_writers import WAIT_LIMIT_S, QueuedWriterConnection

_WRITE = "madoguchi_write"
_MIGRATION_LOCK = 0x6D61646F  # pg_advisory_xact_lock key: one migrating process at a time ("mado")
_INSUFFICIENT_PRIVILEGE = "42501"  # PostgreSQL's SQLSTATE for "permission denied"
BUSY_TIMEOUT_S = WAIT_LIMIT_S  # SQLite: how long a writer waits for the one before it

SCHEMA_REVISION = "0009"
"""The newest migration in store/migrations/versions (a test checks it against Alembic's head)."""


def migrations_directory() -> Path:
    return Path(__file__).parent / "migrations"


def default_database_url() -> str:
    """An SQLite file in the user data directory (~/.local/share/madoguchi on Linux)."""
    directory = platformdirs.user_data_path("madoguchi")
    return f"sqlite:///{directory / 'madoguchi.sqlite3'}"


def _configure_sqlite(engine: Engine) -> None:
    """WAL for readers beside a writer; writers queue in arrival order (store.sqlite_writers), then BEGIN
    IMMEDIATE; what a connection deletes is overwritten with zeros."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut, not only a kill
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        # Deleted rows and freed pages are zeroed, not left in free space: a purge erases (store.erasure).
        # Debian builds SQLite with SECURE_DELETE on by default; other builds (pyenv, pip) have it off.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(_WRITE, False):
            connection.connection.dbapi_connection.begin_write()
        else:
            connection.exec_driver_sql("BEGIN")


class StoreError(Exception):
    """The database cannot be used as it is; the message says what an administrator should do."""


class SqlUnitOfWork:
    """One transaction; rolls back unless committed; a committed write is announced to listeners, and a
    committed purge leaves no copy of what it deleted in the database's files (store.erasure)."""

    def __init__(self, sessions: sessionmaker[Session], feed: Feed, write: bool, erasure: Erasure) -> None:
        self._sessions = sessions
        self._feed = feed
        self._write = write
        self._erasure = erasure
        self._committed = False

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._sessions()
        self.session.begin()
        self.tickets = SqlTicketRepository(self.session, lock_rows=self._write)
        self.applications = SqlApplicationRepository(self.session, lock_rows=self._write)
        self.notices = SqlNoticeRepository(self.session)
        self.appointments = SqlAppointmentRepository(self.session, lock_rows=self._write)
        self.clerks = SqlClerkRepository(self.session)
        self.changes = SqlChangeRepository(self.session)
        self.audit = SqlAuditLog(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        offices = frozenset(self.tickets.offices | self.notices.offices)
        purge = purged(self.session)
        if purge:
            self._erasure.before_commit(self.session)
        if self._write:
            self._feed.stage(self.session, offices)
        self.session.commit()
        self._committed = True
        if self._write:
            self._feed.announce(offices)
        if purge:
            self._erasure.after_commit()


class Store:
    """A database: its engine, sessions for readers and writers, and its change feed."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        backend = self.url.get_backend_name()
        self.is_sqlite = backend == "sqlite"
        self.feed: Feed
        if self.is_sqlite:
            self._prepare_sqlite_file()
            self.engine = create_engine(
                self.url,
                connect_args={
                    "check_same_thread": False,
                    "timeout": BUSY_TIMEOUT_S,
                    "factory": QueuedWriterConnection,
                },
                pool_size=4,
            )
            _configure_sqlite(self.engine)
            self.feed = ChangeFeed(feed_directory(self.database_path))
        elif backend == "postgresql":
            from store import postgres  # psycopg is loaded only for PostgreSQL

            self.url = postgres.normalise_url(self.url)
            self.engine = postgres.create_pg_engine(self.url)
            self.feed = postgres.PgChangeFeed(self.engine)
        else:
            raise ValueError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://...")
        self._erasure = erasure_for(self.engine, sqlite=self.is_sqlite)
        self._readers = sessionmaker(self.engine, expire_on_commit=False, autobegin=False)
        self._writers = sessionmaker(
            self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False, autobegin=False
        )

    @property
    def database_path(self) -> Path:
        assert self.is_sqlite and self.url.database
        return Path(self.url.database)

    def _prepare_sqlite_file(self) -> None:
        if not self.url.database or self.url.database == ":memory:":
            raise ValueError("use an SQLite file: several processes share the queue")
        Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)

    def unit_of_work(self, *, write: bool) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._writers if write else self._readers, self.feed, write, self._erasure)

    def schema_revision(self) -> str | None:
        """The migration the database is at, or None for an empty database."""
        with self._readers() as session, session.begin():
            try:
                return session.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
            except Exception:
                return None

    def migrate(self) -> None:
        """Bring the schema to the newest revision. Writers serialise, so two starting processes are safe.

        Alembic (a fifth of a second to import) is loaded only when the schema is not current.
        """
        if self.schema_revision() == SCHEMA_REVISION:
            return
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(migrations_directory()))
        from alembic.util import CommandError

        try:
            with self._writers() as session, session.begin():
                connection = session.connection()
                if not self.is_sqlite:  # processes starting at once: the first migrates, the rest wait
                    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE:
                raise
            raise StoreError(
                f"The database schema is not at revision {SCHEMA_REVISION} and this login may not change it."
                " Ask the administrator to run `python main.py db migrate`."
            ) from exc
        except CommandError as exc:  # a revision this code does not know: the database is newer
            raise StoreError(f"{exc}: update Madoguchi on this machine (the database is newer)") from exc

    @contextmanager
    def listening(self, office: str | None = None) -> Iterator[Listener]:
        """A change listener for the life of the block: changes to `office`'s queue (None: any office)."""
        listener = self.feed.listen(office)
        try:
            yield listener
        finally:
            listener.close()

    def close(self) -> None:
        self.feed.close()
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the database at `url`, or the default SQLite file."""
    store = Store(url or default_database_url())
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store

"""Opening a database: the engine, its SQLite settings, migrations and the unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from store.changes import ChangeFeed, feed_directory
from store.repository import SqlTicketRepository

_WRITE = "madoguchi_write"

SCHEMA_REVISION = "0001"
"""The newest migration in store/migrations/versions (a test checks it against Alembic's head)."""


def migrations_directory() -> Path:
    return Path(__file__).parent / "migrations"


def default_database_url() -> str:
    """An SQLite file in the user data directory (~/.local/share/madoguchi on Linux)."""
    directory = platformdirs.user_data_path("madoguchi")
    return f"sqlite:///{directory / 'madoguchi.sqlite3'}"


def _configure_sqlite(engine: Engine) -> None:
    """WAL for readers beside a writer; BEGIN IMMEDIATE for writers so they queue instead of failing."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut, not only a kill
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class SqlUnitOfWork:
    """One transaction; rolls back unless committed; a committed write is announced to listeners."""

    def __init__(self, sessions: sessionmaker[Session], feed: ChangeFeed | None, write: bool) -> None:
        self._sessions = sessions
        self._feed = feed
        self._write = write
        self._committed = False

    def __enter__(self) -> SqlUnitOfWork:
        self.session = self._sessions()
        self.session.begin()
        self.tickets = SqlTicketRepository(self.session)
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
        self.session.commit()
        self._committed = True
        if self._write and self._feed is not None:
            self._feed.announce()


class Store:
    """A database: its engine, sessions for readers and writers, and its change feed."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            self._prepare_sqlite_file()
            self.engine = create_engine(
                self.url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=4
            )
            _configure_sqlite(self.engine)
            self.feed: ChangeFeed | None = ChangeFeed(feed_directory(self.database_path))
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
            self.feed = None
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
        return SqlUnitOfWork(self._writers if write else self._readers, self.feed, write)

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
        with self._writers() as session, session.begin():
            config.attributes["connection"] = session.connection()
            command.upgrade(config, "head")

    @contextmanager
    def listening(self) -> Iterator[Any]:
        """A change listener for the life of the block (SQLite only, for now)."""
        assert self.feed is not None, "change listening on this database is not implemented yet"
        listener = self.feed.listen()
        try:
            yield listener
        finally:
            listener.close()

    def close(self) -> None:
        if self.feed is not None:
            self.feed.close()
        self.engine.dispose()


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the database at `url`, or the default SQLite file."""
    store = Store(url or default_database_url())
    if migrate:
        store.migrate()
    return store

"""pytest plugin and bench helpers: a real PostgreSQL server in a temporary directory.

`postgres_server` (session) runs `initdb` in a fresh directory (as the `postgres` user when we are root:
initdb refuses root), starts the server on a free loopback port with password authentication, and stops
and removes it at the end. If it cannot, the test FAILS with the reason: a LAN test that silently skips
proves nothing. `pg_url` gives each test a database of its own, copied from a migrated template (a copy
is much faster than running the migrations). The bench imports the plain functions; only the fixtures
need pytest.

The server trades durability against an OS crash for speed (`fsync=off`); a crash or restart of the
server itself still loses nothing that was committed, which is what the restart tests check.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUPERUSER = "postgres"
TEMPLATE = "madoguchi_template"
START_TIMEOUT_S = 30
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "200",
    "shared_buffers": "32MB",
    "log_min_messages": "warning",
}
FAST_SETTINGS = {"fsync": "off", "full_page_writes": "off"}  # tests: safe against a server crash only


class PostgresSetupError(RuntimeError):
    """The test server could not be brought up; the message says what to install or check."""


def find_bindir() -> Path:
    """The server binaries: $MADOGUCHI_PG_BINDIR, else the newest /usr/lib/postgresql/N/bin, else PATH.

    Debian 12 installs PostgreSQL 15 and Ubuntu 24.04 PostgreSQL 16 (package `postgresql`), each under
    /usr/lib/postgresql/<version>/bin and not on PATH.
    """
    if env := os.environ.get("MADOGUCHI_PG_BINDIR"):
        if not (Path(env) / "initdb").exists():
            raise PostgresSetupError(f"MADOGUCHI_PG_BINDIR={env} has no initdb")
        return Path(env)
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if versions:
        return versions[-1].parent
    if found := shutil.which("initdb"):
        return Path(found).parent
    raise PostgresSetupError("initdb not found: apt-get install postgresql (see deps/apt-test.txt)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(argv: list[str]) -> list[str]:
    return ["runuser", "-u", SUPERUSER, "--", *argv] if os.geteuid() == 0 else argv


@dataclass
class PostgresServer:
    """A running test server: its directory (data, socket, log), port and superuser password."""

    bindir: Path
    directory: Path
    port: int
    password: str = field(repr=False)
    host: str = "127.0.0.1"
    _names: Iterator[int] = field(default_factory=itertools.count, repr=False)

    @property
    def data(self) -> Path:
        return self.directory / "data"

    @property
    def log(self) -> Path:
        return self.directory / "server.log"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql+psycopg://{user}:{secret}@{self.host}:{self.port}/{database}"

    def conninfo(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """The same address for psycopg.connect()."""
        return self.url(database, user, password).replace("postgresql+psycopg://", "postgresql://")

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = [str(self.bindir / "pg_ctl"), "-D", str(self.data), *args]
        done = subprocess.run(_as_server_user(argv), capture_output=True, text=True, timeout=60, check=False)
        if check and done.returncode != 0:
            said = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise PostgresSetupError(f"pg_ctl {' '.join(args)} failed: {done.stderr.strip()}\n{said}")
        return done

    def start(self) -> None:
        options = f"-k {self.directory} -p {self.port}"
        self.pg_ctl("-o", options, "-l", str(self.log), "-w", "-t", str(START_TIMEOUT_S), "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: `fast` as an administrator would, `immediate` as a crash would."""
        self.pg_ctl("-m", mode, "-w", "stop")

    def execute(self, *statements: str, database: str = "postgres") -> None:
        """Run statements as the superuser, each in its own transaction (CREATE DATABASE needs that)."""
        import psycopg

        with psycopg.connect(self.conninfo(database), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self, *, migrated: bool = True) -> str:
        """A fresh database (migrated: a copy of the template); returns its SQLAlchemy URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        template = f" TEMPLATE {TEMPLATE}" if migrated else ""
        self.execute(f"CREATE DATABASE {name}{template}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


def init_server(directory: Path, bindir: Path, *, durable: bool = False) -> PostgresServer:
    """initdb in `directory`/data with a random superuser password; the server is not started.

    `durable` keeps PostgreSQL's own fsync settings (for benchmarks that should count the disk).
    """
    server = PostgresServer(bindir, directory, free_port(), secrets.token_hex(12))
    password_file = directory / "password"
    password_file.write_text(server.password)
    if os.geteuid() == 0:
        shutil.chown(directory, SUPERUSER)
        shutil.chown(password_file, SUPERUSER)
    argv = [str(bindir / "initdb"), "-D", str(server.data), "-U", SUPERUSER, "--pwfile", str(password_file)]
    argv += ["-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]
    done = subprocess.run(_as_server_user(argv), capture_output=True, text=True, timeout=120, check=False)
    password_file.unlink()
    if done.returncode != 0:
        raise PostgresSetupError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
    settings = SERVER_SETTINGS if durable else {**SERVER_SETTINGS, **FAST_SETTINGS}
    with (server.data / "postgresql.conf").open("a") as conf:
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
    return server


def make_template(server: PostgresServer) -> None:
    """The migrated database every test database is copied from."""
    from store import open_store

    server.execute(f"CREATE DATABASE {TEMPLATE}")
    open_store(server.url(TEMPLATE)).close()


@contextlib.contextmanager
def running_postgres(*, template: bool = True, durable: bool = False) -> Iterator[PostgresServer]:
    """A fresh server for the block (with a migrated template database), stopped and removed afterwards."""
    bindir = find_bindir()
    if os.geteuid() == 0:
        _check_server_user()
    directory = Path(tempfile.mkdtemp(prefix="madoguchi-pg-"))
    try:
        server = _start_on_a_free_port(init_server(directory, bindir, durable=durable))
        try:
            if template:
                make_template(server)
            yield server
        finally:
            server.pg_ctl("-m", "immediate", "stop", check=False)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _check_server_user() -> None:
    """As root, initdb and the server run as `postgres` (the package creates that user) via runuser."""
    try:
        pwd.getpwnam(SUPERUSER)
    except KeyError:
        raise PostgresSetupError(f"no {SUPERUSER} user: apt-get install postgresql creates it") from None
    if shutil.which("runuser") is None:
        raise PostgresSetupError("runuser not found (util-linux): needed to run initdb as postgres")


def _start_on_a_free_port(server: PostgresServer) -> PostgresServer:
    for attempt in range(3):  # another process may take the port between probing and starting
        try:
            server.start()
            return server
        except PostgresSetupError:
            if attempt == 2:
                raise
            server.port = free_port()
            time.sleep(0.2)
    raise AssertionError("unreachable")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs the PostgreSQL server the test setup starts")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A running PostgreSQL server for the test session; FAILS the test if it cannot start."""
    try:
        with running_postgres() as server:
            yield server
    except PostgresSetupError as error:
        pytest.fail(f"a real PostgreSQL server is needed for this test: {error}", pytrace=False)


@pytest.fixture
def pg_database(postgres_server: PostgresServer) -> Iterator[Callable[..., str]]:
    """`pg_database()` -> the URL of a fresh migrated database (`migrated=False`: an empty one)."""
    created: list[str] = []

    def new(*, migrated: bool = True) -> str:
        created.append(postgres_server.new_database(migrated=migrated))
        return created[-1]

    yield new
    for url in created:
        postgres_server.drop_database(url)


@pytest.fixture
def pg_url(pg_database: Callable[..., str]) -> str:
    """A fresh migrated database for this test, as the superuser (the administrator)."""
    return pg_database()

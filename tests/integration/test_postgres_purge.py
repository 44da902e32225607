"""What a purge leaves on PostgreSQL (docs/lan.md, *After a purge*): the administrator's purge rewrites the
personal tables (VACUUM FULL), so their files hold no purged value, while the WAL still does until its
segments are recycled; a desk's purge deletes the rows and leaves the rewrite to the administrator."""

# ruff: noqa: F811  (the role fixtures of test_postgres_roles are imported, then named as arguments)
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from forms import Catalog
from settings import OfficeConfig
from store import Store
from tests.helpers.casework import CLERK, PASSWORD, juminhyo, make_casework
from tests.helpers.postgres import PostgresServer
from tests.integration.test_postgres import office_queue
from tests.integration.test_postgres_roles import Login, login, opened, roles_url, run_as  # noqa: F401
from tests.integration.test_purge_erases import PHONE, READING, TODOROKI

pytestmark = pytest.mark.postgres
MARK = "玉之浦町大宝".encode()


@pytest.fixture
def database_url(pg_url: str) -> str:
    return pg_url


def files_of(server: PostgresServer, url: str, table: str) -> list[Path]:
    """The table's data file and its TOAST table's, after a CHECKPOINT has written them out."""
    rows = run_as(
        url,
        "SELECT pg_relation_filepath(c.oid), pg_relation_filepath(NULLIF(c.reltoastrelid, 0))"
        f" FROM pg_class c WHERE c.oid = '{table}'::regclass",
    )
    run_as(url, "CHECKPOINT")
    return [server.data / path for path in rows[0] if path is not None]


def copies(paths: list[Path]) -> int:
    return sum(path.read_bytes().count(MARK) for path in paths if path.exists())


def wal_copies(server: PostgresServer) -> int:
    return sum(path.read_bytes().count(MARK) for path in (server.data / "pg_wal").glob("0*"))


def test_the_administrators_purge_rewrites_the_tables_and_the_wal_still_holds_the_values(
    postgres_server: PostgresServer,
    roles_url: str,
    config: OfficeConfig,
    opened: Callable[[str], Store],
    form_catalog: Catalog,
) -> None:
    store = opened(roles_url)
    queue = office_queue(store, config, "main")
    casework = make_casework(store, queue, form_catalog)
    clerk = casework.clerks.create(*CLERK, PASSWORD)
    form = juminhyo(form_catalog, TODOROKI, **{"visitor.name_reading": READING, "visitor.phone": PHONE})
    tickets = [queue.issue("A", applications=[form]).ticket for _ in range(5)]
    [case] = casework.applications_for(tickets[0].id, clerk)
    casework.correct(case.id, "visitor.address", "長崎県五島市玉之浦町大宝字鵜渡瀬３３４番地", clerk)
    before = files_of(postgres_server, roles_url, "applications")
    assert copies(before) >= 5
    result = casework.purge(tickets[-1].issued_at + timedelta(days=2))
    assert result.applications == 5 and result.changes >= 1
    after = files_of(postgres_server, roles_url, "applications")
    assert after != before, "VACUUM FULL gives the table a new file"
    assert copies(after) == 0 and not any(path.exists() for path in before)
    assert copies(files_of(postgres_server, roles_url, "application_changes")) == 0
    assert run_as(roles_url, "SELECT pg_relation_size('applications')") == [(0,)]
    assert wal_copies(postgres_server) > 0  # what docs/lan.md tells an office to plan for


def test_a_desks_purge_deletes_and_leaves_the_rewrite_to_the_administrator(
    postgres_server: PostgresServer,
    roles_url: str,
    login: Login,
    config: OfficeConfig,
    opened: Callable[[str], Store],
    form_catalog: Catalog,
) -> None:
    admin_store = opened(roles_url)
    ticket = (
        office_queue(admin_store, config, "main").issue("A", applications=[juminhyo(form_catalog)]).ticket
    )
    before = files_of(postgres_server, roles_url, "applications")
    _, url = login("desk")
    desk_store = opened(url)
    desk = make_casework(desk_store, office_queue(desk_store, config, "main"), form_catalog)
    assert desk.purge(ticket.issued_at + timedelta(days=2)).applications == 1
    assert run_as(roles_url, "SELECT count(*) FROM applications") == [(0,)]
    assert files_of(postgres_server, roles_url, "applications") == before  # not the desk's to rewrite

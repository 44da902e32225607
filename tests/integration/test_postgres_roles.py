"""Least privilege on PostgreSQL: `db init|migrate|grant` and what each machine's login may do."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest

from queueing.model import TicketState
from queueing.notices import NoticeBoard
from settings import OfficeConfig
from store import Store, open_store
from tests.conftest import REPO
from tests.helpers.postgres import PostgresServer
from tests.integration.test_postgres import office_queue

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url(pg_url: str) -> str:
    return pg_url


@pytest.fixture
def roles_url(database_url: str) -> Iterator[str]:
    """This test's database after `db init`, as the administrator."""
    from store.commands import main

    assert main(["--db", database_url, "init"]) == 0
    yield database_url


Login = Callable[[str], tuple[str, str]]


@pytest.fixture
def login(postgres_server: PostgresServer, roles_url: str, monkeypatch: pytest.MonkeyPatch) -> Login:
    """`login(kind)`: a new login role of `kind` made with `db grant`; returns (its name, its URL)."""
    from store.commands import main

    def make(kind: str) -> tuple[str, str]:
        name = f"{kind}_{time.monotonic_ns() % 10**9}"
        secret = f"pw-{name}"
        monkeypatch.setenv("MADOGUCHI_DB_PASSWORD", secret)
        assert main(["--db", roles_url, "grant", kind, name]) == 0
        return name, postgres_server.url(roles_url.rsplit("/", 1)[1], name, secret)

    return make


def run_as(url: str, statement: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url.replace("+psycopg", "")) as connection:
        cursor = connection.execute(statement)  # type: ignore[arg-type]
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def opened() -> Iterator[Callable[[str], Store]]:
    """`opened(url)` -> an open store, closed after the test."""
    stores: list[Store] = []

    def open_one(url: str) -> Store:
        stores.append(open_store(url))
        return stores[-1]

    yield open_one
    for store in stores:
        store.close()


def test_db_init_and_grant_on_the_command_line_never_print_the_password(
    postgres_server: PostgresServer, database_url: str
) -> None:
    secret = "s3cret-窓口-パスワード"
    command = [sys.executable, "-m", "store.commands", "--db", database_url]
    env = {"MADOGUCHI_DB_PASSWORD": secret, "PATH": "/usr/bin:/bin"}
    init = subprocess.run([*command, "init"], cwd=REPO, capture_output=True, text=True, env=env, check=False)
    grant = subprocess.run(
        [*command, "grant", "kiosk", "kiosk_cli"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (init.returncode, grant.returncode) == (0, 0), init.stderr + grant.stderr
    assert "madoguchi_display: created" in init.stdout or "madoguchi_display: exists" in init.stdout
    assert "login role kiosk_cli: created, member of madoguchi_kiosk" in grant.stdout
    for said in (init.stdout, init.stderr, grant.stdout, grant.stderr):
        assert secret not in said
    database = database_url.rsplit("/", 1)[1]
    stored = run_as(
        postgres_server.url(database), "SELECT rolpassword FROM pg_authid WHERE rolname = 'kiosk_cli'"
    )
    assert stored[0][0].startswith("SCRAM-SHA-256$")  # hashed before it left the command
    assert run_as(postgres_server.url(database, "kiosk_cli", secret), "SELECT 1") == [(1,)]
    with pytest.raises(psycopg.OperationalError):
        run_as(postgres_server.url(database, "kiosk_cli", "wrong"), "SELECT 1")


def test_a_display_reads_only_the_queue_board(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    admin = office_queue(opened(roles_url), config, "main")
    admin.issue("A")
    _, url = login("display")
    for table in ("tickets", "ticket_sequences"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            run_as(url, f"SELECT * FROM {table}")
    assert len(run_as(url, "SELECT * FROM queue_board")) == 1
    assert "id" not in board_columns(url)
    display = opened(url)
    queue = office_queue(display, config, "main")
    assert queue.snapshot().waiting_total == 1
    with pytest.raises(Exception, match="permission denied"):
        queue.issue("A")
    with display.listening() as listener:
        admin.issue("B")
        assert listener.wait(5)


def test_a_display_reads_the_notices_and_the_call_history_but_only_a_desk_sets_notices(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    admin = office_queue(opened(roles_url), config, "main")
    admin.issue("A")
    admin.call_next(1)
    _, desk_url = login("desk")
    desk = NoticeBoard(office_code="main", uow=opened(desk_url).unit_of_work, clock=admin.clock)
    posted = desk.post("本日は16時30分までです")
    _, url = login("display")
    display = opened(url)
    snapshot = office_queue(display, config, "main").snapshot()
    assert [notice.text for notice in snapshot.notices] == [posted.text]
    assert [(row.counter, [call.label for call in row.calls]) for row in snapshot.counter_calls] == [
        (1, ["A-001"])
    ]
    with pytest.raises(Exception, match="permission denied"):
        NoticeBoard(office_code="main", uow=display.unit_of_work, clock=admin.clock).post("表示機から")
    _, kiosk_url = login("kiosk")
    for who in (url, kiosk_url):
        assert run_as(who, "SELECT text FROM notices") == [(posted.text,)]
        for statement in (
            "DELETE FROM notices", "UPDATE notices SET text = 'x'",
            "INSERT INTO notices (id, office, text, created_at) VALUES ('x', 'main', 'x', now())",
        ):  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                run_as(who, statement)


def board_columns(url: str) -> set[str]:
    rows = run_as(url, "SELECT column_name FROM information_schema.columns WHERE table_name = 'queue_board'")
    return {name for (name,) in rows}


def test_a_kiosk_issues_and_marks_unprinted_but_calls_finishes_and_deletes_nothing(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    _, url = login("kiosk")
    queue = office_queue(opened(url), config, "main")
    issued = queue.issue("A")
    assert (issued.ticket.label, issued.people_ahead) == ("A-001", 0)
    queue.mark_unprinted(issued.ticket.id)
    assert run_as(roles_url, "SELECT step, service_code, outcome FROM ticket_steps") == [(0, "A", None)]
    for statement in (
        "UPDATE tickets SET state = 'done'", "DELETE FROM tickets", "TRUNCATE tickets",
        "SELECT * FROM ticket_steps", "UPDATE ticket_steps SET outcome = 'done'",
    ):  # fmt: skip
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            run_as(url, statement)
    with pytest.raises(Exception, match="permission denied"):
        queue.call_next(1)  # calling is a desk's job


def test_a_kiosk_puts_a_no_show_back_in_line_and_no_other_ticket_or_step_changes(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    from queueing.services import Standing
    from queueing.ticket_codes import ticket_qr

    _, desk_url = login("desk")
    _, kiosk_url = login("kiosk")
    desk, kiosk = (office_queue(opened(url), config, "main") for url in (desk_url, kiosk_url))
    missed, called = kiosk.issue("A").ticket, kiosk.issue("A").ticket
    desk.call_next(1), desk.no_show(1), desk.call_next(1)
    refused = (
        "UPDATE tickets SET state = 'done'", "UPDATE tickets SET state = 'waiting', counter = NULL",
        "UPDATE tickets SET recalls = 0", "UPDATE ticket_steps SET outcome = 'done'",
        f"UPDATE ticket_steps SET closed_at = now(), outcome = 'done' WHERE ticket_id = '{called.id}'",
    )  # fmt: skip
    for statement in refused:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="a kiosk may only"):
            run_as(kiosk_url, statement)

    assert kiosk.come_back(ticket_qr(missed.id)).standing is Standing.RETURNED
    assert kiosk.come_back(called.label).standing is Standing.CALLED

    states = "SELECT sequence, state, counter FROM tickets ORDER BY sequence"
    assert run_as(roles_url, states) == [(1, "waiting", None), (2, "called", 1)]
    assert run_as(roles_url, "SELECT step, outcome, closed_at FROM ticket_steps WHERE sequence = 1") == [
        (0, None, None)
    ]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        run_as(kiosk_url, "SELECT outcome FROM ticket_steps")  # it still reads no step log


def test_a_desk_calls_and_finishes_but_issues_nothing(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    office_queue(opened(roles_url), config, "main").issue("A")
    _, url = login("desk")
    queue = office_queue(opened(url), config, "main")
    assert queue.call_next(1).label == "A-001"  # type: ignore[union-attr]
    assert queue.finish(1).state is TicketState.DONE
    assert run_as(roles_url, "SELECT outcome, counter FROM ticket_steps") == [("done", 1)]  # the step log too
    with pytest.raises(Exception, match="permission denied"):
        queue.issue("A")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        run_as(url, "DELETE FROM tickets")


def test_grant_moves_a_login_to_another_group_and_refuses_administrators(
    roles_url: str, login: Login
) -> None:
    from store.commands import main

    name, url = login("desk")
    assert main(["--db", roles_url, "grant", "display", name]) == 0  # same password from the environment
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        run_as(url, "SELECT * FROM tickets")
    assert main(["--db", roles_url, "grant", "display", "postgres"]) == 1
    assert main(["--db", roles_url, "grant", "display", "madoguchi_desk"]) == 1


def test_every_table_and_view_has_declared_privileges_and_personal_data_stays_closed(roles_url: str) -> None:
    from store.roles import PERSONAL_DATA, PRIVILEGES

    rows = run_as(roles_url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
    assert {name for (name,) in rows} == set(PRIVILEGES)
    for table in PERSONAL_DATA:
        assert "display" not in PRIVILEGES[table]
        assert "SELECT" not in PRIVILEGES[table].get("kiosk", "")


def test_a_role_that_may_not_migrate_is_told_to_ask_for_db_migrate(roles_url: str, login: Login) -> None:
    from store.database import StoreError

    _, url = login("kiosk")
    run_as(
        roles_url,
        "DROP VIEW service_durations, queue_board; DROP TABLE tickets, ticket_sequences, alembic_version",
    )
    with pytest.raises(StoreError, match="db migrate"):
        open_store(url)


def test_a_database_newer_than_this_machine_is_refused_with_a_clear_message(database_url: str) -> None:
    from store.database import StoreError

    run_as(database_url, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="update Madoguchi on this machine"):
        open_store(database_url)


def test_a_desk_imports_appointments_and_a_kiosk_checks_one_in_once(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    from datetime import datetime

    from queueing.appointment_service import AppointmentService
    from queueing.appointments import Appointment, Refusal

    def appointments(url: str) -> AppointmentService:
        store = opened(url)
        return AppointmentService(office_queue(store, config, "main"), store.unit_of_work)

    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    kiosk, desk = appointments(login("kiosk")[1]), appointments(login("desk")[1])
    with pytest.raises(Exception, match="permission denied"):
        kiosk.import_appointments([Appointment("R-0001", "A", now)])
    assert desk.import_appointments([Appointment("R-0001", "A", now)]).added == ("R-0001",)
    issued = kiosk.check_in("r0001").issued
    assert issued is not None and issued.ticket.appointment_at == now
    again = kiosk.check_in("R-0001")
    assert (again.refusal, again.ticket_label) == (Refusal.CHECKED_IN, issued.ticket.label)
    assert [e.ticket_label for e in desk.on_day(desk.today())] == [issued.ticket.label]


# --- the desk's 元に戻す and logout, the kiosk's two kinds of missing paper (migration 0009) -----------
def test_a_desk_login_undoes_a_routed_finish_and_gives_a_ticket_back_to_the_line(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    office_queue(opened(roles_url), config, "main").issue(["A", "E"])
    _, url = login("desk")
    queue = office_queue(opened(url), config, "main")
    before = queue.call_next(1)
    assert before is not None
    queue.undo(before, queue.finish(1))  # the 国保 step it opened is deleted again
    assert run_as(roles_url, "SELECT step, outcome FROM ticket_steps") == [(0, None)]
    assert queue.return_to_line(1) is not None
    assert run_as(roles_url, "SELECT state, counter FROM tickets") == [("waiting", None)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        run_as(url, "DELETE FROM tickets")


def test_a_kiosk_login_records_whether_its_printer_failed_or_is_not_there(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store]
) -> None:
    _, url = login("kiosk")
    queue = office_queue(opened(url), config, "main")
    no_printer, jammed = queue.issue("A").ticket, queue.issue("A").ticket
    queue.mark_unprinted(no_printer.id, failed=False)
    queue.mark_unprinted(jammed.id)
    paper = "SELECT sequence, printed, print_failed FROM tickets ORDER BY sequence"
    assert run_as(roles_url, paper) == [(1, False, False), (2, False, True)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        run_as(url, "DELETE FROM ticket_steps")

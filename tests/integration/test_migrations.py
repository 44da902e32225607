"""The schema the migrations build is the schema the code declares."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from store.database import SCHEMA_REVISION, Store, migrations_directory, open_store
from store.tables import Base


def test_the_code_knows_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_directory()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


def test_migrating_an_empty_database_creates_every_declared_table_and_index(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        inspector = inspect(store.engine)
        for table in Base.metadata.sorted_tables:
            assert set(inspector.get_table_names()) >= {table.name}
            assert {c["name"] for c in inspector.get_columns(table.name)} == set(table.columns.keys())
            declared = {index.name for index in table.indexes}
            assert {index["name"] for index in inspector.get_indexes(table.name)} == declared
        assert store.schema_revision() == SCHEMA_REVISION
    finally:
        store.close()


def test_opening_twice_does_not_migrate_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    open_store(url).close()
    again = Store(url)
    try:
        assert again.schema_revision() == SCHEMA_REVISION
    finally:
        again.close()


# --- 0006: the step log, backfilled from the tickets of 0005 ----------------------------------------------

_TICKETS_0005 = (  # id, route, step, state, issued, called, counter, recalls, closed (naive UTC)
    ("waiting", "A", 0, "waiting", "2026-11-24 00:00:00", None, None, 0, None),
    ("done", "A", 0, "done", "2026-11-24 00:01:00", "2026-11-24 00:11:00", 1, 1, "2026-11-24 00:16:00"),
    ("routed", "B,E", 1, "done", "2026-11-24 00:02:00", "2026-11-24 00:30:00", 4, 0, "2026-11-24 00:36:00"),
    ("gone", "A", 0, "no_show", "2026-11-24 00:03:00", "2026-11-24 00:20:00", 2, 3, "2026-11-24 00:25:00"),
    ("held", "D", 0, "held", "2026-11-24 00:04:00", "2026-11-24 00:21:00", None, 0, None),
)


def migrate_to(url: str, revision: str) -> None:
    """Bring the database at `url` to `revision`, as Store.migrate brings it to the newest."""
    from alembic import command
    from sqlalchemy import create_engine

    config = Config()
    config.set_main_option("script_location", str(migrations_directory()))
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("pg_database")(migrated=False))
    return f"sqlite:///{tmp_path / 'old.sqlite3'}"


def test_0006_backfills_each_tickets_current_step_and_learns_durations_from_the_step_log(
    empty_url: str,
) -> None:
    from store.statistics import finished_steps
    from store.tables import TicketStepRow as Step
    from store.tables import service_durations

    migrate_to(empty_url, "0005")
    store = Store(empty_url)
    try:
        with store.unit_of_work(write=True) as uow:
            for row in _TICKETS_0005:
                uow.session.execute(
                    text(
                        "INSERT INTO tickets (id, office, business_date, service_code, number_service, route,"
                        " step, priority, prefix, sequence, state, issued_at, called_at, counter, recalls,"
                        " closed_at, printed) VALUES (:id, 'main', '2026-11-24', :code, :first, :route,"
                        " :step, false, :first, :sequence, :state, :issued, :called, :counter, :recalls,"
                        " :closed, true)"
                    ),
                    _ticket_parameters(row, sequence=_TICKETS_0005.index(row) + 1),
                )
            uow.commit()
        store.migrate()
        with store.unit_of_work(write=False) as uow:
            steps = uow.session.execute(
                select(Step.ticket_id, Step.step, Step.service_code, Step.entered_at, Step.first_called_at)
                .add_columns(Step.recalls, Step.outcome)
                .order_by(Step.ticket_id)
            ).all()
            durations = uow.session.execute(select(service_durations.c.service_code)).all()
        records = {
            r.sequence: r for r in finished_steps(store, "main", date(2026, 11, 24), date(2026, 11, 24))
        }
    finally:
        store.close()
    at = {row[0]: datetime.fromisoformat(row[4]) for row in _TICKETS_0005}
    called = {row[0]: row[5] and datetime.fromisoformat(row[5]) for row in _TICKETS_0005}
    assert [tuple(row) for row in steps] == [
        ("done", 0, "A", at["done"], called["done"], 1, "done"),
        ("gone", 0, "A", at["gone"], called["gone"], 3, "no_show"),
        ("held", 0, "D", at["held"], called["held"], 0, None),
        ("routed", 1, "E", None, called["routed"], 0, "done"),  # joined E's line when? not known
        ("waiting", 0, "A", at["waiting"], None, 0, None),
    ]
    assert sorted(code for (code,) in durations) == ["A", "E"]  # done steps with a call and an end
    assert records[2].wait_s == 10 * 60 and records[3].wait_s is None  # not guessed from the issue time
    assert records[3].service_s == 6 * 60


def _ticket_parameters(row: tuple[object, ...], sequence: int) -> dict[str, object]:
    ticket_id, route, step, state, issued, called, counter, recalls, closed = row
    codes = str(route).split(",")
    return {
        "id": ticket_id, "code": codes[int(str(step))], "first": codes[0], "route": route, "step": step,
        "sequence": sequence, "state": state, "issued": _moment(issued), "called": _moment(called),
        "counter": counter, "recalls": recalls, "closed": _moment(closed),
    }  # fmt: skip


def _moment(written: object) -> datetime | None:
    return None if written is None else datetime.fromisoformat(str(written))


# --- 0008: 違うところがある, on the tickets and forms of 0007 ----------------------------------------------


def test_0008_keeps_the_tickets_and_forms_of_0007_and_flags_none_of_them(empty_url: str) -> None:
    from bootstrap import make_queue
    from queueing.model import CorrectionRequest
    from settings import load_config
    from tests.helpers.clock import FakeClock

    migrate_to(empty_url, "0007")
    store = Store(empty_url)
    try:
        with store.unit_of_work(write=True) as uow:
            uow.session.execute(
                text(
                    "INSERT INTO tickets (id, office, business_date, service_code, number_service, route,"
                    " step, priority, prefix, sequence, state, issued_at, recalls, printed) VALUES ('old',"
                    " 'main', '2026-12-07', 'A', 'A', 'A', 0, false, 'A', 1, 'waiting', :at, 0, true)"
                ),
                {"at": datetime(2026, 12, 7, 0, 0)},
            )
            uow.session.execute(
                text(
                    "INSERT INTO applications (id, ticket_id, form_id, data, created_at, keep_until) VALUES"
                    " ('form', 'old', 'juminhyo', '{\"form_id\": \"juminhyo\"}', :at, :at)"
                ),
                {"at": datetime(2026, 12, 7, 0, 0)},
            )
            uow.commit()
        store.migrate()
        assert store.schema_revision() == SCHEMA_REVISION
        with store.unit_of_work(write=False) as uow:
            old = uow.tickets.get("old")
            assert old is not None and old.label == "A-001" and not old.correction_requested
            assert uow.applications.for_ticket("old") == [("form", {"form_id": "juminhyo"})]
            assert uow.applications.flagged("old") == {}
        queue = make_queue(load_config(), store.unit_of_work, FakeClock())
        correction = CorrectionRequest({"juminhyo": ("visitor.name",)})
        new = queue.issue("A", applications=[{"form_id": "juminhyo"}], correction=correction).ticket
        with store.unit_of_work(write=False) as uow:
            [(form_id, _)] = uow.applications.for_ticket(new.id)
            assert uow.applications.flagged(new.id) == {form_id: ("visitor.name",)}
            assert uow.tickets.get(new.id).correction_requested  # type: ignore[union-attr]
    finally:
        store.close()


# --- 0009: a ticket printer that is not there is not a failure -----------------------------------------


def test_0009_keeps_the_tickets_without_paper_as_failures_and_tells_new_ones_apart(empty_url: str) -> None:
    from bootstrap import make_queue
    from settings import load_config
    from tests.helpers.clock import FakeClock

    migrate_to(empty_url, "0008")
    store = Store(empty_url)
    try:
        with store.unit_of_work(write=True) as uow:
            for sequence, printed in ((1, "true"), (2, "false")):
                uow.session.execute(
                    text(
                        "INSERT INTO tickets (id, office, business_date, service_code, number_service, route,"
                        " step, priority, prefix, sequence, state, issued_at, recalls, printed,"
                        f" correction_requested) VALUES ('old{sequence}', 'main', '2026-12-07', 'A', 'A',"
                        f" 'A', 0, false, 'A', {sequence}, 'waiting', :at, 0, {printed}, false)"
                    ),
                    {"at": datetime(2026, 12, 7, 0, 0)},
                )
            uow.commit()
        store.migrate()
        assert store.schema_revision() == SCHEMA_REVISION
        with store.unit_of_work(write=False) as uow:
            paper, none = uow.tickets.get("old1"), uow.tickets.get("old2")
            assert paper is not None and paper.printed and not paper.print_failed
            assert none is not None and not none.printed and none.print_failed  # as the desk showed it
        queue = make_queue(load_config(), store.unit_of_work, FakeClock())
        no_printer, jammed = queue.issue("A").ticket, queue.issue("A").ticket
        queue.mark_unprinted(no_printer.id, failed=False)
        queue.mark_unprinted(jammed.id)
        with store.unit_of_work(write=False) as uow:
            stored = [uow.tickets.get(ticket.id) for ticket in (no_printer, jammed)]
            assert [(t.printed, t.print_failed) for t in stored if t] == [(False, False), (False, True)]
    finally:
        store.close()

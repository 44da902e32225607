"""Least privilege for personal data on PostgreSQL: a desk reads, corrects and purges residents' forms and
appends to the audit log it cannot read; a kiosk and a display read none of it."""

# ruff: noqa: F811  (the role fixtures of test_postgres_roles are imported, then named as arguments)
from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest

from casework import Clerk
from forms import Catalog
from queueing.model import CorrectionRequest
from settings import OfficeConfig
from store import Store
from tests.helpers.casework import CLERK, PASSWORD, audit_rows, juminhyo, make_casework
from tests.integration.test_postgres import office_queue
from tests.integration.test_postgres_roles import Login, login, opened, roles_url, run_as  # noqa: F401

pytestmark = pytest.mark.postgres
PERSONAL = ("applications", "application_changes", "clerks")


@pytest.fixture
def database_url(pg_url: str) -> str:
    return pg_url


def test_a_desk_reads_and_corrects_forms_and_appends_to_an_audit_it_cannot_read(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store], form_catalog: Catalog
) -> None:
    admin_store = opened(roles_url)
    admin_queue = office_queue(admin_store, config, "main")
    make_casework(admin_store, admin_queue, form_catalog).clerks.create(
        *CLERK, PASSWORD
    )  # the administrator's
    ticket = admin_queue.issue("A", applications=[juminhyo(form_catalog)]).ticket
    _, url = login("desk")
    desk_store = opened(url)
    desk = make_casework(desk_store, office_queue(desk_store, config, "main"), form_catalog)
    clerk = desk.clerks.verify(CLERK[0], PASSWORD)
    [case] = desk.applications_for(ticket.id, clerk)
    assert desk.correct(case.id, "visitor.name", "𠮷川　髙美", clerk).changes[0].new == "𠮷川　髙美"
    desk.clerks.change_password(CLERK[0], PASSWORD, "another password")
    assert [row["action"] for row in audit_rows(admin_store)] == ["view", "correct", "correct"]
    for statement in (
        "SELECT * FROM audit_log",
        "UPDATE audit_log SET clerk_login = 'x'",
        "DELETE FROM audit_log",
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            run_as(url, statement)
    with pytest.raises(Exception, match="permission denied"):
        desk.clerks.create("intruder", "侵入者", PASSWORD)  # accounts are the administrator's


def test_a_desk_purges_expired_forms_with_their_changes(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store], form_catalog: Catalog
) -> None:
    from datetime import timedelta

    admin_store = opened(roles_url)
    admin_queue = office_queue(admin_store, config, "main")
    ticket = admin_queue.issue("A", applications=[juminhyo(form_catalog)]).ticket
    _, url = login("desk")
    desk_store = opened(url)
    desk = make_casework(desk_store, office_queue(desk_store, config, "main"), form_catalog)
    [case] = desk.applications_for(ticket.id, Clerk(*CLERK))
    desk.correct(case.id, "visitor.phone", "0155-62-9999", Clerk(*CLERK))
    purged = desk.purge(ticket.issued_at + timedelta(days=2))
    assert (purged.applications, purged.changes) == (1, 1)
    assert run_as(roles_url, "SELECT count(*) FROM applications") == [(0,)]
    assert run_as(roles_url, "SELECT count(*) FROM audit_log") == [(2,)]


@pytest.mark.parametrize("kind", ["kiosk", "display"])
def test_kiosks_and_displays_read_no_personal_data(
    kind: str,
    roles_url: str,
    login: Login,
    config: OfficeConfig,
    opened: Callable[[str], Store],
    form_catalog: Catalog,
) -> None:
    admin_store = opened(roles_url)
    office_queue(admin_store, config, "main").issue("A", applications=[juminhyo(form_catalog)])
    _, url = login(kind)
    for table in (*PERSONAL, "audit_log"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            run_as(url, f"SELECT * FROM {table}")
    for statement in ("DELETE FROM applications", "INSERT INTO audit_log (id) VALUES ('x')"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            run_as(url, statement)


def test_a_kiosk_records_a_correction_request_a_desk_reads_it_and_a_display_sees_none_of_it(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store], form_catalog: Catalog
) -> None:
    admin_store = opened(roles_url)
    make_casework(admin_store, office_queue(admin_store, config, "main"), form_catalog).clerks.create(
        *CLERK, PASSWORD
    )
    _, kiosk_url = login("kiosk")
    correction = CorrectionRequest({"juminhyo": ("visitor.name", "subject.name")})
    kiosk = office_queue(opened(kiosk_url), config, "main")
    ticket = kiosk.issue("A", applications=[juminhyo(form_catalog)], correction=correction).ticket
    _, desk_url = login("desk")
    desk_store = opened(desk_url)
    desk_queue = office_queue(desk_store, config, "main")
    assert [t.correction_requested for t in desk_queue.waiting_for(1)] == [True]
    desk = make_casework(desk_store, desk_queue, form_catalog)
    [case] = desk.applications_for(ticket.id, desk.clerks.verify(CLERK[0], PASSWORD))
    assert case.flagged == ("visitor.name", "subject.name")
    entries = [(r["action"], r["application_id"], r["field"]) for r in audit_rows(admin_store)]
    asked = [("correction_asked", case.id, person) for person in ("visitor", "subject")]
    assert entries == [("view", case.id, None), *asked]  # which form and person, never a value
    _, display_url = login("display")
    for statement in ("SELECT correction_requested FROM tickets", "SELECT flagged_boxes FROM applications"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            run_as(display_url, statement)


def test_a_kiosk_still_saves_forms_with_its_tickets(
    roles_url: str, login: Login, config: OfficeConfig, opened: Callable[[str], Store], form_catalog: Catalog
) -> None:
    _, url = login("kiosk")
    office_queue(opened(url), config, "main").issue("A", applications=[juminhyo(form_catalog)])
    assert run_as(roles_url, "SELECT form_id FROM applications") == [("juminhyo",)]

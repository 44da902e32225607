"""Helpers of the casework tests (store, PostgreSQL roles, CUPS, the desk's UI): a Casework service on the
test's store, a resident's form as the kiosk saves it, and the audit log read back as the administrator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casework import Casework, FormPrinter
from casework.passwords import ScryptParams
from forms import Catalog, build_application
from queueing.services import QueueService

FAST = ScryptParams(n=2**10, r=8, p=1)  # tests of the logic; tests/unit/casework checks the real cost
PASSWORD = "correct horse battery"
CLERK = ("suzuki.k", "鈴木 花子")
YOSHINO: dict[str, object] = {
    "card_type": "mynumber",
    "name": "𠮷川　髙〓",  # the card could not hold the last character: the clerk puts it right
    "address": "北海道河西郡芽室町東２条２丁目１４番地",
    "birth_date": "1948-11-23",
    "sex": "female",
    "substitutions": [],
}
PERSONAL_VALUES = ("𠮷川", "髙", "北海道河西郡芽室町", "1948-11-23", "0155", "よしかわ")


def make_casework(
    store: Any, queue: QueueService, catalog: Catalog, clock: Any = None, printer: FormPrinter | None = None
) -> Casework:
    """Casework over the test's store, with the queue's retention (end of the business day)."""
    return Casework(
        office_code=queue.office_code,
        uow=store.unit_of_work,
        catalog=lambda: catalog,
        retention=queue.end_of_business_day,
        printer=printer,
        password_params=FAST,
        clock=clock or queue.clock,
    )


def casework_with_clerk(store: Any, queue: QueueService, printer: FormPrinter | None = None) -> Casework:
    """Casework over the shipped form catalog, with the test clerk (CLERK, PASSWORD) able to log in."""
    from forms import load_catalog

    work = make_casework(store, queue, load_catalog(), printer=printer)
    work.clerks.create(*CLERK, PASSWORD)
    return work


def juminhyo(catalog: Catalog, identity: object = YOSHINO, **answers: object) -> Mapping[str, object]:
    """A 住民票 request "for myself" from a card read, as the kiosk saves it with the ticket."""
    base = {"relationship": "本人", "visitor.phone": "0155-62-1234", "purpose": "年金"}
    base["visitor.name_reading"] = "よしかわ　たかみ"
    return build_application(catalog["juminhyo"], identity, {**base, **answers}).to_json_dict()


def audit_rows(store: Any) -> list[dict[str, Any]]:
    """Every column of every audit entry, as the administrator reads them (oldest first)."""
    from sqlalchemy import text

    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM audit_log ORDER BY at, id")).mappings()
        return [dict(row) for row in rows]


def change_rows(store: Any) -> list[dict[str, Any]]:
    from sqlalchemy import text

    with store.engine.connect() as connection:
        return [dict(row) for row in connection.execute(text("SELECT * FROM application_changes")).mappings()]

"""違うところがある in the store: the ticket says the resident asked for a correction, each of its forms keeps
the boxes the card filled (keys, never values), every step of the route keeps the flag, and the desk's
view of the forms audits which form and which person it concerns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from casework import Casework, Clerk
from forms import Application, Catalog, card_filled
from queueing.model import CorrectionRequest
from queueing.services import QueueService
from tests.helpers.casework import PERSONAL_VALUES, audit_rows, juminhyo


def card_boxes(catalog: Catalog, form: Any) -> tuple[str, ...]:
    return card_filled(catalog[form["form_id"]], Application.from_json_dict(form))


def asked(store: Any) -> list[tuple[str | None, str | None]]:
    return [(r["application_id"], r["field"]) for r in audit_rows(store) if r["action"] == "correction_asked"]


def test_the_flag_goes_with_the_ticket_through_its_route_and_the_boxes_with_their_form(
    queue: QueueService, store: Any, casework: Casework, clerk: Clerk, form_catalog: Catalog
) -> None:
    form = juminhyo(form_catalog)
    other = juminhyo(form_catalog, relationship="第三者") | {"form_id": "zei_shomei"}  # not flagged below
    plain = queue.issue("A", applications=[juminhyo(form_catalog)]).ticket
    correction = CorrectionRequest({"juminhyo": card_boxes(form_catalog, form)})
    flagged = queue.issue(["A", "E"], applications=[form, other], correction=correction).ticket
    assert [(t.label, t.correction_requested) for t in queue.waiting_for(1)] == [
        (plain.label, False),
        (flagged.label, True),
    ]
    assert queue.call_ticket(1, flagged.label).correction_requested
    queue.finish(1)  # on to 国保・年金: the next clerk is told too
    [moved] = queue.waiting_for(4)
    assert (moved.label, moved.service_code, moved.correction_requested) == (flagged.label, "E", True)

    cases = {case.application.form_id: case for case in casework.applications_for(flagged.id, clerk)}
    assert cases["juminhyo"].flagged == correction.boxes["juminhyo"]
    assert "visitor.name" in cases["juminhyo"].flagged and "subject.name" in cases["juminhyo"].flagged
    assert cases["zei_shomei"].flagged == ()
    jid = cases["juminhyo"].id
    assert asked(store) == [(jid, "visitor"), (jid, "subject")]
    corrected = casework.correct(jid, "visitor.name", "𠮷川　髙美", clerk)
    assert corrected.flagged == cases["juminhyo"].flagged  # still shown as asked after a correction

    assert [case.flagged for case in casework.applications_for(plain.id, clerk)] == [()]
    assert len(asked(store)) == 2  # the plain ticket's view adds none
    with store.engine.connect() as connection:
        stored = connection.execute(text("SELECT flagged_boxes FROM applications")).scalars().all()
    assert not [v for v in PERSONAL_VALUES if any(v in (s or "") for s in stored)]


def test_a_resident_who_took_only_a_ticket_is_audited_without_a_form(
    queue: QueueService, store: Any, casework: Casework, clerk: Clerk
) -> None:
    ticket = queue.issue("A", correction=CorrectionRequest()).ticket
    assert queue.call_next(1).correction_requested  # type: ignore[union-attr]
    assert casework.applications_for(ticket.id, clerk) == []
    assert asked(store) == [(None, None)]
    plain = queue.issue("A").ticket
    casework.applications_for(plain.id, clerk)
    assert asked(store) == [(None, None)]

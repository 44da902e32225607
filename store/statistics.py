"""What the statistics read from the step log: one `StepRecord` per step of a ticket, read-only.

The step log (ticket_steps, written with every transition by the rules of queueing.steps) keeps one row per
step: the service, when the ticket joined that line, its first and latest call, and how the step ended. So
a ticket routed through several services (転入 -> 国保 -> 児童手当) yields a record for each, and the waits
at its 2nd and 3rd service are measured from the time it joined those lines. The one gap is a later step
of a ticket issued before the step log existed: migration 0006 could only copy its current step, without
the time it joined that line, so that record's `entered_at` is None and its wait is not measured.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Row, select

from queueing.model import TicketState
from queueing.statistics import StepRecord
from queueing.steps import StepOutcome
from store.database import Store
from store.tables import TicketRow, TicketStepRow

_COLUMNS = (
    TicketStepRow.business_date,
    TicketRow.number_service,
    TicketStepRow.sequence,
    TicketStepRow.service_code,
    TicketStepRow.step,
    TicketRow.route,
    TicketRow.state,
    TicketRow.issued_at,
    TicketStepRow.entered_at,
    TicketStepRow.first_called_at,
    TicketStepRow.called_at,
    TicketStepRow.closed_at,
    TicketStepRow.counter,
    TicketStepRow.recalls,
    TicketStepRow.outcome,
)

_STATES = {
    StepOutcome.DONE: TicketState.DONE,
    StepOutcome.NO_SHOW: TicketState.NO_SHOW,
    StepOutcome.CANCELLED: TicketState.CANCELLED,
    StepOutcome.TRANSFERRED: TicketState.DONE,  # served there, then passed on to another service
}
"""How a step that ended counts in the statistics."""


def finished_steps(store: Store, office: str, start: date, end: date) -> list[StepRecord]:
    """The steps of `office`'s tickets of the business dates start..end (inclusive), in issue order.

    Every step of those days is included however it ended: one still open (waiting, at a counter, held)
    comes with its ticket's state, so the report can count it as not finished. Reads only the step log and
    the tickets' numbering columns (never the applications).
    """
    stmt = (
        select(*_COLUMNS)
        .join(TicketRow, TicketRow.id == TicketStepRow.ticket_id)
        .where(TicketStepRow.office == office, TicketStepRow.business_date.between(start, end))
        .order_by(
            TicketStepRow.business_date, TicketRow.issued_at, TicketStepRow.sequence, TicketStepRow.step
        )
    )
    with store.unit_of_work(write=False) as uow:
        return [_record(row) for row in uow.session.execute(stmt)]


def _record(row: Row[*tuple[Any, ...]]) -> StepRecord:
    """A step log row as a record; times back from naive UTC to aware UTC."""
    issued_at = _utc(row.issued_at)
    assert issued_at is not None  # the column is NOT NULL
    return StepRecord(
        business_date=row.business_date,
        number_service=row.number_service,
        sequence=row.sequence,
        service_code=row.service_code,
        step=row.step,
        route_length=len(row.route.split(",")),
        state=TicketState(row.state) if row.outcome is None else _STATES[StepOutcome(row.outcome)],
        issued_at=issued_at,
        entered_at=_utc(row.entered_at),
        called_at=_utc(row.called_at),
        closed_at=_utc(row.closed_at),
        counter=row.counter,
        recalls=row.recalls,
        first_called_at=_utc(row.first_called_at),
    )


def _utc(moment: datetime | None) -> datetime | None:
    """The store keeps naive UTC (store/repository.py); the domain works with aware times."""
    return None if moment is None else moment.replace(tzinfo=UTC)

"""What the statistics read from the tickets table: one `StepRecord` per ticket, read-only.

The tickets table keeps one row per ticket, holding the step the ticket is at (or ended on): so today each
ticket yields one record, for that step. For a one-service ticket this is its whole story. For a ticket
routed through several services (転入 -> 国保 -> 児童手当) only its last step is known, and the time it
joined that service's line is not kept, so the record's `entered_at` is None and its wait is not measured.
Per-step history (the waits at the 2nd and 3rd service of a route) needs a step log table, one row per step
with the time it entered the line, its first call and its end; when it exists, `finished_steps` reads that
instead and returns one record per step. `StepRecord` already has the `step` index and `entered_at` for it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Row, select

from queueing.model import TicketState
from queueing.statistics import StepRecord
from store.database import Store
from store.tables import TicketRow

_COLUMNS = (
    TicketRow.business_date,
    TicketRow.number_service,
    TicketRow.sequence,
    TicketRow.service_code,
    TicketRow.step,
    TicketRow.route,
    TicketRow.state,
    TicketRow.issued_at,
    TicketRow.called_at,
    TicketRow.closed_at,
    TicketRow.counter,
    TicketRow.recalls,
)


def finished_steps(store: Store, office: str, start: date, end: date) -> list[StepRecord]:
    """The steps of `office`'s tickets of the business dates start..end (inclusive), in issue order.

    Every ticket of those days is included whatever its state: one still waiting or at a counter comes with
    its open state, so the report can count it as issued but not finished. Reads only the columns the
    statistics need (never the applications).
    """
    stmt = (
        select(*_COLUMNS)
        .where(TicketRow.office == office, TicketRow.business_date.between(start, end))
        .order_by(TicketRow.business_date, TicketRow.issued_at, TicketRow.sequence)
    )
    with store.unit_of_work(write=False) as uow:
        return [_record(row) for row in uow.session.execute(stmt)]


def _record(row: Row[*tuple[Any, ...]]) -> StepRecord:
    """A ticket row as the record of the step it is at; times back from naive UTC to aware UTC."""
    issued_at = _utc(row.issued_at)
    assert issued_at is not None  # the column is NOT NULL
    return StepRecord(
        business_date=row.business_date,
        number_service=row.number_service,
        sequence=row.sequence,
        service_code=row.service_code,
        step=row.step,
        route_length=len(row.route.split(",")),
        state=TicketState(row.state),
        issued_at=issued_at,
        entered_at=issued_at if row.step == 0 else None,  # later steps: not kept without a step log
        called_at=_utc(row.called_at),
        closed_at=_utc(row.closed_at),
        counter=row.counter,
        recalls=row.recalls,
    )


def _utc(moment: datetime | None) -> datetime | None:
    """The store keeps naive UTC (store/repository.py); the domain works with aware times."""
    return None if moment is None else moment.replace(tzinfo=UTC)

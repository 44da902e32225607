"""The ticket repository: domain Tickets in and out of the tickets table."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Select, func, insert, select, update
from sqlalchemy.orm import Session

from queueing.model import Ticket, TicketState
from store.tables import TicketRow, TicketSequenceRow

if TYPE_CHECKING:
    from sqlalchemy.dialects import postgresql, sqlite


def _to_db(moment: datetime | None) -> datetime | None:
    """Stored as naive UTC: portable across SQLite and PostgreSQL, and unambiguous."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def _from_db(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(tzinfo=UTC)


def _to_ticket(row: TicketRow) -> Ticket:
    issued_at = _from_db(row.issued_at)
    assert issued_at is not None
    return Ticket(
        id=row.id,
        office=row.office,
        business_date=row.business_date,
        service_code=row.service_code,
        prefix=row.prefix,
        sequence=row.sequence,
        issued_at=issued_at,
        state=TicketState(row.state),
        counter=row.counter,
        called_at=_from_db(row.called_at),
        recalls=row.recalls,
        closed_at=_from_db(row.closed_at),
        printed=row.printed,
    )


def _columns(ticket: Ticket) -> dict[str, object]:
    return {
        "office": ticket.office,
        "business_date": ticket.business_date,
        "service_code": ticket.service_code,
        "prefix": ticket.prefix,
        "sequence": ticket.sequence,
        "state": ticket.state.value,
        "issued_at": _to_db(ticket.issued_at),
        "counter": ticket.counter,
        "called_at": _to_db(ticket.called_at),
        "recalls": ticket.recalls,
        "closed_at": _to_db(ticket.closed_at),
        "printed": ticket.printed,
    }


class SqlTicketRepository:
    """Implements queueing.ports.TicketRepository on one SQLAlchemy session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def next_sequence(self, office: str, day: date, service_code: str) -> int:
        key = {"office": office, "business_date": day, "service_code": service_code}
        self._session.execute(self._insert_ignore().values(**key, last=0))
        stmt = (
            update(TicketSequenceRow)
            .where(
                TicketSequenceRow.office == office,
                TicketSequenceRow.business_date == day,
                TicketSequenceRow.service_code == service_code,
            )
            .values(last=TicketSequenceRow.last + 1)
            .returning(TicketSequenceRow.last)
        )
        return int(self._session.execute(stmt).scalar_one())

    def add(self, ticket: Ticket) -> None:
        self._session.execute(insert(TicketRow).values(id=ticket.id, **_columns(ticket)))

    def save(self, ticket: Ticket) -> None:
        self._session.execute(update(TicketRow).where(TicketRow.id == ticket.id).values(**_columns(ticket)))

    def get(self, ticket_id: str) -> Ticket | None:
        row = self._session.get(TicketRow, ticket_id)
        return None if row is None else _to_ticket(row)

    def oldest_waiting(self, office: str, day: date, service_codes: Sequence[str]) -> Ticket | None:
        stmt = (
            self._today(office, day, TicketState.WAITING)
            .where(TicketRow.service_code.in_(list(service_codes)))
            .order_by(TicketRow.issued_at, TicketRow.sequence)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        row = self._session.scalars(stmt).first()
        return None if row is None else _to_ticket(row)

    def called_at_counter(self, office: str, day: date, counter: int) -> Ticket | None:
        stmt = self._today(office, day, TicketState.CALLED).where(TicketRow.counter == counter)
        row = self._session.scalars(stmt.order_by(TicketRow.called_at.desc()).limit(1)).first()
        return None if row is None else _to_ticket(row)

    def waiting_counts(self, office: str, day: date) -> dict[str, int]:
        stmt = (
            select(TicketRow.service_code, func.count())
            .where(
                TicketRow.office == office,
                TicketRow.business_date == day,
                TicketRow.state == TicketState.WAITING.value,
            )
            .group_by(TicketRow.service_code)
        )
        return {code: int(count) for code, count in self._session.execute(stmt).all()}

    def waiting_ahead(self, ticket: Ticket) -> int:
        stmt = select(func.count()).where(
            TicketRow.office == ticket.office,
            TicketRow.business_date == ticket.business_date,
            TicketRow.state == TicketState.WAITING.value,
            TicketRow.service_code == ticket.service_code,
            TicketRow.sequence < ticket.sequence,
        )
        return int(self._session.execute(stmt).scalar_one())

    def recent_calls(self, office: str, day: date, limit: int) -> list[Ticket]:
        stmt = self._today(office, day, TicketState.CALLED).order_by(TicketRow.called_at.desc()).limit(limit)
        return [_to_ticket(row) for row in self._session.scalars(stmt)]

    def _today(self, office: str, day: date, state: TicketState) -> Select[TicketRow]:
        return select(TicketRow).where(
            TicketRow.office == office, TicketRow.business_date == day, TicketRow.state == state.value
        )

    def _insert_ignore(self) -> postgresql.Insert | sqlite.Insert:
        """INSERT ... ON CONFLICT DO NOTHING in the session's dialect (imported on use: it is slow)."""
        if self._session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects import postgresql

            return postgresql.insert(TicketSequenceRow).on_conflict_do_nothing()
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(TicketSequenceRow).on_conflict_do_nothing()

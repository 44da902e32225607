"""Appointments (予約) in and out of the appointments table.

References are stored normalised (queueing.appointments.normalise_reference) and found by their key, the
reference without dashes, so R-1024, r1024 and Ｒ－１０２４ are one reservation. A check-in is one conditional
UPDATE (`... WHERE ticket_id IS NULL`): of two kiosks checking one reference in at once, PostgreSQL lets
the second wait for the first's row lock and then finds the row taken; SQLite serialises the writers.
Times are naive UTC, as in store.repository.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from queueing.appointments import Appointment, StoredAppointment
from store.repository import _from_db, _to_db
from store.tables import AppointmentRow


def _stored(row: AppointmentRow) -> StoredAppointment:
    at, imported_at = _from_db(row.at), _from_db(row.imported_at)
    assert at is not None and imported_at is not None
    return StoredAppointment(
        office=row.office,
        appointment=Appointment(reference=row.reference, service_code=row.service_code, at=at),
        imported_at=imported_at,
        ticket_id=row.ticket_id,
        checked_in_at=_from_db(row.checked_in_at),
    )


class SqlAppointmentRepository:
    """Implements queueing.ports.AppointmentRepository on one SQLAlchemy session."""

    def __init__(self, session: Session, *, lock_rows: bool = False) -> None:
        self._session = session
        self._lock_rows = lock_rows

    def get(self, office: str, reference: str) -> StoredAppointment | None:
        stmt = select(AppointmentRow).where(
            AppointmentRow.office == office, AppointmentRow.reference == reference
        )
        if self._lock_rows:
            stmt = stmt.with_for_update()
        row = self._session.scalars(stmt.execution_options(populate_existing=True)).first()
        return None if row is None else _stored(row)

    def find(self, key: str) -> list[StoredAppointment]:
        """A full match on the reference without its dashes: a handful of rows per office and day."""
        stmt = (
            select(AppointmentRow)
            .where(func.replace(AppointmentRow.reference, "-", "") == key)
            .order_by(AppointmentRow.office, AppointmentRow.reference)
        )
        return [_stored(row) for row in self._session.scalars(stmt)]

    def add(self, office: str, appointment: Appointment, imported_at: datetime) -> None:
        self._session.execute(
            insert(AppointmentRow).values(
                office=office,
                reference=appointment.reference,
                service_code=appointment.service_code,
                at=_to_db(appointment.at),
                imported_at=_to_db(imported_at),
            )
        )

    def update(self, office: str, appointment: Appointment, imported_at: datetime) -> None:
        self._session.execute(
            update(AppointmentRow)
            .where(AppointmentRow.office == office, AppointmentRow.reference == appointment.reference)
            .values(
                service_code=appointment.service_code,
                at=_to_db(appointment.at),
                imported_at=_to_db(imported_at),
            )
        )

    def check_in(self, office: str, reference: str, ticket_id: str, at: datetime) -> bool:
        result = self._session.execute(
            update(AppointmentRow)
            .where(
                AppointmentRow.office == office,
                AppointmentRow.reference == reference,
                AppointmentRow.ticket_id.is_(None),
            )
            .values(ticket_id=ticket_id, checked_in_at=_to_db(at))
        )
        return int(result.rowcount or 0) == 1  # type: ignore[attr-defined]

    def between(self, office: str, start: datetime, end: datetime) -> list[StoredAppointment]:
        stmt = (
            select(AppointmentRow)
            .where(
                AppointmentRow.office == office,
                AppointmentRow.at >= _to_db(start),
                AppointmentRow.at < _to_db(end),
            )
            .order_by(AppointmentRow.at, AppointmentRow.reference)
        )
        return [_stored(row) for row in self._session.scalars(stmt)]

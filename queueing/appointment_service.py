"""Appointments (予約) as a service: import a booking system's file, list a day, check in at the kiosk.

A check-in issues a ticket for the appointment's service with `appointment_at` set (counters call it first
from that time on, queueing.model.queue_order) and records the ticket on the appointment, in the ticket's
own transaction: an appointment gets one ticket however often and however many kiosks at once try.
Refusals carry their reason (queueing.appointments.Refusal) for the kiosk to explain in the resident's
language. More than LATE_GRACE after its time the appointment is refused as too late; the kiosk then
offers a normal ticket for the same service (`check_in(..., late_ok=True)`), recorded on the appointment
the same way, so the confirmation cannot be used twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import partial

from queueing.appointments import (
    LATE_GRACE,
    Appointment,
    ImportProblems,
    Refusal,
    StoredAppointment,
    day_refusal,
    is_too_late,
    reference_from_confirmation,
    reference_key,
)
from queueing.clock import OfficeClock
from queueing.model import Service, Ticket
from queueing.ports import UnitOfWork, UnitOfWorkFactory
from queueing.services import IssuedTicket, QueueService


class _TakenMeanwhile(Exception):
    """Another kiosk checked the appointment in between our look and our ticket: roll ours back."""


@dataclass(frozen=True)
class ImportReport:
    """References added, updated (time or service changed), unchanged, and kept as they were because
    they had checked in already."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckIn:
    """The outcome at the kiosk: a ticket issued now, or a refusal (with the appointment when one was
    found, its time on the office's clock, and for CHECKED_IN the number issued before)."""

    issued: IssuedTicket | None = None
    refusal: Refusal | None = None
    appointment: Appointment | None = None
    ticket_label: str = ""


@dataclass(frozen=True)
class DayEntry:
    """One line of `queue appointments`: the appointment and its ticket's number once checked in."""

    stored: StoredAppointment
    ticket_label: str = ""


class AppointmentService:
    """Import, list and check in the appointments of the queue's office."""

    def __init__(
        self,
        queue: QueueService,
        uow: UnitOfWorkFactory,
        *,
        late_grace: timedelta = LATE_GRACE,
    ) -> None:
        self._queue = queue
        self._uow = uow
        self._clock: OfficeClock = queue.clock  # one office, one clock: its business day and its zone
        self.late_grace = late_grace

    @property
    def office(self) -> str:
        return self._queue.office_code

    @property
    def services(self) -> tuple[Service, ...]:
        return self._queue.services

    @property
    def zone(self) -> tzinfo:
        """The office's zone: a booking file's times without an offset are read in it."""
        return self._clock.zone

    def local(self, moment: datetime) -> datetime:
        """A stored time as the office's clock shows it."""
        return self._clock.local(moment)

    def today(self) -> date:
        return self._clock.today()

    def import_appointments(self, appointments: Sequence[Appointment]) -> ImportReport:
        """Add new references, update changed ones unless checked in; all or nothing."""
        now = self._clock()
        added, updated, unchanged, kept, problems = [], [], [], [], []
        with self._uow(write=True) as uow:
            for appointment in appointments:
                stored = uow.appointments.get(self.office, appointment.reference)
                if stored is None:
                    clash = self._spelt_otherwise(uow, appointment.reference)
                    if clash:
                        problems.append(f"reference {appointment.reference} is {clash}, written differently")
                        continue
                    uow.appointments.add(self.office, appointment, now)
                    added.append(appointment.reference)
                elif stored.appointment == appointment:
                    unchanged.append(appointment.reference)
                elif stored.ticket_id is not None:
                    kept.append(appointment.reference)
                else:
                    uow.appointments.update(self.office, appointment, now)
                    updated.append(appointment.reference)
            if problems:
                raise ImportProblems(problems)
            uow.commit()
        return ImportReport(tuple(added), tuple(updated), tuple(unchanged), tuple(kept))

    def _spelt_otherwise(self, uow: UnitOfWork, reference: str) -> str:
        same = uow.appointments.find(reference_key(reference))
        return next((s.reference for s in same if s.office == self.office), "")

    def on_day(self, day: date) -> list[DayEntry]:
        """The office's appointments of a business day, by time, with their tickets' numbers."""
        start = self._clock.day_start(day)
        with self._uow(write=False) as uow:
            found = uow.appointments.between(self.office, start, start + timedelta(days=1))
            return [DayEntry(stored, self._label(uow, stored.ticket_id)) for stored in found]

    def check_in(self, text: str, *, late_ok: bool = False) -> CheckIn:
        """Check in what the resident typed or scanned (a reference, or a confirmation's QR text)."""
        reference = reference_from_confirmation(text)
        if reference is None:
            return CheckIn(refusal=Refusal.UNKNOWN)
        now = self._clock()
        with self._uow(write=False) as uow:
            found = uow.appointments.find(reference_key(reference))
        mine = [stored for stored in found if stored.office == self.office]
        if not mine:
            return CheckIn(refusal=Refusal.OTHER_OFFICE if found else Refusal.UNKNOWN)
        stored = mine[0]
        appointment = replace(stored.appointment, at=self._clock.local(stored.appointment.at))
        refusal = day_refusal(self._clock.business_date(appointment.at), self._clock.business_date(now))
        if refusal is not None:
            return CheckIn(refusal=refusal, appointment=appointment)
        if stored.ticket_id is not None:
            return self._checked_in_before(stored, appointment)
        late = is_too_late(appointment, now, self.late_grace)
        if late and not late_ok:
            return CheckIn(refusal=Refusal.TOO_LATE, appointment=appointment)
        claim = partial(self._claim, stored.reference)
        try:
            issued = self._queue.issue(
                appointment.service_code, appointment_at=None if late else appointment.at, within=claim
            )
        except _TakenMeanwhile:
            taken = self._reread(stored.reference)
            if taken is None:  # deleted meanwhile by a new import
                return CheckIn(refusal=Refusal.UNKNOWN)
            return self._checked_in_before(taken, appointment)
        return CheckIn(issued=issued, appointment=appointment)

    def _claim(self, reference: str, uow: UnitOfWork, ticket: Ticket) -> None:
        if not uow.appointments.check_in(self.office, reference, ticket.id, ticket.issued_at):
            raise _TakenMeanwhile(reference)

    def _reread(self, reference: str) -> StoredAppointment | None:
        with self._uow(write=False) as uow:
            return uow.appointments.get(self.office, reference)

    def _checked_in_before(self, stored: StoredAppointment, appointment: Appointment) -> CheckIn:
        with self._uow(write=False) as uow:
            label = self._label(uow, stored.ticket_id)
        return CheckIn(refusal=Refusal.CHECKED_IN, appointment=appointment, ticket_label=label)

    @staticmethod
    def _label(uow: UnitOfWork, ticket_id: str | None) -> str:
        ticket = uow.tickets.get(ticket_id) if ticket_id else None
        return ticket.label if ticket is not None else ""

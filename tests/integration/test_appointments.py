"""Appointments (予約) on a real database: import, check in once, refuse with a reason, go ahead at its time.

test_postgres_appointments.py runs every test here again on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from bootstrap import make_appointments, make_queue
from queueing.appointment_service import AppointmentService, CheckIn
from queueing.appointments import Appointment, ImportProblems, Refusal
from queueing.services import QueueService
from settings import OfficeConfig
from tests.helpers.clock import JST, FakeClock

TEN = datetime(2026, 11, 24, 10, 0, tzinfo=JST)  # the fake clock starts at 09:00 that day


def booked(reference: str, at: datetime = TEN, service: str = "A") -> Appointment:
    return Appointment(reference=reference, service_code=service, at=at)


@pytest.fixture
def appointments(
    config: OfficeConfig, store: Any, queue: QueueService, clock: FakeClock
) -> AppointmentService:
    service: AppointmentService = make_appointments(config, store.unit_of_work, queue)
    service.import_appointments([booked("R-1024"), booked("R-2048", service="B")])
    return service


def test_an_import_adds_updates_and_keeps_checked_in_ones(appointments: AppointmentService) -> None:
    assert appointments.check_in("R-2048").issued is not None
    report = appointments.import_appointments(
        [
            booked("R-1024", TEN + timedelta(minutes=30)),  # moved
            booked("R-2048", TEN + timedelta(hours=1)),  # checked in: left alone
            booked("R-4096"),
        ]
    )
    assert (report.added, report.updated, report.unchanged, report.kept) == (
        ("R-4096",), ("R-1024",), (), ("R-2048",)
    )  # fmt: skip
    again = appointments.import_appointments([booked("R-4096")])
    assert again.unchanged == ("R-4096",)
    times = {e.stored.reference: e.stored.appointment.at for e in appointments.on_day(date(2026, 11, 24))}
    assert times == {"R-1024": TEN + timedelta(minutes=30), "R-2048": TEN, "R-4096": TEN}


def test_a_reference_written_otherwise_than_an_imported_one_imports_nothing(
    appointments: AppointmentService,
) -> None:
    with pytest.raises(ImportProblems, match="reference R1024 is R-1024, written differently"):
        appointments.import_appointments([booked("R-8192"), booked("R1024")])
    assert [e.stored.reference for e in appointments.on_day(date(2026, 11, 24))] == ["R-1024", "R-2048"]


def test_check_in_issues_a_ticket_for_its_service_at_its_time_once(
    appointments: AppointmentService, queue: QueueService
) -> None:
    first = appointments.check_in("ｒ－１０２４")  # full width, lower case: as an IME might send it
    assert first.issued is not None and first.refusal is None
    assert first.issued.ticket.label == "A-001"
    assert first.issued.ticket.appointment_at == TEN
    again = appointments.check_in("https://yoyaku.example.lg.jp/c?ref=R-1024")
    assert (again.refusal, again.ticket_label, again.issued) == (Refusal.CHECKED_IN, "A-001", None)
    assert queue.snapshot().waiting_total == 1
    entry = appointments.on_day(date(2026, 11, 24))[0]
    assert entry.ticket_label == "A-001" and entry.stored.checked_in_at is not None


def test_refusals_say_why(
    appointments: AppointmentService,
    config: OfficeConfig,
    store: Any,
    clock: FakeClock,
    queue: QueueService,
) -> None:
    branch_queue = make_queue(dataclasses.replace(config, office_code="branch"), store.unit_of_work, clock)
    branch = make_appointments(config, store.unit_of_work, branch_queue)
    branch.import_appointments([booked("S-0001")])
    appointments.import_appointments(
        [booked("R-0003", TEN + timedelta(days=1)), booked("R-0004", TEN - timedelta(days=1))]
    )
    assert appointments.check_in("R-9999").refusal is Refusal.UNKNOWN
    assert appointments.check_in("???").refusal is Refusal.UNKNOWN
    assert appointments.check_in("S-0001").refusal is Refusal.OTHER_OFFICE
    later = appointments.check_in("R-0003")
    assert later.refusal is Refusal.LATER_DAY and later.appointment is not None
    assert later.appointment.at == TEN + timedelta(days=1)
    assert appointments.check_in("R-0004").refusal is Refusal.PAST_DAY
    assert queue.snapshot().waiting_total == 0


def test_too_late_offers_a_normal_ticket_recorded_on_the_appointment(
    appointments: AppointmentService, clock: FakeClock
) -> None:
    clock.advance(hours=1, minutes=31)  # 10:31: more than 30 minutes after 10:00
    late = appointments.check_in("R-1024")
    assert late.refusal is Refusal.TOO_LATE and late.issued is None
    normal = appointments.check_in("R-1024", late_ok=True)
    assert normal.issued is not None and normal.issued.ticket.appointment_at is None
    assert appointments.check_in("R-1024").refusal is Refusal.CHECKED_IN


def test_the_checked_in_ticket_is_called_first_from_its_time(
    appointments: AppointmentService, queue: QueueService, clock: FakeClock
) -> None:
    queue.issue("A")  # A-001, 09:00
    queue.issue("A")
    clock.advance(minutes=30)
    assert appointments.check_in("R-1024").issued.ticket.label == "A-003"  # type: ignore[union-attr]
    assert queue.call_next(1).label == "A-001"  # type: ignore[union-attr]  # 09:30: not its time yet
    clock.advance(minutes=30)  # 10:00
    assert queue.call_next(1).label == "A-003"  # type: ignore[union-attr]  # ahead of A-002
    assert queue.call_next(1).label == "A-002"  # type: ignore[union-attr]


def test_two_kiosks_checking_one_reference_in_at_once_issue_one_ticket(
    appointments: AppointmentService, queue: QueueService
) -> None:
    both_looked = threading.Barrier(2, timeout=10)
    issue = queue.issue

    def issue_after_both_looked(*args: Any, **kwargs: Any) -> Any:
        both_looked.wait()  # each kiosk saw the appointment not yet checked in
        return issue(*args, **kwargs)

    queue.issue = issue_after_both_looked  # type: ignore[method-assign]
    with ThreadPoolExecutor(2) as pool:
        outcomes: list[CheckIn] = list(pool.map(lambda _: appointments.check_in("R-1024"), range(2)))
    issued = [o.issued for o in outcomes if o.issued is not None]
    refused = [o for o in outcomes if o.refusal is not None]
    assert len(issued) == 1 and len(refused) == 1
    assert refused[0].refusal is Refusal.CHECKED_IN
    assert refused[0].ticket_label == issued[0].ticket.label == "A-001"
    queue.issue = issue  # type: ignore[method-assign]
    assert queue.snapshot().waiting_total == 1
    assert queue.issue("A").ticket.label == "A-002"  # the loser's number was given back: no gap

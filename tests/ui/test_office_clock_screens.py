"""The screens read the office's clock, not the machine's: with this process on UTC, on New York's and on
Tokyo's time, the kiosk's visit counts on Tokyo's date, and the kiosk, the display and the desk show Tokyo's
times for tickets read back from the store (where they are UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bootstrap import make_appointments
from desk.window import DeskWindow
from kiosk.window import KioskWindow
from queue_display.window import DisplayWindow
from queueing.appointments import Appointment
from queueing.services import QueueService
from settings import OfficeConfig
from tests.helpers.casework import casework_with_clerk
from tests.helpers.clock import JST, FakeClock

MORNING = datetime(2026, 11, 25, 8, 50, tzinfo=JST)  # 23:50 on the 24th in UTC, 18:50 in New York


@pytest.fixture
def clock(machine_tz: str) -> FakeClock:
    return FakeClock(MORNING.astimezone(UTC), step_seconds=0)


def test_a_kiosk_visit_counts_on_the_offices_date(
    kiosk: KioskWindow, clock: FakeClock, machine_tz: str
) -> None:
    kiosk._show_choices()
    assert kiosk.visit.flow is not None and kiosk.visit.flow.today == date(2026, 11, 25)


def test_the_kiosk_shows_a_returning_residents_booked_time_in_tokyo(
    kiosk: KioskWindow, config: OfficeConfig, store: Any, queue: QueueService, clock: FakeClock
) -> None:
    appointments = make_appointments(config, store.unit_of_work, queue)
    appointments.import_appointments([Appointment("R-0930", "A", MORNING + timedelta(minutes=40))])
    checked_in = appointments.check_in("R-0930").issued
    assert checked_in is not None
    back = queue.come_back(checked_in.ticket.label).issued  # read from the store: its times in UTC
    assert back is not None and back.ticket.appointment_at is not None
    assert back.ticket.appointment_at.utcoffset() == timedelta(0)
    kiosk.result.show_ticket(back, printed=True)
    assert "09:30" in kiosk.result.ahead.text()


def test_the_display_clock_shows_tokyo_time(qtbot: Any, queue: QueueService, clock: FakeClock) -> None:
    window = DisplayWindow(queue, orientation="landscape")
    qtbot.addWidget(window)
    window._tick()
    assert window.clock.text() == "08:50"


def test_the_desk_shows_when_the_ticket_was_called_in_tokyo(
    qtbot: Any, qloop: Any, store: Any, queue: QueueService, clock: FakeClock
) -> None:
    queue.issue("A")
    queue.call_next(1)
    desk = DeskWindow(queue, casework_with_clerk(store, queue))
    qtbot.addWidget(desk)
    desk.current_view.show_ticket(queue.current(1))  # read from the store: called_at in UTC
    assert "08:50 呼び出し" in desk.current_view.details.text()

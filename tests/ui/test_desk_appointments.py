"""Today's reservations at the desk: time, service, reference, and the ticket once the resident checked in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest

from bootstrap import make_appointments
from desk.window import DeskWindow
from queueing.appointment_service import AppointmentService
from queueing.appointments import Appointment
from queueing.services import QueueService
from settings import OfficeConfig
from tests.helpers.casework import casework_with_clerk
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import log_in, press
from ui.watcher import ChangeWatcher

Run = Callable[..., Any]


@pytest.fixture
def appointments(config: OfficeConfig, store: Any, live_queue: QueueService) -> AppointmentService:
    service: AppointmentService = make_appointments(config, store.unit_of_work, live_queue)
    ten = live_queue.clock.at(service.today(), 10)
    service.import_appointments(
        [
            Appointment("R-1024", "B", ten + timedelta(hours=4)),
            Appointment("R-2048", "A", ten),
            Appointment("R-4096", "C", ten + timedelta(days=1)),  # tomorrow: not listed
        ]
    )
    return service


@pytest.fixture
def desk(
    qtbot: Any,
    qloop: Any,
    store: Any,
    live_queue: QueueService,
    appointments: AppointmentService,
    listener: Any,
) -> Iterator[DeskWindow]:
    casework = casework_with_clerk(store, live_queue)
    window = DeskWindow(live_queue, casework, appointments=appointments)
    watcher = ChangeWatcher(listener, parent=window)
    watcher.changed.connect(window.refresh)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    yield window
    watcher.stop()


def test_the_clerk_sees_todays_reservations_and_a_check_in_as_it_happens(
    qtbot: Any, desk: DeskWindow, appointments: AppointmentService, run: Run
) -> None:
    log_in(qtbot, run, desk)
    panel = desk.appointments
    assert panel is not None and not panel.isVisible()
    press(qtbot, run, desk.appointments_button)
    run(until(lambda: len(panel.rows()) == 2, what="today's reservations"))
    assert panel.rows() == [
        ["10:00", "証明書", "R-2048", "未受付"],
        ["14:00", "住民異動", "R-1024", "未受付"],
    ]
    assert "2件、受付済み 0件" in panel.caption.text()
    checked = appointments.check_in("R1024", late_ok=True)  # at the kiosk, in another process
    assert checked.issued is not None
    run(until(lambda: panel.rows()[1][3].startswith("B-001（"), what="the check-in on the desk"))
    assert panel.rows()[1][3].endswith(" 受付）") and "受付済み 1件" in panel.caption.text()
    press(qtbot, run, desk.logout_button)
    assert not desk.appointments_button.isChecked()

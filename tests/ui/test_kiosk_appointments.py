"""予約の方: a resident checks in at the kiosk by typing the reservation number or scanning its QR code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bootstrap import make_appointments
from kiosk.card_session import CardSession
from kiosk.window import KioskWindow
from queueing.appointment_service import AppointmentService
from queueing.appointments import Appointment
from queueing.services import QueueService
from settings import OfficeConfig
from tests.helpers.clock import JST, FakeClock
from tests.helpers.qasync_loop import until
from tests.ui.conftest import PaperTray, on_page, tap

TEN = datetime(2026, 11, 24, 10, 0, tzinfo=JST)  # the clock starts at 09:00
Run = Callable[..., Any]


@pytest.fixture
def appointments(
    config: OfficeConfig, store: Any, queue: QueueService, clock: FakeClock
) -> AppointmentService:
    service: AppointmentService = make_appointments(config, store.unit_of_work, queue)
    service.import_appointments(
        [Appointment("R-1024", "B", TEN), Appointment("R-2048", "A", TEN - timedelta(hours=2))]
    )
    return service


@pytest.fixture
def kiosk(
    qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray, appointments: AppointmentService
) -> Any:
    window = KioskWindow(queue, tray, result_seconds=60, appointments=appointments)
    qtbot.addWidget(window)
    window.set_snapshot(queue.snapshot())
    window.resize(1920, 1080)
    window.show()
    return window


def type_on_pad(qtbot: Any, run: Run, kiosk: KioskWindow, text: str) -> None:
    for char in text:
        tap(qtbot, run, kiosk.appointment.pad.keys[char])


def test_a_resident_types_the_reservation_number_and_gets_a_ticket_that_goes_ahead_at_its_time(
    qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run
) -> None:
    tap(qtbot, run, kiosk.services.reservation)
    on_page(run, kiosk, kiosk.appointment)
    assert not kiosk.appointment.ok.isEnabled()
    type_on_pad(qtbot, run, kiosk, "R1O")
    tap(qtbot, run, kiosk.appointment.pad.delete_key)  # a slip of the finger, corrected
    type_on_pad(qtbot, run, kiosk, "024")
    assert kiosk.appointment.entry.text() == "R1024"
    tap(qtbot, run, kiosk.appointment.ok)
    on_page(run, kiosk, kiosk.result)
    assert tray.printed == ["B-001"]
    assert kiosk.result.number.text() == "B-001"
    assert kiosk.result.ahead.text() == "ご予約の時刻（10:00）から、優先してお呼びします"
    assert kiosk.result.estimate.text() == ""


def test_a_qr_scanner_types_the_confirmation_url_and_enter(
    qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run
) -> None:
    tap(qtbot, run, kiosk.services.reservation)
    on_page(run, kiosk, kiosk.appointment)
    tap(qtbot, run, kiosk.appointment.pad.keys["9"])  # a stray touch before the scan
    kiosk.appointment.message.setText("")
    focused = kiosk.appointment.pad.keys["9"]  # keys reach the page from whatever has the focus
    kiosk.appointment.prepare()
    QTest.keyClicks(focused, "https://yoyaku.example.lg.jp/c?ref=r-1024")
    assert kiosk.appointment.entry.text() == "R-1024"
    QTest.keyClick(focused, Qt.Key.Key_Return)
    on_page(run, kiosk, kiosk.result)
    assert tray.printed == ["B-001"]


def test_a_scan_on_the_start_page_needs_no_touch(
    qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run
) -> None:
    kiosk.activateWindow()
    kiosk.services.buttons["A"].setFocus()
    for char in "R-1024\r":  # each key to whatever has the focus, as a scanner's keys go
        QTest.keyClick(QApplication.focusWidget() or kiosk, char)
    on_page(run, kiosk, kiosk.result)
    assert tray.printed == ["B-001"]


def test_a_wrong_number_is_explained_and_can_be_corrected(
    qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run
) -> None:
    tap(qtbot, run, kiosk.services.reservation)
    type_on_pad(qtbot, run, kiosk, "R-9999")
    tap(qtbot, run, kiosk.appointment.ok)
    run(until(kiosk.appointment.message.isVisible, what="the refusal"))
    assert kiosk.appointment.message.text() == "この予約番号は見つかりませんでした。番号をお確かめください。"
    assert kiosk.pages.currentWidget() is kiosk.appointment
    tap(qtbot, run, kiosk.appointment.pad.clear_key)
    type_on_pad(qtbot, run, kiosk, "R-1024")
    tap(qtbot, run, kiosk.appointment.ok)
    on_page(run, kiosk, kiosk.result)
    assert tray.printed == ["B-001"]


def test_a_second_check_in_shows_the_same_number_and_prints_nothing(
    qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run, appointments: AppointmentService
) -> None:
    appointments.check_in("R-1024")
    tap(qtbot, run, kiosk.services.reservation)
    QTest.keyClicks(kiosk.appointment, "R-1024\r")
    QTest.keyClick(kiosk.appointment, Qt.Key.Key_Enter)
    run(until(kiosk.appointment.message.isVisible, what="the refusal"))
    assert kiosk.appointment.message.text() == "この予約は受付済みです。あなたの番号は B-001 です。"
    assert tray.printed == []


def test_too_late_offers_a_normal_ticket(qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run) -> None:
    tap(qtbot, run, kiosk.services.reservation)
    type_on_pad(qtbot, run, kiosk, "R2048")  # 08:00, and it is 09:00
    assert kiosk.appointment.late_button.isHidden()
    tap(qtbot, run, kiosk.appointment.ok)
    run(until(kiosk.appointment.late_button.isVisible, what="the offer of a normal ticket"))
    assert "（08:00）を30分以上過ぎています" in kiosk.appointment.message.text()
    tap(qtbot, run, kiosk.appointment.late_button)
    on_page(run, kiosk, kiosk.result)
    assert tray.printed == ["A-001"]
    assert kiosk.result.ahead.text() == "まもなくお呼びします"


def test_the_welcome_page_offers_the_reservation_in_the_residents_language(
    qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray, appointments: AppointmentService, run: Run
) -> None:
    from ui.i18n import Translations

    kiosk = KioskWindow(
        queue, tray, cards=CardSession(), translations=Translations(), appointments=appointments
    )
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.use_language("en")
    run(until(lambda: kiosk.welcome.reservation.text() == "I have a reservation", what="English"))
    tap(qtbot, run, kiosk.welcome.reservation)
    on_page(run, kiosk, kiosk.appointment)
    QTest.keyClicks(kiosk.appointment, "R-0000")
    QTest.keyClick(kiosk.appointment, Qt.Key.Key_Return)
    run(until(kiosk.appointment.message.isVisible, what="the refusal"))
    assert "not find" in kiosk.appointment.message.text()
    kiosk.back_to_start()
    assert kiosk.appointment.value() == "" and kiosk.pages.currentWidget() is kiosk.welcome


def test_without_appointments_there_is_no_entry(qtbot: Any, queue: QueueService, tray: PaperTray) -> None:
    kiosk = KioskWindow(queue, tray, cards=CardSession())
    qtbot.addWidget(kiosk)
    assert kiosk.welcome.reservation.isHidden() and kiosk.services.reservation.isHidden()


class Voice:
    muted = False

    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str, language: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass


def test_the_page_and_its_refusal_are_spoken(
    qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray, appointments: AppointmentService, run: Run
) -> None:
    voice = Voice()
    kiosk = KioskWindow(queue, tray, appointments=appointments, prompter=voice)
    qtbot.addWidget(kiosk)
    kiosk.show()
    tap(qtbot, run, kiosk.services.reservation)
    assert voice.said[-1] == "予約番号を入力してください"
    QTest.keyClicks(kiosk.appointment, "R-0000\r")
    run(until(lambda: "見つかりませんでした" in voice.said[-1], what="the refusal spoken"))


def test_a_tickets_own_qr_code_scanned_at_the_start_page_is_a_ticket_brought_back(
    kiosk: KioskWindow, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    from queueing.ticket_codes import ticket_qr

    missed = queue.issue("A").ticket
    queue.call_next(1)
    queue.no_show(1)
    kiosk.activateWindow()
    kiosk.services.buttons["A"].setFocus()
    for char in ticket_qr(missed.id) + "\r":  # the reservation page takes the scan, and passes it on
        QTest.keyClick(QApplication.focusWidget() or kiosk, char)
    on_page(run, kiosk, kiosk.result)
    assert (kiosk.result.instruction.text(), kiosk.result.number.text()) == ("順番にもどりました", "A-001")
    assert tray.printed == [] and [t.label for t in queue.waiting_for(1)] == ["A-001"]

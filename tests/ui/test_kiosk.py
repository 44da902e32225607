"""A resident at the kiosk: one touch, one ticket, a clear screen whatever happens."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.window import KioskWindow
from queueing.services import QueueService
from tests.helpers.qasync_loop import until
from tests.ui.conftest import PaperTray, procedure_states


def press(qtbot: Any, kiosk: KioskWindow, code: str) -> None:
    qtbot.mouseClick(kiosk.services.buttons[code], Qt.MouseButton.LeftButton)


def test_each_service_has_a_big_button_with_its_waiting_count(
    kiosk: KioskWindow, queue: QueueService, run: Callable[..., Any]
) -> None:
    queue.issue("B")
    kiosk.refresh()
    run(until(lambda: "待ち 1人" in kiosk.services.buttons["B"].text(), what="waiting count"))
    assert kiosk.services.buttons["A"].text() == "証明書\n待ち 0人"
    assert all(button.height() >= 150 for button in kiosk.services.buttons.values())


def test_a_touch_issues_a_ticket_prints_it_and_shows_the_number(
    qtbot: Any, kiosk: KioskWindow, queue: QueueService, tray: PaperTray, run: Callable[..., Any]
) -> None:
    queue.issue("A")
    press(qtbot, kiosk, "A")
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="result page"))
    assert tray.printed == ["A-002"]
    assert kiosk.result.number.text() == "A-002"
    assert kiosk.result.service.text() == "証明書"
    assert kiosk.result.ahead.text() == "あなたの前に 1人 お待ちです"
    assert kiosk.result.instruction.text() == "番号札をお取りください"


def test_a_double_tap_makes_one_ticket(
    qtbot: Any, kiosk: KioskWindow, queue: QueueService, tray: PaperTray, run: Callable[..., Any]
) -> None:
    press(qtbot, kiosk, "A")
    press(qtbot, kiosk, "A")
    press(qtbot, kiosk, "B")
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="result page"))
    assert tray.printed == ["A-001"]
    assert queue.snapshot().waiting_total == 1


def test_when_the_printer_fails_the_number_stays_on_screen_and_the_place_is_kept(
    qtbot: Any, kiosk: KioskWindow, queue: QueueService, tray: PaperTray, run: Callable[..., Any]
) -> None:
    tray.fail_with = RuntimeError("paper jam")
    press(qtbot, kiosk, "C")
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="result page"))
    assert kiosk.result.number.text() == "C-001"
    assert kiosk.result.instruction.text() == "この番号をお控えください"
    assert "印刷できませんでした" in kiosk.result.problem.text()
    called = queue.call_next(1)
    assert called is not None and called.label == "C-001" and not called.printed


def test_when_the_database_is_unreachable_the_resident_is_sent_to_staff(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, run: Callable[..., Any]
) -> None:
    def broken_store(*, write: bool) -> Any:
        raise sqlite3.OperationalError("unable to open database file")

    broken = QueueService(
        office_code="main",
        office_name="町役場",
        services=queue.services,
        counters=queue.counters,
        uow=broken_store,
        clock=queue.clock,
    )
    kiosk = KioskWindow(broken, tray)
    qtbot.addWidget(kiosk)
    kiosk.set_snapshot(queue.snapshot())
    press(qtbot, kiosk, "A")
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="result page"))
    assert kiosk.result.card.isHidden()
    assert "係員にお声がけください" in kiosk.result.problem.text()
    assert tray.printed == []


def test_ok_returns_to_the_start_screen_ready_for_the_next_resident(
    qtbot: Any, kiosk: KioskWindow, run: Callable[..., Any]
) -> None:
    press(qtbot, kiosk, "A")
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="result page"))
    qtbot.mouseClick(kiosk.result.ok, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.services
    run(until(lambda: "待ち 1人" in kiosk.services.buttons["A"].text(), what="refreshed count"))
    assert all(button.isEnabled() for button in kiosk.services.buttons.values())


def test_the_result_screen_goes_back_by_itself(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, run: Callable[..., Any]
) -> None:
    kiosk = KioskWindow(queue, tray, result_seconds=1)
    qtbot.addWidget(kiosk)
    kiosk.set_snapshot(queue.snapshot())
    press(qtbot, kiosk, "A")
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="result page"))
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.services, what="start page again"))


@pytest.mark.parametrize("text_size", ["standard", "large", "largest"])
@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard-colours", "high-contrast"])
def test_every_kiosk_page_fits_a_1080p_screen(
    qtbot: Any, queue: QueueService, tray: PaperTray, text_size: str, high_contrast: bool
) -> None:
    from kiosk.card_session import CardSession
    from ui.i18n import Translations

    kiosk = KioskWindow(queue, tray, cards=CardSession(), translations=Translations())
    qtbot.addWidget(kiosk)
    kiosk.set_snapshot(queue.snapshot())
    kiosk.set_view(text_size, high_contrast)
    kiosk.pin_pad.prepare("mynumber", 1, wrong=True)  # the fullest state: the last-try warning shown
    for index in range(kiosk.pages.count()):
        page = kiosk.pages.widget(index)
        hint = page.minimumSizeHint()
        assert hint.width() <= 1920 and hint.height() <= 1080, (type(page).__name__, hint)
    for name, page in procedure_states(kiosk):  # every editor, the longest lists and messages
        hint = page.minimumSizeHint()
        assert hint.width() <= 1920 and hint.height() <= 1080, (name, hint)

"""番号札をお持ちの方: a resident who missed their call brings the ticket back to the kiosk."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.window import KioskWindow
from queueing.services import QueueService
from queueing.ticket_codes import ticket_qr
from tests.helpers.qasync_loop import until
from tests.ui.conftest import PaperTray, on_page, tap

Run = Callable[..., Any]


def missed(queue: QueueService) -> str:
    """A-001 was called, recalled three times and given up as a no-show; A-002 and A-003 wait."""
    ticket = queue.issue("A").ticket
    queue.issue("A"), queue.issue("A")
    queue.call_next(1)
    for _ in range(4):
        queue.recall(1)
    return ticket.id


def test_a_missed_ticket_scanned_on_the_start_page_is_back_in_line_without_a_touch(
    kiosk: KioskWindow, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    ticket_id = missed(queue)
    kiosk.activateWindow()
    kiosk.services.buttons["A"].setFocus()
    for char in ticket_qr(ticket_id) + "\r":  # each key to whatever has the focus, as a scanner's keys go
        QTest.keyClick(QApplication.focusWidget() or kiosk, char)

    on_page(run, kiosk, kiosk.result)
    assert kiosk.result.instruction.text() == "順番にもどりました"
    assert (kiosk.result.number.text(), kiosk.result.ahead.text()) == ("A-001", "まもなくお呼びします")
    assert [t.label for t in queue.waiting_for(1)] == ["A-001", "A-002", "A-003"]
    assert tray.printed == []  # the resident holds the ticket already


def test_a_typed_number_tells_a_waiting_resident_how_many_are_ahead_and_changes_nothing(
    qtbot: Any, kiosk: KioskWindow, queue: QueueService, run: Run
) -> None:
    missed(queue)
    tap(qtbot, run, kiosk.services.ticket_holder)
    on_page(run, kiosk, kiosk.ticket_page)
    for char in "A3":
        tap(qtbot, run, kiosk.ticket_page.pad.keys[char])
    assert kiosk.ticket_page.entry.text() == "A3"
    tap(qtbot, run, kiosk.ticket_page.ok)

    on_page(run, kiosk, kiosk.result)
    assert kiosk.result.instruction.text() == "順番にお待ちください"
    assert (kiosk.result.number.text(), kiosk.result.ahead.text()) == ("A-003", "あなたの前に 1人 お待ちです")
    assert [t.label for t in queue.waiting_for(1)] == ["A-002", "A-003"]  # A-001 typed by nobody stays out


def type_and_check(qtbot: Any, run: Run, kiosk: KioskWindow, number: str) -> None:
    tap(qtbot, run, kiosk.services.ticket_holder)
    on_page(run, kiosk, kiosk.ticket_page)
    for char in number:
        tap(qtbot, run, kiosk.ticket_page.pad.keys[char])
    tap(qtbot, run, kiosk.ticket_page.ok)


def test_a_ticket_being_called_is_told_where_to_go(
    qtbot: Any, kiosk: KioskWindow, queue: QueueService, run: Run
) -> None:
    queue.issue("B")
    queue.call_next(2)
    type_and_check(qtbot, run, kiosk, "B-1")
    on_page(run, kiosk, kiosk.result)
    assert kiosk.result.instruction.text() == "ただいまお呼びしています"
    assert (kiosk.result.number.text(), kiosk.result.ahead.text()) == ("B-001", "2番窓口へお越しください")
    assert kiosk.result.estimate.text() == ""


@pytest.mark.parametrize(
    ("state", "number", "message"),
    [
        ("held", "A-1", "この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。"),
        ("done", "A-1", "この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。"),
        ("waiting", "A-9", "この番号は見つかりませんでした。本日の番号札の番号をお確かめください。"),
    ],
)
def test_a_held_finished_or_unknown_ticket_is_explained_on_the_page(
    qtbot: Any, kiosk: KioskWindow, queue: QueueService, run: Run, state: str, number: str, message: str
) -> None:
    queue.issue("A")
    if state != "waiting":
        queue.call_next(1)
        queue.hold(1) if state == "held" else queue.finish(1)
    type_and_check(qtbot, run, kiosk, number)
    run(until(kiosk.ticket_page.message.isVisible, what="the explanation"))
    assert kiosk.ticket_page.message.text() == message
    assert kiosk.pages.currentWidget() is kiosk.ticket_page and not kiosk.ticket_page.hint.isVisible()


def test_a_lost_database_is_explained_and_the_visit_ends_clean(
    qtbot: Any, kiosk: KioskWindow, queue: QueueService, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(_text: str) -> None:
        raise OSError("the database server is gone")

    monkeypatch.setattr(queue, "come_back", unreachable)
    type_and_check(qtbot, run, kiosk, "A-1")
    run(until(kiosk.ticket_page.message.isVisible, what="the explanation"))
    sorry = "ただいま番号札を確認できません。お近くの係員にお声がけください。"
    assert kiosk.ticket_page.message.text() == sorry
    kiosk.back_to_start()
    assert kiosk.ticket_page.entry.text() == "" and not kiosk.ticket_page.message.isVisible()


def test_the_page_speaks_english_for_an_english_speaking_resident(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    from ui.i18n import Translations

    translations = Translations()
    kiosk = KioskWindow(queue, tray, translations=translations)
    qtbot.addWidget(kiosk)
    kiosk.set_snapshot(queue.snapshot())
    kiosk.show()
    try:
        kiosk.use_language("en")
        run(until(lambda: kiosk.services.ticket_holder.text() == "I already have a ticket", what="English"))
        type_and_check(qtbot, run, kiosk, "A-7")
        run(until(kiosk.ticket_page.message.isVisible, what="the explanation"))
        assert kiosk.ticket_page.message.text().startswith("We could not find this number.")
    finally:
        translations.use("ja")


def test_where_reservations_are_not_offered_the_welcome_page_offers_the_ticket_page(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    from kiosk.card_session import CardSession

    kiosk = KioskWindow(queue, tray, cards=CardSession())
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    assert kiosk.pages.currentWidget() is kiosk.welcome and not kiosk.welcome.reservation.isVisible()
    tap(qtbot, run, kiosk.welcome.ticket_holder)
    on_page(run, kiosk, kiosk.ticket_page)

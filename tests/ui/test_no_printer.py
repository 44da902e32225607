"""A printer that is not there is not a failure. A kiosk with no ticket printer set up (printers.ticket
empty) says plainly that it prints no ticket, and the desk shows that resident's ticket without alarm; a
printer that fails is still said in red at the kiosk and marked 札なし at the desk. A desk with no A4 printer
says so at 印刷 instead of letting it be pressed. Real windows on a real SQLite queue."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bootstrap import make_ticket_printer
from casework import Casework
from desk.window import DeskWindow
from kiosk.window import KioskWindow
from queueing.services import QueueService
from settings import OfficeConfig
from tests.helpers.casework import casework_with_clerk
from tests.helpers.qasync_loop import until
from tests.ui.conftest import PaperTray
from tests.ui.test_desk import press, serving_a_resident_with_a_form
from tests.ui.test_kiosk import press as touch
from ui.i18n import Translations

Run = Callable[..., Any]


@pytest.fixture
def translations() -> Iterator[Translations]:
    languages = Translations()
    yield languages
    languages.use("ja")  # the translator is application-wide: leave Japanese for the next test


def open_kiosk(qtbot: Any, queue: QueueService, printer: Any, **options: Any) -> KioskWindow:
    window = KioskWindow(queue, printer, result_seconds=60, **options)
    qtbot.addWidget(window)
    window.set_snapshot(queue.snapshot())
    window.resize(1920, 1080)
    window.show()
    return window


def open_desk(qtbot: Any, queue: QueueService, casework: Casework | None = None) -> DeskWindow:
    window = DeskWindow(queue, casework)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    return window


def waiting_marks(desk: DeskWindow) -> list[str]:
    table = desk.waiting_list.table
    return [table.item(row, 3).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def test_no_ticket_printer_is_said_plainly_at_the_kiosk_and_the_desk_and_a_failure_still_in_red(
    qtbot: Any, qloop: Any, config: OfficeConfig, queue: QueueService, translations: Translations, run: Run
) -> None:
    no_printer = dataclasses.replace(config, printers=dataclasses.replace(config.printers, ticket=""))
    kiosk = open_kiosk(qtbot, queue, make_ticket_printer(no_printer), translations=translations)
    touch(qtbot, kiosk, "A")
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="A-001 on screen"))
    problem = kiosk.result.problem
    assert kiosk.result.instruction.text() == "この番号をお控えください"
    assert problem.text() == (
        "この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。"
    )
    assert problem.property("role") == "" and problem.isVisible()  # the page's colour, not red
    kiosk.use_language("en")  # in the resident's language, as every text of the page
    english = "This kiosk does not print tickets (it has no printer). Please take a photo of the number"
    run(until(lambda: problem.text() == f"{english} or write it down.", what="the English"))
    kiosk.back_to_start()
    jammed = PaperTray()
    jammed.fail_with = RuntimeError("paper jam")
    kiosk_with_a_jam = open_kiosk(qtbot, queue, jammed)
    touch(qtbot, kiosk_with_a_jam, "A")
    run(until(lambda: kiosk_with_a_jam.pages.currentWidget() is kiosk_with_a_jam.result, what="A-002"))
    assert kiosk_with_a_jam.result.problem.property("role") == "error"
    assert "印刷できませんでした" in kiosk_with_a_jam.result.problem.text()

    desk = open_desk(qtbot, queue)
    run(until(lambda: desk.waiting_list.table.rowCount() == 2, what="both waiting"))
    assert waiting_marks(desk) == ["", "札なし"]  # only the failure is marked
    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-001", what="A-001 at the counter"))
    unprinted = desk.current_view.unprinted
    assert unprinted.isVisible() and unprinted.property("role") == "muted"
    assert unprinted.text() == "番号札なし（発券機に印刷機がありません）"
    press(qtbot, run, desk.call_button)
    press(qtbot, run, desk.operations.confirmation.confirm_button)
    run(until(lambda: desk.current.text() == "A-002", what="A-002 at the counter"))
    assert unprinted.property("role") == "warning" and "印刷できませんでした" in unprinted.text()


@pytest.fixture
def casework(store: Any, live_queue: QueueService) -> Casework:
    return casework_with_clerk(store, live_queue, printer=None)  # printers.a4 empty: no A4 printer


@pytest.fixture
def desk(qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework) -> Iterator[DeskWindow]:
    window = DeskWindow(live_queue, casework)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window


def test_with_no_a4_printer_the_desk_says_so_and_print_cannot_be_pressed(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    assert not casework.can_print
    serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    panel = desk.applications
    assert panel is not None
    assert not panel.print_button.isEnabled()
    assert panel.printer_missing.isVisible()
    assert panel.printer_missing.text() == "A4プリンターが設定されていないため、印刷できません"
    assert "printers.a4" in panel.printer_missing.toolTip()
    assert not panel.blank_button.isVisible()


def test_main_wires_no_a4_printer_when_printers_a4_is_empty(config: OfficeConfig, store: Any) -> None:
    from bootstrap import make_casework, make_queue
    from tests.helpers.clock import FakeClock

    queue = make_queue(config, store.unit_of_work, FakeClock())  # type: ignore[attr-defined]
    empty = dataclasses.replace(config, printers=dataclasses.replace(config.printers, a4=""))
    assert not make_casework(empty, store.unit_of_work, queue).can_print  # type: ignore[attr-defined]
    named = dataclasses.replace(config, printers=dataclasses.replace(config.printers, a4="A4"))
    assert make_casework(named, store.unit_of_work, queue).can_print  # type: ignore[attr-defined]

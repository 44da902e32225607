"""A resident's 「違うところがある」 reaches the desk: from the kiosk (a card read on the real PC/SC stack,
the resident says the card's data is wrong and takes a ticket) to the clerk who calls that ticket and is told
first, in the waiting list and above the current ticket, on which form and which person; the audit says so
without a value."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from casework import Casework
from desk.window import DeskWindow
from kiosk.window import KioskWindow
from queueing.services import QueueService
from tests.helpers.casework import audit_rows, casework_with_clerk
from tests.helpers.pcsc import InsertCard
from tests.helpers.qasync_loop import until
from tests.ui.conftest import Run, on_page
from tests.ui.resident import Resident, certificate_for_myself, identify_with_card
from tests.ui.test_desk import Tray, form_view, log_in, press, waiting_labels
from ui.watcher import ChangeWatcher

YAMADA = ("山田", "太郎", "霞が関", "千代田区", "1980")  # what the emulator's card "yamada" holds
MARKS = 3  # the waiting list's column of marks


@pytest.fixture
def casework(store: Any, live_queue: QueueService) -> Casework:
    return casework_with_clerk(store, live_queue, Tray())


@pytest.fixture
def desk(
    qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework, listener: Any
) -> Iterator[DeskWindow]:
    """The clerk's desk on the kiosk's database, on the smallest desk screen (1366x768)."""
    window = DeskWindow(live_queue, casework)
    watcher = ChangeWatcher(listener, parent=window)
    watcher.changed.connect(window.refresh)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    watcher.stop()


@pytest.fixture
def kiosk(open_card_kiosk: Callable[..., KioskWindow], live_queue: QueueService) -> KioskWindow:
    return open_card_kiosk()  # on the live queue's clock: the desk shares its business day


def marks_of(desk: DeskWindow, label: str) -> Any:
    table = desk.waiting_list.table
    return table.item(waiting_labels(desk).index(label), MARKS)


def shown_when_called(desk: DeskWindow) -> dict[str, bool]:
    """For each ticket the counter takes: was the correction notice up the moment the number was?"""
    seen: dict[str, bool] = {}
    desk.current_changed.connect(
        lambda label: seen.setdefault(label, desk.current_view.correction.isVisible()) if label else None
    )
    return seen


def correction_entries(store: Any) -> list[tuple[str | None, str | None]]:
    return [(r["application_id"], r["field"]) for r in audit_rows(store) if r["action"] == "correction_asked"]


def test_the_clerk_is_told_first_which_form_and_person_the_resident_said_is_wrong(
    qtbot: Any,
    kiosk: KioskWindow,
    desk: DeskWindow,
    live_queue: QueueService,
    virtual_card: InsertCard,
    store: Any,
    run: Run,
) -> None:
    live_queue.issue("A")  # a resident before, who said nothing
    resident = Resident(run, kiosk)
    identify_with_card(resident, lambda: virtual_card("yamada").stop, right=False)
    certificate_for_myself(resident)
    resident.tap(kiosk.review.ok)
    on_page(run, kiosk, kiosk.result)
    assert kiosk.result.number.text() == "A-002"

    seen = shown_when_called(desk)
    log_in(qtbot, run, desk)
    run(until(lambda: waiting_labels(desk) == ["A-001", "A-002"], what="both tickets in the list"))
    marks = marks_of(desk, "A-002")
    assert marks.text() == "要訂正"
    assert "住民の方から訂正の申し出があります" in marks.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "要訂正" not in marks_of(desk, "A-001").text()

    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-001", what="A-001 called"))
    assert not desk.current_view.correction.isVisible()
    press(qtbot, run, desk.finish_button)
    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-002", what="A-002 called"))
    notice = desk.current_view.correction
    run(until(lambda: "住民票の写し等交付請求書" in notice.text(), what="the forms and people named"))
    assert notice.text().splitlines()[0] == (
        "住民の方から訂正の申し出があります：住民票の写し等交付請求書（窓口に来た方・証明が必要な方）"
    )
    assert notice.isVisible() and seen == {"A-001": False, "A-002": True}  # up with the number
    assert notice.geometry().bottom() < desk.current.geometry().top()  # above everything else
    view = form_view(run, desk)
    check = {key: view.table.item(view.row_of(key), 2).text() for key in ("visitor.name", "purpose")}  # type: ignore[union-attr]
    assert check["visitor.name"].startswith("要訂正の申し出")  # the boxes the card filled
    assert check["purpose"] == "✓"  # what the resident chose is not in question
    assert correction_entries(store) == [(view.case.id, "visitor"), (view.case.id, "subject")]
    audit_texts = " ".join(str(r[c]) for r in audit_rows(store) for c in ("action", "field", "clerk_login"))
    assert not [value for value in YAMADA if value in audit_texts]

    press(qtbot, run, desk.finish_button)
    run(until(lambda: desk.current.text() == "—", what="A-002 finished"))
    assert not notice.isVisible() and notice.text() == ""


def test_a_resident_who_takes_only_a_ticket_is_still_flagged_to_the_clerk(
    qtbot: Any,
    kiosk: KioskWindow,
    desk: DeskWindow,
    virtual_card: InsertCard,
    store: Any,
    run: Run,
) -> None:
    resident = Resident(run, kiosk)
    identify_with_card(resident, lambda: virtual_card("yamada").stop, right=False)
    resident.tap(kiosk.choose.ticket_button)
    resident.on(kiosk.services)
    run(until(lambda: "A" in kiosk.services.buttons, what="the service buttons"))
    resident.tap(kiosk.services.buttons["A"])
    on_page(run, kiosk, kiosk.result)

    log_in(qtbot, run, desk)
    run(until(lambda: waiting_labels(desk) == ["A-001"], what="the ticket in the list"))
    assert marks_of(desk, "A-001").text() == "要訂正"
    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-001", what="A-001 called"))
    notice = desk.current_view.correction
    assert notice.isVisible()
    assert notice.text().splitlines()[0] == "住民の方から訂正の申し出があります"  # no form to name
    run(until(lambda: correction_entries(store) == [(None, None)], what="the audit entry"))

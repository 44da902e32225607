"""空欄のまま印刷: a form with open problems is refused at 印刷; the clerk may print it with those boxes blank
for handwriting, after saying so once more, and the audit names each blank box."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from casework import Casework
from desk.window import DeskWindow
from queueing.services import QueueService
from tests.helpers.casework import audit_rows, casework_with_clerk, juminhyo
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import Tray, form_view, log_in, press

Run = Callable[..., Any]


@pytest.fixture
def tray() -> Tray:
    return Tray()


@pytest.fixture
def casework(store: Any, live_queue: QueueService, tray: Tray) -> Casework:
    return casework_with_clerk(store, live_queue, tray)


@pytest.fixture
def desk(qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework) -> Iterator[DeskWindow]:
    window = DeskWindow(live_queue, casework)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    yield window


def test_a_form_with_problems_prints_with_blank_boxes_only_after_the_clerk_confirms(
    qtbot: Any,
    desk: DeskWindow,
    live_queue: QueueService,
    casework: Casework,
    tray: Tray,
    store: Any,
    run: Run,
) -> None:
    live_queue.issue("A", applications=[juminhyo(casework.catalog, **{"visitor.phone": "1"})])
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.call_button)
    form_view(run, desk)
    panel = desk.applications
    assert panel is not None and not panel.blank_button.isVisible()
    press(qtbot, run, panel.print_button)
    run(until(panel.blank_button.isVisible, what="空欄のまま印刷 offered"))
    assert "直すところがあるため印刷しません" in panel.status.text() and tray.jobs == []
    press(qtbot, run, panel.blank_button)
    assert panel.blank_confirmation.isVisible() and tray.jobs == []  # asked once more
    press(qtbot, run, panel.blank_cancel_button)
    assert not panel.blank_confirmation.isVisible() and panel.blank_button.isVisible()
    press(qtbot, run, panel.blank_button)
    press(qtbot, run, panel.blank_confirm_button)
    run(until(lambda: tray.jobs == ["申請書 A-001"], what="printed"))
    run(until(lambda: "空欄のまま" in panel.status.text(), what="the clerk told"))
    assert not panel.blank_button.isVisible() and not panel.blank_confirmation.isVisible()
    assert [(e["action"], e["field"]) for e in audit_rows(store)] == [
        ("view", None),
        ("print_blank", "visitor.phone"),
    ]


def test_the_offer_goes_with_the_ticket(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    live_queue.issue("A", applications=[juminhyo(casework.catalog, **{"visitor.phone": "1"})])
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.call_button)
    form_view(run, desk)
    panel = desk.applications
    assert panel is not None
    press(qtbot, run, panel.print_button)
    run(until(panel.blank_button.isVisible, what="空欄のまま印刷 offered"))
    press(qtbot, run, desk.finish_button)
    run(until(lambda: panel.views() == [], what="the forms gone"))
    assert not panel.blank_button.isVisible() and not panel.blank_confirmation.isVisible()

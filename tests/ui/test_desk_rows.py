"""Household rows at the desk: the clerk adds a person to a 住民異動届 and removes one, each change in the
history and the audit like a correction, within the form's limits."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from casework import Casework
from desk.form_view import VALUE, FormView
from desk.window import DeskWindow
from forms import build_application
from queueing.services import QueueService
from tests.helpers.casework import YOSHINO, audit_rows, casework_with_clerk
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import Tray, edit, form_view, log_in, press

Run = Callable[..., Any]


@pytest.fixture
def casework(store: Any, live_queue: QueueService) -> Casework:
    return casework_with_clerk(store, live_queue, Tray())


@pytest.fixture
def desk(qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework) -> Iterator[DeskWindow]:
    window = DeskWindow(live_queue, casework)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    yield window


def serving_a_moving_family(
    qtbot: Any, run: Run, desk: DeskWindow, queue: QueueService, casework: Casework
) -> FormView:
    template = casework.catalog["idou"]
    moving = build_application(template, YOSHINO, dict(template.example)).to_json_dict()
    queue.issue("B", applications=[moving])
    log_in(qtbot, run, desk, counter=2)
    press(qtbot, run, desk.call_button)
    return form_view(run, desk)


def members(view: FormView) -> int:
    return len(view.case.application.rows.get("members", []))


def test_the_clerk_adds_a_person_fills_the_row_and_removes_another(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, store: Any, run: Run
) -> None:
    view = serving_a_moving_family(qtbot, run, desk, live_queue, casework)
    assert members(view) == 3 and not view.remove_row_button.isEnabled()
    press(qtbot, run, view.add_row_buttons["members"])
    run(until(lambda: members(view) == 4, what="the fourth row"))
    assert view.selected_row() == ("members", 3)  # its first box, ready to fill
    assert desk.applications.status.text() == "行を追加しました。空欄を埋めてください。"  # type: ignore[union-attr]
    assert "直すところ" in view.summary.text()  # the new row's required boxes
    edit(qtbot, run, view, "members.3.name", "𠮷川　一")
    run(until(lambda: view.history.rowCount() == 2, what="the name kept"))
    view.table.selectRow(view.row_of("members.1.birth_date"))
    assert view.remove_row_button.text() == "異動する方（2人目）を削除"
    press(qtbot, run, view.remove_row_button)
    run(until(lambda: members(view) == 3, what="the second row removed"))
    assert [row.get("name") for row in view.case.application.rows["members"]] == [
        "𠮷川　髙〓",  # the card holder
        "山田　一郎",
        "𠮷川　一",
    ]
    history = [[view.history.item(r, c).text() for c in (2, 3, 4)] for r in range(3)]  # type: ignore[union-attr]
    assert history[0][:1] == ["異動する方（2人目）"] and "山田　花子" in history[0][1] and history[0][2] == ""
    assert history[1] == ["異動する方（4人目）の氏名", "", "𠮷川　一"]  # as the box was called then
    assert history[2] == ["異動する方（4人目）", "", "（行を追加）"]
    moved = view.table.item(view.row_of("members.2.name"), 2)
    assert moved is not None and "修正済み" in moved.text()  # the correction follows its row up
    assert [(e["action"], e["field"]) for e in audit_rows(store)][1:] == [
        ("correct", "members.3"),
        ("correct", "members.3.name"),
        ("correct", "members.1"),
    ]


def test_the_last_person_a_form_needs_cannot_be_removed(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    view = serving_a_moving_family(qtbot, run, desk, live_queue, casework)
    for remaining in (2, 1):
        view.table.selectRow(view.row_of("members.0.name"))
        press(qtbot, run, view.remove_row_button)
        run(until(lambda remaining=remaining: members(view) == remaining, what="a row removed"))  # type: ignore[misc]
    view.table.selectRow(view.row_of("members.0.name"))
    press(qtbot, run, view.remove_row_button)
    panel = desk.applications
    assert panel is not None
    run(until(lambda: "1人以上必要です" in panel.status.text(), what="the refusal"))
    assert panel.status.property("role") == "error" and members(view) == 1
    assert view.table.item(view.row_of("members.0.name"), VALUE) is not None

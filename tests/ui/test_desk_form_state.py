"""One source of truth per form at the desk: after a refused correction the box, the form's summary and the
panel's status line all say it is not saved, before and after another box of the form is saved; 印刷 is
refused while an edit is not stored. On a real SQLite queue with the shipped catalog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from casework import Casework
from desk.form_view import CHECK, VALUE, FormView
from desk.window import DeskWindow
from queueing.services import QueueService
from tests.helpers.casework import casework_with_clerk
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import Tray, edit, press, serving_a_resident_with_a_form

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
    window.resize(1366, 768)
    window.show()
    yield window


def cell(view: FormView, key: str, column: int) -> str:
    item = view.table.item(view.row_of(key), column)
    assert item is not None
    return item.text()


def test_a_refused_correction_is_said_alike_by_its_box_the_summary_and_the_status_line(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, tray: Tray, run: Run
) -> None:
    view = serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    panel = desk.applications
    assert panel is not None
    edit(qtbot, run, view, "visitor.name", "𠮷川　髙美")  # the 〓 put right: saved
    run(until(lambda: panel.status.text() == "「窓口に来た方の氏名」を保存しました。", what="saved"))
    assert "入力はそろっています" in view.summary.text() and view.summary.property("role") == "ok"
    edit(qtbot, run, view, "visitor.birth_date", "2099-01-01")  # refused: a day not yet come
    run(until(lambda: "保存されていません" in cell(view, "visitor.birth_date", CHECK), what="the refusal"))
    refused = "「窓口に来た方の生年月日」は保存されていません。赤い欄を直してください。"
    assert panel.status.text() == refused and panel.status.property("role") == "error"
    assert "入力はそろっています" not in view.summary.text()
    assert "保存されていない修正 1件" in view.summary.text() and view.summary.property("role") == "error"
    edit(qtbot, run, view, "visitor.phone", "0155-62-9999")  # another box saved meanwhile
    run(until(lambda: panel.status.text() == "「窓口に来た方の電話番号」を保存しました。", what="saved"))
    assert cell(view, "visitor.birth_date", VALUE) == "2099-01-01"  # still there, still red
    assert "保存されていません" in cell(view, "visitor.birth_date", CHECK)
    assert "保存されていない修正 1件" in view.summary.text()
    press(qtbot, run, panel.print_button)  # the paper would not show the clerk's edit
    assert (
        panel.status.text()
        == "「窓口に来た方の生年月日」 の修正が保存されていません。直してから印刷してください。"
    )
    assert tray.jobs == []
    edit(qtbot, run, view, "visitor.birth_date", "昭和23年11月23日")  # the stored day again: nothing to save
    run(until(lambda: "保存されていない" not in view.summary.text(), what="the refusal taken back"))
    assert "保存されていません" not in cell(view, "visitor.birth_date", CHECK)
    assert "入力はそろっています" in view.summary.text() and view.summary.property("role") == "ok"
    press(qtbot, run, panel.print_button)
    run(until(lambda: tray.jobs == ["申請書 A-001"], what="printed"))

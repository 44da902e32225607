"""和暦 in the desk's corrections: the clerk types a date as they write it, and sees it in 和暦 and 西暦."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from casework import Casework
from desk.form_view import VALUE
from desk.window import DeskWindow
from queueing.services import QueueService
from tests.helpers.casework import casework_with_clerk
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import Tray, edit, on_the_loop, serving_a_resident_with_a_form

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


def test_a_date_is_corrected_in_wareki_and_a_day_its_era_lacked_is_refused_with_the_reason(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    view = serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    row = view.row_of("visitor.birth_date")
    cell = view.table.item(row, VALUE)
    assert cell is not None and cell.text() == "昭和23年11月23日（1948年）"
    assert cell.data(0x0100) == "昭和23年11月23日"  # the editor starts in 和暦, as clerks write
    edit(qtbot, run, view, "visitor.birth_date", "S23.11.24")
    run(until(lambda: view.history.rowCount() == 2, what="the correction kept (and its copy)"))
    assert view.table.item(row, VALUE).text() == "昭和23年11月24日（1948年）"  # type: ignore[union-attr]
    history = {tuple(view.history.item(r, c).text() for c in (3, 4)) for r in range(2)}  # type: ignore[union-attr]
    assert history == {("昭和23年11月23日（1948年）", "昭和23年11月24日（1948年）")}
    edit(qtbot, run, view, "visitor.birth_date", "令和1年4月30日")
    run(until(lambda: "保存されていません" in view.table.item(row, 2).text(), what="the refusal"))  # type: ignore[union-attr]
    assert "令和は令和元年5月1日（2019年）からです。" in view.table.item(row, 2).text()  # type: ignore[union-attr]
    assert view.history.rowCount() == 2


def test_the_same_day_in_another_spelling_is_no_correction(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    view = serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    edit(qtbot, run, view, "visitor.birth_date", "１９４８－１１－２３")
    on_the_loop(run, lambda: None)
    assert view.table.item(view.row_of("visitor.birth_date"), 2).text() == "✓"  # type: ignore[union-attr]
    assert view.history.rowCount() == 0 and desk.applications.status.text() != "保存しました。"  # type: ignore[union-attr]

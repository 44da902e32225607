"""A desk left alone: the clerk is warned, then logged out, and the resident's data leaves the widget tree.

The desk here warns after 1 s and logs out after 2 s without input (desk.idle_* are minutes in a town).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from casework import Casework
from desk.window import DeskWindow
from queueing.services import QueueService
from tests.helpers.casework import PERSONAL_VALUES, casework_with_clerk
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import Tray, edit, every_text, on_the_loop, press, serving_a_resident_with_a_form

Run = Callable[..., Any]
IDENTITY_AS_SHOWN = ("昭和23年11月23日", "たかみ", "0155-62-1234")  # as the desk shows them


@pytest.fixture
def casework(store: Any, live_queue: QueueService) -> Casework:
    return casework_with_clerk(store, live_queue, Tray())


@pytest.fixture
def desk(qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework) -> Iterator[DeskWindow]:
    window = DeskWindow(live_queue, casework, idle=(1, 2))
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    yield window


def test_a_desk_left_alone_warns_then_logs_out_and_every_personal_value_leaves(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    view = serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    edit(qtbot, run, view, "visitor.birth_date", "2099-01-01")  # a refused value quotes what was typed
    run(until(lambda: "保存されていません" in every_text(desk), what="the refusal"))
    assert "𠮷川" in every_text(desk) and "昭和23年11月23日" in every_text(desk)
    run(until(desk.idle_warning.isVisible, timeout=5, what="the warning"))
    assert "まもなくログアウトします" in desk.idle_warning.text.text() and desk.clerk is not None
    run(until(lambda: desk.pages.currentWidget() is desk.login, timeout=5, what="the idle logout"))
    assert desk.clerk is None and not desk.idle_warning.isVisible()
    assert desk.login.hint.text().startswith("操作がなかったため、ログアウトしました。")
    # Nobody is at the counter to serve A-001: it is back in line at its place, and the page says so.
    said = "操作がなかったため、ログアウトしました。A-001 を列の元の位置に戻しました。"
    run(until(lambda: desk.login.hint.text() == said, what="the ticket given back"))
    assert live_queue.current(1) is None and [t.label for t in live_queue.waiting_for(1)] == ["A-001"]
    left = every_text(desk)
    assert [v for v in (*PERSONAL_VALUES, *IDENTITY_AS_SHOWN, "2099-01-01") if v in left] == []


def test_continue_or_any_click_keeps_the_clerk_logged_in(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    run(until(desk.idle_warning.isVisible, timeout=5, what="the warning"))
    press(qtbot, run, desk.idle_warning.continue_button)
    assert not desk.idle_warning.isVisible() and desk.idle.active
    run(until(desk.idle_warning.isVisible, timeout=5, what="the warning again"))
    on_the_loop(run, lambda: qtbot.keyClick(desk.no_show_undo.number, "a"))  # any key on the desk counts
    assert not desk.idle_warning.isVisible()
    assert desk.pages.currentIndex() == 1 and desk.clerk is not None
    press(qtbot, run, desk.logout_button)
    press(qtbot, run, desk.operations.confirmation.confirm_button)  # 列に戻してログアウト
    run(until(lambda: desk.clerk is None, what="the logout"))
    assert not desk.idle.active  # nobody to log out on the login page

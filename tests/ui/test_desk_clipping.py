"""No text is clipped on the desk, and the desk fits its screen: 1366x768 and 1600x900 laptops and monitors,
and 1920x1080 monitors.

The desk is driven through its states on a real SQLite queue (login, a ticket with a form and its
problems, a refused correction, the 和暦 editor, 変更履歴, 回す, お知らせ, 本日の予約, the idle-logout
warning, 空欄のまま印刷, a household's row buttons) and `tests.helpers.clipping.find_clipping` must find
nothing at each screen size; the form table keeps room for `theme.DESK_FORM_MIN_ROWS` boxes (it scrolls for
more).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from bootstrap import make_appointments, make_notices
from casework import Casework
from desk.form_view import VALUE, FormView
from desk.window import DeskWindow
from forms import Application, build_application, card_filled
from queueing.appointment_service import AppointmentService
from queueing.appointments import Appointment
from queueing.model import CorrectionRequest
from queueing.notices import NoticeBoard
from queueing.services import QueueService
from settings import OfficeConfig
from tests.helpers.casework import YOSHINO, casework_with_clerk, juminhyo
from tests.helpers.clipping import Clipping, find_clipping
from tests.helpers.qasync_loop import until
from tests.ui.test_desk import Tray, edit, form_view, log_in, on_the_loop, press
from ui import theme

Run = Callable[..., Any]
SCREENS = (QSize(1366, 768), QSize(1600, 900), QSize(1920, 1080))
LONG_NOTICE = "本日は窓口が大変混み合っております。証明書の発行は16時30分まで、住民異動の受付は16時までです。"


@pytest.fixture
def casework(store: Any, live_queue: QueueService) -> Casework:
    return casework_with_clerk(store, live_queue, Tray())


@pytest.fixture
def notices(config: OfficeConfig, store: Any) -> NoticeBoard:
    board: NoticeBoard = make_notices(config, store.unit_of_work)
    return board


@pytest.fixture
def appointments(config: OfficeConfig, store: Any, live_queue: QueueService) -> AppointmentService:
    service: AppointmentService = make_appointments(config, store.unit_of_work, live_queue)
    nine = live_queue.clock.at(service.today(), 9)
    booked = [("R-3072", "B", 30), ("R-4111", "D", 120), ("R-5120", "F", 330), ("R-6144", "A", 400)]
    service.import_appointments([Appointment(r, code, nine + timedelta(minutes=m)) for r, code, m in booked])
    return service


@pytest.fixture
def desk(
    qtbot: Any,
    qloop: Any,
    live_queue: QueueService,
    casework: Casework,
    notices: NoticeBoard,
    appointments: AppointmentService,
) -> Iterator[DeskWindow]:
    window = DeskWindow(live_queue, casework, notices=notices, appointments=appointments)
    qtbot.addWidget(window)
    window.resize(SCREENS[0])
    window.show()
    yield window


class Walk:
    """The desk on every screen size; `check()` collects what the checker finds in the state shown."""

    def __init__(self, desk: DeskWindow, run: Run) -> None:
        self.desk, self.run = desk, run
        self.found: list[str] = []

    def settle(self) -> None:
        async def turns() -> None:
            for _ in range(3):
                QApplication.processEvents()
                await asyncio.sleep(0)

        self.run(turns())

    def check(self, name: str) -> None:
        """At every screen size; settled first, so the window's minimum size is the state's own."""
        self.settle()
        grown = self.desk.size()
        if grown != SCREENS[0]:  # the state's change made the window grow (and it stays so)
            needed, available = (grown.width(), grown.height()), (SCREENS[0].width(), SCREENS[0].height())
            self.found.append(str(Clipping(name, "DeskWindow", "", "grew with the state", needed, available)))
        for screen in SCREENS:
            self.desk.resize(screen)
            self.settle()
            page = f"{name} at {screen.width()}x{screen.height()}"
            self.found += [str(c) for c in find_clipping(self.desk, page, screen)]
            self.found += self._form_room(page)
        self.desk.resize(SCREENS[0])
        self.settle()

    def _form_room(self, page: str) -> list[str]:
        """The form table shows at least DESK_FORM_MIN_ROWS boxes' height (the rest scrolls)."""
        panel = self.desk.applications
        view = panel.tabs.currentWidget() if panel is not None else None
        if not isinstance(view, FormView) or not view.table.isVisible():
            return []
        wanted = theme.DESK_FORM_MIN_ROWS * theme.DESK_TABLE_ROW_HEIGHT
        shown = view.table.viewport().height()
        if shown >= wanted:
            return []
        return [str(Clipping(page, "form table", "", "too low", (0, wanted), (0, shown)))]


def test_a_ticket_with_a_form_fits_every_screen_in_each_state(
    qtbot: Any,
    desk: DeskWindow,
    live_queue: QueueService,
    casework: Casework,
    notices: NoticeBoard,
    appointments: AppointmentService,
    run: Run,
) -> None:
    walk = Walk(desk, run)
    walk.check("login")
    log_in(qtbot, run, desk, password="wrong horse battery")
    run(until(lambda: desk.login.error.text() != "", what="the refusal"))
    walk.check("login refused")
    desk.login.login_name.clear()
    form = juminhyo(casework.catalog, **{"visitor.phone": "1"})  # a problem: printing asks about blanks
    asked = CorrectionRequest({"juminhyo": card_boxes(casework, form)})  # 違うところがある: the notice on top
    live_queue.issue(["A", "E"], applications=[form], printed=False, correction=asked)  # and no paper
    for code in "BACA":
        live_queue.issue(code)
    live_queue.call_ticket(2, "B-001")
    live_queue.hold(2)  # 書類待ち
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.call_button)
    view = form_view(run, desk)
    run(until(lambda: desk.current.text() == "A-001", what="A-001 at the counter"))
    live_queue.set_priority("C-001", True)
    desk.refresh()
    assert desk.current_view.correction.isVisible()
    walk.check("a ticket with its form, no paper ticket, a correction asked")
    edit(qtbot, run, view, "visitor.birth_date", "2099-01-01")
    check = view.table.item(view.row_of("visitor.birth_date"), 2)
    assert check is not None
    run(until(lambda: "保存されていません" in check.text(), what="the refusal"))
    walk.check("a refused correction")
    opening_the_wareki_editor(qtbot, run, view)
    walk.check("the 和暦 editor")
    on_the_loop(run, lambda: qtbot.keyClick(view.table.viewport().findChild(QLineEdit), Qt.Key.Key_Escape))
    panel = desk.applications
    assert panel is not None
    press(qtbot, run, panel.history_button)
    assert view.history.isVisible() and not view.table.isVisible()
    walk.check("変更履歴")
    press(qtbot, run, panel.history_button)
    press(qtbot, run, desk.transfer_button)
    walk.check("回す")
    press(qtbot, run, desk.operations.transfer.cancel_button)
    walk_the_drawers(qtbot, run, walk, notices)
    desk.idle_warning.show()
    assert not desk.operations.isVisible()  # the warning in the operations' place
    walk.check("the idle-logout warning")
    desk.idle_warning.hide()
    edit(qtbot, run, view, "visitor.birth_date", "1980-01-01")  # 印刷 waits until no box is left unsaved
    run(until(lambda: "保存されていません" not in check.text(), what="the box put right"))
    press(qtbot, run, panel.print_button)
    run(until(panel.blank_button.isVisible, what="空欄のまま印刷 offered"))
    press(qtbot, run, panel.blank_button)
    walk.check("空欄のまま印刷: asked once more")
    assert walk.found == [], "\n".join(walk.found)


def card_boxes(casework: Casework, form: Any) -> tuple[str, ...]:
    """The boxes the card filled on a form, as the kiosk keeps them when the resident says they are wrong."""
    return card_filled(casework.catalog[form["form_id"]], Application.from_json_dict(form))


def opening_the_wareki_editor(qtbot: Any, run: Run, view: FormView) -> None:
    """Double-click a date box: its editor, with the 和暦 hint, open in the table."""
    table = view.table
    item = table.item(view.row_of("visitor.birth_date"), VALUE)
    assert item is not None
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    at = rect.center()
    on_the_loop(run, lambda: qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=at))
    run(until(lambda: table.viewport().findChild(QLineEdit) is not None, what="the editor"))


def walk_the_drawers(qtbot: Any, run: Run, walk: Walk, notices: NoticeBoard) -> None:
    """お知らせ with notices showing, then 本日の予約 with a check-in, in the left column."""
    desk = walk.desk
    notices.post(LONG_NOTICE)
    notices.post_until("駐車場が満車です", "23:59")
    press(qtbot, run, desk.notices_button)
    assert desk.notices is not None and desk.appointments is not None
    desk.refresh()
    run(until(lambda: len(desk.notices.remove_buttons) == 2, what="the notices"))  # type: ignore[union-attr]
    desk.notices.text.setText(LONG_NOTICE)
    walk.check("お知らせ")
    press(qtbot, run, desk.appointments_button)
    assert not desk.notices.isVisible()  # one drawer at a time
    run(until(lambda: len(desk.appointments.rows()) == 4, what="today's reservations"))  # type: ignore[union-attr]
    walk.check("本日の予約")
    press(qtbot, run, desk.appointments_button)
    assert desk.waiting_list.isVisible()


def test_a_households_row_buttons_fit_every_screen(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    template = casework.catalog["idou"]
    moving = build_application(template, YOSHINO, dict(template.example)).to_json_dict()
    asked = CorrectionRequest({"idou": card_boxes(casework, moving)})  # the notice names two people
    live_queue.issue("B", applications=[moving], correction=asked)
    log_in(qtbot, run, desk, counter=2)
    press(qtbot, run, desk.call_button)
    view = form_view(run, desk)
    press(qtbot, run, view.add_row_buttons["members"])
    run(until(lambda: len(view.case.application.rows["members"]) == 4, what="the fourth person"))
    view.table.selectRow(view.row_of("members.1.name"))
    assert view.remove_row_button.text() == "異動する方（2人目）を削除"
    walk = Walk(desk, run)
    walk.check("a household, a row chosen")
    assert walk.found == []

"""Desk v2 with pytest-qt on a real SQLite queue: the clerk logs in, works the counter's lists and
operations, corrects a form in place and sees its history, prints, and the resident's data leaves the
widget tree when the ticket leaves the counter or the clerk logs out."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QWidget,
)

from casework import Casework
from desk.form_view import VALUE, FormView
from desk.window import DeskWindow
from printing.spooler import PrintError, PrintFailure
from queueing.services import QueueService
from tests.helpers.casework import (
    CLERK,
    PASSWORD,
    PERSONAL_VALUES,
    audit_rows,
    casework_with_clerk,
    juminhyo,
)
from tests.helpers.qasync_loop import until
from ui.watcher import ChangeWatcher

Run = Callable[..., Any]


class Tray:
    """The A4 printer: keeps the titles of the jobs it printed, or fails as told."""

    def __init__(self) -> None:
        self.jobs: list[str] = []
        self.fails: Exception | None = None

    def __call__(self, items: Any, title: str) -> bool:
        if self.fails is not None:
            raise self.fails
        self.jobs.append(title)
        return True


@pytest.fixture
def tray() -> Tray:
    return Tray()


@pytest.fixture
def casework(store: Any, live_queue: QueueService, tray: Tray) -> Casework:
    return casework_with_clerk(store, live_queue, tray)


@pytest.fixture
def desk(
    qtbot: Any, qloop: Any, live_queue: QueueService, casework: Casework, listener: Any
) -> Iterator[DeskWindow]:
    window = DeskWindow(live_queue, casework)
    watcher = ChangeWatcher(listener, parent=window)
    watcher.changed.connect(window.refresh)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    yield window
    watcher.stop()


def on_the_loop(run: Run, action: Callable[[], object]) -> None:
    """Do `action` (a click, some typing) while the app's loop runs, as it always does in the app: Qt events
    processed meanwhile may step the desk's tasks, and those need a running loop."""

    async def act() -> None:
        action()
        await asyncio.sleep(0)

    run(act())


def press(qtbot: Any, run: Run, button: QAbstractButton) -> None:
    """Click as a clerk does: once the button is on screen and enabled."""
    run(until(lambda: button.isVisible() and button.isEnabled(), what=f"{button.text()} usable"))
    on_the_loop(run, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))


def log_in(qtbot: Any, run: Run, desk: DeskWindow, password: str = PASSWORD, counter: int = 1) -> None:
    on_the_loop(run, lambda: qtbot.keyClicks(desk.login.login_name, CLERK[0]))
    on_the_loop(run, lambda: qtbot.keyClicks(desk.login.password, password))
    press(qtbot, run, desk.login.login_button)
    if password == PASSWORD:
        run(until(lambda: desk.pages.currentIndex() == 1, what="the counter's page"))
        desk.select_counter(counter)


def waiting_labels(desk: DeskWindow) -> list[str]:
    table = desk.waiting_list.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]  # type: ignore[union-attr]


def held_labels(desk: DeskWindow) -> list[str]:
    return [desk.held_list.list.item(row).text().split("　")[0] for row in range(desk.held_list.list.count())]  # type: ignore[union-attr]


def every_text(widget: QWidget) -> str:
    """Every text under `widget`, shown or not: labels, buttons, fields, lists, tables, names and tips."""
    texts = [w.text() for w in widget.findChildren(QLabel)] + [
        w.text() for w in widget.findChildren(QAbstractButton)
    ]
    texts += [w.text() for w in widget.findChildren(QLineEdit)]
    texts += [box.itemText(i) for box in widget.findChildren(QComboBox) for i in range(box.count())]
    texts += [lst.item(i).text() for lst in widget.findChildren(QListWidget) for i in range(lst.count())]  # type: ignore[union-attr]
    for table in widget.findChildren(QTableWidget):
        cells = (table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount()))
        texts += [cell.text() for cell in cells if cell is not None]
    texts += [w.accessibleName() for w in widget.findChildren(QWidget)] + [
        w.toolTip() for w in widget.findChildren(QWidget)
    ]
    return "\n".join(texts)


def serving_the_first_of_two(qtbot: Any, run: Run, desk: DeskWindow, queue: QueueService) -> None:
    """A-001 and A-002 wait; the clerk logs in at counter 1 and calls A-001."""
    queue.issue("A")
    queue.issue("A")
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-001", what="A-001 called"))


def serving_a_resident_with_a_form(
    qtbot: Any, run: Run, desk: DeskWindow, queue: QueueService, casework: Casework
) -> FormView:
    """A resident with a 住民票 request from their card is called to counter 1; the form is on screen."""
    queue.issue("A", applications=[juminhyo(casework.catalog)])
    log_in(qtbot, run, desk)
    press(qtbot, run, desk.call_button)
    return form_view(run, desk)


def form_view(run: Run, desk: DeskWindow) -> FormView:
    assert desk.applications is not None
    run(until(lambda: desk.applications.views(), what="the ticket's forms"))  # type: ignore[union-attr]
    return desk.applications.views()[0]


def edit(qtbot: Any, run: Run, view: FormView, key: str, text: str) -> None:
    """Double-click a box's value, type over it and press Enter, as a clerk corrects a form."""
    table = view.table
    item = table.item(view.row_of(key), VALUE)
    assert item is not None
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    on_the_loop(run, lambda: qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()))
    on_the_loop(
        run, lambda: qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    )
    run(until(lambda: table.viewport().findChild(QLineEdit) is not None, what="the editor"))
    editor = table.viewport().findChild(QLineEdit)
    editor.selectAll()
    if text.isascii():
        on_the_loop(run, lambda: qtbot.keyClicks(editor, text))
    else:  # Japanese arrives from the input method as committed text (QTest types one UTF-16 unit a key)
        editor.insert(text)
    on_the_loop(run, lambda: qtbot.keyClick(editor, Qt.Key.Key_Return))


def test_a_wrong_password_is_refused_and_the_right_one_opens_the_counter(
    qtbot: Any, desk: DeskWindow, run: Run
) -> None:
    assert desk.pages.currentWidget() is desk.login
    log_in(qtbot, run, desk, password="wrong horse battery")
    run(until(lambda: desk.login.error.text() != "", what="the refusal"))
    assert desk.login.error.text() == "ログイン名またはパスワードが違います。"
    assert desk.login.password.text() == "" and desk.pages.currentWidget() is desk.login
    assert desk.clerk is None
    desk.login.login_name.clear()
    log_in(qtbot, run, desk)
    assert desk.clerk_label.text() == "担当：鈴木 花子"
    press(qtbot, run, desk.logout_button)
    assert desk.pages.currentWidget() is desk.login and desk.clerk is None
    assert desk.login.login_name.text() == ""


def test_the_clerk_calls_a_ticket_chosen_from_the_waiting_list(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, run: Run
) -> None:
    for code in "AAC":
        live_queue.issue(code)
    log_in(qtbot, run, desk)
    run(until(lambda: waiting_labels(desk) == ["A-001", "A-002", "C-001"], what="the counter's list"))
    assert desk.waiting.text() == "待ち 3人"
    desk.waiting_list.select("C-001")
    press(qtbot, run, desk.waiting_list.call_button)
    run(until(lambda: desk.current.text() == "C-001", what="the chosen ticket called"))
    assert desk.current_view.route.current_step() == "戸籍"
    run(until(lambda: waiting_labels(desk) == ["A-001", "A-002"], what="the list without it"))


def test_priority_moves_a_ticket_ahead_and_a_no_show_is_undone_by_its_number(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, run: Run
) -> None:
    for _ in range(3):
        live_queue.issue("A")
    log_in(qtbot, run, desk)
    run(until(lambda: len(waiting_labels(desk)) == 3, what="the list"))
    desk.waiting_list.select("A-003")
    press(qtbot, run, desk.waiting_list.priority_button)
    run(until(lambda: waiting_labels(desk)[0] == "A-003", what="A-003 ahead"))
    assert desk.waiting_list.table.item(0, 3).text() == "優先"  # type: ignore[union-attr]
    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-003", what="the priority ticket called"))
    press(qtbot, run, desk.no_show_button)
    run(until(lambda: desk.current.text() == "—", what="no-show"))
    on_the_loop(run, lambda: qtbot.keyClicks(desk.no_show_undo.number, "a-003"))
    press(qtbot, run, desk.no_show_undo.undo_button)
    run(until(lambda: "不在を取り消しました" in desk.message.text(), what="the undo confirmed"))
    run(until(lambda: "A-003" in waiting_labels(desk), what="back in line"))


def test_a_held_ticket_waits_aside_and_goes_back_to_its_place(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, run: Run
) -> None:
    serving_the_first_of_two(qtbot, run, desk, live_queue)
    press(qtbot, run, desk.hold_button)
    run(until(lambda: held_labels(desk) == ["A-001"], what="A-001 held"))
    assert desk.current.text() == "—" and waiting_labels(desk) == ["A-002"]
    desk.held_list.select("A-001")
    press(qtbot, run, desk.held_list.release_button)
    run(until(lambda: waiting_labels(desk) == ["A-001", "A-002"], what="A-001 back at its place"))
    assert held_labels(desk) == []


def test_a_ticket_is_passed_on_to_another_service_or_counter(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, run: Run
) -> None:
    serving_the_first_of_two(qtbot, run, desk, live_queue)
    press(qtbot, run, desk.transfer_button)
    desk.operations.transfer.choose("service", "E")
    press(qtbot, run, desk.operations.transfer.confirm_button)
    run(until(lambda: desk.current.text() == "—", what="passed on"))
    [moved] = live_queue.waiting_for(4)
    assert (moved.label, moved.route, moved.service_code) == ("A-001", ("A", "E"), "E")
    press(qtbot, run, desk.call_button)
    run(until(lambda: desk.current.text() == "A-002", what="A-002 called"))
    press(qtbot, run, desk.transfer_button)
    desk.operations.transfer.choose("counter", 2)
    press(qtbot, run, desk.operations.transfer.confirm_button)
    run(until(lambda: desk.current.text() == "—", what="passed to counter 2"))
    assert [t.label for t in live_queue.waiting_for(2)] == ["A-002"]
    assert "A-002" not in [t.label for t in live_queue.waiting_for(1)]


def test_the_clerk_corrects_a_box_and_sees_who_changed_what_when(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, store: Any, run: Run
) -> None:
    view = serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    row = view.row_of("visitor.name")
    assert view.table.item(row, VALUE).text() == "𠮷川　髙〓"  # type: ignore[union-attr]
    assert "〓" in view.table.item(row, 2).text()  # type: ignore[union-attr]  # the clerk is asked to check
    edit(qtbot, run, view, "visitor.name", "𠮷川　髙美")
    run(until(lambda: view.history.rowCount() == 2, what="two lines of history"))
    assert view.table.item(row, VALUE).text() == "𠮷川　髙美"  # type: ignore[union-attr]
    assert "修正済み" in view.table.item(row, 2).text() and "鈴木 花子" in view.table.item(row, 2).text()  # type: ignore[union-attr]
    history = [[view.history.item(r, c).text() for c in range(5)] for r in range(2)]  # type: ignore[union-attr]
    assert {(h[1], h[3], h[4]) for h in history} == {("鈴木 花子", "𠮷川　髙〓", "𠮷川　髙美")}
    assert {h[2] for h in history} == {"窓口に来た方の氏名", "証明が必要な方の氏名"}
    assert desk.applications.status.text() == "「窓口に来た方の氏名」を保存しました。"  # type: ignore[union-attr]
    assert [e["action"] for e in audit_rows(store)] == ["view", "correct", "correct"]


def test_a_refused_value_stays_in_its_box_with_the_reason_and_nothing_is_saved(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, store: Any, run: Run
) -> None:
    view = serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    row = view.row_of("visitor.birth_date")
    edit(qtbot, run, view, "visitor.birth_date", "2099-01-01")
    run(until(lambda: "保存されていません" in view.table.item(row, 2).text(), what="the refusal"))  # type: ignore[union-attr]
    assert "今日より後の日付" in view.table.item(row, 2).text()  # type: ignore[union-attr]
    assert view.table.item(row, VALUE).text() == "2099-01-01"  # type: ignore[union-attr]
    assert view.history.rowCount() == 0
    assert [e["action"] for e in audit_rows(store)] == ["view"]


def test_a_form_is_added_for_a_resident_without_a_card(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    live_queue.issue("D")
    log_in(qtbot, run, desk, counter=3)
    press(qtbot, run, desk.call_button)
    panel = desk.applications
    assert panel is not None
    run(until(lambda: panel.add_button.isEnabled(), what="a ticket at the counter"))
    assert (
        panel.empty.isVisible() and panel.form_choice.currentData() == "zei_shomei"
    )  # the service's form first
    press(qtbot, run, panel.add_button)
    view = form_view(run, desk)
    assert view.case.template.id == "zei_shomei"
    edit(qtbot, run, view, "visitor.name", "佐藤　一")
    run(until(lambda: view.history.rowCount() == 1, what="the first box filled"))
    assert view.history.item(0, 3).text() == ""  # type: ignore[union-attr]  # it was empty
    assert [c.template.id for c in casework.applications_for(view.case.ticket_id, desk.clerk)] == [
        "zei_shomei"
    ]  # type: ignore[arg-type]


def test_printing_says_it_printed_and_a_failed_printer_loses_nothing(
    qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, tray: Tray, run: Run
) -> None:
    serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    panel = desk.applications
    assert panel is not None
    press(qtbot, run, panel.print_button)
    run(until(lambda: panel.status.text() == "申請書を印刷しました（1件）。", what="printed"))
    assert tray.jobs == ["申請書 A-001"]
    tray.fails = PrintError(PrintFailure.PRINTER_DISABLED, "A4")
    press(qtbot, run, panel.print_button)
    run(until(lambda: "停止しています" in panel.status.text(), what="the printer's failure"))
    assert "申請書は保存されています" in panel.status.text() and panel.status.property("role") == "error"
    assert len(panel.views()) == 1 and panel.print_button.isEnabled()


@pytest.mark.parametrize("leaving", ["finish", "transfer", "hold", "log out"])
def test_the_residents_data_leaves_the_widget_tree_with_the_ticket(
    leaving: str, qtbot: Any, desk: DeskWindow, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    view = serving_a_resident_with_a_form(qtbot, run, desk, live_queue, casework)
    edit(qtbot, run, view, "visitor.birth_date", "2099-01-01")  # a refused value quotes what was typed
    run(until(lambda: "保存されていません" in every_text(desk), what="the refusal"))
    assert "𠮷川" in every_text(desk) and "2099-01-01" in every_text(desk)
    if leaving == "log out":
        press(qtbot, run, desk.logout_button)
        press(qtbot, run, desk.operations.confirmation.confirm_button)  # A-001 back in line, then out
    elif leaving == "transfer":
        press(qtbot, run, desk.transfer_button)
        press(qtbot, run, desk.operations.transfer.confirm_button)
    else:
        press(qtbot, run, desk.finish_button if leaving == "finish" else desk.hold_button)
    run(until(lambda: desk.applications.views() == [], what="the forms gone"))  # type: ignore[union-attr]
    left = every_text(desk)
    assert [value for value in (*PERSONAL_VALUES, "2099-01-01") if value in left] == []


def test_expired_forms_are_purged_at_start_and_on_every_tick(
    qloop: Any, store: Any, live_queue: QueueService, casework: Casework, run: Run
) -> None:
    from datetime import timedelta

    from desk.purge import PurgeSchedule
    from queueing.clock import OfficeClock, utc_now

    live_queue.issue("A", applications=[juminhyo(casework.catalog)])
    casework._clock = OfficeClock(source=lambda: utc_now() + timedelta(days=2))  # the business day is over
    schedule = PurgeSchedule(casework, interval_ms=20)
    purged: list[Any] = []
    schedule.purged.connect(purged.append)
    schedule.start()
    run(until(lambda: len(purged) == 1, what="the purge at start"))
    live_queue.issue("A", applications=[juminhyo(casework.catalog)])
    run(until(lambda: len(purged) == 2, what="the purge on a tick"))
    schedule.stop()
    assert [p.applications for p in purged] == [1, 1]
    with store.unit_of_work(write=False) as uow:
        assert uow.applications.for_ticket(live_queue.waiting_for(1)[0].id) == []


def test_main_wires_the_desk_with_casework_and_purging(
    qtbot: Any, qloop: Any, database_url: str, run: Run
) -> None:
    from bootstrap import build_app
    from desk.purge import PurgeSchedule
    from main import open_windows
    from settings import load_config

    app = build_app(load_config(), database_url)
    try:
        with app.store.listening() as listener:
            [desk] = open_windows(app, "desk", listener, fullscreen=False)
            qtbot.addWidget(desk)
            assert isinstance(desk, DeskWindow) and desk.applications is not None
            assert desk.pages.currentWidget() is desk.login
            run(until(lambda: "clerk add" in desk.login.hint.text(), what="the hint: no clerk yet"))
            [schedule] = desk.findChildren(PurgeSchedule)
            assert schedule.timer.isActive() and schedule.timer.interval() == 10 * 60 * 1000
            desk.findChild(ChangeWatcher).stop()  # before its listener closes
            desk.close()
    finally:
        app.close()

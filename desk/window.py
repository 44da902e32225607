"""Desk v2: a clerk logs in, serves one counter — its waiting list, the current ticket and its route, the
counter's operations — and checks, corrects, completes and prints the ticket's forms.

Without casework (DeskWindow(queue)) the desk is the counter alone, as in v1, with no login. With it the
clerk logs in first, and the ticket's personal data is on screen only while the ticket is at the
counter: it leaves the widget tree when the ticket is finished, passed on or put aside, and at logout.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casework import CaseFile, Casework, CaseworkError, Clerk
from casework.flags import flagged_forms
from desk.applications import ApplicationsPanel
from desk.appointments import AppointmentsPanel
from desk.cases import TicketCases
from desk.current import CurrentTicketView
from desk.idle import DEFAULT_IDLE, DeskIdleWatch, IdleWarning
from desk.last_action import LastAction
from desk.login import LoginPanel
from desk.notices import NoticesPanel
from desk.operations import OperationsBar
from desk.queue_lists import HeldList, NoShowUndo, WaitingList
from queueing.appointment_service import AppointmentService
from queueing.errors import QueueError
from queueing.model import Ticket, TicketState
from queueing.notices import NoticeBoard
from queueing.services import QueueService, QueueSnapshot
from queueing.undo import reverses
from ui import theme
from ui.app import run_blocking
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)
CLOCK_TICK_MS = 30_000  # waited minutes move on without any change to the queue


@dataclass(frozen=True)
class CounterState:
    """One read of what a counter's desk shows."""

    current: Ticket | None
    snapshot: QueueSnapshot
    waiting: list[Ticket]
    held: list[Ticket]


class DeskWindow(QWidget):
    """A clerk's window for one counter at a time.

    Signals:
        current_changed(str): the label of the counter's current ticket ("" when none).
    """

    current_changed = Signal(str)

    def __init__(
        self,
        queue: QueueService,
        casework: Casework | None = None,
        parent: QWidget | None = None,
        *,
        notices: NoticeBoard | None = None,
        appointments: AppointmentService | None = None,
        idle: tuple[int, int] = DEFAULT_IDLE,
    ) -> None:
        """`idle`: seconds without input before the logout is announced, and before it happens."""
        super().__init__(parent)
        self._notice_board = notices
        self._appointment_service = appointments
        self._idle_seconds = idle
        self.setWindowTitle(self.tr("窓口 職員"))
        self.setObjectName("page")
        self.setStyleSheet(theme.desk_stylesheet())
        self._queue = queue
        self._casework = casework
        self._tasks = TaskGroup()
        self._busy = False
        self.clerk: Clerk | None = None
        self._has_current = False
        self._current: Ticket | None = None  # as last read
        self._undo: tuple[Ticket, Ticket] | None = None  # the ticket before and after the last operation
        self._reads = itertools.count()  # reads finish out of order; an older one never overwrites a newer
        self._shown_read = -1
        self.login = LoginPanel()
        self.login.submitted.connect(self._log_in)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login)
        self.pages.addWidget(self._work_page())
        self.pages.setCurrentIndex(0 if casework is not None else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._ticker = QTimer(self)
        self._ticker.setInterval(CLOCK_TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        self._ticker.start()
        self.counter_box.currentIndexChanged.connect(lambda _index: self._counter_changed())
        self._offer_transfers()
        self.idle = DeskIdleWatch(self, *idle)
        self.idle.warn.connect(self.idle_warning.show)
        self.idle.restarted.connect(self.idle_warning.hide)
        self.idle.expired.connect(self.log_out_for_inactivity)
        self.idle_warning.keep_going.connect(self.idle.start)

    # --- layout ---------------------------------------------------------------------------------------

    def _work_page(self) -> QWidget:
        page = QWidget()
        # Qt gives a window the height its wrapped texts need at its narrowest width: not too narrow, so
        # that a 1366x768 screen holds it.
        page.setMinimumWidth(theme.DESK_MIN_WIDTH)
        layout = QVBoxLayout(page)
        s = theme.DESK.spacing
        layout.setContentsMargins(s * 2, s, s * 2, s)
        layout.setSpacing(s)
        layout.addLayout(self._top_bar())
        body = QHBoxLayout()
        body.setSpacing(s * 2)
        body.addWidget(self._side_column())
        body.addLayout(self._main_column(), 1)
        layout.addLayout(body, 1)
        return page

    def _top_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("窓口"))
        self.counter_box = QComboBox()
        for counter in self._queue.counters:
            services = "・".join(self._service_name(code) for code in counter.services)
            self.counter_box.addItem(f"{counter.name}（{services}）", counter.number)
        label.setBuddy(self.counter_box)
        self.counter_box.setAccessibleName(self.tr("窓口"))
        self.waiting = QLabel("")
        self.waiting.setProperty("role", "muted")
        self.last_action = LastAction()  # what the last operation did; in the bar, where the clerk looks
        self.last_action.undo_requested.connect(self._undo_last)
        self.message = self.last_action.text
        self.clerk_label = QLabel("")
        self.clerk_label.setProperty("role", "clerk")
        self.logout_button = QPushButton(self.tr("ログアウト"))
        self.logout_button.setProperty("role", "compact-secondary")
        self.logout_button.clicked.connect(self.request_log_out)
        self.notices_button = QPushButton(self.tr("お知らせ"))
        self.notices_button.setProperty("role", "compact-secondary")
        self.notices_button.setCheckable(True)
        self.notices_button.setVisible(self._notice_board is not None)
        self.appointments_button = QPushButton(self.tr("本日の予約"))
        self.appointments_button.setProperty("role", "compact-secondary")
        self.appointments_button.setCheckable(True)
        self.appointments_button.setVisible(self._appointment_service is not None)
        for widget, stretch in ((label, 0), (self.counter_box, 1), (self.waiting, 0), (self.last_action, 2)):
            row.addWidget(widget, stretch)
        row.addWidget(self.appointments_button)
        row.addWidget(self.notices_button)
        row.addWidget(self.clerk_label)
        row.addWidget(self.logout_button)
        self.clerk_label.setVisible(self._casework is not None)
        self.logout_button.setVisible(self._casework is not None)
        return row

    def _side_column(self) -> QWidget:
        """The counter's lists; お知らせ and 本日の予約 open in their place (a drawer), so the form table
        keeps its height on a 1366x768 screen."""
        self.side = QStackedWidget()
        self.side.setFixedWidth(theme.DESK_SIDE_WIDTH)
        self.side.addWidget(self._queue_lists())
        self.notices: NoticesPanel | None = None
        if self._notice_board is not None:
            self.notices = NoticesPanel(self._notice_board, self._tasks, self._logged_in)
            self.notices.changed.connect(self.refresh)
            self.side.addWidget(self.notices)
            self.notices_button.toggled.connect(lambda on: self._open_drawer(self.notices, on))
        self.appointments: AppointmentsPanel | None = None
        if self._appointment_service is not None:
            self.appointments = AppointmentsPanel(self._appointment_service, self._tasks, self._service_name)
            self.side.addWidget(self.appointments)
            self.appointments_button.toggled.connect(lambda on: self._open_drawer(self.appointments, on))
        return self.side

    def _open_drawer(self, panel: QWidget | None, shown: bool) -> None:
        """Show a panel in the left column instead of the lists (one at a time), or the lists again."""
        if panel is None:
            return
        if shown:
            other = self.appointments_button if panel is self.notices else self.notices_button
            other.setChecked(False)
            self.side.setCurrentWidget(panel)
            self.side.setFixedWidth(theme.DESK_DRAWER_WIDTH)
            if panel is self.appointments:
                self.appointments.refresh()
        elif self.side.currentWidget() is panel:
            self.side.setCurrentIndex(0)
            self.side.setFixedWidth(theme.DESK_SIDE_WIDTH)

    def _queue_lists(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.waiting_list = WaitingList(self._service_name)
        self.held_list = HeldList(self._service_name)
        self.no_show_undo = NoShowUndo()
        column.addWidget(self.waiting_list, 1)
        column.addWidget(self.held_list)
        column.addWidget(self.no_show_undo)
        self.waiting_list.call_requested.connect(self._call_chosen)
        self.waiting_list.priority_requested.connect(self._set_priority)
        self.held_list.release_requested.connect(self._release)
        self.no_show_undo.undo_requested.connect(self._undo_no_show)
        return side

    def _main_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(theme.DESK.spacing)
        self.current_view = CurrentTicketView(self._service_name, self._queue.clock.local)
        self.current, self.details = self.current_view.number, self.current_view.details
        self.operations = OperationsBar()
        ops = self.operations
        self.call_button, self.recall_button = ops.call_button, ops.recall_button
        self.finish_button, self.no_show_button = ops.finish_button, ops.no_show_button
        self.hold_button, self.transfer_button = ops.hold_button, ops.transfer_button
        self.call_button.clicked.connect(self._call_next)
        self.recall_button.clicked.connect(lambda: self._counter_operation(self._queue.recall))
        self.finish_button.clicked.connect(lambda: self._counter_operation(self._queue.finish, leaves=True))
        self.no_show_button.clicked.connect(lambda: self._counter_operation(self._queue.no_show, leaves=True))
        self.hold_button.clicked.connect(lambda: self._counter_operation(self._queue.hold, leaves=True))
        ops.transfer.chosen.connect(self._transfer)
        warn, end = self._idle_seconds
        self.idle_warning = IdleWarning(end - warn)
        self.idle_warning.opened.connect(ops.cover)
        column.addWidget(self.current_view)
        column.addWidget(ops)
        column.addWidget(self.idle_warning)  # in the operations' place while it shows
        self.applications: ApplicationsPanel | None = None
        self.cases: TicketCases | None = None
        if (casework := self._casework) is not None:
            names = {s.code: s.name for s in self._queue.services}
            self.applications = ApplicationsPanel(  # the catalog is loaded when first needed
                lambda: casework.catalog, names, local=self._queue.clock.local
            )
            self.applications.set_printer(casework.can_print)
            self.cases = TicketCases(casework, self.applications, lambda: self.clerk, self._tasks)
            self.cases.problem.connect(self.last_action.complain)
            self.cases.shown.connect(
                lambda ticket_id, cases: self.current_view.show_flagged(ticket_id, flagged_forms(cases))
            )
            column.addWidget(self.applications, 1)
        else:
            column.addStretch(1)
        return column

    # --- the counter -----------------------------------------------------------------------------------

    @property
    def counter_number(self) -> int:
        return int(self.counter_box.currentData())

    def select_counter(self, number: int) -> None:
        index = self.counter_box.findData(number)
        if index < 0:
            raise ValueError(f"no counter {number}")
        self.counter_box.setCurrentIndex(index)

    def _logged_in(self) -> bool:
        """A clerk is logged in (or the desk has no logins: the counter alone, as in v1)."""
        return self._casework is None or self.clerk is not None

    def _counter_changed(self) -> None:
        self._offer_transfers()
        self._current, self._has_current = None, False
        self._set_enabled(False)  # nothing acts on the counter before its state is read
        self.refresh()

    def _offer_transfers(self) -> None:
        others = [c for c in self._queue.counters if c.number != self.counter_number]
        names = {s.code: s.name for s in self._queue.services}
        self.operations.transfer.offer(self._queue.services, others, names)

    def _service_name(self, code: str) -> str:
        try:
            return self._queue.service(code).name
        except QueueError:
            return code

    def _call_next(self) -> None:
        """次の方を呼ぶ: with a ticket at the counter, ask first (calling finishes it)."""
        current = self._current
        if current is None:
            self._counter_operation(self._queue.call_next, leaves=True)
            return
        self.operations.ask(
            self.tr("%1 の対応を完了して次の方を呼びますか？").replace("%1", current.label),
            self.tr("完了して次の方を呼ぶ"),
            lambda: self._counter_operation(self._queue.call_next, leaves=True),
        )

    def _counter_operation(self, operation: Callable[[int], Ticket | None], *, leaves: bool = False) -> None:
        """Run an operation on this counter and say what it did; `leaves`: the current ticket leaves the
        counter with it. The ticket as it was before is read with it, for the message and the undo."""
        counter = self.counter_number
        calls, recalls = operation == self._queue.call_next, operation == self._queue.recall

        def work() -> tuple[Ticket | None, Ticket | None]:
            return self._queue.current(counter), operation(counter)

        def done(result: tuple[Ticket | None, Ticket | None]) -> None:
            if calls:
                self._tell_call(*result)
            else:
                self._tell_change(*result, recall=recalls)

        self._submit(work, done, leaves=leaves)

    def _tell_call(self, finished: Ticket | None, called: Ticket | None) -> None:
        """A call, and the ticket it finished (次の方を呼ぶ, この番号を呼ぶ with a ticket at the counter)."""
        if finished is not None and called is not None and finished.id == called.id:
            finished = None
        if called is None:
            text = self.tr("お待ちの方はいません")
            if finished is not None:
                text = self.tr("%1 の対応を完了しました。お待ちの方はいません").replace("%1", finished.label)
        elif finished is not None:
            text = self.tr("%1 の対応を完了し、%2 を呼びました").replace("%1", finished.label)
            text = text.replace("%2", called.label)
        else:
            text = self.tr("%1 を呼びました").replace("%1", called.label)
        self.last_action.tell(text)

    def _tell_change(self, before: Ticket | None, after: Ticket | None, *, recall: bool = False) -> None:
        """What a recall, finish, no-show or 書類待ち did, with 元に戻す where it can be taken back (a
        recall past desk.max_recalls is a no-show)."""
        if after is None:
            return
        label = after.label
        if after.state is TicketState.CALLED:
            text = self.tr("%1 を再び呼びました（再呼び出し %2回）").replace("%2", str(after.recalls))
        elif after.state is TicketState.NO_SHOW:
            text = self.tr("%1 を不在にしました")
            if recall:
                text = self.tr("%1 は %2回呼んでも来られなかったため、不在にしました")
                text = text.replace("%2", str(after.recalls + 1))
        elif after.state is TicketState.HELD:
            text = self.tr("%1 を書類待ちにしました")
        elif after.state is TicketState.WAITING:
            text = self.tr("%1 の対応を完了しました（次は %2）")
            text = text.replace("%2", self._service_name(after.service_code))
        else:
            text = self.tr("%1 の対応を完了しました")
        undoable = before is not None and reverses(before, after)
        self._undo = (before, after) if before is not None and undoable else None
        self.last_action.tell(text.replace("%1", label), undoable=undoable)

    def _undo_last(self) -> None:
        """元に戻す: the last finish, no-show or 書類待ち taken back; the ticket is at the counter again."""
        if self._undo is None:
            return
        before, after = self._undo
        self._undo = None

        def done(ticket: Ticket) -> None:
            self.last_action.tell(self.tr("%1 を元に戻しました（対応中）").replace("%1", ticket.label))

        self._submit(lambda: self._queue.undo(before, after), done)

    def _call_chosen(self, label: str) -> None:
        """この番号を呼ぶ: with a ticket at the counter, ask first (calling finishes it)."""
        counter = self.counter_number

        def work() -> tuple[Ticket | None, Ticket]:
            return self._queue.current(counter), self._queue.call_ticket(counter, label)

        def call() -> None:
            self._submit(work, lambda result: self._tell_call(*result), leaves=True)

        current = self._current
        if current is None:
            call()
            return
        self.operations.ask(
            self.tr("%1 の対応を完了して %2 を呼びますか？")
            .replace("%1", current.label)
            .replace("%2", label),
            self.tr("完了して %1 を呼ぶ").replace("%1", label),
            call,
        )

    def _transfer(self, kind: str, value: object) -> None:
        counter = self.counter_number
        target: dict[str, Any] = {"service": value} if kind == "service" else {"counter": value}
        if kind == "service":
            where = self._service_name(str(value))
        else:
            where = self._queue.counter(int(str(value))).name

        def done(ticket: Ticket) -> None:
            self.last_action.tell(
                self.tr("%1 を%2へ回しました").replace("%1", ticket.label).replace("%2", where)
            )

        self._submit(lambda: self._queue.transfer(counter, **target), done, leaves=True)

    def _set_priority(self, label: str, on: bool) -> None:
        def done(ticket: Ticket) -> None:
            text = self.tr("%1 を優先にしました") if ticket.priority else self.tr("%1 の優先を外しました")
            self.last_action.tell(text.replace("%1", ticket.label))

        self._submit(lambda: self._queue.set_priority(label, on), done)

    def _release(self, label: str) -> None:
        def done(ticket: Ticket) -> None:
            self.last_action.tell(self.tr("%1 を列の元の位置に戻しました").replace("%1", ticket.label))

        self._submit(lambda: self._queue.release(label), done)

    def _undo_no_show(self, label: str) -> None:
        def done(ticket: Ticket) -> None:
            self.last_action.tell(
                self.tr("%1 の不在を取り消しました。列の元の位置に戻りました。").replace("%1", ticket.label)
            )

        self._submit(lambda: self._queue.undo_no_show(label), done)

    def _submit(
        self, work: Callable[[], Any], done: Callable[[Any], None] | None = None, *, leaves: bool = False
    ) -> None:
        if self._busy:
            return  # one operation at a time: a double click does not call two residents
        self._busy = True
        self._set_enabled(False)
        self._tasks.spawn(self._perform(work, done, leaves))

    async def _perform(
        self, work: Callable[[], Any], done: Callable[[Any], None] | None, leaves: bool
    ) -> None:
        counter = self.counter_number
        leaving = self.cases.ticket_id if self.cases is not None else None
        try:
            result = await run_blocking(work)
            self.last_action.clear()
            if leaves and (self.cases is None or self.cases.ticket_id in (leaving, None)):
                self._forget_cases()  # not the next ticket's forms, if a read put them up meanwhile
            if done is not None:
                done(result)
        except QueueError as exc:
            self.last_action.complain(str(exc))
        except Exception:
            log.exception("desk operation failed")
            self.last_action.complain(self.tr("データベースに接続できません。もう一度お試しください"))
        finally:
            self._busy = False
        await self._show_state(counter)

    # --- reading the queue -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the counter's current ticket, its waiting list and the held tickets again."""
        if self.pages.currentWidget() is self.login:
            return
        self._tasks.spawn(self._show_state(self.counter_number))
        if self.appointments is not None:
            self.appointments.refresh()  # a check-in at the kiosk changes the list

    def _read_state(self, counter: int) -> CounterState:
        return CounterState(
            self._queue.current(counter),
            self._queue.snapshot(),
            self._queue.waiting_for(counter),
            self._queue.held(),
        )

    async def _show_state(self, counter: int) -> None:
        read = next(self._reads)
        try:
            state = await run_blocking(self._read_state, counter)
        except Exception:
            log.exception("desk could not read the queue")
            self.last_action.complain(self.tr("データベースに接続できません。もう一度お試しください"))
            self._set_enabled(False)
            self.call_button.setEnabled(True)
            return
        if counter != self.counter_number or read < self._shown_read:
            return  # the clerk switched counters, or a newer read is on screen already
        self._shown_read = read
        self.show_state(state.current, state.snapshot, state.waiting, state.held)
        await self._follow_ticket(state.current)

    def show_state(
        self,
        current: Ticket | None,
        snapshot: QueueSnapshot,
        waiting: Sequence[Ticket] | None = None,
        held: Sequence[Ticket] | None = None,
    ) -> None:
        """Show the selected counter's current ticket, its waiting list and how many wait for it."""
        served = set(self._queue.counter(self.counter_number).services)
        count = sum(n for service, n in snapshot.waiting if service.code in served)
        self.waiting.setText(self.tr("待ち %1人").replace("%1", str(count)))
        if waiting is not None:
            self.waiting_list.set_tickets(waiting, self._queue.now())
        if held is not None:
            self.held_list.set_tickets(held)
        self.current_view.show_ticket(current)
        self._current = current
        if self.notices is not None:
            self.notices.set_notices(snapshot.notices)
        self._has_current = current is not None
        self._set_enabled(not self._busy)
        self.current_changed.emit(current.label if current else "")

    def _set_enabled(self, enabled: bool) -> None:
        self.operations.set_enabled(idle=enabled, has_current=self._has_current)
        for side in (self.waiting_list, self.held_list, self.no_show_undo, self.last_action):
            side.set_idle(enabled)

    # --- the ticket's applications -------------------------------------------------------------------------

    async def _follow_ticket(self, current: Ticket | None) -> None:
        if self.cases is not None:
            await self.cases.follow(current)

    def show_cases(self, ticket: Ticket, cases: Sequence[CaseFile]) -> None:
        """Show the forms of the ticket at the counter (read with Casework.applications_for)."""
        if self.cases is not None:
            self.cases.show(ticket, cases)

    def reload_cases(self) -> None:
        """Read the current ticket's forms again (some may have been purged meanwhile)."""
        self._forget_cases()
        self.refresh()

    def _forget_cases(self) -> None:
        """Personal data off the screen: the forms, and any message that might quote a value."""
        if self.cases is not None:
            self.cases.forget()
            self.last_action.clear()

    # --- clerks ----------------------------------------------------------------------------------------

    def _log_in(self, login: str, password: str) -> None:
        self._tasks.spawn(self._verify(login, password))

    async def _verify(self, login: str, password: str) -> None:
        if self._casework is None:
            return
        try:
            clerk = await run_blocking(self._casework.clerks.verify, login, password)
        except CaseworkError as exc:
            self.login.refuse(str(exc))
            return
        except Exception:
            log.exception("desk could not check a login")
            self.login.refuse(self.tr("データベースに接続できません。もう一度お試しください"))
            return
        self.enter(clerk)
        self.refresh()

    def enter(self, clerk: Clerk) -> None:
        """`clerk` is logged in: the counter's page, with their name on it."""
        self.clerk = clerk
        self.clerk_label.setText(self.tr("担当：%1").replace("%1", clerk.display_name))
        self.login.reset()
        self.login.hint.setText("")
        self.pages.setCurrentIndex(1)
        self.idle.start()

    def request_log_out(self) -> None:
        """ログアウト: with a ticket at the counter, ask first: it goes back to the line at its place, so that
        another counter calls it and the display no longer shows it called here."""
        current = self._current
        if current is None or self.clerk is None:
            self.log_out()
            return
        counter = self.counter_number

        def leave(returned: Ticket | None) -> None:
            self.log_out()
            if returned is not None:
                self.login.hint.setText(
                    self.tr("%1 を列の元の位置に戻しました。").replace("%1", returned.label)
                )

        self.operations.ask(
            self.tr("%1 を対応中です。列に戻してログアウトしますか？").replace("%1", current.label),
            self.tr("列に戻してログアウト"),
            lambda: self._submit(lambda: self._queue.return_to_line(counter), leave, leaves=True),
        )

    def log_out(self) -> None:
        """The clerk leaves: the ticket's forms leave the screen, and the login comes back. (The counter's
        ticket is given back to the line first, by request_log_out and log_out_for_inactivity.)"""
        self._forget_cases()
        self.last_action.clear()
        self.operations.confirmation.hide()
        self._current, self._has_current = None, False  # read again at the next login
        self.clerk = None
        self.clerk_label.setText("")
        self.notices_button.setChecked(False)
        self.appointments_button.setChecked(False)
        self.idle.stop()
        self.idle_warning.hide()
        self.login.reset()
        self.pages.setCurrentWidget(self.login)

    def log_out_for_inactivity(self) -> None:
        """Nobody used the desk for desk.idle_logout_minutes: log out, and say why on the login page."""
        if self.clerk is None:
            return
        counter = self.counter_number
        self.log_out()  # at once: the forms leave the screen whatever the queue does
        said = self.tr("操作がなかったため、ログアウトしました。")
        self.login.hint.setText(said)
        self._tasks.spawn(self._give_back(counter, said))

    async def _give_back(self, counter: int, said: str) -> None:
        """After an idle logout: the counter's ticket, if any, back in line at its place (nobody is there
        to serve it), and the login page says so."""
        try:
            returned = await run_blocking(self._queue.return_to_line, counter)
        except Exception:
            log.exception("desk could not give counter %s's ticket back to the line", counter)
            returned, said = None, said + self.tr("対応中の番号を列に戻せませんでした。")
        if returned is not None:
            said += self.tr("%1 を列の元の位置に戻しました。").replace("%1", returned.label)
        if self.clerk is None:  # nobody has logged in meanwhile
            self.login.hint.setText(said)

    def check_clerks(self) -> None:
        """Tell on the login page when no clerk account exists yet (a new installation)."""
        if self._casework is not None:
            self._tasks.spawn(self._check_clerks(self._casework))

    async def _check_clerks(self, casework: Casework) -> None:
        try:
            clerks = await run_blocking(casework.clerks.all)
        except Exception:
            log.exception("desk could not list the clerks")
            return
        self.login.set_no_clerks(not clerks)

    def closeEvent(self, event: object) -> None:
        self._ticker.stop()
        self.idle.stop()
        self._forget_cases()
        self._tasks.cancel_all()
        super().closeEvent(event)  # type: ignore[arg-type]

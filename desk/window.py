"""Desk v1: pick a counter; call next, recall, finish, no-show; the current ticket shown large."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from queueing.model import Ticket
from queueing.services import QueueError, QueueService, QueueSnapshot
from ui import theme
from ui.app import run_blocking
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)


class DeskWindow(QWidget):
    """A clerk's window for one counter at a time.

    Signals:
        current_changed(str): the label of the counter's current ticket ("" when none).
    """

    current_changed = Signal(str)

    def __init__(self, queue: QueueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("窓口 職員"))
        self.setObjectName("page")
        self.setStyleSheet(theme.desk_stylesheet())
        self._queue = queue
        self._tasks = TaskGroup()
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            theme.DESK.spacing * 2, theme.DESK.spacing, theme.DESK.spacing * 2, theme.DESK.spacing
        )
        layout.setSpacing(theme.DESK.spacing)
        layout.addLayout(self._counter_row())
        layout.addWidget(self._current_box(), 1)
        layout.addLayout(self._buttons())
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.counter_box.currentIndexChanged.connect(lambda _index: self.refresh())

    def _counter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("窓口"))
        self.counter_box = QComboBox()
        for counter in self._queue.counters:
            services = "・".join(self._queue.service(code).name for code in counter.services)
            self.counter_box.addItem(f"{counter.name}（{services}）", counter.number)
        label.setBuddy(self.counter_box)
        self.counter_box.setAccessibleName(self.tr("窓口"))
        self.waiting = QLabel("")
        self.waiting.setProperty("role", "muted")
        row.addWidget(label)
        row.addWidget(self.counter_box, 1)
        row.addWidget(self.waiting)
        return row

    def _current_box(self) -> QWidget:
        box = QWidget(self)
        box.setProperty("role", "current")
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        inner = QVBoxLayout(box)
        caption = QLabel(self.tr("対応中の番号"))
        caption.setProperty("role", "heading")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current = QLabel("—")
        self.current.setProperty("role", "huge")
        self.current.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current.setAccessibleName(self.tr("対応中の番号"))
        self.details = QLabel("")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (caption, self.current, self.details):
            inner.addWidget(widget)
        return box

    def _buttons(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(theme.DESK.spacing)
        self.call_button = QPushButton(self.tr("次の方を呼ぶ"))
        self.recall_button = QPushButton(self.tr("再呼び出し"))
        self.recall_button.setProperty("role", "secondary")
        self.finish_button = QPushButton(self.tr("対応完了"))
        self.finish_button.setProperty("role", "secondary")
        self.no_show_button = QPushButton(self.tr("不在"))
        self.no_show_button.setProperty("role", "danger")
        grid.addWidget(self.call_button, 0, 0, 1, 3)
        grid.addWidget(self.recall_button, 1, 0)
        grid.addWidget(self.finish_button, 1, 1)
        grid.addWidget(self.no_show_button, 1, 2)
        self.call_button.clicked.connect(lambda: self._act(self._queue.call_next))
        self.recall_button.clicked.connect(lambda: self._act(self._queue.recall))
        self.finish_button.clicked.connect(lambda: self._act(self._queue.finish))
        self.no_show_button.clicked.connect(lambda: self._act(self._queue.no_show))
        return grid

    @property
    def counter_number(self) -> int:
        return int(self.counter_box.currentData())

    def select_counter(self, number: int) -> None:
        index = self.counter_box.findData(number)
        if index < 0:
            raise ValueError(f"no counter {number}")
        self.counter_box.setCurrentIndex(index)

    def _act(self, operation: Callable[[int], Ticket | None]) -> None:
        if self._busy:
            return  # one operation at a time: a double click does not call two residents
        self._busy = True
        self._set_enabled(False)
        self._tasks.spawn(self._run(operation, self.counter_number))

    async def _run(self, operation: Callable[[int], Ticket | None], counter: int) -> None:
        try:
            ticket = await run_blocking(operation, counter)
            if operation == self._queue.call_next and ticket is None:
                self.message.setText(self.tr("お待ちの方はいません"))
            else:
                self.message.setText("")
        except QueueError as exc:
            self.message.setText(str(exc))
        except Exception:
            log.exception("desk operation failed")
            self.message.setText(self.tr("データベースに接続できません。もう一度お試しください"))
        finally:
            self._busy = False
        await self._show_state(counter)

    def refresh(self) -> None:
        """Read the counter's current ticket and waiting count again."""
        self._tasks.spawn(self._show_state(self.counter_number))

    async def _show_state(self, counter: int) -> None:
        try:
            current = await run_blocking(self._queue.current, counter)
            snapshot = await run_blocking(self._queue.snapshot)
        except Exception:
            log.exception("desk could not read the queue")
            self.message.setText(self.tr("データベースに接続できません。もう一度お試しください"))
            self._set_enabled(False)
            self.call_button.setEnabled(True)
            return
        if counter == self.counter_number:  # else the clerk switched counters; that read is on its way
            self.show_state(current, snapshot)

    def show_state(self, current: Ticket | None, snapshot: QueueSnapshot) -> None:
        """Show the selected counter's current ticket and how many wait for its services."""
        served = set(self._queue.counter(self.counter_number).services)
        waiting = sum(count for service, count in snapshot.waiting if service.code in served)
        self.waiting.setText(self.tr("待ち %1人").replace("%1", str(waiting)))
        self._show_current(current)

    def _show_current(self, ticket: Ticket | None) -> None:
        label = ticket.label if ticket else ""
        self.current.setText(label or "—")
        if ticket is None:
            self.details.setText("")
        else:
            service = self._queue.service(ticket.service_code).name
            called = (ticket.called_at or ticket.issued_at).astimezone().strftime("%H:%M")
            parts = [service, self.tr("%1 呼び出し").replace("%1", called)]
            if ticket.recalls:
                parts.append(self.tr("再呼び出し %1回").replace("%1", str(ticket.recalls)))
            if not ticket.printed:
                parts.append(self.tr("番号札なし（印刷できませんでした）"))
            self.details.setText("　".join(parts))
        self._set_enabled(not self._busy)
        has_current = ticket is not None
        for button in (self.recall_button, self.finish_button, self.no_show_button):
            button.setEnabled(has_current and not self._busy)
        self.current_changed.emit(label)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.call_button, self.recall_button, self.finish_button, self.no_show_button):
            button.setEnabled(enabled)

    def closeEvent(self, event: object) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)  # type: ignore[arg-type]

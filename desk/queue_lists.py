"""The desk's left column: the counter's waiting list, the held tickets (書類待ち) and undoing a no-show.

Only numbers, services, times and marks: nothing here is personal data. Each list emits what the clerk
asked for; the window runs it against the queue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from queueing.model import Ticket
from ui import theme

USER_ROLE = Qt.ItemDataRole.UserRole
MARKS = 3  # the waiting list's column of marks (予約, 優先, 要訂正 ...)


def compact_button(text: str, *, secondary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setProperty("role", "compact-secondary" if secondary else "compact")
    return button


def caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "caption")
    return label


class WaitingList(QWidget):
    """The tickets this counter could call, in the order it would call them.

    Signals:
        call_requested(str): call this ticket now (「この番号を呼ぶ」).
        priority_requested(str, bool): set or clear the ticket's priority flag.
    """

    call_requested = Signal(str)
    priority_requested = Signal(str, bool)

    def __init__(self, service_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service_name = service_name
        self._tickets: list[Ticket] = []
        self._idle = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption(self.tr("お待ちの方")))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("番号"), self.tr("用件"), self.tr("待ち"), self.tr("印")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("お待ちの方"))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.call_button = compact_button(self.tr("この番号を呼ぶ"))
        self.priority_button = compact_button(self.tr("優先"), secondary=True)
        self.priority_button.setCheckable(True)
        self.call_button.clicked.connect(self._call)
        self.priority_button.clicked.connect(self._toggle_priority)
        buttons.addWidget(self.call_button, 2)
        buttons.addWidget(self.priority_button, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def set_tickets(self, tickets: Sequence[Ticket], now: datetime) -> None:
        """Show these tickets; the selection stays on the same number where it can."""
        chosen = self.selected()
        self._tickets = list(tickets)
        self.table.setRowCount(len(self._tickets))
        for row, ticket in enumerate(self._tickets):
            waited = max(0, int((now - ticket.issued_at).total_seconds() // 60))
            cells = (
                ticket.label,
                self._service_name(ticket.service_code),
                self.tr("%1分").replace("%1", str(waited)),
            )
            for column, text in enumerate((*cells, self._marks(ticket, now))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if ticket.correction_requested:
                self._stand_out(row)
        labels = [t.label for t in self._tickets]
        if chosen is not None and chosen.label in labels:
            self.table.selectRow(labels.index(chosen.label))
        else:
            self.table.clearSelection()
        self._selection_changed()

    def _stand_out(self, row: int) -> None:
        """要訂正 in bold red, and said in full to a screen reader and in the tooltip."""
        said = self.tr("要訂正：住民の方から訂正の申し出があります")
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            if item is None:
                continue
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QColor(theme.DESK_CELL_ERROR))
            item.setToolTip(said)
        marks = self.table.item(row, MARKS)
        if marks is not None:
            marks.setBackground(QColor(theme.DESK_CELL_ERROR_BACKGROUND))
            marks.setData(Qt.ItemDataRole.AccessibleTextRole, f"{marks.text()}（{said}）")

    def _marks(self, ticket: Ticket, now: datetime) -> str:
        marks = [self.tr("要訂正")] if ticket.correction_requested else []  # first: the clerk sees it first
        if ticket.appointment_at is not None:
            marks.append(
                # `now` is on the office's clock: its zone is the office's
                self.tr("予約 %1").replace("%1", f"{ticket.appointment_at.astimezone(now.tzinfo):%H:%M}")
            )
        if ticket.priority:
            marks.append(self.tr("優先"))
        if ticket.assigned_counter is not None:
            marks.append(self.tr("この窓口へ"))
        if not ticket.printed and ticket.print_failed:  # no printer at the kiosk: nobody has paper, no mark
            marks.append(self.tr("札なし"))
        return "・".join(marks)

    def select(self, label: str) -> None:
        """Select the ticket with this number (ValueError when it is not in the list)."""
        self.table.selectRow([t.label for t in self._tickets].index(label))

    def selected(self) -> Ticket | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._tickets[min(rows)] if rows and min(rows) < len(self._tickets) else None

    def set_idle(self, idle: bool) -> None:
        """While an operation runs nothing else can be asked (a click is never silently dropped)."""
        self._idle = idle
        self._selection_changed()

    def _selection_changed(self) -> None:
        ticket = self.selected()
        self.call_button.setEnabled(ticket is not None and self._idle)
        self.priority_button.setEnabled(ticket is not None and self._idle)
        self.priority_button.setChecked(ticket is not None and ticket.priority)

    def _call(self) -> None:
        ticket = self.selected()
        if ticket is not None:
            self.call_requested.emit(ticket.label)

    def _toggle_priority(self) -> None:
        ticket = self.selected()
        if ticket is not None:
            self.priority_requested.emit(ticket.label, not ticket.priority)


class HeldList(QWidget):
    """Today's tickets out of line for 書類待ち, with 「戻す」 to put one back at its place.

    Signals:
        release_requested(str): put this ticket back in line.
    """

    release_requested = Signal(str)

    def __init__(self, service_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service_name = service_name
        self._idle = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption(self.tr("書類待ち")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("書類待ち"))
        self.list.setMaximumHeight(theme.DESK_COMPACT_HEIGHT * 4)  # a busy morning's held tickets
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list)
        self.release_button = compact_button(self.tr("戻す（列に戻す）"))
        self.release_button.clicked.connect(self._release)
        layout.addWidget(self.release_button)
        self._selection_changed()

    def set_tickets(self, tickets: Sequence[Ticket]) -> None:
        chosen = self.selected()
        self.list.clear()
        for ticket in tickets:
            item = QListWidgetItem(f"{ticket.label}　{self._service_name(ticket.service_code)}")
            item.setData(USER_ROLE, ticket.label)
            self.list.addItem(item)
            if ticket.label == chosen:
                item.setSelected(True)
        self._selection_changed()

    def select(self, label: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(USER_ROLE) == label)

    def selected(self) -> str | None:
        items = self.list.selectedItems()
        return str(items[0].data(USER_ROLE)) if items else None

    def set_idle(self, idle: bool) -> None:
        self._idle = idle
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.release_button.setEnabled(self.selected() is not None and self._idle)

    def _release(self) -> None:
        label = self.selected()
        if label is not None:
            self.release_requested.emit(label)


class NoShowUndo(QWidget):
    """不在の取消: a resident marked as not come is back; the clerk types the number on their ticket.

    Signals:
        undo_requested(str): the ticket number typed.
    """

    undo_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption(self.tr("不在の取消")))
        row = QHBoxLayout()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("番号（例：A-012）"))
        self.number.setAccessibleName(self.tr("不在を取り消す番号"))
        self.undo_button = compact_button(self.tr("不在の取消"), secondary=True)
        self.undo_button.clicked.connect(self._undo)
        self.number.returnPressed.connect(self._undo)
        row.addWidget(self.number, 1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)

    def set_idle(self, idle: bool) -> None:
        self.undo_button.setEnabled(idle)

    def _undo(self) -> None:
        label = self.number.text().strip()
        if label and self.undo_button.isEnabled():
            self.undo_requested.emit(label)
            self.number.clear()

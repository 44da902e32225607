"""Today's reservations (予約) at the desk, read-only: time, service, reference, and the ticket's number once
the resident checked in at the kiosk — what `python main.py queue appointments` prints, for a clerk.

A reservation holds no personal data (a booking reference, a service and a time), so the list may stay on
screen; it is read again whenever the queue changes while it is open (a check-in issues a ticket).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from queueing.appointment_service import AppointmentService, DayEntry
from ui import theme
from ui.app import run_blocking
from ui.labels import PhraseLabel
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)
TIME, SERVICE, REFERENCE, CHECKED_IN = range(4)


class AppointmentsPanel(QWidget):
    """The office's reservations of the business day, by time, each with its ticket or 未受付."""

    def __init__(
        self,
        appointments: AppointmentService,
        tasks: TaskGroup,
        service_name: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._appointments, self._tasks, self._service_name = appointments, tasks, service_name
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        s = theme.DESK.spacing
        layout.setContentsMargins(s, s, s, s)
        self.caption = PhraseLabel(self.tr("本日の予約"))
        self.caption.setProperty("role", "caption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(theme.DESK_TABLE_ROW_HEIGHT)
        self.table.setHorizontalHeaderLabels(
            [self.tr("時刻"), self.tr("用件"), self.tr("予約番号"), self.tr("受付（番号札）")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("本日の予約"))
        layout.addWidget(self.table, 1)  # the desk's left column: the list takes its height, and scrolls
        self.none = QLabel(self.tr("本日の予約はありません"))
        self.none.setProperty("role", "muted")
        layout.addWidget(self.none)
        layout.addStretch(0)  # takes the column's height while there is no list

    def refresh(self) -> None:
        """Read today's reservations again (only while the list is open)."""
        if not self.isHidden():
            self._tasks.spawn(self._read())

    async def _read(self) -> None:
        service = self._appointments
        try:
            day = service.today()
            entries = await run_blocking(service.on_day, day)
        except Exception:
            log.exception("desk could not read today's appointments")
            self.caption.setText(self.tr("予約を読み込めませんでした。もう一度お試しください"))
            return
        self.show_entries(day, entries)

    def show_entries(self, day: date, entries: Sequence[DayEntry]) -> None:
        """Show a day's reservations (as AppointmentService.on_day returns them, by time)."""
        checked_in = sum(1 for entry in entries if entry.ticket_label)
        self.caption.setText(
            self.tr("本日の予約（%1月%2日）　%3件、受付済み %4件")
            .replace("%1", str(day.month))
            .replace("%2", str(day.day))
            .replace("%3", str(len(entries)))
            .replace("%4", str(checked_in))
        )
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            self._fill_row(row, entry)
        self.table.setVisible(bool(entries))
        self.none.setVisible(not entries)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(layout.count() - 1, 0 if entries else 1)

    def _fill_row(self, row: int, entry: DayEntry) -> None:
        appointment = entry.stored.appointment
        at = entry.stored.checked_in_at
        checked = self.tr("未受付")
        if entry.ticket_label and at is not None:
            checked = self.tr("%1（%2 受付）").replace("%1", entry.ticket_label)
            checked = checked.replace("%2", f"{self._appointments.local(at):%H:%M}")
        cells = (
            self._appointments.local(appointment.at).strftime("%H:%M"),
            self._service_name(appointment.service_code),
            appointment.reference,
            checked,
        )
        for column, text in enumerate(cells):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[list[str]]:
        """The table's texts, row by row (for tests and screenshots)."""
        table = self.table
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
            for r in range(table.rowCount())
        ]

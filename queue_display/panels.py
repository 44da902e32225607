"""The display's last calls per counter and its notices ticker.

Both are read across a room: few words, large type, and nothing that blinks. The ticker's text stands
still when it fits and otherwise glides leftwards at a constant, slow speed, wrapping round without a gap
or a jump.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from queue_display.fitting import HistoryArrangement
from queueing.call_history import LAST_CALLS_PER_COUNTER, CounterCalls
from queueing.services import CallBoardEntry
from ui import theme

ARROW = "←"
NOTICE_SEPARATOR = "　　◆　　"


def restyle(widget: QWidget, name: str, value: str) -> None:
    """Set a property the stylesheet selects on, and let the style see the change."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class CounterHistory(QWidget):
    """Each counter that called today, with its latest calls: 「2番窓口  A-012 ← A-011 ← A-009」.

    The numbers being served are bold, the newest call of all on yellow as on its call card, and the
    earlier ones grey. Labels are created once and updated in place. With many counters the rows flow
    into columns (1番 to 4番, then 5番 to 8番, ...) and each may show fewer calls, never none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(theme.DISPLAY.spacing // 2)
        self.grid.setVerticalSpacing(0)
        self._rows: list[tuple[QLabel, list[QLabel], list[QLabel]]] = []
        self._counters: Sequence[CounterCalls] = ()
        self._serving: tuple[set[tuple[str, int]], tuple[str, int] | None] = (set(), None)
        self.arrangement = HistoryArrangement(LAST_CALLS_PER_COUNTER, 1)
        self._placed: tuple[int, int] | None = None  # (rows, columns) as the grid holds them
        self._grid_columns = 0

    def set_counters(self, counters: Sequence[CounterCalls], serving: Sequence[CallBoardEntry]) -> None:
        """Show these counters' calls; `serving`: the calls on the board now, newest first (the numbers
        still at their counter are bold, the newest is highlighted as on its card)."""
        while len(self._rows) < len(counters):
            self._add_row()
        self._counters = counters
        newest = (serving[0].label, serving[0].counter) if serving else None
        self._serving = ({(entry.label, entry.counter) for entry in serving}, newest)
        self._show_rows()

    def arrange(self, arrangement: HistoryArrangement) -> None:
        """Show at most `arrangement.calls` calls a counter, the counters in `arrangement.columns`."""
        if arrangement != self.arrangement:
            self.arrangement = arrangement
            self._show_rows()

    def _show_rows(self) -> None:
        self._place()
        now_serving, newest = self._serving
        for index, row in enumerate(self._rows):
            counter = self._counters[index] if index < len(self._counters) else None
            self._show_row(row, counter, now_serving, newest)
        self.setAccessibleName("。".join(self.rows_text()))

    def _show_row(
        self,
        row: tuple[QLabel, list[QLabel], list[QLabel]],
        counter: CounterCalls | None,
        serving: set[tuple[str, int]],
        newest: tuple[str, int] | None,
    ) -> None:
        name, numbers, arrows = row
        calls = counter.calls[: self.arrangement.calls] if counter is not None else ()
        name.setVisible(counter is not None)
        name.setText(counter.counter_name if counter is not None else "")
        for position, number in enumerate(numbers):
            shown = position < len(calls)
            number.setVisible(shown)
            if position:
                arrows[position - 1].setVisible(shown)
            if shown:
                key = (calls[position].label, calls[position].counter)
                number.setText(key[0])
                state = "newest" if key == newest else "open" if key in serving else "closed"
                restyle(number, "state", state)

    def _add_row(self) -> None:
        name = QLabel("", self)
        name.setProperty("role", "history-counter")
        numbers, arrows = [], []
        for position in range(LAST_CALLS_PER_COUNTER):
            if position:
                arrow = QLabel(ARROW, self)
                arrow.setProperty("role", "history-arrow")
                arrows.append(arrow)
            number = QLabel("", self)
            number.setProperty("role", "history-number")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            numbers.append(number)
        self._rows.append((name, numbers, arrows))
        self._placed = None

    def _place(self) -> None:
        """Put each row in its column of counters (down the first column, then the next), once per
        change of the number of counters or of columns."""
        columns = max(1, min(self.arrangement.columns, len(self._counters)))
        per_column = -(-max(1, len(self._counters)) // columns)
        if self._placed == (len(self._counters), columns):
            return
        self._placed = (len(self._counters), columns)
        width = LAST_CALLS_PER_COUNTER * 2 + 1  # a counter's name, its calls and the arrows, then a gap
        for column in range(self._grid_columns):
            self.grid.setColumnStretch(column, 0)
            self.grid.setColumnMinimumWidth(column, 0)
        for index, (name, numbers, arrows) in enumerate(self._rows):
            row, first = index % per_column, (index // per_column) * width
            cells = [(name, first)] + [(number, first + p * 2 + 1) for p, number in enumerate(numbers)]
            cells += [(arrow, first + p * 2 + 2) for p, arrow in enumerate(arrows)]
            for label, column in cells:
                self.grid.removeWidget(label)
                self.grid.addWidget(label, row, column)
        for gap in range(1, columns):
            self.grid.setColumnMinimumWidth(gap * width - 1, theme.DISPLAY.spacing)
        self._grid_columns = max(self._grid_columns, columns * width)
        self.grid.setColumnStretch(columns * width - 1, 1)

    def rows_text(self) -> list[str]:
        """Each shown row as a resident reads it, e.g. "2番窓口 A-012 ← A-011"."""
        lines = []
        for name, numbers, _arrows in self._rows:
            if not name.isHidden():
                shown = [number.text() for number in numbers if not number.isHidden()]
                lines.append(f"{name.text()} {f' {ARROW} '.join(shown)}")
        return lines

    def highlighted(self) -> list[str]:
        """The numbers shown as the newest call (one at most)."""
        return [
            number.text()
            for _name, numbers, _arrows in self._rows
            for number in numbers
            if not number.isHidden() and number.property("state") == "newest"
        ]


class NoticeTicker(QWidget):
    """The notices on one line along the bottom; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "ticker")
        row = QHBoxLayout(self)
        row.setContentsMargins(theme.DISPLAY.spacing, 4, 0, 4)
        row.setSpacing(theme.DISPLAY.spacing)
        self.tag = QLabel(self.tr("お知らせ"))
        self.tag.setProperty("role", "ticker-tag")
        self.lane = QWidget(self)  # clips the moving text
        self.text = QLabel("", self.lane)
        self.text.setProperty("role", "ticker-text")
        row.addWidget(self.tag)
        row.addWidget(self.lane, 1)
        self.notices: tuple[str, ...] = ()
        self.scrolling = False
        self._cycle = 1
        self._elapsed = QElapsedTimer()
        self._frames = QTimer(self)
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.setInterval(theme.TICKER_FRAME_MS)
        self._frames.timeout.connect(self._glide)
        self.hide()

    def set_notices(self, notices: Sequence[str]) -> None:
        """Show these texts; the same texts again leave the ticker as it is (it does not jump back)."""
        if tuple(notices) == self.notices:
            return
        self.notices = tuple(notices)
        self.setAccessibleName("。".join(self.notices))
        self.setVisible(bool(self.notices))
        self._lay_out()

    def _lay_out(self) -> None:
        self.text.ensurePolished()
        joined = NOTICE_SEPARATOR.join(self.notices)
        metrics = self.text.fontMetrics()
        self.scrolling = bool(self.notices) and metrics.horizontalAdvance(joined) > self.lane.width()
        self._cycle = max(1, metrics.horizontalAdvance(joined + NOTICE_SEPARATOR))
        # Scrolling: the text twice, so that when the first copy has left, the second is where it began.
        self.text.setText(joined + NOTICE_SEPARATOR + joined if self.scrolling else joined)
        self.text.adjustSize()
        self.lane.setMinimumHeight(self.text.height())
        self.text.move(0, max(0, (self.lane.height() - self.text.height()) // 2))
        self._elapsed.restart()
        self._run_frames()

    def _run_frames(self) -> None:
        if self.scrolling and self.isVisible():
            self._frames.start()
        else:
            self._frames.stop()

    def _glide(self) -> None:
        """Position from the time since the text began: smooth at any frame rate, never faster."""
        offset = (self._elapsed.elapsed() * theme.TICKER_SPEED_PX_S / 1000) % self._cycle
        self.text.move(-round(offset), self.text.y())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_frames()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._frames.stop()

"""The waiting-room display: the numbers being served (newest first, highlighted), each counter's last
calls, the waiting count and estimate per service, and a ticker with the notices staff set at a desk.

A service's estimate is the wait of a ticket taken now, and says so: the kiosk and the ticket show the same
figure (queueing.estimates.expected_wait, worded by shown_wait) for the next ticket issued.

It reads the queue again whenever the store announces a change (any process on this machine), so a call
reaches the screen in milliseconds; each read costs the same however long the day's history grows.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from queue_display.fitting import CallsArrangement, HistoryArrangement, overflow, search
from queue_display.panels import CounterHistory, NoticeTicker, restyle
from queueing.estimates import shown_wait
from queueing.model import Notice
from queueing.notices import current
from queueing.services import CallBoardEntry, QueueService, QueueSnapshot
from ui import theme
from ui.app import run_blocking
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)


class Announcer(Protocol):
    """voice.Announcer: chime and speech, queued so calls never overlap (returns at once)."""

    def announce_call(
        self, label: str, counter_name: str, languages: Sequence[str], recall: bool = False
    ) -> None: ...


class CallCard(QWidget):
    """One called number and the counter to go to; reused as calls change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("role", "call")
        self.row = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(theme.DISPLAY.spacing, 4, theme.DISPLAY.spacing, 4)
        self.number = QLabel("")
        self.number.setProperty("role", "call-number")
        self.counter = QLabel("")
        self.counter.setProperty("role", "call-counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.number)
        layout.addWidget(self.counter, 1)

    def set_stacked(self, stacked: bool) -> None:
        """Number above counter (a narrow portrait card) or beside it (landscape)."""
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        self.row.setSpacing(-1 if stacked else theme.DISPLAY.spacing // 2)  # -1: the style's
        self.counter.setAlignment(
            (Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag.AlignRight)
            | Qt.AlignmentFlag.AlignVCenter
        )

    def set_size(self, size: int) -> None:
        """Number and counter in one of theme.DISPLAY_CALL_SIZES (0: the usual, larger: denser)."""
        restyle(self.number, "density", str(size))
        restyle(self.counter, "density", str(size))

    def set_entry(self, entry: CallBoardEntry, newest: bool) -> None:
        self.number.setText(entry.label)
        self.counter.setText(self.tr("%1へ").replace("%1", entry.counter_name))
        self.setAccessibleName(f"{entry.label} {entry.counter_name}")
        restyle(self, "newest", "true" if newest else "false")


class DisplayWindow(QWidget):
    """The waiting-room screen.

    Signals:
        shown_snapshot(object): a QueueSnapshot was put on screen (for tests and benchmarks).
    """

    shown_snapshot = Signal(object)

    def __init__(
        self,
        queue: QueueService,
        announcer: Announcer | None = None,
        languages: Sequence[str] = ("ja", "en"),
        orientation: str = "auto",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("呼び出し表示"))
        self.portrait = False
        self._announcer = announcer
        self._languages = tuple(languages)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(theme.display_stylesheet())
        self._queue = queue
        self._tasks = TaskGroup()
        self._reading = False
        self._again = False
        self.snapshot: QueueSnapshot | None = None
        self._cards: list[CallCard] = []
        self._counts: dict[str, QLabel] = {}
        self._estimates: dict[str, QLabel] = {}
        self._notices: tuple[Notice, ...] = ()
        self._column_titles: list[QBoxLayout] = []
        self.calls_arrangement = CallsArrangement(0, theme.DISPLAY_CALL_COLUMNS[0], stacked=False)
        self._fitted_for: tuple[object, ...] | None = None
        self._fitted: dict[tuple[object, ...], tuple[CallsArrangement, HistoryArrangement, bool]] = {}
        self._compact = False  # the waiting counts in body type, when nothing fits otherwise
        outer = QVBoxLayout(self)
        # Never grow past the screen: the display arranges its contents to fit the window (`fit`).
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setContentsMargins(
            theme.DISPLAY.spacing, theme.DISPLAY.spacing, theme.DISPLAY.spacing, theme.DISPLAY.spacing
        )
        outer.addLayout(self.body, 1)
        self.body.addLayout(self._calls_column(), 3)
        self.body.addLayout(self._waiting_column(), 2)
        self.ticker = NoticeTicker(self)
        outer.addWidget(self.ticker)
        self.set_orientation(orientation)
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start(1000)
        self._tick()

    def _header(self) -> QWidget:
        header = QWidget(self)
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(header)
        row.setContentsMargins(theme.DISPLAY.spacing, 8, theme.DISPLAY.spacing, 8)
        office = QLabel(self._queue.office_name)
        office.setObjectName("office")
        self.stale = QLabel(self.tr("接続が切れています。表示は最新ではありません"))
        self.stale.setProperty("role", "stale")
        self.stale.hide()
        self.clock = QLabel("")
        self.clock.setObjectName("clock")
        row.addWidget(office)
        row.addStretch(1)
        row.addWidget(self.stale)
        row.addWidget(self.clock)
        return header

    def set_orientation(self, orientation: str) -> None:
        """ "landscape": calls beside the waiting counts, each number beside its counter; "portrait":
        stacked, each number above its counter; "auto": as the screen the display is on is. Either way
        as many columns of calls, and number sizes, as the calls need to fit (see `fit`)."""
        if orientation == "auto":
            size = self.screen().size()
            orientation = "portrait" if size.height() > size.width() else "landscape"
        self.portrait = orientation == "portrait"
        direction = QBoxLayout.Direction.TopToBottom if self.portrait else QBoxLayout.Direction.LeftToRight
        self.body.setDirection(direction)
        self.body.setSpacing(theme.DISPLAY.spacing * (1 if self.portrait else 2))
        # What the times mean: beside the column's title on a portrait screen's wide column, under it in
        # the narrow column of a landscape one.
        self.waiting_header.setDirection(
            QBoxLayout.Direction.LeftToRight if self.portrait else QBoxLayout.Direction.TopToBottom
        )
        side = Qt.AlignmentFlag.AlignRight if self.portrait else Qt.AlignmentFlag.AlignLeft
        for caption in self.wait_caption:
            caption.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        first = CallsArrangement(0, theme.DISPLAY_CALL_COLUMNS[0], stacked=self.portrait)
        self._arrange_calls(first)
        self.fit()

    def fit(self) -> None:
        """Arrange the calls and the per-counter panel so that all of them fit the window, as large as
        they can be (queue_display.fitting); searched once for each count of calls, counters and size."""
        if self.snapshot is None:
            return  # nothing to fit yet
        calls, counters = len(self.snapshot.calls), len(self.snapshot.counter_calls)
        shape = (self.portrait, self.size().toTuple(), calls, counters, len(self._counts))
        key = (*shape, self.ticker.isHidden(), self.stale.isHidden(), self.no_calls.isHidden())
        if key == self._fitted_for:
            return
        if self._fitted_for is not None and self._fitted_for[:2] != key[:2]:
            self._fitted.clear()  # another screen: what fitted the last one is no guide
        self._fitted_for = key
        known = self._fitted.get(key)
        if known is not None:
            self._set_compact(known[2])
            self._arrange(*known[:2])
            if not overflow(self):
                return
        for compact in (False, True):  # many services: smaller waiting counts before calls overflow
            self._set_compact(compact)
            found = search(self.portrait, calls, counters, self._overflow)
            self._arrange(*found)
            if not overflow(self):
                break
        self._fitted[key] = (*found, self._compact)

    def _set_compact(self, compact: bool) -> None:
        self._compact = compact
        for count in self._counts.values():
            restyle(count, "compact", "true" if compact else "false")

    def _overflow(self, cards: CallsArrangement, history: HistoryArrangement) -> int:
        self._arrange(cards, history)
        return overflow(self)

    def _arrange(self, cards: CallsArrangement, history: HistoryArrangement) -> None:
        self._arrange_calls(cards)
        self.history.arrange(history)

    def _arrange_calls(self, arrangement: CallsArrangement) -> None:
        """Cards in `arrangement`'s size, columns and direction; denser cards: one-line headings."""
        previous, self.calls_arrangement = self.calls_arrangement, arrangement
        for card in self._cards:
            card.set_size(arrangement.size)
            card.set_stacked(arrangement.stacked)
        if previous.columns != arrangement.columns:
            for index, card in enumerate(self._cards):
                self.calls_grid.removeWidget(card)
                self._put_card(card, index)
        inline = self.portrait or arrangement.dense  # each heading on one line, to leave room below
        for title in self._column_titles:
            title.setDirection(
                QBoxLayout.Direction.LeftToRight if inline else QBoxLayout.Direction.TopToBottom
            )
            title.setSpacing(theme.DISPLAY.spacing // 2 if inline else 0)

    def _put_card(self, card: CallCard, index: int) -> None:
        columns = self.calls_arrangement.columns
        self.calls_grid.addWidget(card, index // columns, index % columns)

    def _calls_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(theme.DISPLAY.spacing)
        column.addLayout(self._title(self.tr("お呼び出し中の番号"), "Now serving"))
        self.calls_grid = QGridLayout()
        self.calls_grid.setSpacing(theme.DISPLAY.spacing)
        column.addLayout(self.calls_grid)
        self.no_calls = QLabel(self.tr("ただいまお呼び出し中の番号はありません"))
        self.no_calls.setProperty("role", "muted")
        column.addWidget(self.no_calls)
        column.addWidget(self._history_section())
        column.addStretch(1)
        return column

    def _history_section(self) -> QWidget:
        """Each counter's last calls, under the current ones; hidden until a counter has called."""
        self.history_section = section = QWidget(self)
        column = QVBoxLayout(section)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self._title(self.tr("窓口ごとの呼び出し"), "Recent calls by counter", inline=True))
        self.history = CounterHistory(section)
        column.addWidget(self.history)
        section.hide()
        return section

    def _title(self, japanese: str, english: str, *, inline: bool = False) -> QBoxLayout:
        """A column heading in Japanese with an English subtitle under it, for those who do not read it
        (beside it in portrait); `inline`: a smaller heading, the subtitle always beside it (a section)."""
        stack = QBoxLayout(QBoxLayout.Direction.LeftToRight if inline else QBoxLayout.Direction.TopToBottom)
        stack.setSpacing(theme.DISPLAY.spacing // 2 if inline else 0)
        title = QLabel(japanese)
        title.setProperty("role", "section" if inline else "column")
        subtitle = QLabel(english)
        subtitle.setProperty("role", "column-en")
        stack.addWidget(title)
        stack.addWidget(subtitle, 1)
        if not inline:
            self._column_titles.append(stack)
        return stack

    def _waiting_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(theme.DISPLAY.spacing)
        self.waiting_header = header = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        header.setSpacing(theme.DISPLAY.spacing // 2)
        header.addLayout(self._title(self.tr("お待ちの人数"), "Waiting"))
        header.addLayout(self._wait_caption())
        column.addLayout(header)
        self.waiting_rows = QVBoxLayout()
        self.waiting_rows.setSpacing(0)
        column.addLayout(self.waiting_rows)
        self.waiting_total = QLabel("")
        self.waiting_total.setProperty("role", "muted")
        column.addWidget(self.waiting_total)
        column.addStretch(1)
        return column

    def _wait_caption(self) -> QVBoxLayout:
        """What the times beside the counts are: a resident holding a ticket compares them with the kiosk's
        and the ticket's, which are for their own ticket."""
        japanese = QLabel(self.tr("今お取りの方の待ち時間"))
        japanese.setProperty("role", "waiting-caption")
        english = QLabel("Wait for a ticket taken now")
        english.setProperty("role", "column-en")
        self.wait_caption = (japanese, english)
        stack = QVBoxLayout()
        stack.setSpacing(0)
        stack.addWidget(japanese)
        stack.addWidget(english)
        return stack

    def _tick(self) -> None:
        self.clock.setText(f"{self._queue.now():%H:%M}")  # the office's clock, not this PC's zone
        if any(notice.ends_at is not None for notice in self._notices):
            self._show_notices()  # an ended notice leaves without waiting for any change to be announced
            self.fit()  # without the ticker the calls have more room

    def _show_notices(self) -> None:
        showing = current(self._notices, self._queue.now()) if self._notices else ()
        self.ticker.set_notices([notice.text for notice in showing])

    def refresh(self) -> None:
        """Read the queue again; changes arriving during a read cause exactly one more read."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        self._tasks.spawn(self._read())

    async def _read(self) -> None:
        try:
            while True:
                self._again = False
                try:
                    snapshot = await run_blocking(self._queue.snapshot)
                except Exception:
                    log.exception("display could not read the queue")
                    self.stale.show()
                    return
                self.stale.hide()
                self.show_snapshot(snapshot)
                if not self._again:
                    return
        finally:
            self._reading = False

    def show_snapshot(self, snapshot: QueueSnapshot) -> None:
        """Put a snapshot on screen: every current call (newest first) and the waiting counts.

        Widgets are created once and updated in place: a rebuild costs ten times more per change.
        """
        previous, self.snapshot = self.snapshot, snapshot
        if previous is not None:  # the board the display starts with is not announced again
            self._announce(previous, snapshot)
        while len(self._cards) < len(snapshot.calls):
            card = CallCard(self)
            card.set_size(self.calls_arrangement.size)
            card.set_stacked(self.calls_arrangement.stacked)
            self._put_card(card, len(self._cards))
            self._cards.append(card)
        for index, card in enumerate(self._cards):
            if index < len(snapshot.calls):
                card.set_entry(snapshot.calls[index], newest=index == 0)
            card.setVisible(index < len(snapshot.calls))
        self.no_calls.setVisible(not snapshot.calls)
        for service, count in snapshot.waiting:
            if service.code not in self._counts:
                self._counts[service.code], self._estimates[service.code] = self._waiting_row(service.name)
            self._counts[service.code].setText(self.tr("%1人").replace("%1", str(count)))
            seconds = snapshot.estimates.get(service.code)  # for a ticket taken now: `count` ahead of it
            self._estimates[service.code].setText(
                shown_wait(seconds, count).japanese if seconds is not None else ""
            )
        self.waiting_total.setText(self.tr("合計 %1人").replace("%1", str(snapshot.waiting_total)))
        self.history.set_counters(snapshot.counter_calls, snapshot.calls)
        self.history_section.setVisible(bool(snapshot.counter_calls))
        self._notices = snapshot.notices
        self._show_notices()
        self.fit()
        self.shown_snapshot.emit(snapshot)

    def _announce(self, before: QueueSnapshot, now: QueueSnapshot) -> None:
        """Chime and speak each call that is new since the last snapshot, or was recalled; oldest first."""
        if self._announcer is None:
            return
        recalls_before = {entry.label: entry.recalls for entry in before.calls}
        for entry in reversed(now.calls):
            was = recalls_before.get(entry.label)
            if was is None or entry.recalls > was:
                self._announcer.announce_call(
                    entry.label, entry.counter_name, self._languages, recall=entry.recalls > 0
                )

    def shown_calls(self) -> list[CallCard]:
        """The call cards on screen, newest first."""
        return [card for card in self._cards if not card.isHidden()]

    def _waiting_row(self, name: str) -> tuple[QLabel, QLabel]:
        row = QWidget(self)
        row.setProperty("role", "waiting")
        row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(name))
        estimate = QLabel("")
        estimate.setProperty("role", "waiting-estimate")
        estimate.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        number = QLabel("")
        number.setProperty("role", "waiting-count")
        number.setProperty("compact", "true" if self._compact else "false")
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(estimate, 1)
        layout.addWidget(number)
        self.waiting_rows.addWidget(row)
        row.show()  # now, not when Qt gets round to it: `fit` measures the rows
        return number, estimate

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def closeEvent(self, event: object) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)  # type: ignore[arg-type]

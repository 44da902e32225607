"""The notices on the waiting room's display (お知らせ), set and removed at a desk by a logged-in clerk.

A notice is one line (at most 280 characters) with an optional end time today; the displays show it in
their ticker within a moment, and drop it at its end time by themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from queueing.errors import QueueError
from queueing.model import Notice
from queueing.notices import MAX_LENGTH, NoticeBoard
from ui import theme
from ui.app import run_blocking
from ui.labels import PhraseLabel
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)


class NoticesPanel(QWidget):
    """Post a notice (text, optional end time) and remove current ones.

    Signals:
        changed: a notice was posted or removed (the window reads the queue again).
    """

    changed = Signal()

    def __init__(
        self, board: NoticeBoard, tasks: TaskGroup, allowed: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._board, self._tasks, self._allowed = board, tasks, allowed
        self.setProperty("role", "panel")
        layout = QVBoxLayout(self)
        s = theme.DESK.spacing
        layout.setContentsMargins(s, s, s, s)
        caption = PhraseLabel(self.tr("表示板のお知らせ（待合の表示の下に流れます）"))
        caption.setProperty("role", "caption")
        caption.setWordWrap(True)
        layout.addWidget(caption)
        entry = self._entry_row()
        layout.addWidget(self.text)
        layout.addLayout(entry)
        self.problem = PhraseLabel("")
        self.problem.setProperty("role", "warning")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.none = QLabel(self.tr("いま表示中のお知らせはありません"))
        self.none.setProperty("role", "muted")
        layout.addWidget(self.none)
        layout.addWidget(self._list(), 1)  # the desk's left column: however many, they scroll
        self._shown: tuple[Notice, ...] | None = None
        self.remove_buttons: list[QPushButton] = []  # one per notice shown, in order

    def _list(self) -> QScrollArea:
        """The notices showing now, one row each, from the top; they scroll up and down."""
        rows = QWidget()
        self.rows = QVBoxLayout(rows)
        self.rows.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setLayout(outer)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(rows)
        outer.addStretch(1)
        scroll.setWidget(holder)
        scroll.viewport().setAutoFillBackground(False)  # on the panel's own background
        holder.setAutoFillBackground(False)
        return scroll

    def _entry_row(self) -> QHBoxLayout:
        """The notice's end time and 掲示する, under its text (the desk's left column is narrow)."""
        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setMaxLength(MAX_LENGTH)
        self.text.setPlaceholderText(self.tr("例：本日の証明書の発行は16時30分までです"))
        self.text.setAccessibleName(self.tr("お知らせの文"))
        until_label = QLabel(self.tr("終了"))
        self.until = QLineEdit()
        self.until.setPlaceholderText("16:00")
        self.until.setFixedWidth(theme.DESK_NOTICE_UNTIL_WIDTH)
        self.until.setAccessibleName(self.tr("終了時刻（空欄：削除するまで）"))
        until_label.setBuddy(self.until)
        self.post_button = QPushButton(self.tr("掲示する"))
        self.post_button.setProperty("role", "compact")
        self.post_button.clicked.connect(self.post)
        self.text.returnPressed.connect(self.post)
        row.addWidget(until_label)
        row.addWidget(self.until)
        row.addStretch(1)
        row.addWidget(self.post_button)
        return row

    def set_notices(self, notices: Sequence[Notice]) -> None:
        """The notices showing now, oldest first (rebuilt only when they changed)."""
        if tuple(notices) == self._shown:
            return
        self._shown = tuple(notices)
        self.remove_buttons = []
        while (item := self.rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # off the screen now, deleted by Qt soon after
                widget.deleteLater()
        for notice in notices:
            self.rows.addWidget(self._row(notice))
        self.none.setVisible(not notices)

    def _row(self, notice: Notice) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = PhraseLabel(notice.text)
        text.setWordWrap(True)
        until = QLabel(self.tr("削除するまで"))
        if notice.ends_at is not None:
            ends = self._board.local(notice.ends_at)
            until.setText(self.tr("%1まで").replace("%1", f"{ends:%H:%M}"))
        until.setProperty("role", "muted")
        remove = QPushButton(self.tr("削除"))
        remove.setProperty("role", "compact-secondary")
        remove.setAccessibleName(self.tr("お知らせを削除：%1").replace("%1", notice.text))
        remove.clicked.connect(lambda: self._run(lambda: self._board.remove(notice.id)))
        self.remove_buttons.append(remove)
        layout.addWidget(text, 1)
        layout.addWidget(until)
        layout.addWidget(remove)
        return row

    def post(self) -> None:
        text, until = self.text.text(), self.until.text()
        self._run(lambda: self._board.post_until(text, until), posted=True)

    def _run(self, work: Callable[[], object], *, posted: bool = False) -> None:
        if not self._allowed():
            self._say(self.tr("ログインしてください"))
            return
        self.post_button.setEnabled(False)
        self._tasks.spawn(self._perform(work, posted))

    async def _perform(self, work: Callable[[], object], posted: bool) -> None:
        try:
            await run_blocking(work)
        except QueueError as exc:
            self._say(str(exc))
            return
        except Exception:
            log.exception("desk could not change the notices")
            self._say(self.tr("データベースに接続できません。もう一度お試しください"))
            return
        finally:
            self.post_button.setEnabled(True)
        self._say("")
        if posted:
            self.text.clear()
            self.until.clear()
        self.changed.emit()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

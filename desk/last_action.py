"""What the desk just did, to which number, in the top bar where the clerk looks: 「A-002 を不在にしました」,
and for a few seconds after a finish, a no-show or a 書類待ち a 元に戻す button that takes it back.

Every operation says what it did (called, recalled, finished, no-show, held, passed on, released), so no
click is silent; a refused or failed one says why, in red. The clock is injectable: tests move it by hand
and call `expire()`, never sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.labels import PhraseLabel

UNDO_SECONDS = 10.0  # long enough to see the mistake, short enough that nothing else has moved the ticket
TICK_MS = 250


class LastAction(QWidget):
    """The message line of the desk, with 元に戻す while an undo is offered.

    Signals:
        undo_requested: 元に戻す was pressed while the offer stood.
    """

    undo_requested = Signal()

    def __init__(
        self,
        seconds: float = UNDO_SECONDS,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.seconds, self.now = seconds, now
        self._until: float | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = PhraseLabel("")
        self.text.setWordWrap(True)
        self.text.setProperty("role", "ok")
        self.undo_button = QPushButton(self.tr("元に戻す"))
        self.undo_button.setProperty("role", "compact-secondary")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo)
        row.addWidget(self.text, 1)
        row.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.expire)

    def tell(self, text: str, *, undoable: bool = False) -> None:
        """Say what was done; with `undoable`, offer 元に戻す for `seconds`."""
        self._show(text, "ok")
        self._until = self.now() + self.seconds if undoable else None
        self.undo_button.setVisible(undoable)
        self.undo_button.setAccessibleName(self.tr("元に戻す：%1").replace("%1", text) if undoable else "")
        if undoable:
            self._timer.start()
        else:
            self._timer.stop()

    def complain(self, text: str) -> None:
        """Say why an operation was refused or failed (in red); the message replaces any undo offer."""
        self._show(text, "error")
        self.withdraw()

    def clear(self) -> None:
        self.text.setText("")
        self.withdraw()

    def withdraw(self) -> None:
        """No undo is offered any more (its time is up, it was used, or the clerk left)."""
        self._until = None
        self._timer.stop()
        self.undo_button.hide()

    def offering(self) -> bool:
        return self._until is not None

    def expire(self) -> None:
        """Withdraw the offer once its time is up (the timer asks a few times a second)."""
        if self._until is not None and self.now() >= self._until:
            self.withdraw()

    def set_idle(self, idle: bool) -> None:
        """While an operation runs, 元に戻す waits (it is one too)."""
        self.undo_button.setEnabled(idle)

    def _undo(self) -> None:
        self.expire()
        if self.offering():
            self.withdraw()
            self.undo_requested.emit()

    def _show(self, text: str, role: str) -> None:
        self.text.setText(text)
        if self.text.property("role") != role:
            self.text.setProperty("role", role)
            self.text.style().unpolish(self.text)
            self.text.style().polish(self.text)

"""No time pressure, and no personal data left behind: the kiosk notices when a resident has gone.

After `warning_s` without a touch it asks "more time?" with a big button and counts the seconds left
(`seconds_left`); after `end_s` the visit ends.
Only touches on the kiosk's own window count (in `main.py all` a clerk's clicks on the desk do not).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ui import touches

ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
}


class IdleWatch(QObject):
    """Times the resident's silence while a visit is open.

    Signals:
        warn: `warning_s` passed without a touch.
        expired: `end_s` passed without a touch.
    """

    warn = Signal()
    expired = Signal()

    def __init__(self, window: QWidget, warning_s: int, end_s: int) -> None:
        super().__init__(window)
        self._window = window
        self._warn_timer = self._timer(warning_s, self.warn)
        self._end_timer = self._timer(end_s, self.expired)
        touches.watch(self, window, ACTIVITY, self._touched)

    def _timer(self, seconds: int, signal: Signal) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(seconds * 1000)
        timer.timeout.connect(signal)
        return timer

    def start(self) -> None:
        """A visit is open: start (or restart) counting."""
        self._warn_timer.start()
        self._end_timer.start()

    def stop(self) -> None:
        """No visit is open: nothing to time."""
        self._warn_timer.stop()
        self._end_timer.stop()

    @property
    def active(self) -> bool:
        return self._end_timer.isActive()

    def seconds_left(self) -> int:
        """Seconds until the visit ends, to the nearest (a coarse timer may warn a little early), at least 1
        while it lasts; 0 when no visit is open."""
        return max(1, round(self._end_timer.remainingTime() / 1000)) if self.active else 0

    def _touched(self, _widget: QWidget, _event: QEvent) -> bool:
        """A touch or a key on the window (only these reach here: ui.touches): the count starts again."""
        if self.active:
            self.start()
        return False

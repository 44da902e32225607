"""Personal data whose retention has ended is deleted at start and every ten minutes, off the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from casework import Casework, PurgeResult
from ui.app import run_blocking
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)

PURGE_INTERVAL_MS = 10 * 60 * 1000


class PurgeSchedule(QObject):
    """Runs `casework.purge()` now and then every `interval_ms`, in the executor.

    Signals:
        purged(object): the PurgeResult of each run that deleted something.
    """

    purged = Signal(object)

    def __init__(
        self, casework: Casework, interval_ms: int = PURGE_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._casework = casework
        self._tasks = TaskGroup()
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        """Purge now, then on every tick."""
        self.run_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._tasks.cancel_all()

    def run_now(self) -> None:
        if not self._running:  # a slow database: never two purges at once
            self._running = True
            self._tasks.spawn(self._purge())

    async def _purge(self) -> None:
        try:
            result: PurgeResult = await run_blocking(self._casework.purge)
        except Exception:
            log.exception("purging expired personal data failed; trying again at the next tick")
            return
        finally:
            self._running = False
        if result.applications or result.changes:
            self.purged.emit(result)

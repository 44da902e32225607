"""Turns the store's change announcements into a Qt signal, on the GUI thread."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal


class Listener(Protocol):
    def fileno(self) -> int: ...

    def drain(self) -> int: ...


class ChangeWatcher(QObject):
    """Emits `changed` when another process (or this one) commits a change to the queue.

    A heartbeat also emits it every `heartbeat_ms`, so a screen recovers from a missed announcement
    (a writer killed between commit and announce) and notices when the business day rolls over.
    A listener with an `online` attribute (PostgreSQL's) also reports losing and regaining the server.

    Signals:
        changed: the queue may have changed; read it again.
        connection_changed(bool): announcements stopped (False) or can reach us again (True).
    """

    changed = Signal()
    connection_changed = Signal(bool)

    def __init__(self, listener: Listener, heartbeat_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self.online = self._listener_online()
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self._on_heartbeat)
        self._heartbeat.start()

    def stop(self) -> None:
        """Stop watching (before the listener's socket is closed)."""
        self._notifier.setEnabled(False)
        self._heartbeat.stop()

    def _on_readable(self) -> None:
        self._check_online()
        if self._listener.drain():
            self.changed.emit()

    def _on_heartbeat(self) -> None:
        self._check_online()
        self.changed.emit()

    def _check_online(self) -> None:
        online = self._listener_online()
        if online != self.online:
            self.online = online
            self.connection_changed.emit(online)

    def _listener_online(self) -> bool:
        return bool(getattr(self._listener, "online", True))

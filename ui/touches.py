"""One application-wide event filter for every window that watches its own touches (the kiosk's idle watch
and settle guard, the desk's idle watch).

An application-wide filter is a Python call for every event of every widget. Each window installing its own
made each event cost one call per window ever built: with many windows in one process (`main.py all`, the
tests, the screenshots) the event loop spent most of its time there. Here one filter serves them all: an
event whose type no watcher wants costs one set lookup.

Watchers are asked in the reverse order of their registration, as Qt asks its own filters (the last
installed first); the first that returns True swallows the event.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

Handler = Callable[[QWidget, QEvent], bool]


class _Watch:
    __slots__ = ("handler", "owner", "types", "window")

    def __init__(self, owner: QObject, window: QWidget, types: frozenset[QEvent.Type], handler: Handler):
        self.owner, self.window, self.types, self.handler = owner, window, types, handler


class TouchFilter(QObject):
    """The one filter (`watch()` installs it on the application the first time)."""

    def __init__(self) -> None:
        super().__init__()
        self._watches: list[_Watch] = []
        self._types: frozenset[QEvent.Type] = frozenset()

    def add(self, watch: _Watch) -> None:
        self._watches.insert(0, watch)  # the last added is asked first
        self._types = self._types | watch.types
        watch.owner.destroyed.connect(lambda *_: self.remove(watch))

    def remove(self, watch: _Watch) -> None:
        if watch in self._watches:
            self._watches.remove(watch)
            self._types = frozenset().union(*(w.types for w in self._watches))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        kind = event.type()
        if kind not in self._types or not isinstance(watched, QWidget):
            return False
        return any(
            kind in watch.types
            and (watched is watch.window or watch.window.isAncestorOf(watched))
            and watch.handler(watched, event)
            for watch in tuple(self._watches)
        )


_filter: TouchFilter | None = None


def watch(owner: QObject, window: QWidget, types: Iterable[QEvent.Type], handler: Handler) -> None:
    """Call `handler(widget, event)` for each event of a type in `types` on `window` or a widget in it,
    for as long as `owner` lives; the handler returns True to swallow the event. Without an application
    (pure logic tests) nothing is watched."""
    global _filter
    app = QApplication.instance()
    if app is None:
        return
    if _filter is None:
        _filter = TouchFilter()
        app.installEventFilter(_filter)
    _filter.add(_Watch(owner, window, frozenset(types), handler))

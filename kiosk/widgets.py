"""Small builders the kiosk pages share, so every page has the same look and the same touch sizes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from ui import theme
from ui.i18n import LiveText


def label(text: str = "", role: str = "", *, wrap: bool = True, centered: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if centered:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if role:
        widget.setProperty("role", role)
    return widget


def button(text: str = "", role: str = "") -> QPushButton:
    """A kiosk button; a fixed text (a digit, a language's own name) is also its accessible name."""
    widget = QPushButton(text)
    widget.setAccessibleName(text)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if role:
        widget.setProperty("role", role)
    return widget


class Panel(QWidget):
    """A part of a kiosk page whose texts follow the language (a keyboard, an editor, a whole page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = LiveText()

    def text(
        self,
        widget: QLabel | QPushButton,
        produce: Callable[[], str],
        *,
        spoken: Callable[[], str] | None = None,
    ) -> None:
        """Give `widget` the text `produce()` returns, now and in whatever language comes next.

        Buttons also get it (or `spoken()`) as their accessible name, for screen readers.
        """
        self.live.set(widget.setText, produce)
        if isinstance(widget, QPushButton):
            self.live.set(widget.setAccessibleName, lambda: (spoken or produce)().replace("\n", " "))

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.live.refresh()
        super().changeEvent(event)


class Page(Panel):
    """A full-screen kiosk page: white, with the kiosk's margins and spacing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.column = QVBoxLayout(self)
        space = theme.KIOSK.spacing
        self.column.setContentsMargins(space * 2, space, space * 2, space)
        self.column.setSpacing(space)

    def add(self, *widgets: QWidget, stretch: int = 0, layout: QBoxLayout | None = None) -> None:
        for widget in widgets:
            (layout or self.column).addWidget(widget, stretch)


def mark(widget: QPushButton, on: bool) -> None:
    """Show `widget` as the chosen one (or not): a thick border and a tint, from the theme."""
    widget.setProperty("current", "true" if on else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def drop_children(layout: QLayout) -> None:
    """Remove and delete every widget of `layout` (buttons made for one question or one review)."""
    while (item := layout.takeAt(0)) is not None:
        child = item.widget()
        if child is not None:
            child.hide()
            child.setParent(None)
            child.deleteLater()
        elif (inner := item.layout()) is not None:
            drop_children(inner)

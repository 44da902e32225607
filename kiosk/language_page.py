"""The language on every page: a small button in a corner of the window opens the choice of languages over
the page the resident is on; choosing one (or もどる) closes it, and the page is still there, in the new
language, with every answer kept (the visit's flow lives in the window's Visit, not in the page's texts).

The button says 「言語 / Language」 in every language, so that a resident who cannot read the language shown
still finds it; each language is written in its own script.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.widgets import Page, button, label, mark
from ui.i18n import Language

COLUMNS = 4


def language_button(parent: QWidget) -> QPushButton:
    """The corner button that opens the choice of languages (the window places it)."""
    widget = button(role="corner")
    widget.setParent(parent)
    widget.setObjectName("language")
    return widget


class LanguagePanel(Page):
    """The languages, each in its own script, over whatever page is showing; the one shown now is marked.

    Signals:
        chosen(str): a language's code.
        back: もどる, no change.
    """

    chosen = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "overlay")
        self.heading = label("", "heading-large")
        self.text(self.heading, lambda: self.tr("言語を選んでください"))
        self.hint = label("Language · 言語 · 语言 · 언어 · Ngôn ngữ · Idioma", "muted")
        self.grid = QGridLayout()
        self.grid.setSpacing(self.column.spacing())
        self.buttons: dict[str, QPushButton] = {}
        self.back_button = button(role="nav-secondary", wrap=True)
        self.text(self.back_button, lambda: self.tr("もどる"), spoken=lambda: self.tr("言語を変えずにもどる"))
        self.back_button.clicked.connect(self.back)
        self.column.addStretch(1)
        self.add(self.heading, self.hint)
        self.column.addLayout(self.grid)
        self.add(self.back_button)
        self.column.addStretch(1)
        self.hide()

    def set_languages(self, languages: list[Language]) -> None:
        """One big button per language, in its own script."""
        for index, language in enumerate(languages):
            widget = self.buttons[language.code] = button(language.native_name, "answer", wrap=True)
            widget.clicked.connect(lambda _c=False, code=language.code: self.chosen.emit(code))
            self.grid.addWidget(widget, index // COLUMNS, index % COLUMNS)

    def cover(self, parent: QWidget, shown: str, low: int = 0) -> None:
        """Lie over the whole of `parent` with `shown` marked; `low` px kept free above (low reach)."""
        for code, widget in self.buttons.items():
            mark(widget, code == shown)
        margins = self.column.contentsMargins()
        bottom = margins.bottom()
        self.column.setContentsMargins(margins.left(), bottom + low, margins.right(), bottom)
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        (self.buttons.get(shown) or self.back_button).setFocus()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt's name
        """A touch beside the buttons does nothing to the page underneath."""
        event.accept()

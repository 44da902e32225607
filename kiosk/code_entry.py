"""A code typed on a big keypad or sent by a 2D scanner: the pages 予約の方 and 番号札をお持ちの方 share it.

Kiosks read QR codes with a 2D scanner in keyboard mode: it types the code's text and then Enter into the
focused widget, so these pages take key presses as well as touches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.widgets import Page, Panel, button, commits, label
from queueing.appointments import normalise_reference

DIGIT_ROW = "1234567890-"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
COLUMNS = len(DIGIT_ROW)
TYPED_LIMIT = 32  # the longest reference (queueing.appointments)
SCANNED_LIMIT = 512  # a confirmation URL


class ReferencePad(Panel):
    """Digits, a hyphen and the letters A-Z in alphabetical order, 訂正 and 全部消す, with big keys.

    Signals:
        typed(str): a key's character.
        deleted: 訂正 (the last character).
        cleared: 全部消す.
    """

    typed = Signal(str)
    deleted = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for index, char in enumerate(DIGIT_ROW + LETTERS):
            key = self.keys[char] = button(char, "kana")
            key.clicked.connect(lambda _c=False, ch=char: self.typed.emit(ch))
            grid.addWidget(key, index // COLUMNS, index % COLUMNS)
        self.delete_key = button(role="kana-secondary")
        self.text(self.delete_key, lambda: self.tr("訂正"), spoken=lambda: self.tr("1文字消す"))
        self.delete_key.clicked.connect(self.deleted)
        self.clear_key = button(role="kana-secondary")
        self.text(self.clear_key, lambda: self.tr("全部消す"))
        self.clear_key.clicked.connect(self.cleared)
        used = len(DIGIT_ROW + LETTERS) % COLUMNS
        left = COLUMNS - used
        grid.addWidget(self.delete_key, 3, used, 1, left // 2)
        grid.addWidget(self.clear_key, 3, used + left // 2, 1, left - left // 2)


class CodeEntryPage(Page):
    """A code typed on the ReferencePad or sent by a QR scanner in keyboard mode, with 訂正, 全部消す,
    もどる and a submit button. The pages that ask for one (予約の方, 番号札をお持ちの方) set the texts: Qt
    looks a text up under the class that shows it, so each page's texts are its own.

    Signals:
        submitted(str): the text to act on (what was typed, or a QR code's whole text).
        back: もどる, one page back (the resident changed their mind).
    """

    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._scan_starts_over = False
        self.column.setSpacing(12)  # as the question pages: the keys and a message fit at the largest size
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heading = label("", "heading")
        self.hint = label("", "muted")
        self.entry = label("", "input")
        self.message = label("", "error")
        self.message.hide()
        self.pad = ReferencePad()
        self.pad.typed.connect(self._type)
        self.pad.deleted.connect(lambda: self._set(self.shown(self._text)[:-1]))
        self.pad.cleared.connect(lambda: self._set(""))
        self.back_button = button(role="nav-secondary", wrap=True)
        self.back_button.clicked.connect(self.back)
        self.ok = commits(button(role="nav", wrap=True))
        self.ok.clicked.connect(self._submit)
        self.add(self.heading, self.hint, self.entry, self.message)
        self.add(self.pad, stretch=1)

    def shown(self, text: str) -> str:
        """What the entry box shows of what was typed or scanned: as typed, in capitals, half-width."""
        return normalise_reference(text)

    def value(self) -> str:
        return self._text

    def _type(self, char: str) -> None:
        typed = self.shown(self._text)
        if len(typed) < TYPED_LIMIT:
            self._set(typed + char)

    def _set(self, text: str) -> None:
        self._text = text
        self.entry.setText(self.shown(text))
        self.ok.setEnabled(bool(self.shown(text)))

    def _submit(self) -> None:
        if self.shown(self._text):
            self._scan_starts_over = True
            self.submitted.emit(self._text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        """A QR scanner in keyboard mode (or a keyboard): the code's text, then Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self._set(self.shown(self._text)[:-1])
        elif event.text() and event.text().isprintable():
            text = "" if self._scan_starts_over else self._text
            self._scan_starts_over = False
            if len(text) < SCANNED_LIMIT:
                self._set(text + event.text())
        else:
            super().keyPressEvent(event)

    def prepare(self) -> None:
        """An empty code, no message, ready for a scan."""
        self._set("")
        self._scan_starts_over = False
        self.message.hide()
        self.hint.show()
        self.set_busy(False)
        self.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the kiosk acts on the code: no second submit."""
        self.ok.setEnabled(not busy and bool(self.shown(self._text)))

    def show_message(self, text: Callable[[], str]) -> None:
        """Why nothing more happened, in the resident's language, in place of the hint."""
        self.text(self.message, text)
        self.message.show()
        self.hint.hide()  # the message takes its place (the keys fit at the largest text size)
        self.set_busy(False)
        self.setFocus()

    def clear(self) -> None:
        """Forget the code (the visit ended)."""
        self._set("")
        self.message.hide()
        self.text(self.message, str)

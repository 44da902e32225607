"""A label whose Japanese text wraps between phrases, never inside one (ui.phrases), for every window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.phrases import joined


class PhraseLabel(QLabel):
    """A label whose Japanese text wraps between phrases, never inside one (ui.phrases.joined).

    `text()` stays the text as given (for tests and speech); so does the accessible name where the marks
    changed the text and no other name was given (a screen reader reads no invisible marks). The clipping
    checker measures what is shown (`QLabel.text(label)`)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain = ""
        self._named = ""  # the accessible name this label gave itself ("" for none)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:  # Qt's name
        self._plain = text
        shown = joined(text)
        super().setText(shown)
        if self.accessibleName() == self._named:  # no other name given: the text without its marks
            self._named = text if shown != text else ""
            self.setAccessibleName(self._named)

    def text(self) -> str:  # Qt's name
        return self._plain

    def clear(self) -> None:  # Qt's name
        self.setText("")

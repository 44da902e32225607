"""見やすく: how the resident wants to see the kiosk (text size, high contrast, controls kept low).

One touch on the welcome page opens this page, a second chooses: every option is two touches away. Each
touch shows its effect at once (the kiosk restyles itself), so the resident sees what they chose; OK goes
back to the welcome page. The next visit starts with the defaults again (kiosk.window).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.widgets import Page, button, label, mark


class ViewPage(Page):
    """Text size (標準・大・特大), 白黒反転 and 低い位置に表示, big buttons, the chosen ones marked.

    Signals:
        view_chosen(str, bool, bool): text size, high contrast, low reach, after each touch.
        done: back to the welcome page.
    """

    view_chosen = Signal(str, bool, bool)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "heading")
        self.text(self.heading, lambda: self.tr("見やすい表示を選んでください"))
        caption = label("", centered=False)
        self.text(caption, lambda: self.tr("文字の大きさ"))
        self.column.addStretch(1)
        self.add(self.heading, caption)
        self.size_buttons: dict[str, QPushButton] = {}
        sizes = QHBoxLayout()
        for size, produce in (
            ("standard", lambda: self.tr("標準")),
            ("large", lambda: self.tr("大")),
            ("largest", lambda: self.tr("特大")),
        ):
            widget = self.size_buttons[size] = button(role="answer", wrap=True)
            self.text(
                widget, produce, spoken=lambda p=produce: self.tr("文字の大きさ：%1").replace("%1", p())
            )
            widget.clicked.connect(lambda _checked=False, s=size: self._choose(text_size=s))
            sizes.addWidget(widget, 1)
        self.column.addLayout(sizes)
        self.contrast = button(role="answer", wrap=True)
        self.text(self.contrast, lambda: self.tr("白黒反転"))
        self.contrast.clicked.connect(lambda: self._choose(high_contrast=not self._view[1]))
        self.low_reach = button(role="answer", wrap=True)
        self.text(self.low_reach, lambda: self.tr("低い位置に表示"))
        self.low_reach.clicked.connect(lambda: self._choose(low_reach=not self._view[2]))
        toggles = QHBoxLayout()
        toggles.addWidget(self.contrast, 1)
        toggles.addWidget(self.low_reach, 1)
        self.column.addLayout(toggles)
        self.column.addStretch(1)
        self.ok = button(role="nav")
        self.text(self.ok, lambda: self.tr("OK"))
        self.ok.clicked.connect(self.done)
        self.add(self.ok)
        self._view = ("standard", False, False)
        self.show_view(*self._view)

    def _choose(self, **change: object) -> None:
        size, contrast, reach = self._view
        self.show_view(
            str(change.get("text_size", size)),
            bool(change.get("high_contrast", contrast)),
            bool(change.get("low_reach", reach)),
        )
        self.view_chosen.emit(*self._view)

    def show_view(self, text_size: str, high_contrast: bool, low_reach: bool) -> None:
        """Mark the chosen text size and toggles."""
        self._view = (text_size, high_contrast, low_reach)
        for key, widget in self.size_buttons.items():
            self._mark(widget, key == text_size)
        self._mark(self.contrast, high_contrast)
        self._mark(self.low_reach, low_reach)

    @staticmethod
    def _mark(widget: QPushButton, on: bool) -> None:
        widget.setCheckable(True)
        widget.setChecked(on)
        mark(widget, on)

"""The counter's operations: call next, recall, finish the step, no-show, hold (書類待ち), pass on (回す).

The buttons only say what the clerk pressed; the window runs the operation. 回す opens a small picker
of the services (the resident needs one more, next) and the other counters (this service, there). An
operation that does more than its button says (次の方を呼ぶ finishes the ticket at the counter;
ログアウト gives it back to the line) asks first, in the same place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from queueing.model import Counter, Service
from ui import theme
from ui.labels import PhraseLabel


def confirm_row(
    row: QHBoxLayout, what: QWidget, confirm: str, cancel: str
) -> tuple[QPushButton, QPushButton]:
    """Lay out a question or a choice (`what`, stretched), its confirming button and its cancelling one
    (やめる) in `row`; the two buttons, in that order. One look for every ask-in-place on the desk."""
    confirm_button = QPushButton(confirm)
    confirm_button.setProperty("role", "compact")
    cancel_button = QPushButton(cancel)
    cancel_button.setProperty("role", "compact-secondary")
    row.addWidget(what, 1)
    row.addWidget(confirm_button)
    row.addWidget(cancel_button)
    return confirm_button, cancel_button


class InPlace(QWidget):
    """A panel shown in the place of others (the operations' buttons), which hide while it shows.

    Signals:
        opened(bool): told before it shows and after it hides, so what it replaces makes room first
            (showing a widget lays its window out at once: both would grow it past the screen for a moment).
    """

    opened = Signal(bool)

    def setVisible(self, visible: bool) -> None:
        if visible:
            self.opened.emit(True)
        super().setVisible(visible)
        if not visible:
            self.opened.emit(False)


class TransferPicker(InPlace):
    """Where to pass the current ticket: another service (next) or another counter (same service), in the
    place of the operations' buttons.

    Signals:
        chosen(str, object): ("service", code) or ("counter", number).
    """

    chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)  # the desk fits 1366x768 with a correction notice and this row
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("回す先"))
        self.confirm_button, self.cancel_button = confirm_row(
            row, self.target, self.tr("回す"), self.tr("やめる")
        )
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.hide)

    def offer(
        self, services: Sequence[Service], counters: Sequence[Counter], service_name: dict[str, str]
    ) -> None:
        """Fill the choices: every service, then every counter but this one."""
        self.target.clear()
        for service in services:
            self.target.addItem(self.tr("次に：%1").replace("%1", service.name), f"service:{service.code}")
        for counter in counters:
            served = "・".join(service_name.get(code, code) for code in counter.services)
            text = self.tr("窓口：%1（%2）").replace("%1", counter.name).replace("%2", served)
            self.target.addItem(text, f"counter:{counter.number}")

    def choose(self, kind: str, value: object) -> None:
        """Select a target (for tests and keyboard users)."""
        index = self.target.findData(f"{kind}:{value}")
        if index < 0:
            raise ValueError(f"no transfer target {kind} {value}")
        self.target.setCurrentIndex(index)

    def _confirm(self) -> None:
        kind, _, value = str(self.target.currentData()).partition(":")
        self.hide()
        self.chosen.emit(kind, int(value) if kind == "counter" else value)


class Confirmation(InPlace):
    """A question about the current ticket, in the place of the operations' buttons: 「A-002 の対応を完了して
    次の方を呼びますか？」 with the action named on its button, and やめる.

    Signals:
        confirmed: the clerk pressed the action's button (the bar then runs what it was asked for).
    """

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        row = QHBoxLayout(self)
        self.question = PhraseLabel("")
        self.question.setProperty("role", "caption")
        self.question.setWordWrap(True)
        self.confirm_button, self.cancel_button = confirm_row(row, self.question, "", self.tr("やめる"))
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.hide)
        self._then: Callable[[], None] | None = None

    def ask(self, question: str, action: str, then: Callable[[], None]) -> None:
        """Ask `question`; `action` names what the confirming button does, `then` does it."""
        self.question.setText(question)
        self.confirm_button.setText(action)
        self.confirm_button.setAccessibleName(action)
        self._then = then
        self.show()
        self.confirm_button.setFocus()

    def setVisible(self, visible: bool) -> None:
        if not visible:
            self._then = None  # a question put away is never answered later
        super().setVisible(visible)

    def _confirm(self) -> None:
        then, self._then = self._then, None
        self.hide()
        if then is not None:
            then()
            self.confirmed.emit()


class OperationsBar(QWidget):
    """The big buttons of a counter; the 回す picker and the idle logout's warning take their place while
    they show (one row of height, kept for the form table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = QWidget()
        grid = QGridLayout(self.buttons)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.DESK.spacing)
        self.call_button = QPushButton(self.tr("次の方を呼ぶ"))
        self.call_button.setProperty("role", "operation")
        self.recall_button = self._secondary(self.tr("再呼び出し"))
        self.finish_button = self._secondary(self.tr("対応完了"))
        self.no_show_button = QPushButton(self.tr("不在"))
        self.no_show_button.setProperty("role", "operation-danger")
        self.hold_button = self._secondary(self.tr("書類待ち"))
        self.transfer_button = self._secondary(self.tr("回す…"))
        grid.addWidget(self.call_button, 0, 0, 1, 2)
        for column, button in enumerate(self.on_current, start=2):
            grid.addWidget(button, 0, column)
        layout.addWidget(self.buttons)
        self.transfer = TransferPicker(self)
        self.transfer.hide()
        layout.addWidget(self.transfer)
        self.transfer_button.clicked.connect(self.transfer.show)
        self.transfer.opened.connect(lambda shown: self.buttons.setVisible(not shown))
        self.confirmation = Confirmation(self)
        self.confirmation.hide()
        layout.addWidget(self.confirmation)
        self.confirmation.opened.connect(lambda shown: self.buttons.setVisible(not shown))

    def ask(self, question: str, action: str, then: Callable[[], None]) -> None:
        """Ask before an operation that is more than its button says (the picker goes first)."""
        self.transfer.hide()
        self.confirmation.ask(question, action, then)

    def cover(self, covered: bool) -> None:
        """Something else (the idle warning) shows in the bar's place, or no longer does."""
        self.setVisible(not covered)

    @staticmethod
    def _secondary(text: str) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "operation-secondary")
        return button

    @property
    def on_current(self) -> tuple[QPushButton, ...]:
        """The buttons that act on the current ticket."""
        return (
            self.recall_button,
            self.finish_button,
            self.hold_button,
            self.transfer_button,
            self.no_show_button,
        )

    def set_enabled(self, *, idle: bool, has_current: bool) -> None:
        """Calling needs an idle desk; the rest also a current ticket."""
        self.call_button.setEnabled(idle)
        for button in self.on_current:
            button.setEnabled(idle and has_current)
        self.confirmation.confirm_button.setEnabled(idle)
        if not has_current:
            self.transfer.hide()
            self.confirmation.hide()  # its question was about a ticket that has left the counter

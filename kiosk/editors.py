"""One editor per kind of question: big answer buttons, the kana keyboard, the keypad, the date picker, ticks,
copy counts and a household list.

An editor shows one `Screen` (kiosk.screens), holds what the resident touches until 次へ, and tells the page
when one touch is already the answer (`answered`). Question texts, choices and examples come from the form
data in Japanese and are shown as they are; the kiosk's own words go through tr().
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from forms import Choice, Value
from kiosk.keyboards import DatePicker, KanaPad, NumberPad
from kiosk.screens import Screen
from kiosk.widgets import Panel, button, drop_children, label, mark
from ui import theme

LONG_CHOICE = 12  # characters: longer answers get a whole line each


class Display(QLabel):
    """What is being typed, in large type; a long text shows its end (where the next character goes)."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "input")
        self.setProperty("elides", True)  # on purpose: the end shows, the whole is its accessible name
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""

    def show_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = max(0, self.contentsRect().width() - 8)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideLeft, room))
        self.setAccessibleName(self._full)

    def sizeHint(self) -> QSize:  # Qt's name
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().height() + 24)
        return hint

    minimumSizeHint = sizeHint


class Editor(Panel):
    """The shared shape of every editor.

    Signals:
        answered(object): one touch answered the question (a choice, a suggestion).
    """

    answered = Signal(object)

    def show_screen(self, screen: Screen) -> None:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget every value (the visit ended)."""

    @property
    def needs_next(self) -> bool:
        """True when the resident confirms with 次へ (False: touching an answer is enough)."""
        return True


class ChoiceEditor(Editor):
    """Big answer buttons, two to a line when short; touching one answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        self._value: object = None

    def show_screen(self, screen: Screen) -> None:
        self.show_choices(screen.question.choices, screen.value)

    def show_choices(self, choices: Sequence[Choice], current: object) -> None:
        drop_children(self.grid)
        self._value = current
        long = any(len(c.label) > LONG_CHOICE for c in choices)
        columns = 1 if long else 2
        self.buttons = []
        for index, choice in enumerate(choices):
            widget = button(choice.label, "answer", wrap=True)
            mark(widget, current is not None and choice.value == current)
            widget.clicked.connect(lambda _c=False, v=choice.value: self._choose(v))
            self.grid.addWidget(widget, index // columns, index % columns)
            self.buttons.append(widget)

    def _choose(self, value: Value) -> None:
        self._value = value
        self.answered.emit(value)

    def value(self) -> object:
        return self._value

    def clear(self) -> None:
        drop_children(self.grid)
        self.buttons, self._value = [], None

    @property
    def needs_next(self) -> bool:
        return False


class TextEditor(Editor):
    """Free text on the 50音 keyboard, with the question's examples as one-touch answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = Display()
        self.pad = KanaPad()
        self.pad.changed.connect(self.display.show_text)
        self.examples = QHBoxLayout()
        self.suggestions: list[QPushButton] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(self.display)
        box.addLayout(self.examples)
        box.addWidget(self.pad)
        box.addStretch(1)

    def show_screen(self, screen: Screen) -> None:
        drop_children(self.examples)
        self.suggestions = []
        for text in screen.suggestions:
            widget = button(text, "procedure", wrap=True)
            widget.clicked.connect(lambda _c=False, t=text: self.answered.emit(t))
            self.examples.addWidget(widget)
            self.suggestions.append(widget)
        self.pad.set_digits(screen.question.kind == "text" and not screen.suggestions)
        self.pad.set_limit(screen.field.max_length if screen.field else None)
        self.pad.set_value(screen.value if isinstance(screen.value, str) else "")

    def value(self) -> object:
        return self.pad.value()

    def clear(self) -> None:
        drop_children(self.examples)
        self.suggestions = []
        self.pad.clear()
        self.display.show_text("")


class KeypadEditor(Editor):
    """Digits on a large keypad: phone numbers, postal codes, numbers."""

    LIMITS: ClassVar[dict[str, int]] = {"phone": 11, "postal_code": 7}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = Display()
        self.display.setMinimumWidth(640)
        self.pad = NumberPad()
        self.pad.changed.connect(lambda digits: self.display.show_text(self._shown(digits)))
        self._kind = "number"
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.display, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)

    def show_screen(self, screen: Screen) -> None:
        self._kind = screen.question.kind
        top = screen.field.max if screen.field and screen.field.max is not None else 999
        self.pad.set_limit(self.LIMITS.get(self._kind, len(str(top))))
        value = screen.value
        digits = "".join(c for c in str(value) if c.isdigit()) if value not in (None, "") else ""
        self.pad.set_value(digits)

    def _shown(self, digits: str) -> str:
        """A postal code with its hyphen as it is written: 100-0005."""
        return f"{digits[:3]}-{digits[3:]}" if self._kind == "postal_code" and len(digits) > 3 else digits

    def value(self) -> object:
        digits = self.pad.value()
        return int(digits) if self._kind == "number" and digits else digits

    def clear(self) -> None:
        self.pad.clear()
        self.display.show_text("")


class DateEditor(Editor):
    """元号, year, month and day, each one touch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = DatePicker()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picker)
        box.addStretch(1)

    def show_screen(self, screen: Screen) -> None:
        self.picker.set_value(screen.value if isinstance(screen.value, str) else "")

    def value(self) -> object:
        return self.picker.value()

    def clear(self) -> None:
        self.picker.clear()


class ChecksEditor(Editor):
    """One big toggle per item; 次へ when done (nothing ticked is an answer too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.toggles: dict[str, QPushButton] = {}

    def show_screen(self, screen: Screen) -> None:
        drop_children(self.grid)
        self.toggles = {}
        values = screen.value if isinstance(screen.value, dict) else {}
        columns = 3 if len(screen.question.choices) > 6 else 2
        for index, choice in enumerate(screen.question.choices):
            widget = button(choice.label, "answer", wrap=True)
            widget.setCheckable(True)
            widget.setChecked(values.get(str(choice.value)) is True)
            mark(widget, widget.isChecked())
            widget.toggled.connect(lambda on, w=widget: mark(w, on))
            self.grid.addWidget(widget, index // columns, index % columns)
            self.toggles[str(choice.value)] = widget

    def value(self) -> object:
        return {name: widget.isChecked() for name, widget in self.toggles.items()}

    def clear(self) -> None:
        drop_children(self.grid)
        self.toggles = {}


class CountsEditor(Editor):
    """A stepper per kind of copy: − count +."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnMinimumWidth(4, 48)  # between the two columns of steppers
        self.counts: dict[str, int] = {}
        self.shown: dict[str, QLabel] = {}
        self.steps: dict[str, tuple[QPushButton, QPushButton]] = {}

    def show_screen(self, screen: Screen) -> None:
        drop_children(self.grid)
        values = screen.value if isinstance(screen.value, dict) else {}
        self.counts = {str(c.value): _count(values.get(str(c.value))) for c in screen.question.choices}
        self.shown, self.steps = {}, {}
        for index, choice in enumerate(screen.question.choices):
            self._stepper(str(choice.value), choice.label, (index // 2, (index % 2) * 5))

    def _stepper(self, name: str, caption: str, at: tuple[int, int]) -> None:
        row, column = at
        words = label(caption, centered=False)
        less, more = button("−", "key"), button("＋", "key")
        for step in (less, more):
            step.setFixedWidth(theme.KEY_HEIGHT + 16)
        self.text(less, lambda: "−", spoken=lambda: self.tr("%1を1通減らす").replace("%1", caption))
        self.text(more, lambda: "＋", spoken=lambda: self.tr("%1を1通増やす").replace("%1", caption))
        less.clicked.connect(lambda: self._step(name, -1))
        more.clicked.connect(lambda: self._step(name, 1))
        count = self.shown[name] = label(str(self.counts[name]), "field-value")
        count.setMinimumWidth(80)
        for offset, widget in enumerate((words, less, count, more)):
            self.grid.addWidget(widget, row, column + offset)
        self.grid.setColumnStretch(column, 1)
        self.steps[name] = (less, more)

    def _step(self, name: str, change: int) -> None:
        self.counts[name] = max(0, min(20, self.counts[name] + change))
        self.shown[name].setText(str(self.counts[name]))

    def value(self) -> object:
        return dict(self.counts)

    def clear(self) -> None:
        drop_children(self.grid)
        self.counts, self.shown, self.steps = {}, {}, {}


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


EDITOR_KINDS: dict[str, Callable[[], Editor]] = {
    "choice": ChoiceEditor,
    "yes_no": ChoiceEditor,
    "text": TextEditor,
    "kana": TextEditor,
    "phone": KeypadEditor,
    "postal_code": KeypadEditor,
    "number": KeypadEditor,
    "date": DateEditor,
    "checks": ChecksEditor,
    "counts": CountsEditor,
}

"""One editor per kind of question: big answer buttons, the kana keyboard, the keypad, the date picker, ticks,
copy counts and a household list.

An editor shows one `Screen` (kiosk.screens), holds what the resident touches until 次へ, and tells the page
when one touch is already the answer (`answered`): only where the page shows no 次へ (`needs_next` False).
A touch never both chooses and goes on where 次へ is on screen: a suggested answer (年金) fills the box.
Question texts and choices come from the form data in Japanese and are shown in the resident's language
(kiosk.form_words); examples stay Japanese (a touched one is the answer the form gets); the kiosk's own
words go through tr().
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import ClassVar

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from forms import Choice, Value
from forms.people import RELATIONSHIP
from kiosk.form_words import translated
from kiosk.keyboards import DatePicker, KanaPad, NumberPad
from kiosk.screens import Screen
from kiosk.widgets import Panel, button, drop_children, label, mark, scrolling
from ui import theme
from ui.i18n import LiveText, current_language

LONG_CHOICE = 24  # half-width characters (a kanji counts two): longer answers get a whole line each
# px around an explained answer's labels, inside its border: their line spacing keeps words clear
EXPLAINED_PADDING = 4
LATIN_SCRIPT = ("en", "vi", "pt_BR", "es")  # who reads these types a name in the Latin alphabet first


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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = LiveText()  # the texts of this screen's own widgets, in the resident's language

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.words.refresh()
        super().changeEvent(event)

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


def text_width(text: str) -> int:
    """How wide a text reads, in half-width characters: a kanji or kana counts two, a Latin letter one."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


class ExplainedAnswer(QPushButton):
    """An answer with what it means under it in smaller type (法定代理人 / （親権者・成年後見人）): two
    labels a touch passes through to the button, both wrapping; the button grows for their lines. Its
    accessible name says both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "answer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.name = label("", "answer-name")
        self.meaning = label("", "answer-meaning")
        box = QVBoxLayout(self)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the height is set here (resize)
        box.setContentsMargins(EXPLAINED_PADDING, EXPLAINED_PADDING, EXPLAINED_PADDING, EXPLAINED_PADDING)
        box.setSpacing(0)
        for part in (self.name, self.meaning):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            part.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps in the width
            box.addWidget(part)

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # Qt's name
        layout = self.layout()
        lines = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(super().sizeHint().height(), lines)

    def sizeHint(self) -> QSize:  # Qt's name
        """As wide as its widest word: it takes its column's share, not a line as long as its words."""
        narrow = self.minimumSizeHint().width()
        return QSize(narrow, self.heightForWidth(narrow))

    def minimumSizeHint(self) -> QSize:  # Qt's name
        """As narrow as its widest word (in its own type), with the padding."""
        flags = int(Qt.TextFlag.TextWordWrap)
        words = max(
            part.fontMetrics().boundingRect(QRect(0, 0, 1, 100_000), flags, QLabel.text(part)).width()
            for part in (self.name, self.meaning)
        )
        return QSize(words + 2 * EXPLAINED_PADDING + 2, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        """As a WrapButton: not every layout asks a row's widget its height for a width."""
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None:  # its labels' heights may have been measured in another type size: afresh
            layout.invalidate()
        tall = self.heightForWidth(self.width())
        if tall != self.minimumHeight():
            self.setMinimumHeight(tall)


class ChoiceEditor(Editor):
    """Big answer buttons, two to a line when short; touching one answers. An answer not everyone knows
    (法定代理人) says under it, in plain words and the resident's language, what it means. Where the page
    cannot hold them all (a long translation at the largest size), they scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sheet = QWidget()  # scrolls where the page cannot hold it (long translations, the largest size)
        self.grid = QGridLayout(sheet)
        self.grid.setContentsMargins(0, 0, 0, 0)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scrolling(sheet))
        self.buttons: list[QPushButton] = []
        self.choices_live = LiveText()  # the explanations of this question's answers only
        self._value: object = None

    def show_screen(self, screen: Screen) -> None:
        question = screen.question
        self.show_choices(question.choices, screen.value, question.id == RELATIONSHIP)

    def _meaning(self, value: Value) -> str:
        """What a relationship means, in plain words (同一世帯, 法定代理人, 第三者); "" for the plain ones."""
        meanings = {
            "同一世帯": lambda: self.tr("（住民票が同じ家族）"),
            "法定代理人": lambda: self.tr("（親権者・成年後見人）"),
            "第三者": lambda: self.tr("（上のどれでもない方）"),
        }
        produce = meanings.get(str(value))
        return produce() if produce is not None else ""

    def show_choices(self, choices: Sequence[Choice], current: object, explained: bool = False) -> None:
        """One button per choice; `explained`: the relationship's, each with its meaning under it."""
        drop_children(self.grid)
        self.choices_live = LiveText()
        self._value = current
        # Two answers to a line when every answer is short as the catalog writes it, else one to a line.
        # (Measured in the catalog's words: a translation wraps within its column, and one column of long
        # translations would not fit a landscape screen's height.)
        columns = 1 if any(text_width(c.label) > LONG_CHOICE for c in choices) else 2
        for column in range(2):  # two columns share the width alike, whatever the length of their words
            self.grid.setColumnStretch(column, 1 if columns == 2 else 0)
        self.buttons = []
        for index, choice in enumerate(choices):
            if explained and self._meaning(choice.value):
                widget: QPushButton = self._explained(choice)
            else:
                widget = button(choice.label, "answer", wrap=True)
                self.choices_live.set(widget.setText, lambda c=choice: translated(c.label))
                self.choices_live.set(widget.setAccessibleName, lambda c=choice: translated(c.label))
            mark(widget, current is not None and choice.value == current)
            widget.clicked.connect(lambda _c=False, v=choice.value: self._choose(v))
            self.grid.addWidget(widget, index // columns, index % columns)
            self.buttons.append(widget)

    def _explained(self, choice: Choice) -> ExplainedAnswer:
        widget = ExplainedAnswer()
        self.choices_live.set(widget.name.setText, lambda: translated(choice.label))
        self.choices_live.set(widget.meaning.setText, lambda: self._meaning(choice.value))
        self.choices_live.set(
            widget.setAccessibleName, lambda: f"{translated(choice.label)} {self._meaning(choice.value)}"
        )
        return widget

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.choices_live.refresh()
        super().changeEvent(event)

    def _choose(self, value: Value) -> None:
        self._value = value
        self.answered.emit(value)

    def value(self) -> object:
        return self._value

    def clear(self) -> None:
        drop_children(self.grid)
        self.choices_live = LiveText()
        self.buttons, self._value = [], None

    @property
    def needs_next(self) -> bool:
        return False


class TextEditor(Editor):
    """Free text on the 50音 keyboard, with the question's examples as one-touch fillings: touching one puts
    it in the box (marked as chosen) and 次へ confirms it, as it confirms what was typed. A resident reading a
    Latin-script language finds the Latin alphabet first (a name is registered so); ABC / かな switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = Display()
        self.pad = KanaPad()
        self.pad.changed.connect(self.display.show_text)
        self.pad.changed.connect(self._mark_suggestion)
        self.examples = QHBoxLayout()
        self.suggestions: list[QPushButton] = []
        self._free_text = False  # the question takes any text (Latin letters too), not only a reading
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
            widget.clicked.connect(lambda _c=False, t=text: self.pad.set_value(t))
            self.examples.addWidget(widget)
            self.suggestions.append(widget)
        self.pad.set_digits(screen.question.kind == "text" and not screen.suggestions)
        free_text = self._free_text = screen.question.kind == "text"  # a reading is typed in kana only
        self.pad.allow_latin(free_text)
        self.pad.set_latin(free_text and current_language() in LATIN_SCRIPT)
        self.pad.set_limit(screen.field.max_length if screen.field else None)
        self.pad.set_value(screen.value if isinstance(screen.value, str) else "")

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        """The resident chose another language before typing: the letters they read come first."""
        if event.type() == QEvent.Type.LanguageChange and self._free_text and not self.pad.value():
            self.pad.set_latin(current_language() in LATIN_SCRIPT)
        super().changeEvent(event)

    def _mark_suggestion(self, typed: str) -> None:
        """The suggestion that is the answer now looks chosen (touched, or typed to the letter)."""
        for widget in self.suggestions:
            mark(widget, widget.text() == typed)

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
    """One big toggle per item; 次へ when done (nothing ticked is an answer too). A long list (おくやみ's ten)
    in a long translation at the largest size scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sheet = QWidget()
        self.grid = QGridLayout(sheet)
        self.grid.setContentsMargins(0, 0, 0, 0)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scrolling(sheet))
        self.toggles: dict[str, QPushButton] = {}

    def show_screen(self, screen: Screen) -> None:
        drop_children(self.grid)
        self.toggles = {}
        self.words = LiveText()
        values = screen.value if isinstance(screen.value, dict) else {}
        columns = self._columns(len(screen.question.choices))
        for index, choice in enumerate(screen.question.choices):
            widget = button(choice.label, "answer", wrap=True)
            self.words.set(widget.setText, lambda c=choice: translated(c.label))
            self.words.set(widget.setAccessibleName, lambda c=choice: translated(c.label))
            widget.setCheckable(True)
            widget.setChecked(values.get(str(choice.value)) is True)
            mark(widget, widget.isChecked())
            widget.toggled.connect(lambda on, w=widget: mark(w, on))
            self.grid.addWidget(widget, index // columns, index % columns)
            self.toggles[str(choice.value)] = widget

    def _columns(self, count: int) -> int:
        """Three to a line for a long list on a wide screen, else two (a narrow screen keeps its width)."""
        return 3 if count > 6 and not self.narrow else 2

    def reflow(self) -> None:
        columns = self._columns(len(self.toggles))
        for index, widget in enumerate(self.toggles.values()):
            self.grid.removeWidget(widget)
            self.grid.addWidget(widget, index // columns, index % columns)

    def value(self) -> object:
        return {name: widget.isChecked() for name, widget in self.toggles.items()}

    def clear(self) -> None:
        drop_children(self.grid)
        self.toggles = {}
        self.words = LiveText()


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
        self.words = LiveText()  # (not the panel's own texts: these widgets go with the screen)
        for index, choice in enumerate(screen.question.choices):
            self._stepper(str(choice.value), choice.label, (index // 2, (index % 2) * 5))

    def _stepper(self, name: str, caption: str, at: tuple[int, int]) -> None:
        row, column = at
        words = label(caption, centered=False)
        self.words.set(words.setText, lambda: translated(caption))
        less, more = button("−", "key"), button("＋", "key")
        for step in (less, more):
            step.setFixedWidth(theme.KEY_HEIGHT + 16)
        self.words.set(
            less.setAccessibleName, lambda: self.tr("%1を1通減らす").replace("%1", translated(caption))
        )
        self.words.set(
            more.setAccessibleName, lambda: self.tr("%1を1通増やす").replace("%1", translated(caption))
        )
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
        self.words = LiveText()


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

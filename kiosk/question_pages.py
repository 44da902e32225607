"""The question page: one question per screen, its editor, the form's messages, もどる and 次へ.

The page shows what the flow (kiosk.flow) says is next and hands back what the resident touched; it keeps
nothing after `clear()`. The question and its help are in the resident's language (kiosk.form_words); messages

    heading   the question (or 「異動する方（2人目）の氏名」 for a household row's box)
    note      what is wrong (blocking) or the question's help
    editor    buttons, keyboard, keypad, date picker, ticks, counts or the household list
    もどる  <the form's title>  次へ
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forms import Problem, display
from forms.model import Row, RowGroup
from kiosk.card_pages import NARROWEST_KIOSK
from kiosk.editors import EDITOR_KINDS, ChoiceEditor, Editor
from kiosk.form_words import translated
from kiosk.screens import Screen
from kiosk.widgets import Page, button, drop_children, label
from ui.i18n import LiveText, current_language

PEOPLE_COLUMNS = 3  # persons typed elsewhere in the visit, offered three to a line


class RowsEditor(Editor):
    """A household list: one button per person (touch to type or complete), 消す beside it, 追加する, and
    one-touch buttons for persons typed elsewhere in this visit.

    Signals:
        edit(int): type or complete row n (n = the number of rows: a new person).
        remove(int): take row n off the list.
        add_person(int): add person n of the screen's `people`.
    """

    edit = Signal(int)
    remove = Signal(int)
    add_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_live = LiveText()
        self.sheet = QWidget()
        self.sheet.setObjectName("sheet")
        self.list = QVBoxLayout(self.sheet)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.sheet)
        self.add_button = button(role="answer")
        self.text(self.add_button, lambda: self.tr("＋ 追加する"), spoken=lambda: self.tr("一人追加する"))
        self.add_button.clicked.connect(lambda: self.edit.emit(len(self.row_buttons)))
        self.more = QGridLayout()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.area, 1)
        box.addLayout(self.more)
        box.addWidget(self.add_button)
        self.row_buttons: list[QPushButton] = []
        self.people_buttons: list[QPushButton] = []

    def show_screen(self, screen: Screen) -> None:
        self.clear()
        assert screen.group is not None
        rows = screen.value if isinstance(screen.value, list) else []
        for index, row in enumerate(rows):
            self._row(screen.group, index, row)
        self.list.addStretch(1)
        full = len(rows) >= screen.group.max_rows
        self.add_button.setEnabled(not full)
        for index, person in enumerate(screen.people[: PEOPLE_COLUMNS * 2]):
            self._person(index, person, enabled=not full)

    def _row(self, group: RowGroup, index: int, row: Row) -> None:
        line = QHBoxLayout()
        widget = button(role="row", wrap=True)
        widget.align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # type: ignore[attr-defined]
        words = "　".join(v for v in (display(c, row.get(c.id)) for c in group.columns if c.printed) if v)
        missing = any(c.required and row.get(c.id) in (None, "") for c in group.columns)

        def words_now() -> str:
            shown = self.tr("%1人目：%2").replace("%1", str(index + 1)).replace("%2", words)
            return shown + (self.tr("（未入力があります）") if missing else "")

        self.rows_live.set(widget.setText, words_now)
        self.rows_live.set(widget.setAccessibleName, words_now)
        widget.clicked.connect(lambda _c=False: self.edit.emit(index))
        remove = button(role="kana-secondary")
        remove.setMinimumWidth(remove.sizeHint().width())  # never squeezed by a long row beside it
        self.rows_live.set(remove.setText, lambda: self.tr("消す"))
        self.rows_live.set(
            remove.setAccessibleName, lambda: self.tr("%1人目を消す").replace("%1", str(index + 1))
        )
        remove.clicked.connect(lambda _c=False: self.remove.emit(index))
        line.addWidget(widget, 1)
        line.addWidget(remove)
        self.list.addLayout(line)
        self.row_buttons.append(widget)

    def _person(self, index: int, person: Row, *, enabled: bool) -> None:
        name = str(person.get("name", ""))
        widget = button(role="procedure", wrap=True)
        self.rows_live.set(widget.setText, lambda: self.tr("＋ %1").replace("%1", name))
        self.rows_live.set(widget.setAccessibleName, lambda: self.tr("%1さんを追加する").replace("%1", name))
        widget.setEnabled(enabled)
        widget.clicked.connect(lambda _c=False: self.add_person.emit(index))
        self.more.addWidget(widget, index // PEOPLE_COLUMNS, index % PEOPLE_COLUMNS)
        self.people_buttons.append(widget)

    def value(self) -> object:
        return None  # the flow keeps the list; 次へ confirms it

    def clear(self) -> None:
        drop_children(self.list)
        drop_children(self.more)
        self.row_buttons, self.people_buttons = [], []
        self.rows_live = LiveText()

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.rows_live.refresh()
        super().changeEvent(event)


class QuestionPage(Page):
    """One question of a form or a life event.

    Signals:
        answered(object): the resident's answer (次へ, or one touch on an answer).
        back(object): もどる, with what the editor holds now (kept, never lost).
        edit_row(int), remove_row(int), add_person(int): the household list's touches.
    """

    answered = Signal(object)
    back = Signal(object)
    edit_row = Signal(int)
    remove_row = Signal(int)
    add_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.setSpacing(12)
        self.heading = label("", "heading")
        self.note = label("", "muted")
        for wrapped in (self.heading, self.note):
            wrapped.setMinimumWidth(NARROWEST_KIOSK - 80)  # so size hints wrap them as the screen will
        self.stack = QStackedWidget()
        made: dict[object, Editor] = {}  # one editor per class: a kana question and a text one share it
        self.editors: dict[str, Editor] = {k: made.setdefault(m, m()) for k, m in EDITOR_KINDS.items()}
        self.editors["rows"] = RowsEditor()
        for editor in dict.fromkeys(self.editors.values()):
            self.stack.addWidget(editor)
            editor.answered.connect(self.answered)
        self.rows: RowsEditor = self.editors["rows"]  # type: ignore[assignment]
        self.rows.edit.connect(self.edit_row)
        self.rows.remove.connect(self.remove_row)
        self.rows.add_person.connect(self.add_person)
        self.add(self.heading, self.note)
        self.add(self.stack, stretch=1)
        self.column.addLayout(self._nav())
        self.editor: Editor = self.editors["choice"]

    def _nav(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.back_button = button(role="nav-secondary")
        self.text(self.back_button, lambda: self.tr("もどる"), spoken=lambda: self.tr("前の画面にもどる"))
        self.back_button.clicked.connect(lambda: self.back.emit(self.editor.value()))
        self.title = label("", "muted")
        self.next_button = button(role="nav")
        self.text(self.next_button, lambda: self.tr("次へ"))
        self.next_button.clicked.connect(lambda: self.answered.emit(self.editor.value()))
        row.addWidget(self.back_button)
        row.addWidget(self.title, 1)
        row.addWidget(self.next_button)
        return row

    def show_screen(self, screen: Screen) -> None:
        """Show `screen`: its question, its help and its editor, starting from its value."""
        question = screen.question
        kind = "choice" if question.choices and question.kind not in ("checks", "counts") else question.kind
        self.editor = self.editors.get(kind, self.editors["text"])
        self.editor.show_screen(screen)
        self.stack.setCurrentWidget(self.editor)
        self.next_button.setVisible(self.editor.needs_next)
        spot = screen.row
        if spot is not None:
            self.text(
                self.heading,
                lambda: (
                    self.tr("%1（%2人目）の%3")
                    .replace("%1", translated(spot.group_label))
                    .replace("%2", str(spot.index + 1))
                    .replace("%3", translated(spot.column.label))
                ),
            )
        else:
            self.text(self.heading, lambda: translated(question.text))
        self._note(question.help, [])
        self.text(self.title, lambda: screen.title_in(current_language()))

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """What is wrong with the answer, in the form's words, on the same screen."""
        self._note("", [p.message for p in problems])

    def _note(self, help_text: str, messages: list[str]) -> None:
        self.note.setProperty("role", "warning" if messages else "muted")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
        self.text(self.note, lambda: "\n".join(messages) or translated(help_text))
        self.note.setVisible(bool(messages or help_text))

    @property
    def choice_buttons(self) -> list[QPushButton]:
        editor = self.editor
        return editor.buttons if isinstance(editor, ChoiceEditor) else []

    def clear(self) -> None:
        """Take every answer and typed character off the page."""
        for editor in dict.fromkeys(self.editors.values()):
            editor.clear()
        for widget in (self.heading, self.note, self.title):
            self.text(widget, str)

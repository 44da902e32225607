"""Choosing what to do, and reviewing it before the ticket.

ChoosePage: the catalog's forms grouped by the counter (service) that handles them, or the life events
grouped as the data groups them (引越し, 出生, ...), or only a numbered ticket. Each form and event is
shown by its name in the resident's language (its `names`; the form itself stays Japanese), under the
service's name or the event's group in that language too.

ReviewPage: every form and its values in large type, the fee total, what still blocks the ticket, and
for a life event the procedures that follow; each value the resident answered (or could) has 変える.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forms import FormTemplate, LifeEvent
from kiosk.form_words import translated
from kiosk.review import FormReview, Line, Review
from kiosk.widgets import Page, Panel, button, commits, drop_children, label, mark, scrolling
from queueing.model import Service
from ui.i18n import LiveText, current_language

FORM_COLUMNS = 3
EVENT_COLUMNS = 2


Text = Callable[[], str]


def balanced(groups: Sequence[tuple[Text, Sequence[object]]], columns: int) -> list[list[int]]:
    """Spread groups over columns so that the columns are about as tall (a caption counts as a line)."""
    heights = [0] * columns
    placed: list[list[int]] = [[] for _ in range(columns)]
    for index, (_, items) in enumerate(groups):
        lowest = heights.index(min(heights))
        placed[lowest].append(index)
        heights[lowest] += 1 + len(items)
    return placed


class ChoicePanel(Panel):
    """Big buttons under group captions, in columns.

    Signals:
        chosen(str): the id of the form or event touched.
    """

    chosen = Signal(str)

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(24)
        self.columns = columns
        self.groups: list[tuple[Text, list[tuple[str, Text]]]] = []
        self.buttons: dict[str, QPushButton] = {}

    def set_groups(self, groups: Sequence[tuple[Text, list[tuple[str, Text]]]]) -> None:
        """(caption, [(id, title), ...]) in order, each text produced in the resident's language (now and
        after every change of language); on a narrow screen in two columns at most, the titles wrapped."""
        self.groups = list(groups)
        drop_children(self.row)
        self.buttons = {}
        self.live = LiveText()  # the texts of the buttons just dropped go with them
        for indexes in balanced(groups, min(self.columns, 2) if self.narrow else self.columns):
            column = QVBoxLayout()
            column.setSpacing(10)
            for index in indexes:
                caption, items = groups[index]
                heading = label("", "caption", centered=False)
                self.text(heading, caption)
                column.addWidget(heading)
                for item_id, title in items:
                    widget = self.buttons[item_id] = button(role="procedure", wrap=True)
                    self.text(widget, title)
                    widget.clicked.connect(lambda _c=False, i=item_id: self.chosen.emit(i))
                    column.addWidget(widget)
            column.addStretch(1)
            self.row.addLayout(column, 1)

    def reflow(self) -> None:
        """The columns again for a narrow or a wide screen."""
        if self.groups:
            self.set_groups(self.groups)


class ChoosePage(Page):
    """What the resident came for: a form, a life event, or only a ticket.

    Signals:
        form_chosen(str), event_chosen(str): a form or life event by id.
        ticket_only: the resident wants a numbered ticket and no forms (the service buttons).
        cancelled: the resident leaves; the visit ends.
    """

    form_chosen = Signal(str)
    event_chosen = Signal(str)
    ticket_only = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.setSpacing(12)
        self.heading = label("", "heading")
        self.text(self.heading, lambda: self.tr("どの手続きをしますか？"))
        self.by_form = button(role="small", wrap=True)
        self.by_event = button(role="small", wrap=True)
        self.text(self.by_form, lambda: self.tr("申請書・届出書から選ぶ"))
        self.text(self.by_event, lambda: self.tr("くらしのできごとから選ぶ（引越し・出生など）"))
        tabs = QHBoxLayout()
        tabs.addWidget(self.by_form)
        tabs.addWidget(self.by_event)
        self.forms = ChoicePanel(FORM_COLUMNS)
        self.events = ChoicePanel(EVENT_COLUMNS)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.forms)
        self.stack.addWidget(self.events)
        self.add(self.heading)
        self.column.addLayout(tabs)
        self.add(scrolling(self.stack), stretch=1)
        self.column.addLayout(self._bottom())
        self.forms.chosen.connect(self.form_chosen)
        self.events.chosen.connect(self.event_chosen)
        self.by_form.clicked.connect(lambda: self.show_list("forms"))
        self.by_event.clicked.connect(lambda: self.show_list("events"))
        self.show_list("forms")

    def _bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.ticket_button = button(role="nav-secondary", wrap=True)
        self.text(self.ticket_button, lambda: self.tr("申請書は作らず、番号札だけ取る"))
        self.cancel_button = button(role="nav-secondary")
        self.text(
            self.cancel_button, lambda: self.tr("やめる"), spoken=lambda: self.tr("やめて最初の画面にもどる")
        )
        self.ticket_button.clicked.connect(self.ticket_only)
        self.cancel_button.clicked.connect(self.cancelled)
        row.addWidget(self.ticket_button, 1)
        row.addWidget(self.cancel_button)
        return row

    def set_choices(
        self,
        catalog: Mapping[str, FormTemplate],
        events: Mapping[str, LifeEvent],
        services: Iterable[Service],
    ) -> None:
        """Forms grouped by the service that handles them (in the office's order); events by their group.
        Every caption and name in the resident's language: the services' and the forms' own names, the
        events' groups through the translations (kiosk.form_words)."""
        by_code = {s.code: s for s in services}
        order = [*by_code, *sorted({t.service for t in catalog.values()} - set(by_code))]
        requests_first = sorted(catalog.values(), key=lambda t: t.fee == 0)  # certificates, then 届出

        def service_name(code: str) -> Text:
            service = by_code.get(code)
            return lambda: service.name_in(current_language()) if service is not None else code

        def name(item: FormTemplate | LifeEvent) -> Text:
            return lambda: item.name_in(current_language())

        forms = [
            (service_name(code), [(t.id, name(t)) for t in requests_first if t.service == code])
            for code in order
        ]
        self.forms.set_groups([g for g in forms if g[1]])
        grouped: dict[str, list[tuple[str, Text]]] = {}
        for event in events.values():
            grouped.setdefault(event.group, []).append((event.id, name(event)))
        self.events.set_groups([(lambda g=group: translated(g), items) for group, items in grouped.items()])

    def show_list(self, which: str) -> None:
        """Show the forms or the life events; the next visit starts with the forms."""
        self.stack.setCurrentWidget(self.forms if which == "forms" else self.events)
        mark(self.by_form, which == "forms")
        mark(self.by_event, which == "events")


class ReviewPage(Page):
    """Everything the resident is about to hand in, before the ticket.

    Signals:
        confirmed: この内容で番号札を取る.
        back: もどって直す (the last question again).
        change(str, str): 変える on a value: (scope, question id).
    """

    confirmed = Signal()
    back = Signal()
    change = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.setSpacing(12)
        self.lines_live = LiveText()
        self.heading = label("", "heading")
        self.text(self.heading, lambda: self.tr("この内容でよろしいですか？"))
        self.sheet = QWidget()
        self.sheet.setObjectName("sheet")
        self.body = QVBoxLayout(self.sheet)
        self.body.setContentsMargins(0, 0, 16, 0)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.sheet)
        self.problems = label("", "warning")
        self.total = label("", "heading")
        self.add(self.heading)
        self.add(self.area, stretch=1)
        self.add(self.problems, self.total)
        self.column.addLayout(self._bottom())
        self.change_buttons: list[QPushButton] = []
        self.review: Review | None = None

    def _bottom(self) -> QHBoxLayout:
        """もどって直す ▲ ▼ beside この内容で番号札を取る, or above it on a narrow screen."""
        row = self.stacks(QHBoxLayout())
        moves = QHBoxLayout()
        self.back_button = button(role="nav-secondary", wrap=True)
        self.text(self.back_button, lambda: self.tr("もどって直す"))
        self.up = button(role="nav-secondary")
        self.down = button(role="nav-secondary")
        self.text(self.up, lambda: "▲", spoken=lambda: self.tr("上を見る"))
        self.text(self.down, lambda: "▼", spoken=lambda: self.tr("下を見る"))
        self.ok = commits(button(role="nav", wrap=True))
        self.text(self.ok, lambda: self.tr("この内容で番号札を取る"))
        self.back_button.clicked.connect(self.back)
        self.ok.clicked.connect(self.confirmed)
        self.up.clicked.connect(lambda: self._scroll(-1))
        self.down.clicked.connect(lambda: self._scroll(1))
        moves.addWidget(self.back_button, 1)
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        # Two shares of the width for もどって直す and the arrows, one for the button that goes on: a long
        # translation of either never squeezes the other into a column of single words.
        row.addLayout(moves, 2)
        row.addWidget(self.ok, 1)
        return row

    def _scroll(self, direction: int) -> None:
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.value() + direction * bar.pageStep())

    def show_review(self, review: Review) -> None:
        """Every form and value, the fee total and the problems (errors keep the ticket button off)."""
        self.clear()
        self.review = review
        for form in review.forms:
            self._form(form)
        if review.procedures:
            self._procedures(review)
        self.body.addStretch(1)
        messages = [p.message for p in review.problems]
        self.text(self.problems, lambda: "\n".join(messages))
        self.problems.setVisible(bool(messages))
        total = review.total
        self.text(
            self.total,
            lambda: (
                self.tr("手数料の合計：%1円").replace("%1", f"{total:,}")
                if total
                else self.tr("手数料はかかりません")
            ),
        )
        self.ok.setEnabled(review.ready)
        self.area.verticalScrollBar().setValue(0)

    def _form(self, form: FormReview) -> None:
        self.body.addWidget(label(form.title, "caption", centered=False))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setColumnStretch(1, 1)
        for row, line in enumerate(form.lines):
            self._line(grid, row, form.scope, line)
        self.body.addLayout(grid)

    def reflow(self) -> None:
        if self.review is not None:
            self.show_review(self.review)

    def _line(self, grid: QGridLayout, row: int, scope: str, line: Line) -> None:
        """Name, value and 変える side by side; on a narrow screen the value under its name."""
        name = label("", "field-name", wrap=self.narrow, centered=False)
        if not self.narrow:
            name.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # values take the room
        number = line.row
        self.lines_live.set(
            name.setText,
            (lambda: self.tr("%1（%2人目）").replace("%1", line.label).replace("%2", str(number)))
            if number
            else (lambda: line.label),
        )
        value = label("", "field-value", centered=False)
        value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # wraps in what is left
        self.lines_live.set(value.setText, lambda: line.value or self.tr("（空欄）"))
        at = (row * 2, 0, row * 2 + 1, 0) if self.narrow else (row, 0, row, 1)
        grid.addWidget(name, at[0], at[1], Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, at[2], at[3], 1, 2 if self.narrow else 1)
        if line.change is not None:
            change = self._change_button(name.text, line)
            grid.addWidget(change, row * (2 if self.narrow else 1), 2, Qt.AlignmentFlag.AlignTop)

    def _change_button(self, caption: Callable[[], str], line: Line) -> QPushButton:
        widget = button(role="small")
        self.lines_live.set(widget.setText, lambda: self.tr("変える") if line.value else self.tr("入力する"))
        self.lines_live.set(widget.setAccessibleName, lambda: self.tr("%1を変える").replace("%1", caption()))
        scope, question = line.change or ("", "")
        widget.clicked.connect(lambda _c=False: self.change.emit(scope, question))
        self.change_buttons.append(widget)
        return widget

    def _procedures(self, review: Review) -> None:
        caption = label("", "caption", centered=False)
        self.lines_live.set(caption.setText, lambda: self.tr("このあと窓口で行う手続き"))
        self.body.addWidget(caption)
        for procedure in review.procedures:
            words = procedure.title + (f"（{procedure.deadline_note}）" if procedure.deadline_note else "")
            self.body.addWidget(label(f"・{words}", centered=False))

    def clear(self) -> None:
        """Take every value off the page (the visit ended, or a new review replaces it)."""
        drop_children(self.body)
        self.change_buttons = []
        self.review = None
        self.lines_live = LiveText()
        for widget in (self.problems, self.total):
            self.text(widget, str)

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.lines_live.refresh()
        super().changeEvent(event)

"""The procedure part of a visit on screen: choose -> one question per screen -> review.

The flow itself (kiosk.flow.ProcedureFlow) lives in the window's `Visit`, and only there: these steps read
it through `flow()` at each touch, so that when the visit ends and the Visit is replaced nothing here still
holds an answer. `clear()` takes every value off the pages.

Signals:
    finished: the resident confirmed the review; the window hands the visit to the queue.
    ticket_only: no forms, only a numbered ticket (the service buttons).
    cancelled: the resident left from the choice page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kiosk.flow import ProcedureFlow
from kiosk.procedure_pages import ChoosePage, ReviewPage
from kiosk.question_pages import QuestionPage
from kiosk.review import review_of


class ProcedureSteps(QObject):
    """Connects the choose, question and review pages to the visit's flow."""

    finished = Signal()
    ticket_only = Signal()
    cancelled = Signal()

    def __init__(
        self,
        flow: Callable[[], ProcedureFlow | None],
        show: Callable[[QWidget], None],
        pages: tuple[ChoosePage, QuestionPage, ReviewPage],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._show = show
        self.choose, self.question, self.review = pages
        self.choose.form_chosen.connect(lambda form_id: self._start(lambda f: f.choose_form(form_id)))
        self.choose.event_chosen.connect(lambda event_id: self._start(lambda f: f.choose_event(event_id)))
        self.choose.ticket_only.connect(self.ticket_only)
        self.choose.cancelled.connect(self.cancelled)
        self.question.answered.connect(self._answered)
        self.question.back.connect(self._back)
        self.question.edit_row.connect(lambda index: self._act(lambda f: f.edit_row(index)))
        self.question.remove_row.connect(lambda index: self._act(lambda f: f.remove_row(index)))
        self.question.add_person.connect(self._add_person)
        self.review.back.connect(lambda: self._back(None))
        self.review.change.connect(lambda scope, q: self._act(lambda f: f.change(scope, q)))
        self.review.confirmed.connect(self.finished)

    def show_choices(self) -> None:
        """The start of the procedures: the forms list first."""
        self.choose.show_list("forms")
        self._show(self.choose)

    def _start(self, choose: Callable[[ProcedureFlow], None]) -> None:
        flow = self._flow()
        if flow is not None:
            choose(flow)
            self.show_current(flow)

    def _act(self, change: Callable[[ProcedureFlow], None]) -> None:
        """A touch that changes the flow (a household row, 変える), then whatever screen follows."""
        flow = self._flow()
        if flow is not None:
            change(flow)
            self.show_current(flow)

    def _answered(self, value: object) -> None:
        flow = self._flow()
        if flow is None:
            return
        problems = flow.answer(value)
        if problems:
            self.question.show_problems(problems)
            return
        self.show_current(flow)

    def _back(self, draft: object) -> None:
        flow = self._flow()
        if flow is None:
            return
        if flow.back(draft):
            self.show_current(flow)
        else:
            self.show_choices()

    def _add_person(self, index: int) -> None:
        flow = self._flow()
        screen = flow.current() if flow is not None else None
        if flow is not None and screen is not None and index < len(screen.people):
            flow.add_person(screen.people[index])
            self.show_current(flow)

    def show_current(self, flow: ProcedureFlow) -> None:
        """The next question, or the review once every form is ready."""
        screen = flow.current()
        if screen is not None:
            self.question.show_screen(screen)
            self._show(self.question)
        else:
            self.review.show_review(review_of(flow))
            self._show(self.review)

    def clear(self) -> None:
        """Take every answer off the pages (the visit ended)."""
        self.question.clear()
        self.review.clear()
        self.choose.show_list("forms")

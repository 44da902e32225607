"""One visit's procedures: what the resident chose, every answer they typed, and the screen to show next.

Pure Python (no Qt), so tests and the touch bench can drive a visit without widgets; the kiosk's pages only
show what `current()` returns and hand back what the resident touched.

A visit works through *scopes* in order: a life event's own questions (when the resident chose an event),
then each form the event's plan needs (or the one form they chose). In each scope the form's questions are
walked in the form's order; a question gets a screen unless

- it does not apply (forms.questions_for: its `ask_if`, or the card already filled its boxes),
- an earlier scope already answered its boxes: the visitor's own answers (phone, reading ...) and the
  event's answers (引越した日) are carried to every later form that has the same box, or
- the form's default is a usual answer that passes validation (1通, 住民票の写し, no extra items): it is
  shown on the review page, where the resident can change it. A yes/no question is always asked (a default
  cannot know the resident's situation), and so is every question of a life event and a household list.

Nothing typed is lost: `kept` holds every answer (and every half-typed value the resident left with
"back") until the visit ends; only the answers of screens confirmed in order count for the forms.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping, Sequence

from forms import (
    Application,
    FormTemplate,
    LifeEvent,
    Plan,
    Problem,
    Question,
    build_application,
    card_filled,
    load_catalog,
    load_life_events,
    plan,
    questions_for,
    validate,
)
from forms.model import Row, RowGroup
from kiosk.household import HouseholdRows, RowEdit
from kiosk.screens import Key, Screen, Walk

EVENT = "event"  # the scope of a life event's own questions
ALWAYS_ASKED = ("rows", "yes_no")
NAME_BOXES = ("name", "householder")  # text boxes that hold a person's name (氏名, 世帯主)
MAX_SUGGESTIONS = 6


@functools.cache
def shipped_catalog() -> Mapping[str, FormTemplate]:
    """The shipped forms, read once per process (every kiosk window shares them; they never change)."""
    return load_catalog()


@functools.cache
def _shipped_events() -> Mapping[str, LifeEvent]:
    return load_life_events(catalog=shipped_catalog())


def shipped_events(catalog: Mapping[str, FormTemplate]) -> Mapping[str, LifeEvent]:
    """The shipped life events, checked against `catalog` (read once for the shipped catalog)."""
    return _shipped_events() if catalog is shipped_catalog() else load_life_events(catalog=catalog)


def event_template(event: LifeEvent) -> FormTemplate:
    """A life event's own questions as a form without paper, so that they are walked and checked alike."""
    return FormTemplate(
        id=EVENT,
        title=event.title,
        title_en=event.title_en,
        names=event.names,
        service="",
        fee=0,
        fields=event.fields,
        questions=event.questions,
        layout=(),
    )


class ProcedureFlow(HouseholdRows):
    """The procedures of one visit: choose a form or a life event, answer screen by screen, review."""

    def __init__(
        self,
        catalog: Mapping[str, FormTemplate],
        events: Mapping[str, LifeEvent],
        identity: object | None = None,
        *,
        today: datetime.date | None = None,
    ) -> None:
        self.catalog = catalog
        self.events = events
        self.identity = identity
        self.today = today or datetime.date.today()
        self.form_id: str | None = None
        self.event: LifeEvent | None = None
        self.kept: dict[Key, object] = {}
        self._confirmed: list[Key] = []  # screens answered in order ("back" steps through them)
        self._settled: set[Key] = set()  # screens answered from the review page
        self._reviewing: Key | None = None
        self._row: RowEdit | None = None

    # --- choosing ------------------------------------------------------------------------------------

    def choose_form(self, form_id: str) -> None:
        """The resident asks for one form ("by procedure")."""
        self.form_id, self.event = form_id, None

    def choose_event(self, event_id: str) -> None:
        """The resident names what happened ("by life event"); the plan decides the forms."""
        self.form_id, self.event = None, self.events[event_id]

    @property
    def chosen(self) -> bool:
        return self.form_id is not None or self.event is not None

    # --- the scopes ----------------------------------------------------------------------------------

    def _templates(self, event_answers: Mapping[str, object]) -> list[FormTemplate]:
        """The event's questions (or its form) first, then each form its plan needs, in plan order."""
        if self.form_id is not None:
            return [self.catalog[self.form_id]]
        if self.event is None:
            return []
        first = self.catalog[self.event.form] if self.event.form else event_template(self.event)
        planned = self.plan(event_answers).forms
        return [first, *(self.catalog[f] for f in planned if f != first.id and f in self.catalog)]

    def plan(self, event_answers: Mapping[str, object] | None = None) -> Plan:
        """The event's procedures for the answers so far and the household typed so far."""
        assert self.event is not None
        answers = self._walks()[0].answers if event_answers is None else event_answers
        return plan(self.event, answers, self.household(), today=self.today)

    def household(self) -> list[str | datetime.date]:
        """Birth dates of the card holder and of everyone typed into a household list."""
        births: list[str | datetime.date] = []
        birth = getattr(self.identity, "birth_date", None)
        if isinstance(birth, datetime.date | str):
            births.append(birth)
        for key in self._counted():
            rows = self.kept.get(key)
            if isinstance(rows, list):
                births += [r["birth_date"] for r in rows if isinstance(r.get("birth_date"), str)]
        return births

    def _counted(self) -> list[Key]:
        return [*self._confirmed, *self._settled]

    def _walks(self) -> list[Walk]:
        """Every scope walked in order, each starting from what the earlier ones carry over."""
        walks: list[Walk] = []
        first = True
        index = 0
        while True:
            templates = self._templates(walks[0].answers if walks else {})
            if index >= len(templates):
                return walks
            template = templates[index]
            walks.append(self._walk(template, self._carried(template, walks), first=first))
            first, index = False, index + 1

    def _walk(self, template: FormTemplate, base: dict[str, object], *, first: bool) -> Walk:
        """Walk `template`'s questions in order: confirmed answers count, the first one to ask is next."""
        scope = template.id
        answers = dict(base)
        applicable: dict[str, Question] = {}
        counted = set(self._counted())
        result = Walk(scope, template, answers, applicable)
        for question in template.questions:
            app = self._build(template, answers)
            now = {q.id: q for q in questions_for(template, app, today=self.today)}
            if question.id not in now:
                continue
            resolved = applicable[question.id] = now[question.id]
            key = (scope, question.id)
            if key in counted:
                answers.update(self._as_answers(resolved, self.kept.get(key)))
            elif all(f in base for f in resolved.fields):
                continue  # carried over from an earlier scope
            elif result.next is None and self._must_ask(template, resolved, app, every=first):
                result.next = resolved
        return result

    def _must_ask(self, template: FormTemplate, question: Question, app: Application, *, every: bool) -> bool:
        """Whether `question` needs a screen, or its default stands (see the module's docstring)."""
        if every and (self.event is not None):
            return True  # the event's questions (or its form's) decide the plan: all of them are asked
        if question.kind in ALWAYS_ASKED:
            return True
        if not question.required and self.identity is not None:
            return False  # with a card, optional boxes get no screen: the review page offers them (変える)
        if any(f not in app.values for f in question.fields):
            return True
        return any(
            p.is_error and p.field in question.fields for p in validate(template, app, today=self.today)
        )

    def _carried(self, template: FormTemplate, walks: Sequence[Walk]) -> dict[str, object]:
        """What earlier scopes answer for this form: the plan's presets, the visitor's own boxes, and the
        event's answers for boxes of the same name and type."""
        carried: dict[str, object] = {}
        if self.event is not None and walks:
            step = next((p for p in self.plan(walks[0].answers).procedures if p.form == template.id), None)
            carried.update(step.preset if step else {})
        for walk in walks:
            for name, value in walk.answers.items():
                mine, theirs = template.field(name), walk.template.field(name)
                same = mine is not None and theirs is not None and mine.type == theirs.type
                if same and (name.startswith("visitor.") or walk.scope == EVENT):
                    carried.setdefault(name, value)
        return carried

    def _build(self, template: FormTemplate, answers: Mapping[str, object]) -> Application:
        return build_application(template, self.identity, answers, today=self.today)

    @staticmethod
    def _as_answers(question: Question, value: object) -> dict[str, object]:
        """A screen's answer as answers by box: a table for checks and counts, else its one box."""
        if question.kind in ("checks", "counts") and isinstance(value, Mapping):
            return {f: value.get(f) for f in question.fields}
        return {question.fields[0]: "" if value is None else value}

    # --- the screen now ------------------------------------------------------------------------------

    def current(self) -> Screen | None:
        """The screen to show now; None when every form is ready for the review page."""
        walks = self._walks()
        if self._row is not None:
            return self._row_screen(walks)
        if self._reviewing is not None:
            walk = next((w for w in walks if w.scope == self._reviewing[0]), None)
            question = walk.applicable.get(self._reviewing[1]) if walk else None
            if walk is not None and question is not None:
                return self._screen(walk, question, walks, from_review=True)
            self._reviewing = None
        walk = next((w for w in walks if w.next is not None), None)
        return self._screen(walk, walk.next, walks) if walk and walk.next else None

    def _screen(self, walk: Walk, question: Question, walks: list[Walk], from_review: bool = False) -> Screen:
        template = walk.template
        app = self._build(template, walk.answers)
        key = (walk.scope, question.id)
        group = template.row_group(question.fields[0]) if question.kind == "rows" else None
        return Screen(
            scope=walk.scope,
            title=template.title,
            names=template.names,
            question=question,
            value=self.kept[key] if key in self.kept else self._value_now(question, app),
            field=template.field(question.fields[0]) if question.fields else None,
            group=group,
            suggestions=self._suggestions(question, dict(app.values), walks),
            people=self._people(group, walks, app) if group else (),
            from_review=from_review,
        )

    @staticmethod
    def _value_now(question: Question, app: Application) -> object:
        """What the form holds for the question's boxes now (a default, the card's row), for a first visit."""
        if question.kind in ("checks", "counts"):
            return {f: app.values.get(f) for f in question.fields}
        if question.kind == "rows":
            return [dict(r) for r in app.rows.get(question.fields[0], [])]
        return app.values.get(question.fields[0])

    def _suggestions(
        self, question: Question, values: Mapping[str, object], walks: list[Walk]
    ) -> tuple[str, ...]:
        """One-touch answers: for a name, the reading typed just before it and the names already typed in
        this visit (type each person once); then the question's examples."""
        box = question.fields[0] if question.fields else ""
        offered = [values.get(f"{box}_reading")] if box.endswith("name") else []
        if question.kind == "text" and box.endswith(NAME_BOXES):
            offered += self._names(walks)
        offered += question.examples
        texts = (o.strip() for o in offered if isinstance(o, str))
        return tuple(dict.fromkeys(t for t in texts if t))[:MAX_SUGGESTIONS]

    def _names(self, walks: list[Walk]) -> list[object]:
        """The visitor's name and every household member's, as typed or read from the card."""
        names: list[object] = []
        for walk in walks:
            built = self._build(walk.template, walk.answers)
            names.append(built.values.get("visitor.name"))
            names += [row.get("name") for rows in built.rows.values() for row in rows]
        return names

    def _people(self, group: RowGroup, walks: list[Walk], app: Application) -> tuple[Row, ...]:
        """Persons typed into other household lists of this visit and not yet in this one."""
        here = {r.get("name") for r in app.rows.get(group.id, [])}
        found: list[Row] = []
        for walk in walks:
            built = self._build(walk.template, walk.answers)
            for gid, rows in built.rows.items():
                if walk.scope == app.form_id and gid == group.id:
                    continue
                found += [r for r in rows if r.get("name") and r.get("name") not in here]
                here |= {r.get("name") for r in rows}
        return tuple(found)

    # --- answering -----------------------------------------------------------------------------------

    def answer(self, value: object) -> list[Problem]:
        """Keep the resident's answer to the current screen and go on, unless it has errors (returned)."""
        screen = self.current()
        if screen is None:
            return []
        if self._row is not None:
            return self._answer_row_box(screen, value)
        if screen.question.kind == "rows" and not isinstance(value, list):
            value = self._rows_of(screen)  # 次へ under a household list: the list as it stands
        self.kept[screen.key] = value
        problems = self._problems_with(screen.key, screen.question)
        if any(p.is_error for p in problems):
            return [p for p in problems if p.is_error]
        if screen.from_review:
            self._settled.add(screen.key)
            self._reviewing = None
        elif screen.key not in self._confirmed:
            self._confirmed.append(screen.key)
        return []

    def _problems_with(self, key: Key, question: Question) -> list[Problem]:
        """The problems of the screen's boxes once its answer counts."""
        added = key not in self._settled
        self._settled.add(key)
        try:
            walk = next(w for w in self._walks() if w.scope == key[0])
            app = self._build(walk.template, walk.answers)
            problems = validate(walk.template, app, today=self.today)
        finally:
            if added:
                self._settled.discard(key)
        return [p for p in problems if _concerns(p, question)]

    def back(self, draft: object = None) -> bool:
        """Go to the screen before, keeping `draft` (what the editor holds now, typed but not confirmed).

        False when there is nothing before: the resident is back at the choice of procedures.
        """
        screen = self.current()
        if screen is not None and draft is not None:
            self._keep_draft(screen, draft)
        if self._row is not None:
            self._row_back()
            return True
        if self._reviewing is not None:
            self._reviewing = None
            return True
        if not self._confirmed:
            return False
        self._confirmed.pop()
        return True

    def _keep_draft(self, screen: Screen, draft: object) -> None:
        if self._row is not None and screen.row is not None:
            self._row.draft[screen.row.column.id] = draft  # type: ignore[assignment]
        else:
            self.kept[screen.key] = draft

    def change(self, scope: str, question_id: str) -> None:
        """From the review page: show that question again; answering it returns to the review."""
        self._reviewing = (scope, question_id)

    # --- the result ----------------------------------------------------------------------------------

    def applications(self) -> list[Application]:
        """Every form of the visit as it stands (the event's own questions are no form)."""
        return [self._build(w.template, w.answers) for w in self._walks() if w.scope != EVENT]

    def card_boxes(self) -> dict[str, tuple[str, ...]]:
        """By form id, the boxes the card filled on each form of the visit (forms.card_filled): what a
        resident's 「違うところがある」 concerns. Empty without a card."""
        if self.identity is None:
            return {}
        boxes = {
            a.form_id: card_filled(self.catalog[a.form_id], a, today=self.today) for a in self.applications()
        }
        return {form_id: keys for form_id, keys in boxes.items() if keys}

    def services(self) -> tuple[str, ...]:
        """The services the ticket is routed to, in order: the plan's, or the chosen form's."""
        if self.event is not None:
            return self.plan().services
        return tuple(dict.fromkeys(self.catalog[a.form_id].service for a in self.applications()))

    def walked(self) -> list[tuple[FormTemplate, Application, dict[str, Question]]]:
        """Each scope's template, application and the questions that apply (for the review page)."""
        return [(w.template, self._build(w.template, w.answers), w.applicable) for w in self._walks()]


def _concerns(problem: Problem, question: Question) -> bool:
    """Whether a problem is about one of the question's boxes (or rows of its household list)."""
    where = problem.field or ""
    return any(where == f or where.startswith(f"{f}.") for f in question.fields)

"""The kiosk's questions for one form: one per screen, only those that apply, with their big choices.

A question whose boxes the card already filled is not asked ("write-less"); a question whose `ask_if` does
not hold is not asked either (a 代理人 is asked for the 委任状, 本人 is not). The kiosk asks
`next_question()`, stores the answer, rebuilds the application and asks again until it returns None.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Sequence

from forms import values
from forms.conditions import Facts
from forms.dates import era_year_text
from forms.mapping import facts_for
from forms.model import Application, Choice, Field, FormTemplate, Question

_YES_NO = (Choice(True, "はい"), Choice(False, "いいえ"))


def questions_for(
    template: FormTemplate, app: Application | None = None, *, today: datetime.date | None = None
) -> list[Question]:
    """Every question that applies to `app` now (all for an empty one), with choices and defaults filled."""
    today = today or datetime.date.today()
    app = app or Application(template.id)
    fields = {f.id: f for f in template.fields}
    asked = [q for q in template.questions if not _filled_for_them(q, fields, app)]
    return applicable(asked, fields, facts_for(template, app, today))


def applicable(
    questions: Sequence[Question], fields: Sequence[Field] | dict[str, Field], facts: Facts
) -> list[Question]:
    """Those of `questions` whose `ask_if` holds for `facts`, resolved against `fields` (also used by the
    life-event navigator, whose questions are not a form's)."""
    by_id = fields if isinstance(fields, dict) else {f.id: f for f in fields}
    today = facts.today or datetime.date.today()
    return [
        _resolved(q, by_id, today, facts_required=_required(q, by_id, facts))
        for q in questions
        if q.ask_if is None or q.ask_if.holds(facts)
    ]


def next_question(
    template: FormTemplate, app: Application, *, today: datetime.date | None = None
) -> Question | None:
    """The first question that applies and has no answer yet; None when the form is ready for review."""
    return next(
        (q for q in questions_for(template, app, today=today) if not all(f in app.answers for f in q.fields)),
        None,
    )


def _filled_for_them(question: Question, fields: dict[str, Field], app: Application) -> bool:
    """True when every field of the question was filled from the card or by a copy, not by an answer."""
    own = [fields.get(name) for name in question.fields]
    return all(
        f is not None
        and f.source not in ("answer", "today")
        and f.id in app.values
        and f.id not in app.answers
        for f in own
    )


def _required(question: Question, fields: dict[str, Field], facts: Facts) -> bool:
    """Whether any of the question's fields must be answered now."""
    own = [fields[name] for name in question.fields if name in fields]
    return any(f.required or (f.required_when is not None and f.required_when.holds(facts)) for f in own)


def _resolved(
    question: Question, fields: dict[str, Field], today: datetime.date, *, facts_required: bool
) -> Question:
    """The question with the choices, default, help and examples its (first) field gives it."""
    field = fields.get(question.fields[0]) if question.fields else None
    if field is None:
        return dataclasses.replace(question, required=question.required or facts_required)
    return dataclasses.replace(
        question,
        choices=question.choices or _choices(question, fields, today),
        default=question.default if question.default is not None else values.default_value(field, today),
        help=question.help or field.help,
        examples=question.examples or field.examples,
        required=question.required or facts_required,
    )


def _choices(question: Question, fields: dict[str, Field], today: datetime.date) -> tuple[Choice, ...]:
    """A counts or checks screen offers one line per field; other questions their field's choices."""
    if question.kind in ("counts", "checks"):
        return tuple(Choice(name, fields[name].label) for name in question.fields if name in fields)
    return choices_for(fields[question.fields[0]], today)


def choices_for(field: Field, today: datetime.date) -> tuple[Choice, ...]:
    """The buttons for a field: its choices, はい/いいえ for a tick, the 年度 a relative number allows."""
    if field.type == "choice":
        return tuple(Choice(c, c) for c in field.choices)
    if field.type == "checkbox":
        return _YES_NO
    low, high = values.number_range(field, today)
    if field.relative_to == "reiwa_year" and low is not None and high is not None:
        return tuple(Choice(n, f"{era_year_text('令和', n)}度") for n in range(high, low - 1, -1))
    return ()

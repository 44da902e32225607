"""Life events as data (assets/forms/life_events.toml): their questions and the procedures they lead to.

An event either asks its own questions or takes its answers from a form (おくやみ uses the おくやみ申出書's
boxes), and lists steps: a procedure (with a form of the catalog, or only named, such as 出生届), the service
that handles it, when it applies and its deadline in days from the event's date.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from forms.catalog import EVENTS_FILE, TemplateError, default_directory, load_catalog
from forms.conditions import Condition
from forms.model import NAME_LANGUAGES, Field, FormTemplate, Question, Value
from forms.schema import Known, default_kind, parse_field
from forms.tables import Table


@dataclass(frozen=True)
class StepRule:
    """One procedure an event may lead to, as written in the file."""

    title: str
    service: str
    form: str | None = None
    preset: Mapping[str, Value] | None = None
    when: Condition | None = None
    deadline_days: int | None = None
    deadline_note: str = ""
    note: str = ""
    reason: str = ""


@dataclass(frozen=True)
class LifeEvent:
    """A life event: 引越し（転入）, 出生, おくやみ, ... with its questions (or its form) and steps."""

    id: str
    group: str
    title: str
    title_en: str
    fields: tuple[Field, ...]
    questions: tuple[Question, ...]
    steps: tuple[StepRule, ...]
    base_date: str = ""
    form: str = ""
    names: tuple[tuple[str, str], ...] = ()  # (language code, name) in every forms.model.NAME_LANGUAGES

    def name_in(self, language: str) -> str:
        """The event's name in a kiosk language (its Japanese title in Japanese)."""
        return dict(self.names).get(language, self.title)


def load_life_events(
    path: Path | None = None,
    *,
    catalog: Mapping[str, FormTemplate] | None = None,
    services: Collection[str] | None = None,
) -> dict[str, LifeEvent]:
    """The events by id, every form, field and service they name checked (against the shipped catalog
    when no `catalog` is given)."""
    path = path or default_directory() / EVENTS_FILE
    catalog = load_catalog() if catalog is None else catalog
    problems: list[str] = []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError([f"{path}: cannot read: {exc}"]) from None
    top = Table(data, "", problems)
    events = [_event(t, catalog) for t in top.tables("events")]
    top.finish()
    problems += [p for e in events for p in _references(e, catalog, services)]
    if problems:
        raise TemplateError([f"{path}: {p}" for p in problems])
    return {e.id: e for e in events}


def _event(t: Table, catalog: Mapping[str, FormTemplate]) -> LifeEvent:
    form = t.text("form")
    fields, questions = _own_questions(t)
    if form in catalog:
        fields, questions = list(catalog[form].fields), list(catalog[form].questions)
    event = LifeEvent(
        id=t.text("id", required=True),
        group=t.text("group", required=True),
        title=t.text("title", required=True),
        title_en=t.text("title_en", required=True),
        fields=tuple(fields),
        questions=tuple(questions),
        steps=tuple(_step(s) for s in t.tables("steps")),
        base_date=t.text("base_date"),
        form=form,
        names=t.names("names", NAME_LANGUAGES),
    )
    t.finish()
    return event


def _own_questions(t: Table) -> tuple[list[Field], list[Question]]:
    """Each `[[events.questions]]` table is a field and its question in one."""
    fields, questions = [], []
    for q in t.tables("questions"):
        text, ask_if = q.text("text", required=True), q.condition("ask_if")
        field = parse_field(q)
        q.finish()
        fields.append(field)
        kind = default_kind((field.id,), Known({field.id: field}, {}))
        questions.append(Question(field.id, kind, text, (field.id,), help=field.help, ask_if=ask_if))
    return fields, questions


def _step(t: Table) -> StepRule:
    preset = t.table("preset")
    step = StepRule(
        title=t.text("title", required=True),
        service=t.text("service", required=True),
        form=t.text("form") or None,
        preset=dict(preset.data) if preset else None,
        when=t.condition("when"),
        deadline_days=t.integer("deadline_days", low=0),
        deadline_note=t.text("deadline_note"),
        note=t.text("note"),
        reason=t.text("reason"),
    )
    t.finish()
    return step


def _references(
    event: LifeEvent, catalog: Mapping[str, FormTemplate], services: Collection[str] | None
) -> Iterator[str]:
    """Conditions name the event's fields; forms and services exist; the base date is a date field."""
    where = f"events ({event.id})"
    known = {f.id: f for f in event.fields}
    if event.form and event.form not in catalog:
        yield f"{where}.form: no form {event.form!r}"
    if event.base_date and (event.base_date not in known or known[event.base_date].type != "date"):
        yield f"{where}.base_date: {event.base_date!r} is not a date question of this event"
    for i, step in enumerate(event.steps):
        missing = sorted(step.when.fields() - set(known)) if step.when else []
        yield from (f"{where}.steps[{i}].when: no field {name!r}" for name in missing)
        if step.form and step.form not in catalog:
            yield f"{where}.steps[{i}].form: no form {step.form!r}"
        if services is not None and step.service not in services:
            yield f"{where}.steps[{i}].service: unknown service {step.service!r}"
        yield from _preset_problems(f"{where}.steps[{i}].preset", step, catalog)


def _preset_problems(where: str, step: StepRule, catalog: Mapping[str, FormTemplate]) -> Iterator[str]:
    """A preset answer must name a field of the step's form."""
    template = catalog.get(step.form) if step.form else None
    for key in step.preset or {}:
        if template is None:
            yield f"{where}: a preset needs the step's `form`"
        elif template.field(key) is None:
            yield f"{where}: form {step.form!r} has no field {key!r}"

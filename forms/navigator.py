"""The life-event navigator: from an event, the answers and the household's ages to the ordered procedures.

「引越ししてきた」「子どもが生まれた」「家族が亡くなった」: the resident names what happened, answers a few
questions, and gets every procedure that follows, in order, with the counter (service) for each and its
deadline. The rules are data (life_events.toml); this module only evaluates them. The おくやみ checklist is
the plan of the bereavement event for the answers of an おくやみ申出書.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from forms import values
from forms.conditions import Facts
from forms.dates import age_on, parse_date
from forms.events import LifeEvent
from forms.model import Application, Question, Value
from forms.questions import applicable

BEREAVEMENT = "bereavement"


@dataclass(frozen=True)
class Procedure:
    """One thing to do: its title, the form to fill (if the catalog has one) with preset answers,
    the service that handles it, and when it is due."""

    title: str
    service: str
    form: str | None = None
    preset: Mapping[str, Value] = field(default_factory=dict)
    deadline: datetime.date | None = None
    deadline_note: str = ""
    note: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Plan:
    """The procedures of one life event, in the order to do them."""

    event: str
    title: str
    procedures: tuple[Procedure, ...]

    @property
    def services(self) -> tuple[str, ...]:
        """The services to visit, each once, in the order of their first procedure."""
        return tuple(dict.fromkeys(p.service for p in self.procedures))

    @property
    def forms(self) -> tuple[str, ...]:
        """The catalog forms the plan needs, each once."""
        return tuple(dict.fromkeys(p.form for p in self.procedures if p.form))


Household = Sequence[datetime.date | str]


def plan(
    event: LifeEvent,
    answers: Mapping[str, object],
    household: Household = (),
    *,
    today: datetime.date | None = None,
) -> Plan:
    """The procedures `event` leads to for these answers and the household's birth dates.

    Ages count on `today`: 65+ brings 介護保険, 75+ 後期高齢者医療, children 児童手当 and 子ども医療.
    Unanswered questions take their defaults; a deadline needs the event's date among the answers.
    """
    today = today or datetime.date.today()
    given = _values(event, answers, today)
    facts = Facts(given, _ages(household, today), today)
    base = _base_date(event, given)
    steps = (s for s in event.steps if s.when is None or s.when.holds(facts))
    procedures = tuple(
        Procedure(
            title=s.title,
            service=s.service,
            form=s.form,
            preset=dict(s.preset or {}),
            deadline=base + datetime.timedelta(days=s.deadline_days)
            if base and s.deadline_days is not None
            else None,
            deadline_note=s.deadline_note,
            note=s.note,
            reason=s.reason,
        )
        for s in steps
    )
    return Plan(event.id, event.title, procedures)


def event_questions(
    event: LifeEvent,
    answers: Mapping[str, object] | None = None,
    household: Household = (),
    *,
    today: datetime.date | None = None,
) -> list[Question]:
    """The event's questions that apply to the answers so far, one per kiosk screen, choices filled."""
    today = today or datetime.date.today()
    facts = Facts(_values(event, answers or {}, today), _ages(household, today), today)
    return applicable(event.questions, event.fields, facts)


def bereavement_checklist(
    events: Mapping[str, LifeEvent], app: Application, *, today: datetime.date | None = None
) -> Plan:
    """The personal checklist an おくやみ申出書 produces: the bereavement plan for its values."""
    return plan(events[BEREAVEMENT], app.values, today=today)


def _values(event: LifeEvent, answers: Mapping[str, object], today: datetime.date) -> dict[str, Value]:
    """Answers tidied by their fields, defaults for the rest (answers of no field are kept as given)."""
    result: dict[str, Value] = {k: v for k, v in answers.items() if isinstance(v, str | int | bool)}
    for f in event.fields:
        value = values.normalize(f, answers.get(f.id))
        value = value if value is not None else values.default_value(f, today)
        if value is not None:
            result[f.id] = value
    return result


def _ages(household: Household, today: datetime.date) -> tuple[int, ...]:
    ages = []
    for birth in household:
        try:
            day = parse_date(birth) if isinstance(birth, str) else birth
        except ValueError:
            continue
        if day is not None and day <= today:
            ages.append(age_on(day, today))
    return tuple(ages)


def _base_date(event: LifeEvent, given: Mapping[str, Value]) -> datetime.date | None:
    raw = given.get(event.base_date) if event.base_date else None
    try:
        return parse_date(raw) if isinstance(raw, str) else None
    except ValueError:
        return None

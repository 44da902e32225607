"""The review page's content: every form of the visit with its values as they will be printed, the fees,
and what still blocks the ticket. Pure Python, like the flow it reads.

Values are shown through forms.display, as the printed form shows them (和暦 dates, 「1通」). A copy of
another box (the subject "for myself") and the date of the request are not repeated: the relationship line
says it. Each line names the question that changes it, when there is one.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms import Application, Field, FormTemplate, Problem, Procedure, Question, display, fee_total, validate
from kiosk.flow import EVENT, ProcedureFlow
from kiosk.screens import Key


@dataclass(frozen=True)
class Line:
    """One value on the review page; `row` is the household row's number (1, 2 ...) for a row's line."""

    label: str
    value: str
    change: Key | None = None
    row: int | None = None


@dataclass(frozen=True)
class FormReview:
    """One form (or the life event's answers) and its fee."""

    scope: str
    title: str
    lines: tuple[Line, ...]
    fee: int


@dataclass(frozen=True)
class Review:
    forms: tuple[FormReview, ...]
    total: int
    problems: tuple[Problem, ...]
    procedures: tuple[Procedure, ...] = ()

    @property
    def ready(self) -> bool:
        """True when nothing blocks the ticket (notices do not)."""
        return not any(p.is_error for p in self.problems)


def review_of(flow: ProcedureFlow) -> Review:
    """The review of every form of the visit as it stands now."""
    forms, problems = [], []
    for template, app, applicable in flow.walked():
        forms.append(_form(template, app, applicable))
        problems += validate(template, app, today=flow.today)
    unique = list({(p.message, p.level): p for p in problems}.values())
    unique.sort(key=lambda p: not p.is_error)
    procedures = flow.plan().procedures if flow.event is not None else ()
    return Review(tuple(forms), sum(f.fee for f in forms), tuple(unique), procedures)


def _form(template: FormTemplate, app: Application, applicable: dict[str, Question]) -> FormReview:
    lines: list[Line] = []
    seen: set[str] = set()
    for field in template.fields:
        question = next((q for q in applicable.values() if field.id in q.fields), None)
        if question is not None and question.id in seen:
            continue
        line = _line(template, app, field, question)
        if line is not None:
            lines.append(line)
            seen.add(question.id if question else field.id)
    lines += _rows(template, app, applicable)
    fee = fee_total(template, app) if template.id != EVENT else 0
    return FormReview(template.id, template.title, tuple(lines), fee)


def _line(template: FormTemplate, app: Application, field: Field, question: Question | None) -> Line | None:
    change = (template.id, question.id) if question else None
    if question is not None and question.kind in ("checks", "counts"):
        return Line(_group_label(template, question), _summary(template, app, question), change)
    if question is None and (field.source == "today" or not field.printed or _is_copy(field, app)):
        return None
    value = display(field, app.values.get(field.id))
    if not value and question is None:
        return None
    return Line(field.display, value, change)


def _is_copy(field: Field, app: Application) -> bool:
    origin = field.copy_of
    copied = origin is not None and app.values.get(field.id) == app.values.get(origin)
    return copied and field.id not in app.answers


def _group_label(template: FormTemplate, question: Question) -> str:
    """The printed box that holds the ticks or counts (「記載が必要な事項」), else the question."""
    for section in template.layout:
        for box in section.boxes:
            if box.fields and box.fields[0] == question.fields[0]:
                return box.label
    return question.text


def _summary(template: FormTemplate, app: Application, question: Question) -> str:
    """The ticked items, or each kind of copy asked for with its count."""
    parts = []
    for name in question.fields:
        field, value = template.field(name), app.values.get(name)
        if field is None or value in (None, False, 0, ""):
            continue
        parts.append(field.label if value is True else f"{field.label} {display(field, value)}")
    return "、".join(parts)


def _rows(template: FormTemplate, app: Application, applicable: dict[str, Question]) -> list[Line]:
    """One line per person of each household list: their boxes in the printed order."""
    lines = []
    for group in template.rows:
        question = next((q for q in applicable.values() if q.kind == "rows" and group.id in q.fields), None)
        change = (template.id, question.id) if question else None
        for number, row in enumerate(app.rows.get(group.id, []), start=1):
            shown = [display(c, row.get(c.id)) for c in group.columns if c.printed]
            lines.append(Line(group.label, "　".join(v for v in shown if v), change, number))
    return lines

"""Checks across a parsed template: everything a question, rule, condition or box names must exist.

Also: every printed field is placed on the page, defaults fit their fields, and the service is one the office
has. Messages name the key (e.g. `layout[2].boxes: no field 'purpse'`) so a town can fix its file.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Collection, Iterator

from forms import values
from forms.conditions import Condition
from forms.model import SOURCES, Field, FormTemplate

_CHECK_DAY = datetime.date(2026, 4, 1)  # defaults do not depend on today: any fixed day will do


def check_references(template: FormTemplate, services: Collection[str] | None = None) -> list[str]:
    """Every problem of `template` that needs more than one key to see."""
    problems = [*_duplicates(template), *_questions(template), *_conditions(template)]
    problems += [*_layout(template), *_unplaced(template), *_defaults(template), *_sources(template)]
    if services is not None and template.service and template.service not in services:
        problems.append(
            f"service: unknown service {template.service!r}; the office has {', '.join(services)}"
        )
    return problems


def _duplicates(template: FormTemplate) -> Iterator[str]:
    ids = Counter([*(f.id for f in template.fields), *(g.id for g in template.rows)])
    for name, count in ids.items():
        if count > 1:
            yield f"fields: {name!r} is defined {count} times"
    for group in template.rows:
        for name, count in Counter(c.id for c in group.columns).items():
            if count > 1:
                yield f"rows ({group.id}).columns: {name!r} is defined {count} times"


def _questions(template: FormTemplate) -> Iterator[str]:
    fields = {f.id: f for f in template.fields}
    groups = {g.id for g in template.rows}
    for question in template.questions:
        where = f"questions ({question.id})"
        for name in question.fields:
            if name not in fields and name not in groups:
                yield f"{where}.fields: no field or row group {name!r}"
        if question.kind == "counts" and any(
            name in fields and fields[name].type != "number" for name in question.fields
        ):
            yield f"{where}.kind: counts need number fields"
        if question.kind == "checks" and any(
            name in fields and fields[name].type != "checkbox" for name in question.fields
        ):
            yield f"{where}.kind: checks need checkbox fields"


def _conditions(template: FormTemplate) -> Iterator[str]:
    known = {f.id for f in template.fields}
    for where, condition in _all_conditions(template):
        for name in sorted(condition.fields() - known):
            yield f"{where}: no field {name!r}"
    groups = {g.id for g in template.rows}
    for i, rule in enumerate(template.rules):
        if rule.field and rule.field not in known | groups:
            yield f"rules[{i}].field: no field or row group {rule.field!r}"


def _all_conditions(template: FormTemplate) -> Iterator[tuple[str, Condition]]:
    for f in template.fields:
        yield from _field_conditions(f"fields ({f.id})", f)
    for group in template.rows:
        if group.card_row_when:
            yield f"rows ({group.id}).card_row_when", group.card_row_when
    for q in template.questions:
        if q.ask_if:
            yield f"questions ({q.id}).ask_if", q.ask_if
    for i, rule in enumerate(template.rules):
        yield f"rules[{i}].when", rule.when
    for i, section in enumerate(template.layout):
        if section.show_if:
            yield f"layout[{i}].show_if", section.show_if
    for i, flag in enumerate(template.staff_flags):
        if flag.when:
            yield f"staff_flags[{i}].when", flag.when


def _field_conditions(where: str, field: Field) -> Iterator[tuple[str, Condition]]:
    if field.required_when:
        yield f"{where}.required_when", field.required_when
    if field.source_when:
        yield f"{where}.source_when", field.source_when


def _layout(template: FormTemplate) -> Iterator[str]:
    fields = {f.id for f in template.fields}
    groups = {g.id for g in template.rows}
    for i, section in enumerate(template.layout):
        if section.kind == "rows" and section.rows not in groups:
            yield f"layout[{i}].rows: no row group {section.rows!r}"
        for box in section.boxes:
            for name in box.fields:
                if name not in fields:
                    yield f"layout[{i}].boxes: no field {name!r}"


def _unplaced(template: FormTemplate) -> Iterator[str]:
    placed = {name for s in template.layout for b in s.boxes for name in b.fields}
    for f in template.fields:
        if f.printed and f.id not in placed and f.source != "today":  # dates of today print in the heading
            yield f"fields ({f.id}): not placed in the layout (set printed = false for a helper answer)"
    shown = {s.rows for s in template.layout if s.kind == "rows"}
    for group in template.rows:
        if group.id not in shown:
            yield f"rows ({group.id}): no layout section of kind 'rows' shows it"


def _defaults(template: FormTemplate) -> Iterator[str]:
    for f in (*template.fields, *(c for g in template.rows for c in g.columns)):
        if f.default is None:
            continue
        value = values.default_value(f, _CHECK_DAY)
        problem = values.check(f, value, _CHECK_DAY) if value is not None else None
        if problem:
            yield f"fields ({f.id}).default: {problem}"


def _sources(template: FormTemplate) -> Iterator[str]:
    """A source is the answer, today, a card key, or an earlier field of the form (copies run in order)."""
    earlier: set[str] = set()
    for f in template.fields:
        if f.source not in SOURCES and f.source not in earlier:
            yield (
                f"fields ({f.id}).source: {f.source!r} is neither one of {', '.join(SOURCES)} "
                "nor a field defined before this one"
            )
        earlier.add(f.id)
    for group in template.rows:
        for column in group.columns:
            if column.source not in SOURCES:
                yield f"rows ({group.id}).columns ({column.id}).source: unknown source {column.source!r}"

"""A form's boxes one by one, as the desk lists and edits them, and a clerk's correction of one box.

A box is named by a key: a field id ("visitor.name") or a row cell ("members.1.birth_date", as
forms.validate names it). A correction is checked with the form's own validation before it is kept, and
boxes that copied the corrected one ("for myself": the subject copies the visitor) follow it.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from casework.errors import CaseworkError
from forms.display import display
from forms.model import Application, Field, FormTemplate, Problem, Value
from forms.validation import validate
from forms.values import normalize

Edit = tuple[str, Value | None, Value | None]
"""(key, old value, new value) of one box a correction changed."""


class InvalidCorrection(CaseworkError):
    """The value does not fit the box; `problems` say why, in the words the kiosk uses."""

    def __init__(self, key: str, problems: list[Problem]) -> None:
        self.key = key
        self.problems = problems
        super().__init__(" ".join(p.message for p in problems))


@dataclass(frozen=True)
class FieldLine:
    """One line of the desk's table: the box's name, its value as shown and as edited, its problem."""

    key: str
    label: str
    field: Field
    value: Value | None
    shown: str
    problem: Problem | None
    marked: bool  # the card could not hold a character here (〓): the clerk should check it

    @property
    def raw(self) -> str:
        """The value as the clerk edits it: ISO dates, plain numbers, はい/いいえ."""
        if self.value is None:
            return ""
        if isinstance(self.value, bool):
            return "はい" if self.value else "いいえ"
        return str(self.value)


def field_at(template: FormTemplate, key: str) -> Field | None:
    """The field or row column a key names, or None."""
    found = template.field(key)
    if found is not None:
        return found
    group_id, _, rest = key.partition(".")
    index, _, column = rest.partition(".")
    group = template.row_group(group_id)
    return group.column(column) if group is not None and index.isdigit() else None


def value_at(app: Application, key: str) -> Value | None:
    """The value a key names (None when empty or out of range)."""
    if key in app.values:
        return app.values[key]
    group_id, index, column = _cell(key)
    rows = app.rows.get(group_id, [])
    return rows[index].get(column) if 0 <= index < len(rows) else None


def lines(template: FormTemplate, app: Application, problems: Sequence[Problem]) -> list[FieldLine]:
    """Every box of the form in page order: the fields, then each row's cells."""
    first: dict[str, Problem] = {}
    for problem in problems:
        if problem.field is not None:
            first.setdefault(problem.field, problem)
    result = [_line(f.id, f.display, f, app, first) for f in template.fields]
    for group in template.rows:
        for i, _row in enumerate(app.rows.get(group.id, [])):
            for column in group.columns:
                key = f"{group.id}.{i}.{column.id}"
                result.append(_line(key, f"{group.label}（{i + 1}人目）の{column.label}", column, app, first))
    return result


def _line(key: str, label: str, f: Field, app: Application, problems: dict[str, Problem]) -> FieldLine:
    value = value_at(app, key)
    return FieldLine(key, label, f, value, display(f, value), problems.get(key), key in app.marks)


def correct(
    template: FormTemplate, app: Application, key: str, raw: object, today: datetime.date
) -> tuple[Application, list[Edit], list[Problem]]:
    """The application with box `key` set from what the clerk typed, the boxes that changed, and the
    application's remaining problems. Raises InvalidCorrection, keeping nothing, when the new value
    is wrong for its box (a required box emptied, an impossible date, a rule of the form broken)."""
    f = field_at(template, key)
    is_field = template.field(key) is not None
    if f is None or not (is_field or _row_exists(app, key)):
        raise InvalidCorrection(key, [Problem(f"この様式に「{key}」という項目はありません。", key)])
    updated = Application.from_json_dict(app.to_json_dict())  # a copy: nothing changes on refusal
    value = normalize(f, raw)
    edits = [_set(updated, key, value, is_field=is_field)]
    if is_field:
        edits += [_set(updated, c.id, value, is_field=True) for c in _copies(template, app, key)]
    problems = validate(template, updated, today=today)
    blocking = [p for p in problems if p.is_error and p.field == key]
    if blocking:
        raise InvalidCorrection(key, blocking)
    return updated, [e for e in edits if e[1] != e[2]], problems


def _copies(template: FormTemplate, app: Application, key: str) -> list[Field]:
    """Fields that copied `key` and still hold its old value ("for myself"): they follow a correction."""
    old = app.values.get(key)
    if old is None:
        return []
    return [f for f in template.fields if f.copy_of == key and app.values.get(f.id) == old]


def _set(app: Application, key: str, value: Value | None, *, is_field: bool) -> Edit:
    """Set one box (None empties it); the card's substitute marks on it no longer apply."""
    old = value_at(app, key)
    app.marks.pop(key, None)
    if is_field:
        target, name = app.values, key
    else:
        group_id, index, name = _cell(key)
        target = app.rows[group_id][index]
    if value is None:
        target.pop(name, None)
    else:
        target[name] = value
    return key, old, value


def _cell(key: str) -> tuple[str, int, str]:
    """(group, index, column) of a row cell key; index -1 when the key is no cell."""
    group_id, _, rest = key.partition(".")
    index, _, column = rest.partition(".")
    return group_id, int(index) if index.isdigit() else -1, column


def _row_exists(app: Application, key: str) -> bool:
    group_id, index, _column = _cell(key)
    return 0 <= index < len(app.rows.get(group_id, []))

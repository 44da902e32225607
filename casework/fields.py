"""A form's boxes one by one, as the desk lists and edits them, and a clerk's correction of one box.

A box is named by a key: a field id ("visitor.name") or a row cell ("members.1.birth_date", as
forms.validate names it). A correction is checked with the form's own validation before it is kept, and
boxes that copied the corrected one ("for myself": the subject copies the visitor) follow it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from casework.errors import CaseworkError
from casework.model import Change
from forms.dates import parse_date, wareki
from forms.display import display
from forms.model import Application, Field, FormTemplate, Problem, RowGroup, Value
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

    @property
    def edit_text(self) -> str:
        """What the clerk's editor starts with: a date in 和暦 as clerks write it (昭和55年1月31日; they
        may type 西暦 or S55.1.31 too), anything else as `raw`."""
        if self.field.type == "date" and isinstance(self.value, str):
            try:
                day = parse_date(self.value)
            except ValueError:
                return self.raw
            return wareki(day, western=False) if day is not None else self.raw
        return self.raw

    def unchanged_by(self, text: str) -> bool:
        """Typing `text` would leave the box as it is (the same value in another spelling, too)."""
        return text.strip() == self.raw or normalize(self.field, text) == self.value


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


def blanked(
    template: FormTemplate, app: Application, problems: Sequence[Problem]
) -> tuple[Application, list[str]]:
    """A copy of the application with every box that has an error emptied (a wrong value is not printed:
    the box is left for handwriting), and those boxes' keys, in page order."""
    keys = {p.field for p in problems if p.is_error and p.field is not None}
    updated = Application.from_json_dict(app.to_json_dict())
    blank = [line.key for line in lines(template, app, problems) if line.key in keys]
    for key in blank:
        _set(updated, key, None, is_field=template.field(key) is not None)
    return updated, blank


# --- household rows (住民異動届's 異動する方): a row added or removed at the desk ---------------------

ROW_ADDED = "（行を追加）"
"""The new value recorded for a row added at the desk (its cells are then filled box by box)."""


def add_row(
    template: FormTemplate, app: Application, group_id: str, today: datetime.date
) -> tuple[Application, Edit, list[Problem]]:
    """The application with an empty row at the end of `group_id`, the recorded edit (the row's key,
    None, ROW_ADDED) and the remaining problems (the new row's required boxes, to fill). Raises
    InvalidCorrection when the group is full or the form has none."""
    group = _group(template, group_id)
    rows = app.rows.get(group_id, [])
    if len(rows) >= group.max_rows:
        raise InvalidCorrection(group_id, [Problem(f"{group.label}は{group.max_rows}人までです。", group_id)])
    updated = Application.from_json_dict(app.to_json_dict())
    updated.rows.setdefault(group_id, []).append({})
    key = f"{group_id}.{len(rows)}"
    return updated, (key, None, ROW_ADDED), validate(template, updated, today=today)


def remove_row(
    template: FormTemplate, app: Application, group_id: str, index: int, today: datetime.date
) -> tuple[Application, Edit, list[Problem]]:
    """The application without row `index` of `group_id` (the rows after it move up, with the card's
    marks on them), the recorded edit (the row's key, what it held, None) and the remaining problems.
    Raises InvalidCorrection when there is no such row or the form needs it (min_rows)."""
    group = _group(template, group_id)
    rows = app.rows.get(group_id, [])
    if not 0 <= index < len(rows):
        raise InvalidCorrection(
            group_id, [Problem(f"{group.label}の{index + 1}人目はありません。", group_id)]
        )
    if len(rows) <= group.min_rows:
        problem = Problem(f"{group.label}は{group.min_rows}人以上必要です。", group_id)
        raise InvalidCorrection(group_id, [problem])
    updated = Application.from_json_dict(app.to_json_dict())
    removed = updated.rows[group_id].pop(index)
    updated.marks = {
        moved: marks
        for key, marks in app.marks.items()
        if (moved := _shift(key, group_id, index)) is not None
    }
    edit = (f"{group_id}.{index}", row_summary(group, removed) or None, None)
    return updated, edit, validate(template, updated, today=today)


def row_summary(group: RowGroup, row: Mapping[str, Value]) -> str:
    """A row's filled cells as one line (「よしかわ　はなこ、昭和25年5月5日（1950年）、女、妻」)."""
    return "、".join(shown for c in group.columns if (shown := display(c, row.get(c.id))))


def current_keys(changes: Sequence[Change]) -> list[str | None]:
    """The key each recorded change's box has now (None: its row was removed since). Rows are added at
    the end, so only a removal moves the boxes of the rows after it up by one."""
    removals: list[tuple[int, str, int]] = []
    for i, change in enumerate(changes):
        if (row := _removed(change)) is not None:
            removals.append((i, *row))
    result: list[str | None] = []
    for i, change in enumerate(changes):
        key: str | None = change.field
        for _j, group, index in (r for r in removals if r[0] > i):
            key = _shift(key, group, index) if key is not None else None
        result.append(key)
    return result


def key_label(template: FormTemplate, key: str) -> str:
    """What the desk calls a box, a row cell or a whole row: 「異動する方（2人目）の生年月日」."""
    found = template.field(key)
    if found is not None:
        return found.display
    group_id, index, column_id = _cell(key)
    group = template.row_group(group_id)
    if group is None or index < 0:
        return key
    row = f"{group.label}（{index + 1}人目）"
    column = group.column(column_id)
    return f"{row}の{column.label}" if column is not None else row


def _group(template: FormTemplate, group_id: str) -> RowGroup:
    group = template.row_group(group_id)
    if group is None:
        raise InvalidCorrection(
            group_id, [Problem(f"この様式に「{group_id}」という欄はありません。", group_id)]
        )
    return group


def _removed(change: Change) -> tuple[str, int] | None:
    """(group, index) when `change` removed a whole row."""
    group_id, index, column = _cell(change.field)
    return (group_id, index) if index >= 0 and not column and change.new is None else None


def _shift(key: str, group_id: str, removed: int) -> str | None:
    """`key` after row `removed` of `group_id` went: None for its own boxes, one up for the rows after."""
    group, index, column = _cell(key)
    if group != group_id or index < removed:
        return key
    if index == removed:
        return None
    return f"{group}.{index - 1}" + (f".{column}" if column else "")

"""From a card read and the resident's answers to the values of one form (an `Application`).

The identity is what `read-card` prints (a mapping with its keys) or anything with those attributes, such as
cardreader's `Identity`: forms does not import cardreader. Order of precedence for each box: an answer, then
the card (when the field's `source_when` holds: "for myself" fills both people), then the template's default.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from forms import values
from forms.conditions import Facts
from forms.dates import age_on, parse_date
from forms.model import Application, Field, FormTemplate, Row, RowGroup, Value

GETA = "〓"  # the card's mark for a character it could not hold
_SEX = {"male": "男", "female": "女"}


@dataclass(frozen=True)
class CardData:
    """The card's text per key, as forms print it; `marks` are substitute positions per key."""

    texts: dict[str, str]
    marks: dict[str, tuple[int, ...]] = field(default_factory=dict)


def card_data(identity: object) -> CardData:
    """Read name, reading, address, birth date and sex from a read-card mapping or an Identity-like object."""
    get = _getter(identity)
    texts: dict[str, str] = {}
    for key in ("name", "name_reading", "address"):
        value = get(key)
        if isinstance(value, str) and value.strip():
            texts[key] = value
    birth = get("birth_date")
    if isinstance(birth, datetime.date | str) and str(birth).strip():
        texts["birth_date"] = birth.isoformat() if isinstance(birth, datetime.date) else birth.strip()
    sex = get("sex")
    if isinstance(sex, str) and sex in _SEX:
        texts["sex"] = _SEX[sex]
    return CardData(texts, _marks(texts, get("substitutions")))


def _getter(source: object) -> Callable[[str], object]:
    """Read a key from a mapping (read-card's JSON) or an attribute from an object (an Identity)."""
    if isinstance(source, Mapping):
        return lambda key: source.get(key)
    return lambda key: getattr(source, key, None)


def _marks(texts: dict[str, str], substitutions: object) -> dict[str, tuple[int, ...]]:
    """Positions of `〓` in each text, plus those the card's substitutions list (mapping or object)."""
    found: dict[str, set[int]] = {k: {i for i, c in enumerate(t) if c == GETA} for k, t in texts.items()}
    for item in substitutions if isinstance(substitutions, list | tuple) else ():
        get = _getter(item)
        key, position = get("field"), get("position")
        if isinstance(key, str) and isinstance(position, int) and key in texts:
            found[key].add(position)
    return {k: tuple(sorted(v)) for k, v in found.items() if v}


def build_application(
    template: FormTemplate,
    identity: object | None = None,
    answers: Mapping[str, object] | None = None,
    *,
    today: datetime.date | None = None,
) -> Application:
    """The application for `template` from a card read (or None: typed input only) and the answers.

    Rows come as answers too: `answers["members"]` is a list of tables, one per person.
    """
    today = today or datetime.date.today()
    card = card_data(identity) if identity is not None else CardData({})
    answers = dict(answers or {})
    app = Application(template.id, answers=answers)
    _fill_answers(template.fields, answers, app.values)
    _fill_defaults([f for f in template.fields if f.source in ("answer", "today")], app.values, today)
    for f in template.fields:
        _fill_from_card(f, card, app, Facts(app.values, today=today))
        _fill_copy(f, app, Facts(app.values, today=today))
    _fill_defaults(template.fields, app.values, today)
    for group in template.rows:
        app.rows[group.id] = _rows(group, answers.get(group.id), card, app, today)
    return app


def card_filled(
    template: FormTemplate, app: Application, *, today: datetime.date | None = None
) -> tuple[str, ...]:
    """The keys of the boxes of `app` (built with a card read) whose value the card gave, directly or copied
    ("for myself": the subject's from the visitor's): a field id or a row cell ("members.0.name"), in the
    form's order. They are the boxes that differ from the same answers built without the card, among those
    a card or a copy can fill. Keys only: what a resident's 「違うところがある」 concerns, never a value."""
    bare = build_application(template, None, app.answers, today=today)
    keys = [
        f.id
        for f in template.fields
        if (f.from_card or f.copy_of) and f.id in app.values and app.values[f.id] != bare.values.get(f.id)
    ]
    for group in template.rows:
        card_columns = [c.id for c in group.columns if c.from_card]
        for index, row in enumerate(app.rows.get(group.id, [])):
            plain = bare.rows.get(group.id, [])
            other = plain[index] if index < len(plain) else {}
            keys += [f"{group.id}.{index}.{c}" for c in card_columns if c in row and row[c] != other.get(c)]
    return tuple(keys)


def _fill_answers(fields: tuple[Field, ...], answers: Mapping[str, object], into: dict[str, Value]) -> None:
    for f in fields:
        value = values.normalize(f, answers.get(f.id))
        if value is not None:
            into[f.id] = value


def _fill_defaults(
    fields: tuple[Field, ...] | list[Field], into: dict[str, Value], today: datetime.date
) -> None:
    for f in fields:
        if f.id not in into:
            value = values.default_value(f, today) if f.source != "today" else today.isoformat()
            if value is not None:
                into[f.id] = value


def _fill_from_card(f: Field, card: CardData, app: Application, facts: Facts) -> None:
    """Fill `f` from the card when it comes from the card, nothing was answered and `source_when` holds."""
    key, card_key = f.id, f.from_card
    if key in app.values or card_key is None or card_key not in card.texts:
        return
    if f.source_when is not None and not f.source_when.holds(facts):
        return
    app.values[key] = values.normalize(f, card.texts[card_key]) or card.texts[card_key]
    if card_key in card.marks:
        app.marks[key] = card.marks[card_key]


def _fill_copy(f: Field, app: Application, facts: Facts) -> None:
    """Copy another field's value (and its marks) when `f` copies it, nothing was answered and
    `source_when` holds: "for myself" makes the subject the visitor, card or no card."""
    origin = f.copy_of
    if f.id in app.values or origin is None or origin not in app.values:
        return
    if f.source_when is not None and not f.source_when.holds(facts):
        return
    app.values[f.id] = app.values[origin]
    if origin in app.marks:
        app.marks[f.id] = app.marks[origin]


def _rows(group: RowGroup, raw: object, card: CardData, app: Application, today: datetime.date) -> list[Row]:
    """The group's rows from the answers; the card holder's row first when `card_row_when` holds."""
    given = [r for r in raw if isinstance(r, Mapping)] if isinstance(raw, list) else []
    rows: list[Row] = [_row(group, r) for r in given]
    holder_row = group.card_row_when is not None and group.card_row_when.holds(Facts(app.values, today=today))
    if holder_row and card.texts:
        if not rows:
            rows.append({})
        _card_row(group, rows[0], card, app)
    for row in rows:
        _fill_defaults(group.columns, row, today)
    return rows


def _row(group: RowGroup, raw: Mapping[str, Any]) -> Row:
    row: Row = {}
    _fill_answers(group.columns, raw, row)
    return row


def _card_row(group: RowGroup, row: Row, card: CardData, app: Application) -> None:
    for column in group.columns:
        card_key = column.from_card
        if card_key and card_key in card.texts and column.id not in row:
            row[column.id] = values.normalize(column, card.texts[card_key]) or card.texts[card_key]
            if card_key in card.marks:
                app.marks[f"{group.id}.0.{column.id}"] = card.marks[card_key]


def household_ages(template: FormTemplate, app: Application, today: datetime.date) -> tuple[int, ...]:
    """Ages of everyone in the form's rows that have a valid birth date (for 65+, 75+, children)."""
    ages = []
    for group in template.rows:
        dated = [c.id for c in group.columns if c.type == "date" and c.id.endswith("birth_date")]
        for row in app.rows.get(group.id, []):
            ages += [age for key in dated if (age := _age(row.get(key), today)) is not None]
    return tuple(ages)


def _age(value: object, today: datetime.date) -> int | None:
    try:
        birth = parse_date(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return age_on(birth, today) if birth else None


def facts_for(template: FormTemplate, app: Application, today: datetime.date) -> Facts:
    """What the template's conditions look at for this application."""
    return Facts(app.values, household_ages(template, app, today), today)

"""A value as a resident reads it on paper and on the review screen: 和暦 dates, 「2通」, 「令和8年度」, はい.

Both the kiosk's review screen and the A4 renderer show values through here, so they always agree.
"""

from __future__ import annotations

import re

from forms.dates import era_year_text, parse_date, wareki
from forms.model import Application, Field, FormTemplate, Value

_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def display(field: Field, value: Value | None, *, western: bool = True) -> str:
    """`value` of `field` as text; "" when empty; anything invalid is shown as it was typed."""
    if value is None or value == "":
        return ""
    if field.type == "checkbox":
        return "はい" if value is True else "いいえ" if value is False else str(value)
    if field.type == "date" and isinstance(value, str):
        return _date(value, western)
    if field.type == "number" and isinstance(value, int) and not isinstance(value, bool):
        return _number(field, value)
    return str(value)


def _date(text: str, western: bool) -> str:
    try:
        day = parse_date(text)
    except ValueError:
        return text
    return wareki(day, western=western) if day else text


def _number(field: Field, value: int) -> str:
    if field.relative_to == "reiwa_year":
        return f"{era_year_text('令和', value)}度"
    return f"{value}通" if field.copies else str(value)


def fill(text: str, template: FormTemplate, app: Application) -> str:
    """`text` with each `{field_id}` replaced by that field's value as displayed (unknown ids stay)."""

    def value(found: re.Match[str]) -> str:
        field = template.field(found.group(1))
        return display(field, app.values.get(field.id), western=False) if field else found.group(0)

    return _PLACEHOLDER.sub(value, text)

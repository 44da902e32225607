"""Small declarative conditions written in the data files, e.g. `{ field = "relationship", is = "本人" }`.

They decide which questions are asked, when the card fills a box, which rules apply and which procedures
the navigator lists. The forms they take:

    { field = F, is = V }          { field = F, is_not = V }
    { field = F, in = [V, ...] }   { field = F, not_in = [V, ...] }
    { field = F, filled = true }   { field = F, at_least = N }   { field = F, at_most = N }
    { age_at_least = N }           { age_under = N }     (anyone in the household)
    { field = F, age_under = N }   { field = F, age_at_least = N }   (the person born on date F)
    { all = [C, ...] }             { any = [C, ...] }    { not = C }
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from forms.dates import age_on, parse_date

_FIELD_OPS = ("is", "is_not", "in", "not_in", "filled", "at_least", "at_most")
_AGE_OPS = ("age_at_least", "age_under")
_GROUP_OPS = ("all", "any")


@dataclass(frozen=True)
class Facts:
    """What conditions look at: the values so far, the household's ages and the day ages count on."""

    values: Mapping[str, object]
    ages: tuple[int, ...] = ()
    today: datetime.date | None = None

    def ages_for(self, name: str) -> tuple[int, ...]:
        """The household's ages, or (with a field name) the age of the person born on that date field."""
        if not name:
            return self.ages
        born = self.values.get(name)
        try:
            day = parse_date(born) if isinstance(born, str) else None
        except ValueError:
            return ()
        return (age_on(day, self.today or datetime.date.today()),) if day else ()


@dataclass(frozen=True)
class Condition:
    """One parsed condition; `op` is one of the keys above, `parts` the nested ones of all/any/not."""

    op: str
    field: str = ""
    operand: Any = None
    parts: tuple[Condition, ...] = ()

    def holds(self, facts: Facts) -> bool:
        """Whether the condition is true for `facts`; a missing value is never equal to anything."""
        if self.op == "all":
            return all(part.holds(facts) for part in self.parts)
        if self.op == "any":
            return any(part.holds(facts) for part in self.parts)
        if self.op == "not":
            return not self.parts[0].holds(facts)
        if self.op == "age_at_least":
            return any(age >= self.operand for age in facts.ages_for(self.field))
        if self.op == "age_under":
            return any(age < self.operand for age in facts.ages_for(self.field))
        return _field_holds(self.op, facts.values.get(self.field), self.operand)

    def fields(self) -> set[str]:
        """Every field id the condition reads (the loader checks that they exist)."""
        own = {self.field} if self.field else set()
        return own.union(*(part.fields() for part in self.parts))


def _field_holds(op: str, value: object, operand: Any) -> bool:
    """One field comparison; numbers compare only with numbers."""
    if op == "filled":
        return _is_filled(value) == bool(operand)
    if op in ("is", "is_not"):
        return (value == operand and value is not None) == (op == "is")
    if op in ("in", "not_in"):
        return (value in operand) == (op == "in")
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    return bool(value >= operand if op == "at_least" else value <= operand)


def _is_filled(value: object) -> bool:
    return value is not None and value != "" and value is not False


def parse_condition(data: object, where: str, problems: list[str]) -> Condition | None:
    """The condition written as `data` at `where` (e.g. "questions[2].ask_if"); problems go to `problems`."""
    if not isinstance(data, Mapping):
        problems.append(f'{where}: must be a table such as {{ field = "x", is = true }}')
        return None
    keys = set(data)
    ops = keys & {*_FIELD_OPS, *_AGE_OPS, *_GROUP_OPS, "not"}
    if len(ops) != 1 or keys - ops - {"field"}:
        problems.append(
            f"{where}: needs exactly one test ({', '.join((*_FIELD_OPS, *_AGE_OPS, 'all', 'any', 'not'))})"
        )
        return None
    op = ops.pop()
    if op in _GROUP_OPS or op == "not":
        return _parse_group(op, data[op], where, problems)
    if op in _AGE_OPS:
        field = data.get("field", "")
        return _parse_number(op, field if isinstance(field, str) else "", data[op], where, problems)
    return _parse_field_test(op, data, where, problems)


def _parse_group(op: str, data: object, where: str, problems: list[str]) -> Condition | None:
    items: Sequence[object] = [data] if op == "not" else data if isinstance(data, list) else []
    if op != "not" and not items:
        problems.append(f"{where}.{op}: must be a non-empty list of conditions")
        return None
    parts = [parse_condition(item, f"{where}.{op}[{i}]", problems) for i, item in enumerate(items)]
    if any(p is None for p in parts):
        return None
    return Condition(op, parts=tuple(p for p in parts if p is not None))


def _parse_field_test(op: str, data: Mapping[str, Any], where: str, problems: list[str]) -> Condition | None:
    name = data.get("field")
    if not isinstance(name, str) or not name:
        problems.append(f"{where}.field: missing: which field does `{op}` test?")
        return None
    operand = data[op]
    if op in ("at_least", "at_most"):
        return _parse_number(op, name, operand, where, problems)
    if op in ("in", "not_in") and not isinstance(operand, list):
        problems.append(f"{where}.{op}: must be a list of values")
        return None
    if op == "filled" and not isinstance(operand, bool):
        problems.append(f"{where}.filled: must be true or false")
        return None
    return Condition(op, name, tuple(operand) if isinstance(operand, list) else operand)


def _parse_number(op: str, name: str, operand: object, where: str, problems: list[str]) -> Condition | None:
    if not isinstance(operand, int) or isinstance(operand, bool):
        problems.append(f"{where}.{op}: must be a whole number, got {operand!r}")
        return None
    return Condition(op, name, operand)

"""Typed values read from parsed TOML, every problem noted under its key ("day.open: ...") and carried on.

Used by the simulation's scenario file so a planner sees every mistake at once, as the office
configuration's loader does.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def is_number(value: object) -> bool:
    """A finite int or float; TOML's `true` is an int in Python but not a number here."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def parse_clock(text: str) -> int | None:
    """Seconds since midnight of a time "HH:MM" (00:00-23:59), or None."""
    match = _CLOCK.match(text)
    return int(match[1]) * 3600 + int(match[2]) * 60 if match else None


class FieldReader:
    """Reads typed values from TOML tables, noting each problem under its key and carrying on."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if isinstance(value, dict):
            return value
        self.problems.append(f"{key}: must be a table")
        return {}

    def entries(self, data: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        """The [[key]] entries that are tables, each with its name for messages ("services[2]")."""
        value = data.get(key, [])
        if not isinstance(value, list):
            self.problems.append(f"{key}: must be a list of [[{key}]] tables")
            return []
        good = []
        for index, entry in enumerate(value):
            if isinstance(entry, dict):
                good.append((f"{key}[{index}]", entry))
            else:
                self.problems.append(f"{key}[{index}]: must be a table")
        return good

    def number(
        self,
        table: dict[str, Any],
        where: str,
        key: str,
        *,
        default: float | None = None,
        low: float = 0.0,
        high: float = math.inf,
        integer: bool = False,
    ) -> float:
        """A number in [low, high] (an integer if asked); after a problem, a stand-in so checking goes on."""
        value = table.get(key, default)
        kind = "an integer" if integer else "a number"
        if value is None:
            self.problems.append(f"{where}.{key}: missing")
        elif not is_number(value) or (integer and not isinstance(value, int)):
            self.problems.append(f"{where}.{key}: must be {kind}, got {value!r}")
        elif not low <= value <= high:
            bounds = f"between {low:g} and {high:g}" if high < math.inf else f"at least {low:g}"
            self.problems.append(f"{where}.{key}: must be {bounds}, got {value!r}")
        else:
            return float(value)
        return low if low > 0 else 1.0

    def text(self, table: dict[str, Any], where: str, key: str, *, default: str | None = None) -> str:
        """A non-blank text, stripped."""
        value = table.get(key, default)
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.problems.append(
            f"{where}.{key}: " + ("missing" if value is None else f"must be a text, got {value!r}")
        )
        return ""

    def flag(self, table: dict[str, Any], where: str, key: str, *, default: bool) -> bool:
        """true or false."""
        value = table.get(key, default)
        if isinstance(value, bool):
            return value
        self.problems.append(f"{where}.{key}: must be true or false, got {value!r}")
        return default

    def clock(self, table: dict[str, Any], where: str, key: str, *, default: float | None = None) -> float:
        """A time of day "HH:MM", as seconds since midnight."""
        if key not in table and default is not None:
            return default
        value = table.get(key)
        seconds = parse_clock(value) if isinstance(value, str) else None
        if seconds is None:
            detail = "missing" if value is None else f"must be a time 'HH:MM', got {value!r}"
            self.problems.append(f"{where}.{key}: {detail}")
            return 0.0
        return float(seconds)

    def date(self, table: dict[str, Any], where: str, key: str) -> date:
        """A TOML date (2026-11-24); any weekday will do when none is given."""
        value = table.get(key, date(2026, 11, 24))
        if isinstance(value, date):
            return value
        self.problems.append(f"{where}.{key}: must be a date (2026-11-24), got {value!r}")
        return date(2026, 11, 24)

    def codes(self, table: dict[str, Any], where: str, key: str, known: set[str]) -> tuple[str, ...]:
        """A non-empty list of service codes; the unknown ones are named and left out."""
        value = table.get(key)
        if not (isinstance(value, list) and value and all(isinstance(v, str) for v in value)):
            self.problems.append(f"{where}.{key}: must be a non-empty list of service codes, got {value!r}")
            return ()
        unknown = [v for v in value if v not in known]
        if unknown:
            self.problems.append(f"{where}.{key}: unknown service code(s) {unknown}")
        return tuple(v for v in value if v in known)

    def known(self, table: dict[str, Any], where: str, keys: tuple[str, ...]) -> None:
        """Name every key of `table` that is not one of `keys`."""
        prefix = f"{where}." if where else ""
        for key in table:
            if key not in keys:
                self.problems.append(f"{prefix}{key}: unknown key (known: {', '.join(keys)})")


def parse_period(text: object) -> tuple[float, float] | None:
    """A period "HH:MM-HH:MM" as (start, end) in seconds since midnight, or None if it is not one."""
    parts = text.split("-") if isinstance(text, str) else []
    if len(parts) != 2:
        return None
    start, end = parse_clock(parts[0].strip()), parse_clock(parts[1].strip())
    if start is None or end is None or start >= end:
        return None
    return (float(start), float(end))

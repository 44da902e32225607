"""Reading a parsed TOML table key by key, collecting every problem with the key's full path.

A town edits these files by hand: a typo must come back as `fields[3].type: unknown type 'txt'`, not as a
traceback, and every problem of a file at once, so one round of fixes is enough. Keys nobody read are
reported as unknown (a misspelt `requried` would otherwise be silently ignored).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from forms.conditions import Condition, parse_condition


class Table:
    """A TOML table at path `where`; accessors return a fallback and record a problem when a key is wrong."""

    def __init__(self, data: Mapping[str, Any], where: str, problems: list[str]) -> None:
        self.data = data
        self.where = where
        self.problems = problems
        self._read: set[str] = set()

    def key(self, name: str) -> str:
        """The full path of key `name`, for messages."""
        return f"{self.where}.{name}" if self.where else name

    def problem(self, name: str, message: str) -> None:
        """Record a problem with key `name`."""
        self.problems.append(f"{self.key(name)}: {message}")

    def has(self, name: str) -> bool:
        """Whether the key is present (and mark it read)."""
        self._read.add(name)
        return name in self.data

    def raw(self, name: str) -> Any:
        """The key's value as parsed, or None."""
        self._read.add(name)
        return self.data.get(name)

    def text(self, name: str, default: str = "", *, required: bool = False) -> str:
        """A string; a required one must not be blank."""
        value = self.raw(name)
        if value is None:
            if required:
                self.problem(name, "missing")
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(name, f"must be a non-empty string, got {value!r}")
            return default
        return value

    def integer(self, name: str, default: int | None = None, *, low: int | None = None) -> int | None:
        """A whole number, at least `low` when given."""
        value = self.raw(name)
        if value is None:
            return default
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(name, f"must be a whole number, got {value!r}")
            return default
        if low is not None and value < low:
            self.problem(name, f"must be at least {low}, got {value}")
            return default
        return value

    def flag(self, name: str, default: bool = False) -> bool:
        """true or false."""
        value = self.raw(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.problem(name, f"must be true or false, got {value!r}")
            return default
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        """A list of strings."""
        value = self.raw(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.problem(name, "must be a list of non-empty strings")
            return ()
        return tuple(value)

    def tables(self, name: str) -> list[Table]:
        """An array of tables, each readable with its index in the path."""
        value = self.raw(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.problem(name, "must be an array of tables ([[...]])")
            return []
        return [Table(v, f"{self.key(name)}[{i}]", self.problems) for i, v in enumerate(value)]

    def table(self, name: str) -> Table | None:
        """A nested table, or None when absent."""
        value = self.raw(name)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.problem(name, "must be a table")
            return None
        return Table(value, self.key(name), self.problems)

    def condition(self, name: str) -> Condition | None:
        """A condition (see forms.conditions), or None when absent."""
        value = self.raw(name)
        return None if value is None else parse_condition(value, self.key(name), self.problems)

    def choice(self, name: str, allowed: tuple[str, ...], default: str) -> str:
        """A string that must be one of `allowed`."""
        value = self.text(name, default)
        if value not in allowed:
            self.problem(name, f"unknown value {value!r}; one of: {', '.join(allowed)}")
            return default
        return value

    def names(self, name: str, languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
        """A table of texts by language code, one for each of `languages` and no other: `{ en = "..." }`."""
        value = self.raw(name)
        if not isinstance(value, Mapping):
            self.problem(name, f"missing: a table with a name in each of {', '.join(languages)}")
            return ()
        for code in languages:
            text = value.get(code)
            if not isinstance(text, str) or not text.strip():
                self.problem(f"{name}.{code}", "missing: every kiosk language needs its name")
        for code in value:
            if code not in languages:
                self.problem(f"{name}.{code}", f"unknown language; one of: {', '.join(languages)}")
        return tuple((code, value[code].strip()) for code in languages if isinstance(value.get(code), str))

    def finish(self) -> None:
        """Report every key that no accessor read: most likely a misspelling."""
        for name in self.data:
            if name not in self._read:
                self.problem(name, "unknown key")

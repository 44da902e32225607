"""A clock tests move by hand, so issue order and business days are exact."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")


class FakeClock:
    def __init__(self, start: datetime | None = None, step_seconds: float = 1.0) -> None:
        self.now = start or datetime(2026, 11, 24, 9, 0, tzinfo=JST)
        self.step = timedelta(seconds=step_seconds)

    def __call__(self) -> datetime:
        """Each reading moves time on a little, as real time would between two operations."""
        current = self.now
        self.now += self.step
        return current

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

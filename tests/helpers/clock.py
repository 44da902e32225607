"""A clock tests move by hand, so issue order and business days are exact; and the machine's own zone,
set for a test, to show that the office's clock does not follow it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone, tzinfo

from queueing.clock import DEFAULT_RESET_HOUR, OfficeClock

JST = timezone(timedelta(hours=9), "JST")
MACHINE_ZONES = ("UTC", "America/New_York", "Asia/Tokyo")
"""Zones a kiosk PC or a server may be left on: the office's clock must not care which."""


class FakeClock(OfficeClock):
    """The office's clock (Asia/Tokyo unless `zone` says otherwise) reading `now`, which the test sets
    or advances; each reading moves it on by `step_seconds`."""

    def __init__(
        self,
        start: datetime | None = None,
        step_seconds: float = 1.0,
        *,
        zone: tzinfo | None = None,
        reset_hour: int = DEFAULT_RESET_HOUR,
    ) -> None:
        super().__init__(zone, reset_hour, source=self._read)
        self.now = start or datetime(2026, 11, 24, 9, 0, tzinfo=JST)
        self.step = timedelta(seconds=step_seconds)

    def _read(self) -> datetime:
        """Each reading moves time on a little, as real time would between two operations."""
        current = self.now
        self.now += self.step
        return current

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@contextmanager
def machine_zone(name: str) -> Iterator[None]:
    """Run with this process's local zone set to `name` (TZ and tzset), as a machine so configured;
    the zone it had before comes back afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()

"""The office's own clock: its time zone and the hour its business day begins.

Every business day and every time a resident or clerk reads (tickets, forms, screens, statistics) comes
from an OfficeClock, never from the machine's zone: a kiosk PC or a server left on UTC must still start
the numbers again at 03:00 in Japan and print Japanese times. Stored times stay timezone-aware UTC (the
store keeps them as naive UTC); `local()` turns them into the office's time for showing.

main.py builds one clock from `office.timezone` and `office.daily_reset_hour` and hands it to every
service; tests give a clock that reads a time they move by hand (tests/helpers/clock.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Tokyo"
DEFAULT_RESET_HOUR = 3  # numbering starts again at 03:00: no office is open then, night counters included


class UnknownZone(ValueError):
    """A time zone name the IANA database (the system's or the tzdata package's) does not know."""


def office_zone(name: str) -> ZoneInfo:
    """The IANA zone `name` ("Asia/Tokyo"); UnknownZone if there is none of that name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a directory such as "Asia"
        raise UnknownZone(f"unknown time zone {name!r} (an IANA name such as {DEFAULT_ZONE})") from None


def utc_now() -> datetime:
    return datetime.now(UTC)


def business_date(moment: datetime, reset_hour: int) -> date:
    """The business day of a moment given in the office's zone: numbering restarts at `reset_hour`
    there. Callers hold an OfficeClock, which converts to that zone first."""
    return (moment - timedelta(hours=reset_hour)).date()


class OfficeClock:
    """Now, today and the business day in the office's zone, whatever zone the machine is set to.

    Calling the clock reads the time (so it serves wherever a `() -> datetime` is wanted); `source`
    gives the instant (the real UTC time unless a test moves one by hand).
    """

    def __init__(
        self,
        zone: tzinfo | None = None,
        reset_hour: int = DEFAULT_RESET_HOUR,
        source: Callable[[], datetime] = utc_now,
    ) -> None:
        if not 0 <= reset_hour <= 23:
            raise ValueError(f"reset hour must be between 0 and 23, got {reset_hour}")
        self.zone: tzinfo = zone if zone is not None else office_zone(DEFAULT_ZONE)
        self.reset_hour = reset_hour
        self._source = source

    def __call__(self) -> datetime:
        """Now, in the office's zone."""
        return self._source().astimezone(self.zone)

    def __repr__(self) -> str:
        return f"OfficeClock({self.zone}, reset_hour={self.reset_hour})"

    def local(self, moment: datetime) -> datetime:
        """A stored (UTC) or any other aware time as the office's clock shows it."""
        if moment.tzinfo is None:
            raise ValueError("a naive time has no place on the office's clock")
        return moment.astimezone(self.zone)

    def business_date(self, moment: datetime) -> date:
        """The business day `moment` belongs to: until the reset hour it is still the day before."""
        return business_date(self.local(moment), self.reset_hour)

    def today(self) -> date:
        """Today's business day (the ticket numbers' day)."""
        return self.business_date(self())

    def calendar_date(self) -> date:
        """Today's date on the office's calendar: a form's date and residents' ages count on it."""
        return self().date()

    def day_start(self, day: date) -> datetime:
        """When business day `day` begins: its reset hour, in the office's zone."""
        return datetime.combine(day, time(self.reset_hour), self.zone)

    def next_reset(self, moment: datetime) -> datetime:
        """The end of `moment`'s business day: the next day's reset hour."""
        return self.day_start(self.business_date(moment) + timedelta(days=1))

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """`hour:minute` of calendar day `day` on the office's clock (an appointment's time, say)."""
        return datetime.combine(day, time(hour, minute), self.zone)

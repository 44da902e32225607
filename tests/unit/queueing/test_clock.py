"""The office's clock: its business day turns at 03:00 in Tokyo, and its times are Tokyo's, whatever zone
the machine is on (each test runs with the process on UTC, on New York's and on Tokyo's time)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from queueing.clock import OfficeClock, UnknownZone, business_date, office_zone
from tests.helpers.clock import JST, FakeClock

NOV_24, NOV_25 = date(2026, 11, 24), date(2026, 11, 25)


def jst(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of November 2026 in Tokyo, given as the store keeps it: in UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=JST).astimezone(UTC)


@pytest.fixture
def clock(machine_tz: str) -> OfficeClock:
    return OfficeClock()  # Asia/Tokyo, 03:00: the defaults of office.timezone and office.daily_reset_hour


def test_the_business_day_turns_at_03_00_in_tokyo(clock: OfficeClock) -> None:
    assert clock.business_date(jst(25, 2, 59)) == NOV_24  # 17:59 UTC, 12:59 in New York
    assert clock.business_date(jst(25, 3, 0)) == NOV_25
    assert clock.next_reset(jst(25, 2, 59)) == jst(25, 3, 0)
    assert clock.next_reset(jst(25, 3, 0)) == jst(26, 3, 0)
    assert clock.day_start(NOV_25) == jst(25, 3, 0)


def test_tokyo_midnight_is_the_same_business_day(clock: OfficeClock) -> None:
    assert clock.business_date(jst(24, 23, 59)) == clock.business_date(jst(25, 0, 1)) == NOV_24
    assert clock.local(jst(25, 0, 1)).date() == NOV_25  # while the calendar has turned


def test_the_machines_own_midnight_changes_nothing(machine_tz: str, clock: OfficeClock) -> None:
    machine_midnight = datetime(2026, 11, 25).astimezone()  # 14:00 JST for a New York machine, 09:00 for UTC
    before, after = machine_midnight - timedelta(minutes=1), machine_midnight + timedelta(minutes=1)
    assert clock.business_date(before) == clock.business_date(after)


def test_a_new_york_machines_midnight_is_2pm_in_tokyo_and_no_reset() -> None:
    from tests.helpers.clock import machine_zone

    with machine_zone("America/New_York"):
        midnight = datetime(2026, 11, 25).astimezone()
        clock = OfficeClock()
        assert clock.local(midnight) == datetime(2026, 11, 25, 14, 0, tzinfo=JST)
        assert clock.business_date(midnight - timedelta(minutes=1)) == NOV_25
        assert clock.business_date(midnight + timedelta(minutes=1)) == NOV_25


def test_now_today_and_shown_times_are_tokyos(clock: OfficeClock) -> None:
    now = clock()
    assert now.utcoffset() == timedelta(hours=9)
    assert now.astimezone(UTC) - datetime.now(UTC) < timedelta(seconds=5)
    assert clock.calendar_date() == now.date()
    assert clock.local(datetime(2026, 11, 24, 23, 30, tzinfo=UTC)).strftime("%m-%d %H:%M") == "11-25 08:30"
    assert clock.at(NOV_25, 10, 30) == jst(25, 10, 30)


def test_the_calendar_and_the_business_day_part_before_03_00(machine_tz: str) -> None:
    clock = FakeClock(jst(25, 1, 30), step_seconds=0)
    assert (clock.calendar_date(), clock.today()) == (NOV_25, NOV_24)  # a form is dated the 25th


def test_a_fake_clock_is_read_in_the_office_zone(machine_tz: str) -> None:
    clock = FakeClock(datetime(2026, 11, 24, 23, 30, tzinfo=UTC))
    first, second = clock(), clock()
    assert first.utcoffset() == timedelta(hours=9) and first.hour == 8
    assert second - first == timedelta(seconds=1)
    assert clock.today() == NOV_25


def test_another_offices_zone_and_reset_hour() -> None:
    clock = OfficeClock(office_zone("America/New_York"), reset_hour=4)
    four_in_new_york = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # EST, UTC-5
    assert clock.business_date(four_in_new_york - timedelta(seconds=1)) == NOV_24
    assert clock.business_date(four_in_new_york) == NOV_25
    assert clock.day_start(NOV_25) == four_in_new_york


def test_the_rule_itself_takes_the_offices_wall_clock() -> None:
    assert business_date(datetime(2026, 11, 24, 2, 59, tzinfo=JST), 3) == date(2026, 11, 23)
    assert business_date(datetime(2026, 11, 24, 3, 0, tzinfo=JST), 3) == NOV_24
    assert business_date(datetime(2026, 11, 24, 0, 0, tzinfo=JST), 0) == NOV_24


def test_an_unknown_zone_says_so_and_a_naive_time_is_refused() -> None:
    for name in ("Mars/Olympus", "", "Asia", "../etc/passwd", "asia/tokyo "):
        with pytest.raises(UnknownZone, match="unknown time zone"):
            office_zone(name)
    with pytest.raises(ValueError, match="naive"):
        OfficeClock().local(datetime(2026, 11, 24, 9, 0))
    with pytest.raises(ValueError, match="between 0 and 23"):
        OfficeClock(reset_hour=24)

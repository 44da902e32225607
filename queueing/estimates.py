"""Wait estimates a resident can trust: from the queue, the learned service time and the counters open.

For a resident with `k` people waiting ahead in a service's queue, `j` people coming (tickets issued
earlier, now at an earlier step of their route, that will join this queue ahead of them) and `f` free
counters (open for the service, serving nobody):

    wait = (k - f + j/2 + 1/2) x service time / counters        or 0 when k < f: a counter is free for them

- **Service time**: the robust mean learned per service and clock hour (`queueing.service_times`).
- **Counters** (`effective_counters`): a counter serving several services shares its time among them in
  proportion to the work each puts on it: (people waiting + 1) x service time, divided by the number of
  open counters serving that service. A counter serving 証明書 and a quiet 戸籍 thus counts as nearly a
  whole counter for 証明書 and a little of one for 戸籍. It is a fluid approximation of "first come first
  served across the counter's services": simple, and measured by the simulation.
- **The halves**: the people ahead are all waiting, so the counters are usually busy; on average about
  half a service time remains before the first frees up. About half of the people coming reach this queue
  before the resident is called (the simulation agrees: counting all of them over-estimates).
- **Counters that change during the wait** (a lunch rota): `estimate_wait_scheduled` drains the work ahead
  minute by minute with the counters open at each moment, when the caller knows the staffing hours.

`display_wait` rounds as a person would: "まもなく", minutes below ten, five-minute steps up to an hour, ten
beyond. `naive_wait` is the baseline many systems show, people ahead x fixed minutes, kept for comparison.
Pure standard library: the kiosk, the ticket, the display and the simulation all use it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from queueing.service_times import ServiceTime, ServiceTimeModel

AHEAD_OFFSET = 0.5
"""Service times still to run, on average, before the first busy counter frees up."""
COMING_WEIGHT = 0.5
"""Share of the people coming who reach the queue before the resident is called."""
MIN_COUNTERS = 0.25
"""Counters assumed when none is open for a service, so the estimate is long but finite."""
STEP_S = 60.0
HORIZON_S = 4 * 3600.0
"""`estimate_wait_scheduled` looks ahead minute by minute, up to four hours."""

CountersAt = Callable[[datetime], float]
"""The counters open for a service at a moment (effective counters, see `effective_counters`)."""


@dataclass(frozen=True)
class WaitEstimate:
    """An estimated wait; `display` is what a resident reads."""

    seconds: float
    service_time: ServiceTime | None = None

    @property
    def display(self) -> str:
        return display_wait(self.seconds)


def estimate_wait(
    times: ServiceTimeModel,
    service_code: str,
    people_ahead: int,
    open_counters_for_service: float,
    at: datetime,
    *,
    people_coming: int = 0,
    free_counters: int = 0,
) -> WaitEstimate:
    """The wait at `at` of a resident with `people_ahead` before them, if the open counters stay open.

    `free_counters`: open counters for the service serving nobody now; the first people in line go
    straight to them.
    """
    time = times.service_time(service_code, at)
    work = _people(people_ahead, people_coming, free_counters) * time.seconds
    return WaitEstimate(work / max(open_counters_for_service, MIN_COUNTERS), time)


def estimate_wait_scheduled(
    times: ServiceTimeModel,
    service_code: str,
    people_ahead: int,
    counters_at: CountersAt,
    at: datetime,
    *,
    people_coming: int = 0,
    free_counters: int = 0,
) -> WaitEstimate:
    """As `estimate_wait`, with the counters open at each minute of the wait (a lunch rota, a late opening).

    The work ahead (counter-seconds) is drained by `counters_at(moment)` counters each minute; beyond four
    hours the last minute's counters (at least MIN_COUNTERS) are assumed.
    """
    time = times.service_time(service_code, at)
    work = _people(people_ahead, people_coming, free_counters) * time.seconds
    elapsed = 0.0
    while elapsed < HORIZON_S:
        counters = max(counters_at(at + timedelta(seconds=elapsed)), 0.0)
        if counters * STEP_S >= work:
            return WaitEstimate(elapsed + work / counters if work > 0 else elapsed, time)
        work -= counters * STEP_S
        elapsed += STEP_S
    return WaitEstimate(elapsed + work / max(counters, MIN_COUNTERS), time)


def _people(ahead: int, coming: int, free: int) -> float:
    """Services to wait through, in service times: none if a free counter is there for the resident."""
    if max(ahead, 0) < free:
        return 0.0
    return max(ahead - max(free, 0), 0) + COMING_WEIGHT * max(coming, 0) + AHEAD_OFFSET


def effective_counters(
    times: ServiceTimeModel,
    service_code: str,
    open_counters: Iterable[Sequence[str]],
    waiting: Mapping[str, int],
    at: datetime,
) -> float:
    """How many counters' worth of time `service_code` gets from the open counters (module docstring).

    `open_counters` holds the service codes of each open counter; `waiting` the people waiting per service.
    """
    counters = [tuple(services) for services in open_counters]
    serving: dict[str, int] = {}
    for services in counters:
        for code in services:
            serving[code] = serving.get(code, 0) + 1

    def demand(code: str) -> float:
        return (waiting.get(code, 0) + 1) * times.service_time(code, at).seconds / serving[code]

    return sum(demand(service_code) / sum(map(demand, c)) for c in counters if service_code in c)


def naive_wait(people_ahead: int, minutes_per_person: float = 5.0) -> WaitEstimate:
    """The baseline many systems show: people ahead times a fixed number of minutes."""
    return WaitEstimate(seconds=max(people_ahead, 0) * minutes_per_person * 60.0)


def shown_minutes(seconds: float) -> int | None:
    """The minutes a resident is told: None for "soon" (under three); below ten the minute; up to an hour
    rounded to five and beyond to ten, because an estimate is not more precise than that; at most 180."""
    minutes = min(max(seconds, 0.0) / 60.0, 180.0)  # also keeps an infinite wait finite
    if minutes < 3:
        return None
    if minutes < 10.5:
        return _round_to(minutes, 1)
    return _round_to(minutes, 5 if minutes < 60 else 10)


def display_wait(seconds: float) -> str:
    """A wait as a resident should read it: "まもなく", "約7分", "約25分", "約1時間10分", "3時間以上"."""
    rounded = shown_minutes(seconds)
    if rounded is None:
        return "まもなく"
    if rounded < 60:
        return f"約{rounded}分"
    if rounded >= 180:
        return "3時間以上"
    hours, rest = divmod(rounded, 60)
    return f"約{hours}時間" + (f"{rest}分" if rest else "")


def _round_to(value: float, step: int) -> int:
    """Round half up to a multiple of `step` (Python's round() would round halves to even)."""
    return math.floor(value / step + 0.5) * step

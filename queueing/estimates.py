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

**One figure, one wording, everywhere.** `expected_wait` is the number the kiosk, the printed ticket, the
display and (later) a phone page show, for a ticket in line or for a ticket taken now; `shown_wait` is how a
resident is told it (`ShownWait`: "まもなく", or about so many minutes, rounded as a person would). So the
display's figure for a ticket taken now is the kiosk's and the ticket's for the next ticket issued.
`naive_wait` is the baseline many systems show, people ahead x fixed minutes, kept for comparison.
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


SOON_S = 3 * 60.0
"""Below three minutes a resident is told "まもなく" (soon), not a figure."""
LONGEST_MINUTES = 180
"""From three hours on a resident is told "3時間以上" (three hours or more)."""


@dataclass(frozen=True)
class WaitEstimate:
    """An estimated wait and the service time it assumed."""

    seconds: float
    service_time: ServiceTime | None = None


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


def expected_wait(
    times: ServiceTimeModel,
    counters: Iterable[Sequence[str]],
    waiting: Mapping[str, int],
    service_code: str,
    at: datetime,
    *,
    people_ahead: int | None = None,
) -> float:
    """Seconds a resident will wait at `service_code`: THE figure every screen and the ticket show.

    `counters`: the service codes each counter serves; `waiting`: the people waiting per service, the
    resident not among them; `people_ahead`: how many of those waiting for `service_code` go before the
    resident (None: all of them, as for a ticket taken now). Pure, so a phone page can call it with the
    queue's state alone (no names, no ids).
    """
    ahead = waiting.get(service_code, 0) if people_ahead is None else people_ahead
    open_for_it = effective_counters(times, service_code, counters, waiting, at)
    return estimate_wait(times, service_code, ahead, open_for_it, at).seconds


@dataclass(frozen=True)
class ShownWait:
    """A wait as a resident is told it, the same on every screen and in every language: soon ("まもなく"),
    or about `minutes` (rounded by `shown_wait`; LONGEST_MINUTES means "that or more")."""

    minutes: int | None = None  # None: soon

    @property
    def soon(self) -> bool:
        return self.minutes is None

    @property
    def longest(self) -> bool:
        return self.minutes is not None and self.minutes >= LONGEST_MINUTES

    @property
    def japanese(self) -> str:
        """In Japanese: "まもなく", "約7分", "約25分", "約1時間", "約1時間10分", "3時間以上" (the kiosk
        words it so in every language it speaks)."""
        if self.minutes is None:
            return "まもなく"
        if self.longest:
            return "3時間以上"
        if self.minutes < 60:
            return f"約{self.minutes}分"
        hours, rest = divmod(self.minutes, 60)
        return f"約{hours}時間" + (f"{rest}分" if rest else "")


def shown_wait(seconds: float, people_ahead: int) -> ShownWait:
    """How a wait of `seconds` with `people_ahead` before the resident is told: soon when nobody is ahead
    (the resident is next) or under SOON_S; below ten minutes the minute; up to an hour rounded to five and
    beyond to ten, because an estimate is not more precise than that; at most LONGEST_MINUTES."""
    minutes = min(max(seconds, 0.0), LONGEST_MINUTES * 60.0) / 60.0  # also keeps an infinite wait finite
    if people_ahead <= 0 or minutes * 60.0 < SOON_S:
        return ShownWait()
    if minutes < 10.5:
        return ShownWait(_round_to(minutes, 1))
    return ShownWait(_round_to(minutes, 5 if minutes < 60 else 10))


def _round_to(value: float, step: int) -> int:
    """Round half up to a multiple of `step` (Python's round() would round halves to even)."""
    return math.floor(value / step + 0.5) * step

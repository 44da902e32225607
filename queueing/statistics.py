"""Statistics of an office's days: tickets per hour, waits, service times and no-shows, per service.

The input is one `StepRecord` per step a ticket spent at a service (store/statistics.py reads them). Two
kinds of count, because one ticket may visit several services:

- *tickets* (発券数) are counted once, under the service that gave the number (the route's first) and in the
  local hour the ticket was issued;
- *steps* (件数) and everything measured on them (waits, service times, no-shows) count under the service of
  the step, also in the hour the ticket was issued: "residents who arrived at 10 waited ...".

A wait runs from entering the service's line to the step's first call (a recall, or a call after 書類待ち,
does not lengthen it); a service time from the latest call to 完了, for done steps only (a step passed on
to another service counts as done there). A time that is missing, or a duration that would be negative
(a clock set back), is left out of the figures rather than guessed. The no-show share is no-shows over
steps that ended called: done plus no-shows (a cancelled or still open step says nothing about coming when
called).
Standard library only, like the rest of `queueing`.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any, TypeVar

from queueing.model import OPEN_STATES, TicketState

ALL_SERVICES = ""
"""The service code under which figures over every service are kept."""

_Key = TypeVar("_Key", bound=Hashable)


@dataclass(frozen=True)
class StepRecord:
    """One ticket's stay at one service: from entering its line to leaving the counter.

    `step` is the index in the ticket's route; `entered_at` is when the ticket joined this service's line:
    its issue time for the first step, the end of the previous step for later ones, None when unknown (a
    later step of a ticket from before the step log). `first_called_at` is the step's first call, where its
    wait ends (None: unknown, the latest call stands in); `called_at` is the latest call (a recall moves
    it). `state` is how the step ended, or the ticket's state while the step is still open. Times are
    timezone-aware; naive ones are taken as UTC.
    """

    business_date: date
    number_service: str  # the service that gave the number (the route's first)
    sequence: int  # with number_service and business_date: which ticket
    service_code: str  # the service of this step
    step: int
    route_length: int
    state: TicketState
    issued_at: datetime
    entered_at: datetime | None
    called_at: datetime | None = None
    closed_at: datetime | None = None
    counter: int | None = None
    recalls: int = 0
    first_called_at: datetime | None = None

    @property
    def ticket(self) -> tuple[date, str, int]:
        """The ticket this step belongs to (its number is unique per day and numbering service)."""
        return (self.business_date, self.number_service, self.sequence)

    @property
    def wait_s(self) -> float | None:
        """Seconds from joining the line to the first call; None when not called or unknown."""
        return _seconds(self.entered_at, self.first_called_at or self.called_at)

    @property
    def service_s(self) -> float | None:
        """Seconds from the call to 完了, for a done step; None otherwise."""
        return _seconds(self.called_at, self.closed_at) if self.state is TicketState.DONE else None


def _seconds(start: datetime | None, end: datetime | None) -> float | None:
    if start is None or end is None:
        return None
    seconds = (_aware(end) - _aware(start)).total_seconds()
    return seconds if seconds >= 0 else None


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The `fraction` quantile, interpolated between closest ranks: a spreadsheet's PERCENTILE.INC, so a
    clerk can check any figure by hand. None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    below = math.floor(position)
    above = min(below + 1, len(ordered) - 1)
    return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


@dataclass(frozen=True)
class Figures:
    """The figures of one group of steps and tickets (a service, an hour, a day, or all of them)."""

    tickets: int = 0
    steps: int = 0
    done: int = 0
    no_shows: int = 0
    cancelled: int = 0
    still_open: int = 0
    called: int = 0  # steps with a call time: a wait should be known for each
    waits_measured: int = 0
    wait_median_s: float | None = None
    wait_p90_s: float | None = None
    service_times_measured: int = 0
    service_median_s: float | None = None
    service_p90_s: float | None = None

    @property
    def no_show_share(self) -> float | None:
        """No-shows over steps that ended called (done or no-show); None when there were none."""
        called = self.done + self.no_shows
        return self.no_shows / called if called else None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON, seconds rounded to whole seconds."""
        data: dict[str, Any] = {key: _rounded(value) for key, value in vars(self).items()}
        share = self.no_show_share
        data["no_show_share"] = None if share is None else round(share, 4)
        return data


def _rounded(value: object) -> object:
    return round(value) if isinstance(value, float) else value


def figures(steps: Sequence[StepRecord], tickets: int = 0) -> Figures:
    """The figures of `steps`, with `tickets` issued tickets counted alongside."""
    states = Counter(step.state for step in steps)
    waits = [w for w in (step.wait_s for step in steps) if w is not None]
    services = [s for s in (step.service_s for step in steps) if s is not None]
    return Figures(
        tickets=tickets,
        steps=len(steps),
        done=states[TicketState.DONE],
        no_shows=states[TicketState.NO_SHOW],
        cancelled=states[TicketState.CANCELLED],
        still_open=sum(states[state] for state in OPEN_STATES),
        called=sum(1 for step in steps if step.called_at is not None),
        waits_measured=len(waits),
        wait_median_s=percentile(waits, 0.5),
        wait_p90_s=percentile(waits, 0.9),
        service_times_measured=len(services),
        service_median_s=percentile(services, 0.5),
        service_p90_s=percentile(services, 0.9),
    )


@dataclass(frozen=True)
class Report:
    """A period's statistics, grouped the ways the CSV and the PDF show them.

    Keys: `hourly` (day, service, hour); `daily` (day, service), with ALL_SERVICES for the day's totals;
    `by_service_hour` (service, hour) over the period; `by_service` per service; `overall` everything.
    Hours are local clock hours of the issue time. Only groups with a ticket or a step are present.
    """

    start: date
    end: date
    services: tuple[str, ...]
    days: tuple[date, ...]
    hourly: Mapping[tuple[date, str, int], Figures]
    daily: Mapping[tuple[date, str], Figures]
    by_service_hour: Mapping[tuple[str, int], Figures]
    by_service: Mapping[str, Figures]
    overall: Figures

    @property
    def hours(self) -> tuple[int, ...]:
        """The clock hours that saw a ticket issued, in order."""
        return tuple(sorted({hour for _, hour in self.by_service_hour}))

    def tickets_per_hour(self, service: str) -> dict[int, int]:
        """Tickets issued per local hour over the period under `service`'s numbers."""
        return {hour: f.tickets for (code, hour), f in self.by_service_hour.items() if code == service}


def summarise(
    records: Iterable[StepRecord],
    start: date,
    end: date,
    *,
    tz: tzinfo | None = None,
    services: Sequence[str] = (),
) -> Report:
    """The statistics of the records whose business date is in [start, end].

    `tz` is the zone whose clock hours the tickets are counted in (None: this machine's). `services` gives
    the order of the service codes (the office's configuration); codes found only in the data follow.
    """
    steps = [r for r in records if start <= r.business_date <= end]
    tickets = _one_per_ticket(steps)

    def hour(record: StepRecord) -> int:
        return _aware(record.issued_at).astimezone(tz).hour

    group = _Grouper(steps, tickets)
    return Report(
        start=start,
        end=end,
        services=_service_order(services, steps),
        days=tuple(sorted({r.business_date for r in steps})),
        hourly=group.by(lambda r, code: (r.business_date, code, hour(r))),
        daily={
            **group.by(lambda r, code: (r.business_date, code)),
            **group.by(lambda r, _code: (r.business_date, ALL_SERVICES)),
        },
        by_service_hour=group.by(lambda r, code: (code, hour(r))),
        by_service=group.by(lambda _r, code: code),
        overall=figures(steps, len(tickets)),
    )


class _Grouper:
    """Splits steps by their service and tickets by their numbering service under one key function."""

    def __init__(self, steps: Sequence[StepRecord], tickets: Sequence[StepRecord]) -> None:
        self.steps, self.tickets = steps, tickets

    def by(self, key: Callable[[StepRecord, str], _Key]) -> dict[_Key, Figures]:
        """Figures per key; `key` gets a record and the service code it counts under."""
        steps: defaultdict[_Key, list[StepRecord]] = defaultdict(list)
        for step in self.steps:
            steps[key(step, step.service_code)].append(step)
        tickets = Counter(key(ticket, ticket.number_service) for ticket in self.tickets)
        keys = sorted(steps.keys() | tickets.keys(), key=_sortable)
        return {k: figures(steps.get(k, []), tickets[k]) for k in keys}


def _sortable(key: object) -> tuple[str, ...]:
    """Keys of dates, codes and hours in a stable order (hours zero-padded so 9 comes before 10)."""
    parts = key if isinstance(key, tuple) else (key,)
    return tuple(f"{part:02d}" if isinstance(part, int) else str(part) for part in parts)


def _one_per_ticket(steps: Sequence[StepRecord]) -> list[StepRecord]:
    """Each ticket once: its earliest step among the records."""
    first: dict[tuple[date, str, int], StepRecord] = {}
    for step in steps:
        known = first.get(step.ticket)
        if known is None or step.step < known.step:
            first[step.ticket] = step
    return list(first.values())


def _service_order(configured: Sequence[str], steps: Sequence[StepRecord]) -> tuple[str, ...]:
    found = {code for step in steps for code in (step.service_code, step.number_service)}
    return (*configured, *sorted(found - set(configured)))

"""A seeded discrete-event simulation of an office day, to measure the wait estimates against real waits.

Residents arrive along the scenario's hourly curve (plus those already at the door at opening) and each
takes one ticket for a route of services (転入: 住民異動, then 国保・年金, then 福祉・子育て). A ticket
waits in one service's queue at a time, ordered by its *original* issue time: after a step it joins the
next service's queue ahead of everyone issued later, as the routing rules say. A free, staffed counter
calls the earliest-issued ticket among all of its services. Service times are lognormal per service, with
a few long cases, scaled by the hour (lunchtime relief staff are slower); sometimes a clerk presses 完了
late, which lengthens the *recorded* duration the estimator learns from (when 完了 is pressed) but not
the real one: the counter went on.

At every queue entry the simulation records the estimator's and the naive estimate; the real wait is known
when the step is called. Each counter keeps calling until its staffed hours end; a counter staffed at
closing time keeps serving the queue until `serve_until`. Same scenario and seed: the same day, exactly.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from queueing.estimates import (
    CountersAt,
    effective_counters,
    estimate_wait,
    estimate_wait_scheduled,
    naive_wait,
)
from queueing.scenario import CounterSpec, Scenario
from queueing.service_times import ServiceTimeModel

JST = timezone(timedelta(hours=9), "JST")
_ARRIVE, _FINISH, _OPEN, _RECORD = "arrive", "finish", "open", "record"


@dataclass(frozen=True)
class Draw:
    """A step's random parts, drawn when the ticket is issued so the day does not depend on call order."""

    normal: float  # standard normal deviate of the log service time
    long: bool  # a long case (long_factor times the usual)
    late_s: float  # how late the clerk pressed 完了: added to the recorded duration only


@dataclass(frozen=True)
class TicketRecord:
    """A ticket issued in the day: its number, issue time, kind of visit and the services it needs."""

    id: int
    issued_s: float
    route: str
    steps: tuple[str, ...]
    draws: tuple[Draw, ...]


@dataclass
class StepRecord:
    """One ticket's visit to one service's queue; filled in as the day goes on."""

    ticket: int
    issued_s: float
    service: str
    index: int
    entered_s: float
    people_ahead: int
    people_coming: int
    estimate_s: float
    naive_s: float
    called_s: float | None = None
    counter: int | None = None
    finished_s: float | None = None
    recorded_s: float | None = None

    @property
    def wait_s(self) -> float | None:
        return None if self.called_s is None else self.called_s - self.entered_s


@dataclass
class CounterRecord:
    """A counter's staffed hours (with closing overtime) and the periods it spent serving."""

    spec: CounterSpec
    periods: tuple[tuple[float, float], ...]
    busy: list[tuple[float, float]] = field(default_factory=list)
    current: StepRecord | None = None

    def staffed(self, at: float) -> bool:
        return any(start <= at < end for start, end in self.periods)


@dataclass(frozen=True)
class DayResult:
    """Everything that happened in a simulated day; `simulation_report.summarise` makes figures of it."""

    scenario: Scenario
    seed: int
    tickets: tuple[TicketRecord, ...]
    steps: tuple[StepRecord, ...]
    counters: tuple[CounterRecord, ...]


def simulate(scenario: Scenario, seed: int) -> DayResult:
    """Simulate the scenario's day for `seed`, after `history_days` earlier days the estimator learns from."""
    model = ServiceTimeModel(
        {s.code: s.default_s for s in scenario.services}, min_samples=scenario.min_samples
    )
    for back in range(scenario.history_days, 0, -1):
        history = _Day(scenario, random.Random(f"{seed}/history/{back}"), None).run(seed)
        day = scenario.day - timedelta(days=back)
        for step in history.steps:
            if step.called_s is not None and step.recorded_s is not None:
                model.add(step.service, _moment(day, step.called_s), step.recorded_s)
    return _Day(scenario, random.Random(seed), model).run(seed)


def _moment(day: date, seconds: float) -> datetime:
    return datetime.combine(day, time(), tzinfo=JST) + timedelta(seconds=seconds)


def arrival_times(scenario: Scenario, rng: random.Random) -> list[float]:
    """Issue times: the crowd at the door in the first three minutes, then a Poisson process by the hour."""
    times = [scenario.open_s + rng.uniform(0, 180) for _ in range(scenario.waiting_at_open)]
    rates = _hourly_rates(scenario)
    now = scenario.open_s
    while now < scenario.close_s:
        hour_end = min((math.floor(now / 3600) + 1) * 3600.0, scenario.close_s)
        rate = rates.get(math.floor(now / 3600), 0.0)
        gap = rng.expovariate(rate) if rate > 0 else math.inf
        if now + gap >= hour_end:
            now = hour_end  # memoryless: start afresh at the next hour's rate
        else:
            now += gap
            times.append(now)
    return sorted(times)


def _hourly_rates(scenario: Scenario) -> dict[int, float]:
    """Arrivals per second in each clock hour, so the day brings `visitors` tickets on average."""
    open_length = {
        hour: max(0.0, min((hour + 1) * 3600, scenario.close_s) - max(hour * 3600, scenario.open_s))
        for hour in scenario.arrival_weights
    }
    weighted = sum(weight * open_length[hour] for hour, weight in scenario.arrival_weights.items())
    if weighted <= 0:
        return {}
    spread = max(scenario.visitors - scenario.waiting_at_open, 0.0)
    return {hour: spread * weight / weighted for hour, weight in scenario.arrival_weights.items()}


class _Day:
    """One day's state: the event queue, each service's queue, the counters and what happened."""

    def __init__(self, scenario: Scenario, rng: random.Random, model: ServiceTimeModel | None) -> None:
        self.scenario = scenario
        self.rng = rng
        self.model = model
        self.events: list[tuple[float, int, str, int]] = []
        self.order = itertools.count()
        self.queues: dict[str, list[tuple[float, int]]] = {s.code: [] for s in scenario.services}
        self.counters = {c.number: CounterRecord(c, _with_overtime(c, scenario)) for c in scenario.counters}
        self.serving = {
            s.code: [c for c in self.counters.values() if s.code in c.spec.services]
            for s in scenario.services
        }
        self.rota = _Rota(self.counters.values())
        self.tickets: list[TicketRecord] = []
        self.steps: list[StepRecord] = []
        self.waiting: dict[int, StepRecord] = {}
        self.recordings: list[StepRecord] = []
        self.active: dict[int, int] = {}  # ticket -> the index of the step it is waiting for or at

    def run(self, seed: int) -> DayResult:
        self._plan_arrivals()
        for counter in self.counters.values():
            for start, _ in counter.periods:
                self._schedule(start, _OPEN, counter.spec.number)
        handlers: dict[str, Callable[[float, int], None]] = {
            _ARRIVE: self._arrive,
            _FINISH: self._finish,
            _OPEN: lambda now, number: self._try_call(self.counters[number], now),
            _RECORD: self._record,
        }
        while self.events:
            now, _, kind, subject = heapq.heappop(self.events)
            handlers[kind](now, subject)
        return DayResult(
            self.scenario, seed, tuple(self.tickets), tuple(self.steps), tuple(self.counters.values())
        )

    def _schedule(self, at: float, kind: str, subject: int) -> None:
        heapq.heappush(self.events, (at, next(self.order), kind, subject))

    def _plan_arrivals(self) -> None:
        routes = self.scenario.routes
        weights = [r.share for r in routes]
        for number, issued in enumerate(arrival_times(self.scenario, self.rng), start=1):
            route = self.rng.choices(routes, weights)[0]
            draws = tuple(self._draw(code) for code in route.steps)
            self.tickets.append(TicketRecord(number, issued, route.name, route.steps, draws))
            self._schedule(issued, _ARRIVE, number)

    def _draw(self, code: str) -> Draw:
        service = self.scenario.service(code)
        normal = self.rng.gauss(0.0, 1.0)
        long = self.rng.random() < service.long_share
        late = self.rng.random() < self.scenario.late_finish_share
        return Draw(normal, long, self.rng.uniform(*self.scenario.late_finish_s) if late else 0.0)

    def _arrive(self, now: float, number: int) -> None:
        self._enter(self.tickets[number - 1], 0, now)

    def _enter(self, ticket: TicketRecord, index: int, now: float) -> None:
        """The ticket joins step `index`'s queue by its original issue time; counters free for it call."""
        code = ticket.steps[index]
        queue = self.queues[code]
        key = (ticket.issued_s, ticket.id)
        ahead = bisect.bisect_left(queue, key)
        self.active[ticket.id] = index
        coming = self._coming(code, key)
        estimate = self._estimate(code, ahead, coming, now)
        naive = naive_wait(ahead, self.scenario.naive_minutes).seconds
        step = StepRecord(ticket.id, ticket.issued_s, code, index, now, ahead, coming, estimate, naive)
        bisect.insort(queue, key)
        self.steps.append(step)
        self.waiting[ticket.id] = step
        for counter in self.serving[code]:
            self._try_call(counter, now)

    def _coming(self, code: str, key: tuple[float, int]) -> int:
        """Tickets issued earlier that will join `code`'s queue ahead of `key` after their current step."""
        return sum(
            1
            for number, index in self.active.items()
            if (self.tickets[number - 1].issued_s, number) < key
            and code in self.tickets[number - 1].steps[index + 1 :]
        )

    def _estimate(self, code: str, ahead: int, coming: int, now: float) -> float:
        """What a kiosk would show, from the queues as they stand and the counters staffed now (or, when
        the scenario says the kiosk knows the staffing hours, those staffed at each minute of the wait)."""
        if self.model is None:
            return 0.0
        at = _moment(self.scenario.day, now)
        counters_at = self._counters_at(code, at, now)
        options = {
            "people_coming": coming,
            "free_counters": sum(1 for c in self.serving[code] if c.current is None and c.staffed(now)),
        }
        if self.scenario.knows_rota:
            return estimate_wait_scheduled(self.model, code, ahead, counters_at, at, **options).seconds
        return estimate_wait(self.model, code, ahead, counters_at(at), at, **options).seconds

    def _counters_at(self, code: str, at: datetime, now: float) -> CountersAt:
        """Effective counters for `code` at a moment: the staffed ones, shared by today's waiting work."""
        model = self.model
        assert model is not None
        waiting = {service: len(queue) for service, queue in self.queues.items()}
        known: dict[tuple[int, ...], float] = {}

        def counters_at(moment: datetime) -> float:
            staffed = self.rota.staffed(now + (moment - at).total_seconds())
            if staffed not in known:
                services = [self.counters[n].spec.services for n in staffed]
                known[staffed] = effective_counters(model, code, services, waiting, at)
            return known[staffed]

        return counters_at

    def _try_call(self, counter: CounterRecord, now: float) -> None:
        """A free, staffed counter calls the earliest-issued ticket among its services."""
        if counter.current is not None or not counter.staffed(now):
            return
        heads = [(self.queues[code][0], code) for code in counter.spec.services if self.queues[code]]
        if not heads:
            return
        (_, number), code = min(heads)
        self.queues[code].pop(0)
        step = self.waiting.pop(number)
        step.called_s, step.counter = now, counter.spec.number
        real_s = self._service_time(self.tickets[number - 1].draws[step.index], code, now)
        step.recorded_s = real_s + self.tickets[number - 1].draws[step.index].late_s
        counter.current = step
        self._schedule(now + real_s, _FINISH, counter.spec.number)

    def _service_time(self, draw: Draw, code: str, now: float) -> float:
        service = self.scenario.service(code)
        speed = self.scenario.speed_by_hour.get(math.floor(now / 3600), 1.0)
        long = service.long_factor if draw.long else 1.0
        return service.median_s * speed * long * math.exp(service.spread * draw.normal)

    def _finish(self, now: float, number: int) -> None:
        counter = self.counters[number]
        step = counter.current
        assert step is not None and step.called_s is not None
        step.finished_s = now
        counter.busy.append((step.called_s, now))
        counter.current = None
        ticket = self.tickets[step.ticket - 1]
        self.recordings.append(step)
        self._schedule(now + ticket.draws[step.index].late_s, _RECORD, len(self.recordings) - 1)
        if step.index + 1 < len(ticket.steps):
            self._enter(ticket, step.index + 1, now)
        else:
            del self.active[ticket.id]
        self._try_call(counter, now)

    def _record(self, now: float, index: int) -> None:
        """完了 is pressed (maybe late): the estimator learns the recorded duration only now."""
        step = self.recordings[index]
        if self.model is not None and step.called_s is not None and step.recorded_s is not None:
            self.model.add(step.service, _moment(self.scenario.day, step.called_s), step.recorded_s)


class _Rota:
    """Which counters are staffed when: the day cut at every start and end of a staffed period."""

    def __init__(self, counters: Iterable[CounterRecord]) -> None:
        counters = list(counters)
        self.bounds = sorted({t for c in counters for period in c.periods for t in period})
        moments = [-math.inf, *self.bounds]
        self.sets = [tuple(c.spec.number for c in counters if c.staffed(t)) for t in moments]

    def staffed(self, at: float) -> tuple[int, ...]:
        """The numbers of the counters staffed at `at` (seconds since midnight)."""
        return self.sets[bisect.bisect_right(self.bounds, at)]


def _with_overtime(counter: CounterSpec, scenario: Scenario) -> tuple[tuple[float, float], ...]:
    """A counter staffed at closing time keeps serving the queue until `serve_until`."""
    return tuple(
        (start, max(end, scenario.serve_until_s) if start < scenario.close_s <= end else end)
        for start, end in counter.hours
    )

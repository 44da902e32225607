"""A simulated office day, read from a TOML file (the shipped default is assets/simulation.toml).

Every problem in the file is collected and named by its key (`routes[0].steps: unknown service code(s)
['Z']`), as the office configuration's loader does, so a planner fixes them all at once.
Times of day are kept as seconds since midnight.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from queueing.toml_fields import FieldReader, is_number, parse_period

MAX_VISITORS = 20_000
"""More tickets than any office issues in a day: a bound that keeps a typo from running for hours."""


class ScenarioError(Exception):
    """The scenario cannot be simulated; `problems` lists each one as 'key: what is wrong'."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}:\n  " + "\n  ".join(problems))


@dataclass(frozen=True)
class ServiceSpec:
    """A service's service-time distribution: lognormal around `median_s`, with occasional long cases."""

    code: str
    name: str
    median_s: float
    spread: float  # sigma of the log of the service time
    long_share: float
    long_factor: float
    default_s: float  # the office's configured figure: the estimator's start before it has learned


@dataclass(frozen=True)
class RouteSpec:
    """A kind of visit: the services it needs, in order, and how often it comes (relative weight)."""

    name: str
    steps: tuple[str, ...]
    share: float


@dataclass(frozen=True)
class CounterSpec:
    """A counter, the services it serves (first come first served) and when it is staffed."""

    number: int
    services: tuple[str, ...]
    hours: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Scenario:
    name: str
    day: date
    open_s: float
    close_s: float  # no ticket is issued from this time
    serve_until_s: float  # counters open at closing time serve the queue until this time
    visitors: float  # expected tickets in the day
    waiting_at_open: int
    arrival_weights: dict[int, float]  # clock hour -> relative arrival rate
    speed_by_hour: dict[int, float]  # clock hour -> factor on every service time
    late_finish_share: float
    late_finish_s: tuple[float, float]
    min_samples: int
    naive_minutes: float
    history_days: int
    knows_rota: bool  # the estimator knows the counters' staffing hours (a lunch rota)
    services: tuple[ServiceSpec, ...]
    routes: tuple[RouteSpec, ...]
    counters: tuple[CounterSpec, ...]

    def service(self, code: str) -> ServiceSpec:
        return next(s for s in self.services if s.code == code)


def default_scenario_path() -> Path:
    """The shipped default scenario (assets/simulation.toml)."""
    return Path(__file__).resolve().parent.parent / "assets" / "simulation.toml"


def load_scenario(path: Path | None = None) -> Scenario:
    """Read `path` (or the shipped default); raise ScenarioError naming every problem."""
    path = path or default_scenario_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScenarioError(str(path), [f"cannot read the file: {exc.strerror}"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ScenarioError(str(path), [f"not valid TOML: {exc}"]) from None
    return parse_scenario(data, source=str(path))


def parse_scenario(data: dict[str, Any], source: str = "<scenario>") -> Scenario:
    """Turn parsed TOML into a Scenario, collecting every problem before raising."""
    read = FieldReader()
    read.known(data, "", _SECTIONS)
    day = read.table(data, "day")
    estimator = read.table(data, "estimator")
    clerks = read.table(data, "clerks")
    services = _services(read, data)
    codes = {s.code for s in services}
    open_s, close_s = read.clock(day, "day", "open"), read.clock(day, "day", "close")
    serve_until_s = read.clock(day, "day", "serve_until", default=close_s)
    _check_day(read, open_s, close_s, serve_until_s)
    scenario = Scenario(
        name=read.text(day, "day", "name", default="scenario"),
        day=read.date(day, "day", "date"),
        open_s=open_s,
        close_s=close_s,
        serve_until_s=serve_until_s,
        visitors=read.number(day, "day", "visitors", high=MAX_VISITORS),
        waiting_at_open=int(
            read.number(day, "day", "waiting_at_open", default=0, high=MAX_VISITORS, integer=True)
        ),
        arrival_weights=_hour_weights(read, data, "arrivals", open_s, close_s, required=True),
        speed_by_hour=_hour_weights(read, data, "service_time_by_hour", 0, 24 * 3600, required=False),
        late_finish_share=read.number(clerks, "clerks", "late_finish_share", default=0, high=1),
        late_finish_s=_late_minutes(read, clerks),
        min_samples=int(read.number(estimator, "estimator", "min_samples", default=8, low=1, integer=True)),
        naive_minutes=read.number(estimator, "estimator", "naive_minutes_per_person", default=5, high=120),
        history_days=int(
            read.number(estimator, "estimator", "history_days", default=0, high=30, integer=True)
        ),
        knows_rota=read.flag(estimator, "estimator", "knows_rota", default=False),
        services=services,
        routes=_routes(read, data, codes),
        counters=_counters(read, data, codes, open_s, close_s),
    )
    read.known(day, "day", ("name", "date", "open", "close", "serve_until", "visitors", "waiting_at_open"))
    read.known(clerks, "clerks", ("late_finish_share", "late_finish_minutes"))
    read.known(estimator, "estimator", _ESTIMATOR_KEYS)
    _check_coverage(read, scenario)
    if read.problems:
        raise ScenarioError(source, read.problems)
    return scenario


def _check_day(read: FieldReader, open_s: float, close_s: float, serve_until_s: float) -> None:
    if close_s <= open_s:
        read.problems.append("day.close: must be after day.open")
    elif serve_until_s < close_s:
        read.problems.append("day.serve_until: must not be before day.close")


def _late_minutes(read: FieldReader, clerks: dict[str, Any]) -> tuple[float, float]:
    value = clerks.get("late_finish_minutes", [10, 40])
    if not (isinstance(value, list) and len(value) == 2 and all(is_number(v) and v >= 0 for v in value)):
        read.problems.append(f"clerks.late_finish_minutes: must be [low, high] in minutes, got {value!r}")
        return (600.0, 2400.0)
    low, high = sorted(float(v) for v in value)
    return (low * 60, high * 60)


def _hour_weights(
    read: FieldReader, data: dict[str, Any], key: str, start_s: float, end_s: float, *, required: bool
) -> dict[int, float]:
    """A table of clock hours ("08" ... "17") to non-negative weights, within [start_s, end_s)."""
    table = read.table(data, key)
    weights: dict[int, float] = {}
    for name, value in table.items():
        hour = int(name) if name.isdigit() else -1
        first, last = int(start_s // 3600), math.ceil(end_s / 3600) - 1
        if not first <= hour <= last:
            read.problems.append(f"{key}.{name}: must be a clock hour from {first:02d} to {last:02d}")
        elif not (is_number(value) and value >= 0):
            read.problems.append(f"{key}.{name}: must be a number of at least 0, got {value!r}")
        else:
            weights[hour] = float(value)
    if required and not any(weights.values()):
        read.problems.append(f"{key}: needs at least one hour with a weight above 0")
    return weights


def _services(read: FieldReader, data: dict[str, Any]) -> tuple[ServiceSpec, ...]:
    services: list[ServiceSpec] = []
    for where, entry in read.entries(data, "services"):
        code = read.text(entry, where, "code")
        if code in {s.code for s in services}:
            read.problems.append(f"{where}.code: {code!r} is used twice")
        median = read.number(entry, where, "median_minutes", low=0.1, high=480) * 60
        services.append(
            ServiceSpec(
                code=code,
                name=read.text(entry, where, "name", default=code),
                median_s=median,
                spread=read.number(entry, where, "spread", default=0.5, high=2),
                long_share=read.number(entry, where, "long_share", default=0, high=1),
                long_factor=read.number(entry, where, "long_factor", default=3, low=1, high=20),
                default_s=read.number(entry, where, "default_minutes", default=median / 60, low=0.1, high=480)
                * 60,
            )
        )
        read.known(entry, where, _SERVICE_KEYS)
    return tuple(services)


_SECTIONS = (
    "day",
    "arrivals",
    "service_time_by_hour",
    "clerks",
    "estimator",
    "services",
    "routes",
    "counters",
)
_ESTIMATOR_KEYS = ("min_samples", "naive_minutes_per_person", "history_days", "knows_rota")
_SERVICE_KEYS = ("code", "name", "median_minutes", "spread", "long_share", "long_factor", "default_minutes")


def _routes(read: FieldReader, data: dict[str, Any], codes: set[str]) -> tuple[RouteSpec, ...]:
    routes: list[RouteSpec] = []
    for where, entry in read.entries(data, "routes"):
        steps = read.codes(entry, where, "steps", codes)
        share = read.number(entry, where, "share")
        routes.append(RouteSpec(read.text(entry, where, "name", default=where), steps, share))
        read.known(entry, where, ("name", "steps", "share"))
    if routes and not any(r.share > 0 for r in routes):
        read.problems.append("routes: at least one route needs a share above 0")
    return tuple(routes)


def _counters(
    read: FieldReader, data: dict[str, Any], codes: set[str], open_s: float, close_s: float
) -> tuple[CounterSpec, ...]:
    counters: list[CounterSpec] = []
    for where, entry in read.entries(data, "counters"):
        number = int(read.number(entry, where, "number", low=1, integer=True))
        if number in {c.number for c in counters}:
            read.problems.append(f"{where}.number: {number} is used twice")
        services = read.codes(entry, where, "services", codes)
        hours = _counter_hours(read, entry, where, open_s, close_s)
        counters.append(CounterSpec(number, services, hours))
        read.known(entry, where, ("number", "services", "hours"))
    return tuple(counters)


def _counter_hours(
    read: FieldReader, entry: dict[str, Any], where: str, open_s: float, close_s: float
) -> tuple[tuple[float, float], ...]:
    """["08:30-12:00", "13:00-17:15"]: when the counter is staffed (default: open to close)."""
    value = entry.get("hours", [])
    periods: list[tuple[float, float]] = []
    for index, text in enumerate(value if isinstance(value, list) else [value]):
        period = parse_period(text)
        if period is None:
            read.problems.append(f"{where}.hours[{index}]: must be 'HH:MM-HH:MM', got {text!r}")
        else:
            periods.append(period)
    return tuple(sorted(periods)) or ((open_s, close_s),)


def _check_coverage(read: FieldReader, scenario: Scenario) -> None:
    """Every service on a route needs a counter, and a scenario needs services, routes and counters."""
    for key, items in (("services", scenario.services), ("routes", scenario.routes)):
        if not items:
            read.problems.append(f"{key}: at least one [[{key}]] entry is needed")
    if not scenario.counters:
        read.problems.append("counters: at least one [[counters]] entry is needed")
    served = {code for counter in scenario.counters for code in counter.services}
    for index, route in enumerate(scenario.routes):
        for code in route.steps:
            if code not in served and scenario.counters:
                read.problems.append(f"routes[{index}].steps: no counter serves {code!r}")

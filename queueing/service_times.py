"""Service times learned from the counters' own work: per service and clock hour, robust to outliers.

A queue drains at the *mean* service time, so that is what is learned; but a plain mean is at the mercy of
a clerk who pressed 完了 forty minutes late, so every duration is first pulled to within a few median
absolute deviations of the median (a Huber-like clamp). A median alone would be robust too, but service
times are skewed (most are short, a few long) and it would promise too short a wait.

An hour with fewer than `min_samples` steps falls back to the whole day's steps, and a service with too
few of those to the office's own figure for it.
"""

from __future__ import annotations

import math
import statistics
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

MAD_TO_SIGMA = 1.4826
"""Scales a median absolute deviation to a standard deviation for normally distributed values."""


class Basis(StrEnum):
    """Where a service time came from, most specific first."""

    HOUR = "hour"
    DAY = "day"
    DEFAULT = "default"


@dataclass(frozen=True)
class CompletedStep:
    """One service step a counter finished: what was served, when it started, how long it took."""

    service_code: str
    started_at: datetime
    duration_s: float


@dataclass(frozen=True)
class ServiceTime:
    """A learned (or configured) mean service time and what it rests on."""

    seconds: float
    basis: Basis
    samples: int


def robust_mean(durations: Sequence[float], clamp: float = 3.0) -> float:
    """Mean of `durations` after clamping each to the median ± `clamp` scaled MADs (a Huber-like clamp).

    The spread is floored at a tenth of the median so a run of identical durations does not collapse the
    clamp onto a single value.
    """
    centre = statistics.median(durations)
    spread = MAD_TO_SIGMA * statistics.median(abs(d - centre) for d in durations)
    spread = max(spread, 0.1 * centre)
    low, high = centre - clamp * spread, centre + clamp * spread
    return statistics.fmean(min(max(d, low), high) for d in durations)


class ServiceTimeModel:
    """Mean service times per service and clock hour, learned from completed steps.

    `defaults_s` holds each service's configured service time in seconds (the office's own figure), used
    until enough steps are known; `fallback_s` serves a service with no configured figure. Each bucket
    keeps its last `window` durations, so the model follows a change of staff or procedure. The hour of a
    step is the hour of `started_at` as given (pass local time).
    """

    def __init__(
        self,
        defaults_s: Mapping[str, float],
        *,
        min_samples: int = 8,
        window: int = 200,
        clamp: float = 3.0,
        fallback_s: float = 300.0,
    ) -> None:
        self._defaults = dict(defaults_s)
        self._min_samples = max(1, min_samples)
        self._window = window
        self._clamp = clamp
        self._fallback = fallback_s
        self._by_hour: dict[tuple[str, int], deque[float]] = {}
        self._by_day: dict[str, deque[float]] = {}
        self._cache: dict[tuple[str, int], ServiceTime] = {}

    @classmethod
    def from_steps(
        cls, steps: Iterable[CompletedStep], defaults_s: Mapping[str, float], *, min_samples: int = 8
    ) -> ServiceTimeModel:
        """A model that has learned `steps` (e.g. the last weeks' completed steps, oldest first)."""
        model = cls(defaults_s, min_samples=min_samples)
        for step in steps:
            model.add(step.service_code, step.started_at, step.duration_s)
        return model

    def add(self, service_code: str, started_at: datetime, duration_s: float) -> None:
        """Learn one completed step. Durations that are not positive and finite are ignored."""
        if not (math.isfinite(duration_s) and duration_s > 0):
            return
        key = (service_code, started_at.hour)
        self._by_hour.setdefault(key, deque(maxlen=self._window)).append(duration_s)
        self._by_day.setdefault(service_code, deque(maxlen=self._window)).append(duration_s)
        self._cache = {k: v for k, v in self._cache.items() if k[0] != service_code}

    def service_time(self, service_code: str, at: datetime) -> ServiceTime:
        """The mean service time to expect at `at`: this hour's, else the day's, else the configured one."""
        key = (service_code, at.hour)
        known = self._cache.get(key)
        if known is None:
            known = self._cache[key] = self._compute(service_code, at.hour)
        return known

    def _compute(self, service_code: str, hour: int) -> ServiceTime:
        for basis, durations in (
            (Basis.HOUR, self._by_hour.get((service_code, hour), ())),
            (Basis.DAY, self._by_day.get(service_code, ())),
        ):
            if len(durations) >= self._min_samples:
                return ServiceTime(robust_mean(list(durations), self._clamp), basis, len(durations))
        return ServiceTime(self._defaults.get(service_code, self._fallback), Basis.DEFAULT, 0)

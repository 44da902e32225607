"""The display's last calls per counter: the numbers each counter called today, newest first.

Read from the step log's call history (no ids, no names), so a number that has been served stays on the
board for a while: a resident who looked away sees where their number went.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from queueing.model import Counter

LAST_CALLS_PER_COUNTER = 3


@dataclass(frozen=True)
class PastCall:
    """One call of the day: a number at a counter, when, and whether that step has ended."""

    label: str
    counter: int
    called_at: datetime
    closed_at: datetime | None = None
    outcome: str | None = None  # queueing.steps.StepOutcome's value; None while the step is open


@dataclass(frozen=True)
class CounterCalls:
    """A counter's latest calls, newest first."""

    counter: int
    counter_name: str
    calls: tuple[PastCall, ...]


def per_counter(
    calls: Iterable[PastCall], counters: Sequence[Counter], keep: int = LAST_CALLS_PER_COUNTER
) -> tuple[CounterCalls, ...]:
    """Group calls by counter, in the counters' configured order, each newest first and at most `keep`.

    A number called twice in a row at one counter (two services of one route there) is shown once;
    counters that called nobody today are left out.
    """
    by_counter: dict[int, list[PastCall]] = {}
    for call in sorted(calls, key=lambda c: c.called_at, reverse=True):
        mine = by_counter.setdefault(call.counter, [])
        if len(mine) < keep and (not mine or mine[-1].label != call.label):
            mine.append(call)
    return tuple(
        CounterCalls(counter.number, counter.name, tuple(by_counter[counter.number]))
        for counter in counters
        if by_counter.get(counter.number)
    )

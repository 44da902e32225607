"""Benchmark: the wait estimator's error against the naive "people ahead x 5 minutes", on the default day.

Simulates the default scenario (assets/simulation.toml) for several seeds and prints, per service and
overall, the mean over seeds of the estimator's and the naive estimate's mean absolute error against the
real waits, for four set-ups: as shipped (the estimator's first day: it starts from the configured
figures), after five days of history, knowing the counters' lunch rota, and both. A harder baseline comes
last: the naive estimate with the best minutes per person for each service, chosen in hindsight from the
same days' real waits (the minutes no office could know in advance). Also the run time of a simulated day.

    python bench/simulate.py [--seeds 20]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import statistics
import time
from dataclasses import replace
from typing import Any

from _common import percentile

from queueing.scenario import Scenario, load_scenario
from queueing.simulation import DayResult, simulate
from queueing.simulation_report import summarise

SETUPS: dict[str, dict[str, Any]] = {
    "first day (as shipped)": {},
    "5 days of history": {"history_days": 5},
    "knows the lunch rota": {"knows_rota": True},
    "history + rota": {"history_days": 5, "knows_rota": True},
}


def run_setup(scenario: Scenario, seeds: range) -> tuple[list[DayResult], list[float]]:
    """Each seed's day and the CPU time each took to simulate (seconds)."""
    results, times = [], []
    for seed in seeds:
        start = time.process_time()  # CPU time: steady on a busy machine
        results.append(simulate(scenario, seed))
        times.append(time.process_time() - start)
    return results, times


def hindsight_naive(results: list[DayResult], code: str) -> tuple[float, float]:
    """The minutes per person that minimise the naive estimate's error over these days, and that error.

    The absolute error of `ahead x m` is smallest at the median of wait/ahead weighted by `ahead`.
    """
    steps = [s for r in results for s in r.steps if s.service == code and s.wait_s is not None]
    ratios = sorted(((s.wait_s or 0.0) / s.people_ahead, s.people_ahead) for s in steps if s.people_ahead)
    cumulative = list(itertools.accumulate(weight for _, weight in ratios))
    best = ratios[bisect.bisect_left(cumulative, cumulative[-1] / 2)][0]
    error = statistics.fmean(abs(s.people_ahead * best - (s.wait_s or 0.0)) for s in steps)
    return best / 60, error / 60


def mean_of(summaries: list[dict[str, Any]], code: str | None, key: str) -> float:
    """Mean over seeds of one figure, for a service (or overall when `code` is None), in minutes."""
    values = [(s["overall"] if code is None else s["services"][code])[key] for s in summaries]
    return statistics.fmean(v for v in values if v is not None) / 60


def print_setup(name: str, scenario: Scenario, summaries: list[dict[str, Any]]) -> None:
    print(f"\n{name}: mean over {len(summaries)} seeds, minutes")
    print("  service      estimate MAE   naive MAE   estimate/naive   mean wait   within 5 min (naive)")
    for code in [s.code for s in scenario.services] + [None]:
        label = "all" if code is None else code
        estimate, naive = mean_of(summaries, code, "estimate_mae_s"), mean_of(summaries, code, "naive_mae_s")
        wait = mean_of(summaries, code, "mean_wait_s")
        within = [mean_of(summaries, code, key) * 60 for key in ("estimate_within_5min", "naive_within_5min")]
        print(
            f"  {label:<8}{estimate:13.2f}{naive:12.2f}{estimate / naive:17.0%}{wait:12.1f}"
            f"{within[0]:14.0%} ({within[1]:.0%})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seeds", type=int, default=20, help="days to simulate per set-up (seeds 1..N)")
    args = parser.parse_args()
    scenario = load_scenario()
    seeds = range(1, args.seeds + 1)
    results: list[DayResult] = []
    for name, changes in SETUPS.items():
        results, times = run_setup(replace(scenario, **changes), seeds)
        print_setup(name, scenario, [summarise(r) for r in results])
        days = 1 + changes.get("history_days", 0)
        print(
            f"  CPU time per simulate() ({days} day{'s' if days > 1 else ''} simulated): "
            f"median {statistics.median(times) * 1000:.0f} ms, p90 {percentile(times, 0.9) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms"
        )

    print(f"\nnaive with the best minutes per service in hindsight, over the same {args.seeds} days")
    for service in scenario.services:
        minutes, error = hindsight_naive(results, service.code)
        print(f"  {service.code:<8}{minutes:5.2f} min per person ahead: MAE {error:5.2f}")


if __name__ == "__main__":
    main()

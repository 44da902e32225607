"""The simulated office day: reproducible, conserving, first come first served, measuring the estimator."""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from dataclasses import replace

import pytest

from queueing.scenario import Scenario, load_scenario
from queueing.simulation import DayResult, StepRecord, arrival_times, simulate
from queueing.simulation_report import format_summary, summarise

SEED = 1


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario()


@pytest.fixture(scope="module")
def day(scenario: Scenario) -> DayResult:
    return simulate(scenario, SEED)


def as_json(result: DayResult) -> str:
    return json.dumps(summarise(result), ensure_ascii=False, sort_keys=True)


def test_the_same_seed_gives_the_same_day_and_another_seed_another(
    scenario: Scenario, day: DayResult
) -> None:
    assert as_json(simulate(scenario, SEED)) == as_json(day)
    assert as_json(simulate(scenario, SEED + 1)) != as_json(day)


def test_every_arrival_is_served_or_still_waiting_at_the_end(day: DayResult) -> None:
    assert_conserved(day)
    assert summarise(day)["overall"]["still_waiting"] == 0  # the default day serves everyone


def test_a_day_cut_short_leaves_residents_waiting_and_loses_none(scenario: Scenario) -> None:
    rushed = replace(scenario, visitors=900, serve_until_s=scenario.close_s)
    result = simulate(rushed, SEED)
    figures = summarise(result)["overall"]
    assert figures["still_waiting"] > 0
    assert figures["served"] + figures["still_waiting"] == figures["visitors"] == len(result.tickets)
    assert_conserved(result)


def assert_conserved(result: DayResult) -> None:
    """Each ticket visits a prefix of its route, in order, each step once, and ends served or waiting."""
    by_ticket: dict[int, list[StepRecord]] = {}
    for step in result.steps:
        by_ticket.setdefault(step.ticket, []).append(step)
    for ticket in result.tickets:
        steps = by_ticket.get(ticket.id, [])
        assert [s.index for s in steps] == list(range(len(steps)))
        assert tuple(s.service for s in steps) == ticket.steps[: len(steps)]
        assert steps, "every ticket enters its first queue when it is issued"
        for earlier, later in itertools.pairwise(steps):
            assert earlier.finished_s == later.entered_s
        served = len(steps) == len(ticket.steps) and steps[-1].finished_s is not None
        still_waiting = any(s.called_s is None for s in steps)
        assert served != still_waiting, ticket


def test_every_call_takes_the_earliest_issued_ticket_of_the_counters_services(day: DayResult) -> None:
    services = {c.spec.number: c.spec.services for c in day.counters}
    for called in (s for s in day.steps if s.called_s is not None):
        assert called.counter is not None
        for other in day.steps:
            waiting_then = other.entered_s < called.called_s and (
                other.called_s is None or other.called_s > called.called_s
            )
            if waiting_then and other.service in services[called.counter]:
                assert (called.issued_s, called.ticket) < (other.issued_s, other.ticket), (called, other)


def test_a_later_step_is_placed_by_the_original_issue_time(day: DayResult) -> None:
    """At least one resident coming from an earlier step went ahead of people already waiting."""
    jumps = 0
    for step in (s for s in day.steps if s.index > 0):
        jumps += sum(
            1
            for other in day.steps
            if other.service == step.service
            and other.entered_s < step.entered_s
            and other.issued_s > step.issued_s
            and (other.called_s or 1e9) > (step.called_s or 1e9)
        )
    assert jumps > 0


def test_counters_serve_only_their_services_and_one_ticket_at_a_time(day: DayResult) -> None:
    for counter in day.counters:
        served = [s for s in day.steps if s.counter == counter.spec.number]
        assert {s.service for s in served} <= set(counter.spec.services)
        periods = sorted((s.called_s or 0, s.finished_s or 0) for s in served)
        assert all(end <= start for (_, end), (start, _) in itertools.pairwise(periods))


def test_late_finishes_lengthen_only_the_recorded_duration(day: DayResult) -> None:
    done = [s for s in day.steps if s.finished_s is not None and s.called_s is not None]
    late = [s for s in done if s.recorded_s is not None and s.recorded_s > s.finished_s - s.called_s + 1]
    assert 0 < len(late) < 0.06 * len(done)
    assert all(s.recorded_s is not None and s.recorded_s - (s.finished_s - s.called_s) >= 600 for s in late)


def test_arrivals_follow_the_morning_and_lunchtime_peaks(scenario: Scenario) -> None:
    hours: Counter[int] = Counter()
    counts = []
    for seed in range(20):
        times = arrival_times(scenario, random.Random(seed))
        counts.append(len(times))
        hours.update(int(t // 3600) for t in times)
        assert all(scenario.open_s <= t < scenario.close_s for t in times)
    assert 0.95 * scenario.visitors < sum(counts) / len(counts) < 1.05 * scenario.visitors
    assert hours[10] > hours[11] < hours[12] > hours[13] > hours[16]


def test_the_estimator_beats_the_naive_estimate_on_the_default_day(day: DayResult) -> None:
    """The product's claim, measured: on the default day the estimate is much closer to the real waits."""
    figures = summarise(day)
    overall = figures["overall"]
    assert overall["estimate_mae_s"] < 0.6 * overall["naive_mae_s"]
    services = figures["services"].values()
    better = [s for s in services if s["estimate_mae_s"] < s["naive_mae_s"]]
    assert len(better) >= 5, figures["services"]
    assert all(abs(s["estimate_bias_s"]) < 180 for s in services)  # no service is off by minutes on average


def test_earlier_days_of_history_are_learned_first_and_change_only_the_estimates(scenario: Scenario) -> None:
    fresh = simulate(scenario, SEED)
    seasoned = simulate(replace(scenario, history_days=2), SEED)
    assert [s.wait_s for s in seasoned.steps] == [s.wait_s for s in fresh.steps]
    assert [s.estimate_s for s in seasoned.steps] != [s.estimate_s for s in fresh.steps]
    assert as_json(seasoned) == as_json(simulate(replace(scenario, history_days=2), SEED))


def test_knowing_the_lunch_rota_changes_only_the_estimates(scenario: Scenario, day: DayResult) -> None:
    rota = simulate(replace(scenario, knows_rota=True), SEED)
    assert [s.wait_s for s in rota.steps] == [s.wait_s for s in day.steps]
    assert summarise(rota)["overall"]["estimate_mae_s"] < summarise(day)["overall"]["estimate_mae_s"]


def test_the_summary_has_every_figure_per_service_and_a_table(scenario: Scenario, day: DayResult) -> None:
    figures = summarise(day)
    assert list(figures["services"]) == [s.code for s in scenario.services]
    for service in figures["services"].values():
        for key in ("mean_wait_s", "p90_wait_s", "estimate_mae_s", "naive_mae_s", "utilisation"):
            assert isinstance(service[key], float), key
        assert service["p90_wait_s"] >= service["mean_wait_s"] >= 0
        assert 0 < service["utilisation"] <= 1
    table = format_summary(figures)
    assert "A 証明書" in table and "estimate MAE" in table and "naive MAE" in table

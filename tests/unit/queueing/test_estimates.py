"""Wait estimates: learned service times, counters, and what a resident reads."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queueing.estimates import (
    ShownWait,
    effective_counters,
    estimate_wait,
    estimate_wait_scheduled,
    expected_wait,
    naive_wait,
    shown_wait,
)
from queueing.service_times import Basis, CompletedStep, ServiceTimeModel, robust_mean
from tests.helpers.clock import JST

TEN = datetime(2026, 11, 24, 10, 5, tzinfo=JST)
DEFAULTS = {"A": 300.0, "B": 900.0}


def model_with(durations: list[float], code: str = "A", at: datetime = TEN) -> ServiceTimeModel:
    model = ServiceTimeModel(DEFAULTS)
    for duration in durations:
        model.add(code, at, duration)
    return model


def usual_durations(count: int = 40, mean: float = 240.0, seed: int = 7) -> list[float]:
    rng = random.Random(seed)
    return [rng.lognormvariate(0, 0.4) * mean / 1.08 for _ in range(count)]


# --- service times -------------------------------------------------------------------------------------


def test_forgotten_finishes_barely_move_the_learned_service_time() -> None:
    usual = usual_durations()
    clean = model_with(usual).service_time("A", TEN).seconds
    forgotten = model_with([*usual, 2700.0, 2700.0, 3000.0]).service_time("A", TEN).seconds
    assert clean == pytest.approx(statistics_mean(usual), rel=0.05)
    assert forgotten == pytest.approx(clean, rel=0.1)  # three forgotten in 43 steps
    plain_mean = statistics_mean([*usual, 2700.0, 2700.0, 3000.0])
    assert plain_mean > 1.6 * clean  # what an unclamped mean would have learned


def statistics_mean(values: list[float]) -> float:
    return sum(values) / len(values)


def test_robust_mean_keeps_the_skew_a_median_would_lose() -> None:
    durations = [120.0] * 10 + [300.0] * 5
    assert robust_mean(durations) > 120.0  # the queue drains at the mean, not the median
    assert robust_mean([200.0] * 20) == 200.0


def test_each_hour_has_its_own_service_time() -> None:
    model = ServiceTimeModel(DEFAULTS)
    for minute in range(20):
        model.add("A", TEN.replace(hour=9, minute=minute), 180.0)
        model.add("A", TEN.replace(hour=12, minute=minute), 360.0)
    assert model.service_time("A", TEN.replace(hour=9, minute=50)).seconds == pytest.approx(180.0)
    lunch = model.service_time("A", TEN.replace(hour=12, minute=30))
    assert (lunch.seconds, lunch.basis, lunch.samples) == (pytest.approx(360.0), Basis.HOUR, 20)


def test_a_thin_hour_falls_back_to_the_day_and_an_unknown_service_to_its_default() -> None:
    model = ServiceTimeModel(DEFAULTS, min_samples=8)
    for minute in range(10):
        model.add("A", TEN.replace(hour=9, minute=minute), 200.0)
    model.add("A", TEN.replace(hour=15), 2000.0)  # one step at 15:00: too few for its own figure
    at_three = model.service_time("A", TEN.replace(hour=15, minute=30))
    assert at_three.basis is Basis.DAY and at_three.samples == 11
    assert model.service_time("B", TEN) == model.service_time("B", TEN.replace(hour=16))
    assert model.service_time("B", TEN).basis is Basis.DEFAULT
    assert model.service_time("B", TEN).seconds == 900.0
    assert model.service_time("Z", TEN).seconds == 300.0  # no configured figure: the general fallback


def test_until_enough_steps_are_known_the_configured_figure_is_used() -> None:
    model = model_with([60.0] * 7)
    assert model.service_time("A", TEN).basis is Basis.DEFAULT
    model.add("A", TEN, 60.0)
    assert model.service_time("A", TEN).seconds == pytest.approx(60.0)


def test_steps_without_a_usable_duration_are_ignored() -> None:
    model = model_with([0.0, -5.0, float("nan"), float("inf")] * 5)
    assert model.service_time("A", TEN).basis is Basis.DEFAULT


def test_a_model_learns_from_a_history_of_completed_steps() -> None:
    steps = [CompletedStep("B", TEN - timedelta(days=1, minutes=i), 600.0) for i in range(10)]
    model = ServiceTimeModel.from_steps(steps, DEFAULTS)
    assert model.service_time("B", TEN).seconds == pytest.approx(600.0)


# --- the wait -------------------------------------------------------------------------------------------


def test_the_wait_grows_with_the_people_ahead_and_shrinks_with_counters() -> None:
    model = model_with([300.0] * 10)
    one = estimate_wait(model, "A", 4, 1, TEN).seconds
    assert one == pytest.approx(4.5 * 300)
    assert estimate_wait(model, "A", 4, 3, TEN).seconds == pytest.approx(one / 3)
    assert estimate_wait(model, "A", 8, 1, TEN).seconds > one


def test_a_free_counter_means_no_wait_for_the_first_in_line() -> None:
    model = model_with([300.0] * 10)
    assert estimate_wait(model, "A", 0, 2, TEN, free_counters=1).seconds == 0
    assert estimate_wait(model, "A", 1, 2, TEN, free_counters=2).seconds == 0
    busy = estimate_wait(model, "A", 3, 2, TEN).seconds
    assert estimate_wait(model, "A", 3, 2, TEN, free_counters=1).seconds < busy


def test_people_coming_from_an_earlier_step_lengthen_the_wait_by_half_each() -> None:
    model = model_with([300.0] * 10)
    alone = estimate_wait(model, "A", 2, 1, TEN).seconds
    assert estimate_wait(model, "A", 2, 1, TEN, people_coming=2).seconds == pytest.approx(alone + 300)


def test_no_open_counter_gives_a_long_but_finite_wait() -> None:
    model = model_with([300.0] * 10)
    wait = estimate_wait(model, "A", 2, 0, TEN)
    assert 2.5 * 300 < wait.seconds < 24 * 3600
    assert shown_wait(wait.seconds, 2).longest or shown_wait(wait.seconds, 2).japanese.startswith("約")


def test_a_scheduled_estimate_counts_the_counters_coming_back_from_lunch() -> None:
    model = model_with([600.0] * 10)
    back_at = TEN + timedelta(minutes=30)

    def counters_at(moment: datetime) -> float:
        return 1.0 if moment < back_at else 3.0

    constant = estimate_wait(model, "A", 9, 1, TEN).seconds  # 9.5 x 10 min on one counter
    scheduled = estimate_wait_scheduled(model, "A", 9, counters_at, TEN).seconds
    assert constant == pytest.approx(95 * 60)
    assert scheduled == pytest.approx((30 + (95 - 30) / 3) * 60, abs=60)
    assert estimate_wait_scheduled(model, "A", 9, lambda _: 1.0, TEN).seconds == pytest.approx(constant)


def test_a_shared_counter_gives_most_of_its_time_to_the_busy_service() -> None:
    model = ServiceTimeModel({"A": 300.0, "C": 600.0})
    counters = [("A",), ("A", "C")]
    busy_a = effective_counters(model, "A", counters, {"A": 10, "C": 0}, TEN)
    quiet_a = effective_counters(model, "A", counters, {"A": 0, "C": 5}, TEN)
    assert 1.7 < busy_a < 2.0
    assert 1.0 < quiet_a < busy_a
    quiet_c = effective_counters(model, "C", counters, {"A": 10, "C": 0}, TEN)
    assert quiet_c + (busy_a - 1) == pytest.approx(1.0)  # the shared counter's time, split
    assert effective_counters(model, "B", counters, {}, TEN) == 0


def test_the_naive_baseline_is_people_times_minutes() -> None:
    assert naive_wait(3).seconds == 900
    assert naive_wait(3, minutes_per_person=4).seconds == 720
    assert naive_wait(-1).seconds == 0


@given(
    ahead=st.integers(min_value=0, max_value=500),
    more=st.integers(min_value=1, max_value=50),
    counters=st.floats(min_value=0, max_value=20, allow_nan=False),
    coming=st.integers(min_value=0, max_value=50),
    free=st.integers(min_value=0, max_value=5),
    duration=st.floats(min_value=1, max_value=7200, allow_nan=False),
)
def test_estimates_are_never_negative_and_grow_with_the_people_ahead(
    ahead: int, more: int, counters: float, coming: int, free: int, duration: float
) -> None:
    model = model_with([duration] * 8)
    options = {"people_coming": coming, "free_counters": free}
    wait = estimate_wait(model, "A", ahead, counters, TEN, **options).seconds
    assert wait >= 0
    assert estimate_wait(model, "A", ahead + more, counters, TEN, **options).seconds >= wait
    scheduled = estimate_wait_scheduled(model, "A", ahead, lambda _: counters, TEN, **options).seconds
    assert scheduled >= 0
    later = estimate_wait_scheduled(model, "A", ahead + more, lambda _: counters, TEN, **options)
    assert later.seconds >= scheduled


# --- what the resident reads -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [
        (0, "まもなく"),
        (2.9, "まもなく"),
        (3.0, "約3分"),
        (7.4, "約7分"),
        (10.4, "約10分"),
        (12.4, "約10分"),
        (12.5, "約15分"),
        (23, "約25分"),
        (57.4, "約55分"),
        (58, "約1時間"),
        (64, "約1時間"),
        (65, "約1時間10分"),
        (130, "約2時間10分"),
        (176, "3時間以上"),
        (10_000, "3時間以上"),
    ],
)
def test_a_wait_is_rounded_to_what_an_estimate_can_promise(minutes: float, shown: str) -> None:
    assert shown_wait(minutes * 60, people_ahead=1).japanese == shown


@given(st.floats(min_value=-1e6, max_value=1e9, allow_nan=False), st.integers(min_value=-1, max_value=50))
def test_above_ten_minutes_a_wait_is_a_multiple_of_five_minutes(seconds: float, ahead: int) -> None:
    wait = shown_wait(seconds, ahead)
    if wait.minutes is not None and wait.minutes > 10:
        assert wait.minutes % (5 if wait.minutes <= 60 else 10) == 0
    assert wait.minutes is None or 3 <= wait.minutes <= 180
    assert wait.japanese == "まもなく" or "分" in wait.japanese or "時間" in wait.japanese


def test_with_nobody_ahead_the_resident_is_told_soon_whatever_the_figure() -> None:
    assert shown_wait(25 * 60, people_ahead=0) == ShownWait() and ShownWait().soon
    assert shown_wait(25 * 60, people_ahead=1) == ShownWait(25)


def test_a_wait_estimate_keeps_the_service_time_it_assumed() -> None:
    model = model_with([600.0] * 10)
    estimate = estimate_wait(model, "A", 2, 1, TEN)
    assert shown_wait(estimate.seconds, 2).japanese == "約25分"
    assert estimate.service_time is not None and estimate.service_time.basis is Basis.HOUR


# --- one figure for every screen --------------------------------------------------------------------------

SHARED = [("A", "B"), ("A",), ("B",)]  # a counter for both services, one for each


def test_a_ticket_taken_now_waits_as_long_as_the_next_ticket_in_line_will() -> None:
    model = model_with([300.0] * 10)
    waiting = {"A": 3, "B": 5}
    now = expected_wait(model, SHARED, waiting, "A", TEN)  # what the display shows for 証明書
    assert now == expected_wait(model, SHARED, waiting, "A", TEN, people_ahead=3)  # the kiosk, after
    assert now > expected_wait(model, SHARED, waiting, "A", TEN, people_ahead=1)


def test_the_figure_counts_every_service_sharing_the_counters() -> None:
    model = model_with([300.0] * 10)
    quiet = expected_wait(model, SHARED, {"A": 3}, "A", TEN)
    busy_neighbour = expected_wait(model, SHARED, {"A": 3, "B": 12}, "A", TEN)
    assert busy_neighbour > quiet  # the shared counter spends more of its time on B
    counters = effective_counters(model, "A", SHARED, {"A": 3}, TEN)
    assert quiet == pytest.approx(estimate_wait(model, "A", 3, counters, TEN).seconds)

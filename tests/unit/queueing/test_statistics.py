"""Statistics from hand-made step records: percentiles, waits and service times, hours in JST, no-shows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from queueing.model import TicketState
from queueing.statistics import ALL_SERVICES, Figures, StepRecord, figures, percentile, summarise
from tests.helpers.clock import JST

DAY = date(2026, 11, 24)
NINE = datetime(2026, 11, 24, 9, 0, tzinfo=JST)
DONE, NO_SHOW, WAITING = TicketState.DONE, TicketState.NO_SHOW, TicketState.WAITING


def step(
    code: str = "A",
    sequence: int = 1,
    *,
    issued: datetime = NINE,
    wait_min: float | None = 10,
    service_min: float | None = 5,
    state: TicketState = DONE,
    day: date = DAY,
) -> StepRecord:
    """A one-service ticket's step: issued, called after `wait_min`, closed `service_min` later."""
    called = None if wait_min is None else issued + timedelta(minutes=wait_min)
    closed = None if called is None or service_min is None else called + timedelta(minutes=service_min)
    return StepRecord(
        business_date=day, number_service=code, sequence=sequence, service_code=code, step=0, route_length=1,
        state=state, issued_at=issued, entered_at=issued, called_at=called, closed_at=closed,
    )  # fmt: skip


# --- percentiles ------------------------------------------------------------------------------------------


def test_percentiles_interpolate_between_ranks_as_a_spreadsheet_does() -> None:
    values = [float(v) for v in range(10, 0, -1)]  # 10 .. 1, unsorted on purpose
    assert percentile(values, 0.5) == pytest.approx(5.5)
    assert percentile(values, 0.9) == pytest.approx(9.1)  # PERCENTILE.INC(1..10, 0.9)
    assert percentile([4.0], 0.9) == 4.0
    assert percentile([], 0.5) is None


# --- one group's figures ----------------------------------------------------------------------------------


def test_waits_and_service_times_take_median_and_p90() -> None:
    steps = [
        step(sequence=n, wait_min=w, service_min=s) for n, (w, s) in enumerate([(4, 3), (10, 5), (7, 8)])
    ]
    f = figures(steps, tickets=3)
    assert (f.tickets, f.steps, f.done, f.called, f.waits_measured) == (3, 3, 3, 3, 3)
    assert f.wait_median_s == 7 * 60
    assert f.wait_p90_s == pytest.approx((7 + 0.8 * 3) * 60)  # 4, 7, 10: 80 % of the way from 7 to 10
    assert f.service_median_s == 5 * 60
    assert f.service_p90_s == pytest.approx((5 + 0.8 * 3) * 60)


def test_a_no_show_has_a_wait_but_no_service_time_and_counts_in_the_share() -> None:
    steps = [
        step(sequence=1),
        step(sequence=2),
        step(sequence=3),
        step(sequence=4, wait_min=20, state=NO_SHOW),
    ]
    f = figures(steps)
    assert (f.done, f.no_shows, f.no_show_share) == (3, 1, 0.25)
    assert f.waits_measured == 4 and f.service_times_measured == 3
    assert f.wait_p90_s == pytest.approx((10 + 0.7 * 10) * 60)  # 10, 10, 10, 20


def test_cancelled_and_open_steps_count_but_not_in_the_no_show_share() -> None:
    steps = [
        step(sequence=1),
        step(sequence=2, wait_min=None, state=TicketState.CANCELLED),
        step(sequence=3, wait_min=None, state=WAITING),
        step(sequence=4, service_min=None, state=TicketState.CALLED),
    ]
    f = figures(steps)
    assert (f.steps, f.done, f.cancelled, f.still_open, f.called, f.no_show_share) == (4, 1, 1, 2, 2, 0.0)
    assert f.service_times_measured == 1  # a step still at the counter has no service time yet


def test_missing_or_backward_times_are_left_out_not_guessed() -> None:
    unknown_entry = StepRecord(
        DAY, "A", 1, "E", step=1, route_length=2, state=DONE, issued_at=NINE, entered_at=None,
        called_at=NINE + timedelta(minutes=30), closed_at=NINE + timedelta(minutes=36),
    )  # fmt: skip
    backwards = step(sequence=2, wait_min=-3)  # a clock set back between issue and call
    f = figures([unknown_entry, backwards])
    assert (f.called, f.waits_measured, f.wait_median_s) == (2, 0, None)
    assert f.service_median_s == 5.5 * 60  # 6 and 5 minutes
    assert f.service_times_measured == 2  # the backward wait does not spoil its service time


def test_the_wait_ends_at_the_first_call_and_the_service_time_starts_at_the_latest() -> None:
    recalled = StepRecord(  # called at 09:10, held for a document, called again at 09:30, done at 09:36
        DAY, "A", 1, "A", step=0, route_length=1, state=DONE, issued_at=NINE, entered_at=NINE,
        called_at=NINE + timedelta(minutes=30), closed_at=NINE + timedelta(minutes=36),
        first_called_at=NINE + timedelta(minutes=10),
    )  # fmt: skip
    assert (recalled.wait_s, recalled.service_s) == (10 * 60, 6 * 60)
    assert step(wait_min=12).wait_s == 12 * 60  # first call unknown: the latest stands in


def test_naive_times_are_taken_as_utc() -> None:
    naive = step(issued=datetime(2026, 11, 24, 0, 30), wait_min=12)  # 09:30 JST, as the store keeps it
    assert naive.wait_s == 12 * 60
    report = summarise([naive], DAY, DAY, tz=JST)
    assert report.hours == (9,)


def test_nothing_gives_zero_counts_and_no_times() -> None:
    f = figures([])
    assert f == Figures()
    assert f.no_show_share is None
    assert f.as_dict()["wait_median_s"] is None


# --- the report -------------------------------------------------------------------------------------------


def test_hours_are_local_clock_hours_of_the_issue_time() -> None:
    records = [
        step(sequence=1, issued=datetime(2026, 11, 24, 0, 59, 59, tzinfo=UTC)),  # 09:59:59 JST
        step(sequence=2, issued=datetime(2026, 11, 24, 1, 0, tzinfo=UTC)),  # 10:00 JST
        step(sequence=3, issued=NINE + timedelta(minutes=30)),
    ]
    report = summarise(records, DAY, DAY, tz=JST)
    assert report.tickets_per_hour("A") == {9: 2, 10: 1}
    assert report.hours == (9, 10)
    assert [key for key in report.hourly] == [(DAY, "A", 9), (DAY, "A", 10)]
    assert summarise(records, DAY, DAY, tz=UTC).tickets_per_hour("A") == {0: 2, 1: 1}


def test_a_routed_ticket_counts_once_under_its_number_and_each_step_under_its_service() -> None:
    first = StepRecord(
        DAY, "B", 1, "B", step=0, route_length=2, state=DONE, issued_at=NINE, entered_at=NINE,
        called_at=NINE + timedelta(minutes=5), closed_at=NINE + timedelta(minutes=15),
    )  # fmt: skip
    second = StepRecord(
        DAY, "B", 1, "E", step=1, route_length=2, state=DONE, issued_at=NINE,
        entered_at=NINE + timedelta(minutes=15), called_at=NINE + timedelta(minutes=35),
        closed_at=NINE + timedelta(minutes=40),
    )  # fmt: skip
    report = summarise([second, first], DAY, DAY, tz=JST, services=["B", "E"])
    assert (report.by_service["B"].tickets, report.by_service["B"].steps) == (1, 1)
    assert (report.by_service["E"].tickets, report.by_service["E"].steps) == (0, 1)
    assert report.by_service["E"].wait_median_s == 20 * 60  # from entering E's line, not from the issue
    assert (report.overall.tickets, report.overall.steps) == (1, 2)
    assert report.hourly[(DAY, "E", 9)].tickets == 0  # hour of the ticket's issue


def test_days_services_and_the_period() -> None:
    next_day = DAY + timedelta(days=1)
    records = [
        step("A", 1),
        step("B", 1, wait_min=20, state=NO_SHOW),
        step("A", 1, day=next_day, issued=NINE + timedelta(days=1), wait_min=30),
        step("A", 9, day=DAY - timedelta(days=1), issued=NINE - timedelta(days=1)),  # before the period
    ]
    report = summarise(records, DAY, next_day, tz=JST, services=["B", "A"])
    assert report.days == (DAY, next_day)
    assert report.services == ("B", "A")
    assert report.daily[(DAY, ALL_SERVICES)].tickets == 2
    assert report.daily[(DAY, "B")].no_shows == 1
    assert report.daily[(next_day, ALL_SERVICES)].wait_median_s == 30 * 60
    assert report.by_service["A"].wait_median_s == 20 * 60  # 10 and 30 minutes
    assert report.overall.tickets == 3
    assert report.overall.no_show_share == pytest.approx(1 / 3)


def test_codes_only_in_the_data_follow_the_configured_ones() -> None:
    report = summarise([step("Z"), step("A")], DAY, DAY, tz=JST, services=["B", "A"])
    assert report.services == ("B", "A", "Z")


def test_an_empty_period_is_a_report_of_zeros() -> None:
    report = summarise([], DAY, DAY + timedelta(days=30), tz=JST, services=["A"])
    assert report.days == () and report.hours == ()
    assert dict(report.hourly) == {} and dict(report.by_service) == {}
    assert report.overall == Figures()
    assert report.tickets_per_hour("A") == {}


def test_as_dict_rounds_seconds_for_json() -> None:
    f = figures([step(wait_min=10.26), step(sequence=2, state=NO_SHOW)])
    data = f.as_dict()
    assert data["wait_median_s"] == round((10.26 + 10) / 2 * 60)
    assert data["no_show_share"] == 0.5
    assert data["tickets"] == 0 and data["steps"] == 2

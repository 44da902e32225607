"""Importing reservations: what a booking system exports becomes appointments, or a clear list of problems."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from queueing.appointments import ImportProblems, check_in_window, parse_csv, parse_ical
from tests.helpers.clock import JST

SERVICES = ("A", "B", "C", "D", "E", "F")


def test_csv_rows_become_appointments_in_time_order_and_local_time() -> None:
    text = "\ufefftime,service,reference\n2026-11-24T14:00,B,R-0002\n2026-11-24T10:30,A,R-0001\n"
    found = parse_csv(text, SERVICES, JST)
    assert [(a.reference, a.service_code, a.at) for a in found] == [
        ("R-0001", "A", datetime(2026, 11, 24, 10, 30, tzinfo=JST)),
        ("R-0002", "B", datetime(2026, 11, 24, 14, 0, tzinfo=JST)),
    ]


def test_a_bad_csv_imports_nothing_and_names_every_line() -> None:
    text = "time,service,reference\n2026-11-24T10:30,Z,R-1\nyesterday,A,R-0002\n2026-11-24T11:00,A,R-0003\n"
    with pytest.raises(ImportProblems) as caught:
        parse_csv(text, SERVICES, JST)
    assert caught.value.problems == [
        "line 2: unknown service 'Z' (known: A, B, C, D, E, F)",
        "line 3: time 'yesterday' is not a date and time like 2026-11-24T10:30",
    ]


def test_a_csv_without_the_columns_says_which() -> None:
    with pytest.raises(ImportProblems, match="missing: reference"):
        parse_csv("time,service\n2026-11-24T10:30,A\n", SERVICES, JST)


def test_duplicate_references_are_refused() -> None:
    text = "time,service,reference\n2026-11-24T10:30,A,R-0001\n2026-11-24T11:30,A,R-0001\n"
    with pytest.raises(ImportProblems, match="reference R-0001 appears twice"):
        parse_csv(text, SERVICES, JST)


ICAL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:R-0100@yoyaku.example.lg.jp\r\nDTSTART:20261124T013000Z\r\n"
    "SUMMARY:C 戸籍証明の予約\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:R-0101@yoyaku.example.lg.jp\r\nDTSTART;TZID=Asia/Tokyo:20261124T1\r\n 15000\r\n"
    "CATEGORIES:E\r\nSUMMARY:国保の手続き\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_icalendar_events_with_utc_local_and_folded_times() -> None:
    found = parse_ical(ICAL, SERVICES, JST)
    assert [(a.reference, a.service_code) for a in found] == [("R-0100", "C"), ("R-0101", "E")]
    assert found[0].at == datetime(2026, 11, 24, 10, 30, tzinfo=JST)  # 01:30 UTC
    assert found[1].at == datetime(2026, 11, 24, 11, 50, tzinfo=JST)  # folded over two lines


def test_check_in_is_welcome_from_a_while_before_until_a_while_after() -> None:
    appointment = parse_csv("time,service,reference\n2026-11-24T10:30,A,R-0001\n", SERVICES, JST)[0]
    early, late = timedelta(minutes=30), timedelta(minutes=15)
    at = appointment.at
    assert check_in_window(appointment, at - timedelta(minutes=45), early, late) == "early"
    assert check_in_window(appointment, at - timedelta(minutes=20), early, late) is None
    assert check_in_window(appointment, at + timedelta(minutes=16), early, late) == "late"

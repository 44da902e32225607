"""Importing reservations: what a booking system exports becomes appointments, or a clear list of problems."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from queueing.appointments import (
    LATE_GRACE,
    ImportProblems,
    Refusal,
    confirmation_url,
    day_refusal,
    is_too_late,
    normalise_reference,
    parse_csv,
    parse_ical,
    reference_from_confirmation,
    reference_key,
)
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


def test_check_in_is_on_the_appointments_own_day_until_the_grace_after_its_time() -> None:
    appointment = parse_csv("time,service,reference\n2026-11-24T10:30,A,R-0001\n", SERVICES, JST)[0]
    day = date(2026, 11, 24)
    assert day_refusal(day, date(2026, 11, 23)) is Refusal.LATER_DAY
    assert day_refusal(day, date(2026, 11, 25)) is Refusal.PAST_DAY
    assert day_refusal(day, day) is None
    at = appointment.at
    assert timedelta(minutes=30) == LATE_GRACE
    assert not is_too_late(appointment, at - timedelta(hours=3))  # early the same day: welcome
    assert not is_too_late(appointment, at + LATE_GRACE)
    assert is_too_late(appointment, at + LATE_GRACE + timedelta(seconds=1))


@pytest.mark.parametrize(
    "typed",
    ["R-1024", "r-1024", "Ｒ－１０２４", "ｒ１０２４", " R 1024 ", "R−1024", "Rー1024", "R1024"],
)
def test_a_reference_typed_or_scanned_in_any_width_or_case_is_one_key(typed: str) -> None:
    assert reference_key(typed) == "R1024"
    assert reference_from_confirmation(typed) == normalise_reference(typed)


def test_references_are_stored_upper_case_with_ascii_hyphens() -> None:
    text = "time,service,reference\n2026-11-24T10:30,A,ｒ－０００１\n"
    assert parse_csv(text, SERVICES, JST)[0].reference == "R-0001"


def test_one_reference_written_two_ways_in_one_file_is_refused() -> None:
    text = "time,service,reference\n2026-11-24T10:30,A,R-0001\n2026-11-24T11:30,A,r0001\n"
    with pytest.raises(ImportProblems, match=r"reference R0001 appears twice \(also as R-0001\)"):
        parse_csv(text, SERVICES, JST)


@pytest.mark.parametrize(
    ("payload", "reference"),
    [
        ("R-1024", "R-1024"),
        ("https://yoyaku.example.lg.jp/c?ref=R-1024", "R-1024"),
        ("https://yoyaku.example.lg.jp/c?lang=ja&reference=r-1024#top", "R-1024"),
        ("HTTPS://YOYAKU.EXAMPLE.LG.JP/C?REF=R-1024", "R-1024"),  # a scanner with caps lock
        ("https://yoyaku.example.lg.jp/c?id=R-1024", None),  # no ref parameter
        ("https://yoyaku.example.lg.jp/c", None),
        ("予約番号", None),
        ("R1", None),  # too short
        ("", None),
    ],
)
def test_the_confirmations_qr_text_is_a_reference_or_a_url_carrying_it(
    payload: str, reference: str | None
) -> None:
    assert reference_from_confirmation(payload) == reference


def test_a_confirmation_url_round_trips() -> None:
    url = confirmation_url("https://yoyaku.example.lg.jp/c", "r-1024")
    assert url == "https://yoyaku.example.lg.jp/c?ref=R-1024"
    assert reference_from_confirmation(url) == "R-1024"

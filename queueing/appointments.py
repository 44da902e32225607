"""Appointments (予約): reservations imported from CSV or iCalendar, checked in at the kiosk.

A reservation has a time, a service and a reference (the number on the resident's confirmation, also in
its QR code). At check-in the kiosk issues a ticket for that service with `appointment_at`, so counters
call it first from its time on (queueing.model.queue_order). Parsing is strict and says, line by line,
what it could not use: a town imports what its booking system exports.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

CSV_COLUMNS = ("time", "service", "reference")
_REFERENCE = re.compile(r"^[A-Za-z0-9-]{3,32}$")


@dataclass(frozen=True)
class Appointment:
    """A reservation for one service at one time; `reference` is what the resident shows at check-in."""

    reference: str
    service_code: str
    at: datetime  # timezone-aware

    @property
    def day(self) -> date:
        return self.at.date()


class ImportProblems(Exception):
    """Nothing was imported: every line that could not be used, with its line number and why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


def parse_csv(text: str, services: Iterable[str], tz: tzinfo) -> list[Appointment]:
    """Rows of time (ISO 8601, local time unless it says otherwise), service code, reference."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [column for column in CSV_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise ImportProblems(
            [f"line 1: the header needs the columns {', '.join(CSV_COLUMNS)} (missing: {', '.join(missing)})"]
        )
    found, problems = [], []
    for line, row in enumerate(reader, start=2):
        try:
            found.append(_appointment(row, set(services), tz))
        except ValueError as exc:
            problems.append(f"line {line}: {exc}")
    return _checked(found, problems)


def parse_ical(text: str, services: Iterable[str], tz: tzinfo) -> list[Appointment]:
    """VEVENTs: DTSTART is the time, CATEGORIES (or the SUMMARY's first word) the service, UID's part before
    '@' the reference. Folded lines (RFC 5545 3.1) are unfolded first."""
    found, problems = [], []
    for number, event in enumerate(_events(_unfold(text)), start=1):
        try:
            row = {
                "time": _ical_time(event.get("DTSTART", "")),
                "service": event.get("CATEGORIES") or event.get("SUMMARY", "").split(" ")[0],
                "reference": event.get("UID", "").split("@")[0],
            }
            found.append(_appointment(row, set(services), tz))
        except ValueError as exc:
            problems.append(f"event {number}: {exc}")
    return _checked(found, problems)


def _checked(found: list[Appointment], problems: list[str]) -> list[Appointment]:
    seen: set[str] = set()
    for appointment in found:
        if appointment.reference in seen:
            problems.append(f"reference {appointment.reference} appears twice")
        seen.add(appointment.reference)
    if problems:
        raise ImportProblems(problems)
    return sorted(found, key=lambda a: a.at)


def _appointment(row: Mapping[str, str], services: set[str], tz: tzinfo) -> Appointment:
    service = (row.get("service") or "").strip()
    if service not in services:
        raise ValueError(f"unknown service {service!r} (known: {', '.join(sorted(services))})")
    reference = (row.get("reference") or "").strip()
    if not _REFERENCE.match(reference):
        raise ValueError(f"reference {reference!r} must be 3-32 letters, digits or '-'")
    try:
        at = datetime.fromisoformat((row.get("time") or "").strip())
    except ValueError:
        raise ValueError(f"time {row.get('time')!r} is not a date and time like 2026-11-24T10:30") from None
    return Appointment(
        reference=reference, service_code=service, at=at if at.tzinfo else at.replace(tzinfo=tz)
    )


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").split("\n"):
        if raw.startswith((" ", "\t")) and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def _events(lines: list[str]) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in lines:
        name, _, value = line.partition(":")
        key = name.split(";")[0].upper()
        if line.upper() == "BEGIN:VEVENT":
            current = {}
        elif line.upper() == "END:VEVENT" and current is not None:
            events.append(current)
            current = None
        elif current is not None:
            current[key] = value.replace("\\,", ",").strip()
            if key == "DTSTART" and "TZID=" in name.upper():
                current["DTSTART"] = value.strip()  # a named zone: taken as the office's local time
    return events


def _ical_time(value: str) -> str:
    """20261124T103000Z -> ISO 8601; a floating or TZID time stays local (the office's zone)."""
    match = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)", value.strip())
    if not match:
        raise ValueError(f"DTSTART {value!r} is not a date-time like 20261124T103000")
    year, month, day, hour, minute, second, utc = match.groups()
    text = f"{year}-{month}-{day}T{hour}:{minute}:{second}"
    return text + "+00:00" if utc else text


def check_in_window(appointment: Appointment, now: datetime, early: timedelta, late: timedelta) -> str | None:
    """Why a check-in at `now` is refused (too early or too late), or None when it is welcome."""
    if now < appointment.at - early:
        return "early"
    if now > appointment.at + late:
        return "late"
    return None

"""Appointments (予約): reservations imported from CSV or iCalendar, checked in at the kiosk.

A reservation has a time, a service and a reference (the number on the resident's confirmation, also in
its QR code). At check-in the kiosk issues a ticket for that service with `appointment_at`, so counters
call it first from its time on (queueing.model.queue_order). Parsing is strict and says, line by line,
what it could not use: a town imports what its booking system exports. References are stored in one
spelling (normalise_reference) and matched without dashes (reference_key); the confirmation's QR code holds
the reference or a URL carrying it as `ref=` (reference_from_confirmation).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from urllib.parse import parse_qsl, quote, urlsplit

CSV_COLUMNS = ("time", "service", "reference")
_REFERENCE = re.compile(r"^[A-Z0-9-]{3,32}$")
_DASHES = "‐‑‒–—―−ー－ｰ"  # what an IME or a scanner may send for the hyphen of R-1024
CONFIRMATION_PARAMETERS = ("ref", "reference")
"""The query parameters of a confirmation URL that carry the reference (see reference_from_confirmation)."""
LATE_GRACE = timedelta(minutes=30)
"""How long after its time an appointment still checks in as one; later, a normal ticket is offered."""


@dataclass(frozen=True)
class Appointment:
    """A reservation for one service at one time; `reference` is what the resident shows at check-in."""

    reference: str
    service_code: str
    at: datetime  # timezone-aware

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True)
class StoredAppointment:
    """An imported appointment of one office; `ticket_id` and `checked_in_at` once it checked in."""

    office: str
    appointment: Appointment
    imported_at: datetime
    ticket_id: str | None = None
    checked_in_at: datetime | None = None

    @property
    def reference(self) -> str:
        return self.appointment.reference


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
    seen: dict[str, str] = {}
    for appointment in found:
        key = reference_key(appointment.reference)
        if key in seen:
            spelt = "" if seen[key] == appointment.reference else f" (also as {seen[key]})"
            problems.append(f"reference {appointment.reference} appears twice{spelt}")
        seen[key] = appointment.reference
    if problems:
        raise ImportProblems(problems)
    return sorted(found, key=lambda a: a.at)


def _appointment(row: Mapping[str, str], services: set[str], tz: tzinfo) -> Appointment:
    service = (row.get("service") or "").strip()
    if service not in services:
        raise ValueError(f"unknown service {service!r} (known: {', '.join(sorted(services))})")
    reference = normalise_reference(row.get("reference") or "")
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


def normalise_reference(text: str) -> str:
    """A reference as it is stored and compared: full-width letters and digits (from an IME or a scanner)
    as ASCII, upper case, no spaces, every dash look-alike as '-'."""
    plain = unicodedata.normalize("NFKC", text)
    return "".join("-" if char in _DASHES else char for char in plain if not char.isspace()).upper()


def reference_key(reference: str) -> str:
    """What two spellings of one reference share: R-1024, r1024 and Ｒ－１０２４ are one reservation."""
    return normalise_reference(reference).replace("-", "")


def reference_from_confirmation(text: str) -> str | None:
    """The reference in what a resident typed or a QR scanner sent, or None if there is none.

    The confirmation's QR code holds either the reference itself (`R-1024`) or a URL whose query carries
    it as `ref` or `reference` (`https://yoyaku.example.lg.jp/c?ref=R-1024`): a booking site may point
    residents' phones at its own confirmation page with the same code the kiosk reads.
    """
    plain = unicodedata.normalize("NFKC", text).strip()
    candidate: str | None = plain
    if "?" in plain or "://" in plain:
        query = parse_qsl(urlsplit(plain).query)
        candidate = next((value for name, value in query if name.lower() in CONFIRMATION_PARAMETERS), None)
    reference = normalise_reference(candidate or "")
    return reference if _REFERENCE.match(reference) else None


def confirmation_url(base: str, reference: str) -> str:
    """The QR text a booking system prints on a confirmation: `base` with the reference as `ref`."""
    return f"{base}?ref={quote(normalise_reference(reference))}"


class Refusal(StrEnum):
    """Why the kiosk does not check an appointment in (kiosk.appointment_page says it to the resident)."""

    UNKNOWN = "unknown"  # no appointment with this reference
    OTHER_OFFICE = "other_office"  # booked at another office (本庁・支所) sharing the database
    LATER_DAY = "later_day"  # booked for a later day
    PAST_DAY = "past_day"  # its day has passed
    CHECKED_IN = "checked_in"  # its ticket was issued already: the same number is shown again
    TOO_LATE = "too_late"  # today, but more than LATE_GRACE after its time: a normal ticket instead


def day_refusal(appointment_day: date, today: date) -> Refusal | None:
    """An appointment checks in on its own business day only."""
    if appointment_day > today:
        return Refusal.LATER_DAY
    if appointment_day < today:
        return Refusal.PAST_DAY
    return None


def is_too_late(appointment: Appointment, now: datetime, grace: timedelta = LATE_GRACE) -> bool:
    """Later than `grace` after its time: the counters have moved on; the resident queues as anyone."""
    return now > appointment.at + grace

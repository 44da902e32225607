"""`python main.py queue import-appointments FILE` and `queue appointments [--date D]`.

An import reads a booking system's CSV (columns time, service, reference) or iCalendar file, strictly: if
any line cannot be used, every such line is printed with its number and nothing is imported (exit 2).
A reference imported again is updated unless it has checked in already.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from queueing.appointment_service import AppointmentService, DayEntry, ImportReport
from queueing.appointments import Appointment, ImportProblems, parse_csv, parse_ical

Local = Callable[[datetime], datetime]

FORMATS = {".csv": "csv", ".ics": "ics", ".ical": "ics", ".ifb": "ics"}
OPERATIONS = ("import-appointments", "appointments")


def add_arguments(ops: Any, common: argparse.ArgumentParser) -> None:
    """Add the two operations to `queue`'s sub-parsers."""
    load = ops.add_parser(
        "import-appointments", parents=[common], help="import reservations (予約) from CSV or iCalendar"
    )
    load.add_argument("file", type=Path, help="a .csv (time,service,reference) or .ics file")
    load.add_argument("--format", choices=("csv", "ics"), help="default: from the file's extension")
    listing = ops.add_parser("appointments", parents=[common], help="a day's reservations and check-ins")
    listing.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")


def run(args: argparse.Namespace, appointments: AppointmentService) -> int:
    if args.queue_command == "appointments":
        return _list(args, appointments)
    try:
        found = _read(args, appointments)
    except ImportProblems as problems:
        print(f"{args.file}: nothing imported:", file=sys.stderr)
        for problem in problems.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    report = appointments.import_appointments(found)
    print(json.dumps(_report_json(report)) if args.json else _report_text(report))
    return 0


def _read(args: argparse.Namespace, appointments: AppointmentService) -> list[Appointment]:
    kind = args.format or FORMATS.get(args.file.suffix.lower())
    if kind is None:
        raise ImportProblems([f"cannot tell the format from {args.file.suffix!r}: add --format csv or ics"])
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ImportProblems([f"cannot read the file: {exc.strerror}"]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp932", errors="replace")  # Excel in Japan saves CSV as Shift_JIS
    services = [service.code for service in appointments.services]
    tz = appointments.zone  # a time without an offset is the office's
    return parse_csv(text, services, tz) if kind == "csv" else parse_ical(text, services, tz)


def _report_text(report: ImportReport) -> str:
    lines = [
        f"added {len(report.added)}, updated {len(report.updated)}, unchanged {len(report.unchanged)},"
        f" kept as checked in {len(report.kept)}"
    ]
    if report.kept:
        lines.append("checked in already, not changed: " + ", ".join(report.kept))
    return "\n".join(lines)


def _report_json(report: ImportReport) -> dict[str, list[str]]:
    return {
        "added": list(report.added),
        "updated": list(report.updated),
        "unchanged": list(report.unchanged),
        "kept": list(report.kept),
    }


def _list(args: argparse.Namespace, appointments: AppointmentService) -> int:
    day = args.date or appointments.today()
    entries = appointments.on_day(day)
    local = appointments.local  # times as the office's clock shows them, whatever this machine's zone
    if args.json:
        listed = [_entry_json(e, local) for e in entries]
        print(json.dumps({"date": day.isoformat(), "appointments": listed}))
        return 0
    print(f"{day.isoformat()}: {len(entries)} appointments")
    for entry in entries:
        print(_entry_text(entry, local))
    return 0


def _entry_text(entry: DayEntry, local: Local) -> str:
    appointment, checked_in = entry.stored.appointment, entry.stored.checked_in_at
    line = f"{local(appointment.at):%H:%M}  {appointment.service_code}  {appointment.reference}"
    if checked_in is not None:
        line += f"  checked in {local(checked_in):%H:%M}, ticket {entry.ticket_label}"
    return line


def _entry_json(entry: DayEntry, local: Local) -> dict[str, Any]:
    appointment, checked_in = entry.stored.appointment, entry.stored.checked_in_at
    return {
        "reference": appointment.reference,
        "service": appointment.service_code,
        "at": local(appointment.at).isoformat(),
        "checked_in_at": local(checked_in).isoformat() if checked_in else None,
        "ticket": entry.ticket_label or None,
    }

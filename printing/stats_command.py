"""`stats`: a period's statistics as two CSV files (for a spreadsheet) and an A4 PDF report.

    python main.py stats [--from DATE] [--to DATE] [--out DIR] [--tz ZONE] [--json]

Dates are business dates, YYYY-MM-DD, both included; each defaults to today. Writes into DIR (default
./stats) `stats_<office>_<from>_<to>.csv` (one line per day, service and hour), `..._summary.csv` (per
day and service, per day, per service and for the whole period: medians cannot be summed from the hourly
lines) and `....pdf`, and prints their paths; with `--json` it prints the summary as JSON instead,
including the paths. Hours are the clock hours of ZONE (default: the office's, office.timezone; never
this machine's own).
Exit status 0; 2 for a bad date or zone; 1 when a file cannot be written or a font is missing.

The command reads no database itself: main.py opens the store and hands `run` a function that returns the
records of a period (store.statistics.finished_steps), so `printing` never imports SQLAlchemy.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, tzinfo
from pathlib import Path
from typing import Any

from printing.fonts import FontMissingError
from printing.stats_pdf import StatsContext, render_stats
from queueing.clock import OfficeClock, UnknownZone, office_zone
from queueing.statistics import ALL_SERVICES, Figures, Report, StepRecord, summarise
from settings import OfficeConfig

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2
Records = Callable[[date, date], list[StepRecord]]

FIGURE_COLUMNS = (
    "発券数", "件数", "完了", "不在", "取消", "未完了", "不在率(%)",
    "待ち時間 中央値(分)", "待ち時間 90%値(分)", "対応時間 中央値(分)", "対応時間 90%値(分)",
)  # fmt: skip
HOURLY_COLUMNS = ("日付", "サービス", "サービス名", "時台", *FIGURE_COLUMNS)
SUMMARY_COLUMNS = ("日付", "サービス", "サービス名", *FIGURE_COLUMNS)
PERIOD = "期間全体"
EVERY_SERVICE = "全体"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare stats' options on `parser` (main.py's sub-command parser)."""
    parser.add_argument("--from", dest="start", metavar="DATE", help="first business date (default: today)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last business date (default: today)")
    parser.add_argument(
        "--out", type=Path, default=Path("stats"), metavar="DIR", help="where the files go (default ./stats)"
    )
    parser.add_argument(
        "--tz", metavar="ZONE", help="clock of the hours, e.g. Asia/Tokyo (default: office.timezone)"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


@dataclass(frozen=True)
class Period:
    """The business dates asked for and the clock their hours are counted in."""

    start: date
    end: date
    zone: tzinfo
    zone_name: str


def run(
    args: argparse.Namespace, records: Records, config: OfficeConfig, clock: OfficeClock | None = None
) -> int:
    """Read the period's records, write the CSV files and the PDF, print where they are. Today's business
    day and the report's time of making are the office's (`clock`; main.py's, from office.timezone)."""
    clock = clock or OfficeClock(reset_hour=config.daily_reset_hour)
    try:
        period = _period(args, clock)
    except ValueError as exc:
        print(f"stats: {exc}", file=sys.stderr)
        return EXIT_INVALID
    codes = [service.code for service in config.services]
    report = summarise(
        records(period.start, period.end), period.start, period.end, tz=period.zone, services=codes
    )
    try:
        paths = write_files(report, args.out, config.office_code, _context(config, period, clock))
    except (FontMissingError, OSError) as exc:
        print(f"stats: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print(json.dumps(as_json(report, paths, config.office_code), ensure_ascii=False, indent=2))
    else:
        print(*paths, sep="\n")
    return EXIT_OK


def _period(args: argparse.Namespace, clock: OfficeClock) -> Period:
    """The dates and zone asked for; ValueError with a message for the administrator."""
    zone, zone_name = _zone(args.tz, clock)
    today = clock.today()  # the office's business day, whichever zone the hours are counted in
    start, end = _date(args.start, "--from", today), _date(args.end, "--to", today)
    if start > end:
        raise ValueError(f"--from {start} is after --to {end}")
    return Period(start, end, zone, zone_name)


def _date(text: str | None, option: str, today: date) -> date:
    if text is None:
        return today
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{option}: not a date (YYYY-MM-DD, e.g. 2026-11-24): {text!r}") from None


def _zone(name: str | None, clock: OfficeClock) -> tuple[tzinfo, str]:
    """The named zone, or the office's, with its name."""
    if name is None:
        return clock.zone, str(clock.zone)
    try:
        return office_zone(name), name
    except UnknownZone:
        raise ValueError(f"--tz: unknown time zone {name!r} (e.g. Asia/Tokyo)") from None


def _context(config: OfficeConfig, period: Period, clock: OfficeClock) -> StatsContext:
    names = {service.code: service.name for service in config.services}
    made_at = clock().astimezone(period.zone)
    return StatsContext(config.office_name, names, period.zone_name, made_at)


def write_files(report: Report, directory: Path, office: str, context: StatsContext) -> list[Path]:
    """Write the hourly CSV, the summary CSV and the PDF into `directory`; their paths."""
    names = context.service_names
    directory.mkdir(parents=True, exist_ok=True)
    stem = directory / f"stats_{office}_{report.start}_{report.end}"
    hourly, summary, pdf = (stem.with_name(stem.name + suffix) for suffix in (".csv", "_summary.csv", ".pdf"))
    write_csv(hourly, HOURLY_COLUMNS, hourly_rows(report, names))
    write_csv(summary, SUMMARY_COLUMNS, summary_rows(report, names))
    pdf.write_bytes(render_stats(report, context))
    return [hourly, summary, pdf]


def write_csv(path: Path, header: Iterable[str], rows: Iterable[list[object]]) -> None:
    """UTF-8 with a byte-order mark and CRLF: Excel then opens the Japanese names without garbling them."""
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)


def hourly_rows(report: Report, names: Mapping[str, str]) -> Iterable[list[object]]:
    """One line per day, service and clock hour with anything to count, in that order."""
    order = {code: index for index, code in enumerate(report.services)}
    keys = sorted(report.hourly, key=lambda key: (key[0], order.get(key[1], len(order)), key[2]))
    for day, code, hour in keys:
        yield [
            day.isoformat(),
            code,
            names.get(code, ""),
            hour,
            *figure_values(report.hourly[(day, code, hour)]),
        ]


def summary_rows(report: Report, names: Mapping[str, str]) -> Iterable[list[object]]:
    """Per day: each service, then the day's total; then the same for the whole period."""
    for day in report.days:
        for code in report.services:
            if (day, code) in report.daily:
                yield [day.isoformat(), code, names.get(code, ""), *figure_values(report.daily[(day, code)])]
        yield [day.isoformat(), "", EVERY_SERVICE, *figure_values(report.daily[(day, ALL_SERVICES)])]
    for code in report.services:
        if code in report.by_service:
            yield [PERIOD, code, names.get(code, ""), *figure_values(report.by_service[code])]
    yield [PERIOD, "", EVERY_SERVICE, *figure_values(report.overall)]


def figure_values(f: Figures) -> list[object]:
    """FIGURE_COLUMNS of one line: counts, the no-show share in percent, times in minutes; blank = none."""
    share = None if f.no_show_share is None else round(f.no_show_share * 100, 1)
    times = (f.wait_median_s, f.wait_p90_s, f.service_median_s, f.service_p90_s)
    counts = (f.tickets, f.steps, f.done, f.no_shows, f.cancelled, f.still_open)
    return [*counts, _blank(share), *(_blank(None if s is None else round(s / 60, 1)) for s in times)]


def _blank(value: float | None) -> object:
    return "" if value is None else value


def as_json(report: Report, paths: list[Path], office: str) -> dict[str, Any]:
    """The summary for scripts: per service code and per day, seconds; plus the files written."""
    return {
        "office": office,
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "overall": report.overall.as_dict(),
        "services": {code: f.as_dict() for code, f in report.by_service.items()},
        "days": {day.isoformat(): report.daily[(day, ALL_SERVICES)].as_dict() for day in report.days},
        "files": [str(path) for path in paths],
    }

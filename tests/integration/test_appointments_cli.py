"""`python main.py queue import-appointments FILE` and `queue appointments --date D`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import main_py

GOOD = "time,service,reference\n2026-11-24T10:30,A,R-0001\n2026-11-24T11:00,B,r-0002\n"
ICAL = (
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:R-0003@yoyaku.example.lg.jp\r\nDTSTART:20261124T140000\r\n"
    "CATEGORIES:C\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def listing(database_url: str) -> list[dict[str, object]]:
    result = main_py("queue", "appointments", "--date", "2026-11-24", "--json", "--db", database_url)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["appointments"]  # type: ignore[no-any-return]


def test_a_bad_file_prints_every_problem_with_its_line_and_imports_nothing(
    tmp_path: Path, database_url: str
) -> None:
    bad = tmp_path / "yoyaku.csv"
    bad.write_text(GOOD + "2026-11-24T12:00,Z,R-0004\nnoon,A,R-0005\n", encoding="utf-8")
    result = main_py("queue", "import-appointments", str(bad), "--db", database_url)
    assert result.returncode == 2
    assert "line 4: unknown service 'Z'" in result.stderr
    assert "line 5: time 'noon' is not a date and time" in result.stderr
    assert "Traceback" not in result.stderr
    assert listing(database_url) == []


def test_csv_then_icalendar_import_report_counts_and_the_day_lists_them(
    tmp_path: Path, database_url: str
) -> None:
    csv_file = tmp_path / "yoyaku.csv"
    csv_file.write_bytes(GOOD.encode("cp932"))  # as Excel in Japan saves it
    first = main_py("queue", "import-appointments", str(csv_file), "--db", database_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "added 2, updated 0, unchanged 0, kept as checked in 0"
    again = main_py("queue", "import-appointments", str(csv_file), "--json", "--db", database_url)
    assert json.loads(again.stdout)["unchanged"] == ["R-0001", "R-0002"]
    calendar = tmp_path / "export.txt"
    calendar.write_text(ICAL, encoding="utf-8")
    unknown = main_py("queue", "import-appointments", str(calendar), "--db", database_url)
    assert unknown.returncode == 2 and "--format" in unknown.stderr
    ical = main_py("queue", "import-appointments", str(calendar), "--format", "ics", "--db", database_url)
    assert ical.returncode == 0, ical.stderr
    assert [(a["reference"], a["service"], a["ticket"]) for a in listing(database_url)] == [
        ("R-0001", "A", None),
        ("R-0002", "B", None),
        ("R-0003", "C", None),
    ]
    text = main_py("queue", "appointments", "--date", "2026-11-24", "--db", database_url)
    assert text.stdout.splitlines()[0] == "2026-11-24: 3 appointments"

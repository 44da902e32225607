"""`stats` on a real store: an office day played through QueueService, read back, and written as CSV and PDF.

The clock is a fake one that moves only when told, so every wait and service time is a whole number of
minutes and the figures can be written down in advance. The records test runs again on PostgreSQL.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from printing import stats_command
from queueing.model import TicketState
from queueing.services import QueueService
from queueing.statistics import StepRecord, summarise
from settings import OfficeConfig
from store.statistics import finished_steps
from tests.helpers.clock import FakeClock
from tests.helpers.cups import pdf_page_size, pdf_text

DAY = date(2026, 11, 24)  # the fake clock starts at 09:00 JST on this Tuesday
NEXT_DAY = DAY + timedelta(days=1)
A4_POINTS = (595.28, 841.89)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(step_seconds=0)


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """SQLite, or (parametrised indirectly with "postgresql") a fresh database on the test server."""
    if getattr(request, "param", "sqlite") == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'queue.sqlite3'}"


def play_office_day(queue: QueueService, clock: FakeClock) -> None:
    """Two mornings at the counters (1: A and C, 2: B and A, 4: E and F), minute by minute."""
    at = clock.advance
    queue.issue("A")  # 09:00 A-001
    at(minutes=2), queue.issue("A")  # 09:02 A-002
    at(minutes=2), queue.issue("B")  # 09:04 B-001
    at(minutes=6), queue.call_next(1)  # 09:10 A-001 called: waited 10 min
    at(minutes=5), queue.call_next(1)  # 09:15 A-001 done after 5 min; A-002 called: waited 13 min
    at(minutes=2), queue.no_show(1)  # 09:17 A-002 did not come
    at(minutes=3), queue.call_next(2)  # 09:20 B-001 called: waited 16 min
    at(minutes=8), queue.finish(2)  # 09:28 B-001 done after 8 min
    at(minutes=37), queue.issue("C")  # 10:05 C-001
    at(minutes=1), queue.cancel("C-001")  # 10:06 withdrawn
    at(minutes=4), queue.issue(["B", "E"])  # 10:10 B-002, for 住民異動 then 国保・年金
    at(minutes=2), queue.call_next(2)  # 10:12 B-002 at B
    at(minutes=8), queue.finish(2)  # 10:20 on to E's line
    at(minutes=5), queue.call_next(4)  # 10:25 B-002 at E
    at(minutes=6), queue.finish(4)  # 10:31 B-002 done at E after 6 min
    at(minutes=9), queue.issue("D")  # 10:40 D-001, still waiting when the day is read
    at(days=1, minutes=-100)  # the next day, 09:00
    queue.issue("A")
    at(minutes=30), queue.call_next(2)  # 09:30 called at counter 2: waited 30 min
    at(minutes=4), queue.finish(2)  # 09:34 done after 4 min


@pytest.fixture
def office_day(queue: QueueService, clock: FakeClock) -> None:
    play_office_day(queue, clock)


def records_of(store: object, config: OfficeConfig) -> Callable[[date, date], list[StepRecord]]:
    """What main.py hands the command: the store's records of a period."""
    return lambda start, end: finished_steps(store, config.office_code, start, end)  # type: ignore[arg-type]


# --- the records ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "database_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_the_records_and_figures_are_what_was_done(
    office_day: None, store: object, config: OfficeConfig
) -> None:
    records = records_of(store, config)(DAY, DAY)
    seen = {(r.number_service, r.sequence, r.step): r for r in records}
    assert list(seen) == [  # issue order, a ticket's steps in route order
        ("A", 1, 0), ("A", 2, 0), ("B", 1, 0), ("C", 1, 0), ("B", 2, 0), ("B", 2, 1), ("D", 1, 0),
    ]  # fmt: skip
    states = {key: (r.service_code, r.state, r.wait_s, r.service_s) for key, r in seen.items()}
    assert states == {
        ("A", 1, 0): ("A", TicketState.DONE, 600, 300),
        ("A", 2, 0): ("A", TicketState.NO_SHOW, 780, None),
        ("B", 1, 0): ("B", TicketState.DONE, 960, 480),
        ("C", 1, 0): ("C", TicketState.CANCELLED, None, None),
        ("B", 2, 0): ("B", TicketState.DONE, 120, 480),  # 住民異動, then on to E's line at 10:20
        ("B", 2, 1): ("E", TicketState.DONE, 300, 360),  # waited from 10:20, not from the issue at 10:10
        ("D", 1, 0): ("D", TicketState.WAITING, None, None),
    }
    b2 = seen[("B", 2, 1)]
    assert (b2.route_length, b2.entered_at, b2.counter) == (2, seen[("B", 2, 0)].closed_at, 4)
    assert seen[("A", 1, 0)].entered_at == seen[("A", 1, 0)].issued_at
    assert all(r.issued_at.utcoffset() == timedelta(0) for r in records)  # aware UTC, as the domain wants

    report = summarise(
        records, DAY, DAY, tz=FakeClock().now.tzinfo, services=[s.code for s in config.services]
    )
    overall = report.overall
    assert (overall.tickets, overall.steps, overall.done, overall.no_shows) == (6, 7, 4, 1)
    assert (overall.cancelled, overall.still_open, overall.called, overall.waits_measured) == (1, 1, 5, 5)
    assert (overall.wait_median_s, overall.wait_p90_s) == (600, pytest.approx(888))  # 2 5 10 13 16 min
    assert (overall.service_median_s, overall.service_p90_s) == (420, 480)  # 5, 6, 8, 8 min
    assert report.tickets_per_hour("A") == {9: 2} and report.tickets_per_hour("B") == {9: 1, 10: 1}


def test_a_period_reads_only_its_days(office_day: None, store: object, config: OfficeConfig) -> None:
    read = records_of(store, config)
    assert [(r.business_date, r.sequence) for r in read(NEXT_DAY, NEXT_DAY)] == [(NEXT_DAY, 1)]
    assert len(read(DAY, NEXT_DAY)) == 8  # B-002 has two steps
    assert read(DAY - timedelta(days=7), DAY - timedelta(days=1)) == []
    assert finished_steps(store, "branch", DAY, NEXT_DAY) == []  # type: ignore[arg-type]  # another office


# --- the command ------------------------------------------------------------------------------------------


def stats(argv: list[str], records: Callable[[date, date], list[StepRecord]], config: OfficeConfig) -> int:
    parser = argparse.ArgumentParser()
    stats_command.add_arguments(parser)
    return stats_command.run(parser.parse_args(argv), records, config)


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # Excel: a byte-order mark, CRLF lines
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))


@pytest.fixture
def written(
    office_day: None, store: object, config: OfficeConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> list[Path]:
    """The two days through `stats`: the paths it printed."""
    argv = ["--from", str(DAY), "--to", str(NEXT_DAY), "--out", str(tmp_path / "out"), "--tz", "Asia/Tokyo"]
    assert stats(argv, records_of(store, config), config) == 0
    return [Path(line) for line in capsys.readouterr().out.splitlines()]


def test_the_command_prints_the_files_it_wrote(written: list[Path], tmp_path: Path) -> None:
    assert [p.name for p in written] == [
        "stats_main_2026-11-24_2026-11-25.csv",
        "stats_main_2026-11-24_2026-11-25_summary.csv",
        "stats_main_2026-11-24_2026-11-25.pdf",
    ]
    assert all(p.parent == tmp_path / "out" and p.stat().st_size > 0 for p in written)


def test_the_hourly_csv_has_a_line_per_day_service_and_hour(written: list[Path]) -> None:
    rows = read_csv(written[0])
    lines = {(r["日付"], r["サービス"], r["時台"]): r for r in rows}
    assert list(lines) == [
        ("2026-11-24", "A", "9"), ("2026-11-24", "B", "9"), ("2026-11-24", "B", "10"),
        ("2026-11-24", "C", "10"), ("2026-11-24", "D", "10"), ("2026-11-24", "E", "10"),
        ("2026-11-25", "A", "9"),
    ]  # fmt: skip
    a = lines[("2026-11-24", "A", "9")]
    assert a["サービス名"] == "証明書"
    assert (a["発券数"], a["件数"], a["完了"], a["不在"], a["不在率(%)"]) == ("2", "2", "1", "1", "50.0")
    assert (a["待ち時間 中央値(分)"], a["待ち時間 90%値(分)"]) == ("11.5", "12.7")  # 10 and 13 min
    assert (a["対応時間 中央値(分)"], a["対応時間 90%値(分)"]) == ("5.0", "5.0")
    b10 = lines[("2026-11-24", "B", "10")]
    assert (b10["発券数"], b10["件数"], b10["待ち時間 中央値(分)"]) == ("1", "1", "2.0")  # B-002 at B
    e10 = lines[("2026-11-24", "E", "10")]  # B-002's second step: the wait in E's line is measured
    assert (e10["サービス名"], e10["発券数"], e10["件数"], e10["待ち時間 中央値(分)"]) == (
        "国保・年金",
        "0",
        "1",
        "5.0",
    )
    assert lines[("2026-11-24", "C", "10")]["取消"] == "1"
    assert lines[("2026-11-24", "D", "10")]["未完了"] == "1"


def test_the_summary_csv_has_days_services_and_the_period(written: list[Path]) -> None:
    rows = {(r["日付"], r["サービス名"]): r for r in read_csv(written[1])}
    day = rows[("2026-11-24", "全体")]
    assert (day["発券数"], day["完了"], day["不在"], day["取消"], day["未完了"]) == ("6", "4", "1", "1", "1")
    assert (day["待ち時間 中央値(分)"], day["待ち時間 90%値(分)"]) == ("10.0", "14.8")  # 2 5 10 13 16
    assert (day["対応時間 中央値(分)"], day["対応時間 90%値(分)"]) == ("7.0", "8.0")  # 5 6 8 8
    assert rows[("2026-11-25", "全体")]["待ち時間 中央値(分)"] == "30.0"
    period = rows[("期間全体", "全体")]
    assert (period["発券数"], period["不在率(%)"]) == ("7", "16.7")  # 1 of 6 done or no-show
    assert (period["待ち時間 中央値(分)"], period["待ち時間 90%値(分)"]) == (
        "11.5",
        "23.0",
    )  # 2 5 10 13 16 30
    assert rows[("期間全体", "住民異動")]["発券数"] == "2"


def test_the_pdf_is_a4_with_every_font_embedded_and_the_figures_in_its_text(written: list[Path]) -> None:
    pdf = written[2]
    assert pdf_page_size(pdf) == pytest.approx(A4_POINTS, abs=0.5)
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    fonts = [line.split() for line in listing.splitlines()[2:]]
    assert fonts and all(f[-5] == "yes" for f in fonts), listing
    assert not any("Helvetica" in f[0] or "Times" in f[0] for f in fonts), listing
    text = no_space(pdf_text(pdf))  # pdftotext spaces text as it likes: "D 税" may come out as "D税"
    for expected in ("窓口統計窓口町役場", "2026年11月24日（火）〜11月25日（水）", "Asia/Tokyo"):
        assert expected in text, expected
    for name in ("A証明書", "B住民異動", "C戸籍", "D税", "E国保・年金"):
        assert name in text, name
    layout = pdf_text(pdf, "-layout")
    # A over both days: waits 10, 13, 30 min; service times 5, 4 min
    assert table_line(layout, "A 証明書") == ["3", "3", "2", "1", "0", "33.3%", "13.0", "26.6", "4.5", "4.9"]
    assert table_line(layout, "全体") == ["7", "8", "5", "1", "1", "16.7%", "11.5", "23.0", "6.0", "8.0"]
    assert table_line(layout, "11月24日（火）") == [
        "6",
        "7",
        "4",
        "1",
        "1",
        "20.0%",
        "10.0",
        "14.8",
        "7.0",
        "8.0",
    ]
    assert "列に並んだ時刻の記録がない" not in no_space(pdf_text(pdf))  # every call's wait was measured


def no_space(text: str) -> str:
    return re.sub(r"\s", "", text)


def table_line(layout: str, label: str) -> list[str]:
    """The ten figures of the table line labelled `label` (however pdftotext spaced the label). The last
    such line: the tables come after the charts, whose axes carry the same names."""
    lines = [line.split() for line in layout.splitlines() if len(line.split()) > 10]
    found = [words for words in lines if no_space("".join(words[:-10])) == no_space(label)]
    assert found, label
    return found[-1][-10:]


def test_json_prints_the_summary_and_the_files(
    office_day: None, store: object, config: OfficeConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--from", str(DAY), "--out", str(tmp_path), "--tz", "Asia/Tokyo", "--json"]
    assert stats([*argv, "--to", str(DAY)], records_of(store, config), config) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["office"], data["from"], data["to"]) == ("main", "2026-11-24", "2026-11-24")
    assert data["overall"]["tickets"] == 6 and data["overall"]["no_show_share"] == 0.2
    assert data["services"]["A"]["wait_median_s"] == 690
    assert list(data["days"]) == ["2026-11-24"]
    assert all(Path(p).exists() for p in data["files"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2026-13-01"], "--from: not a date (YYYY-MM-DD, e.g. 2026-11-24): '2026-13-01'"),
        (["--to", "24.11.2026"], "--to: not a date"),
        (["--from", "2026-11-25", "--to", "2026-11-24"], "--from 2026-11-25 is after --to 2026-11-24"),
        (["--tz", "Mars/Olympus"], "--tz: unknown time zone 'Mars/Olympus'"),
    ],
)
def test_a_bad_date_or_zone_exits_2_with_a_message_and_reads_nothing(
    argv: list[str], message: str, config: OfficeConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def never(start: date, end: date) -> list[StepRecord]:
        raise AssertionError("the store was read")

    assert stats([*argv, "--out", str(tmp_path / "out")], never, config) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_empty_period_still_writes_a_report(
    config: OfficeConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--from", "2026-11-01", "--to", "2026-11-30", "--out", str(tmp_path)]
    assert stats(argv, lambda start, end: [], config) == 0
    hourly, summary, pdf = (Path(line) for line in capsys.readouterr().out.splitlines())
    assert read_csv(hourly) == []
    assert [r["日付"] for r in read_csv(summary)] == ["期間全体"]
    assert "この期間の番号札の記録はありません。" in pdf_text(pdf)

"""The office's clock through the real queue on SQLite and the real renderers, with this process on UTC, on
New York's and on Tokyo's time in turn: numbers start again at 03:00 in Tokyo and nowhere else, times stay
UTC in the store, and tickets and forms carry Tokyo's times and 和暦 dates."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bootstrap import make_form_printer, make_queue, make_ticket_printer
from casework import Clerk
from printing.spooler import CupsPrinter
from queueing.appointments import Appointment
from queueing.services import QueueService
from settings import OfficeConfig, PrinterConfig
from tests.helpers.casework import CLERK, PASSWORD, YOSHINO, make_casework
from tests.helpers.clock import JST, FakeClock
from tests.helpers.cups import pdf_text


def jst(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of November 2026 in Tokyo, as the machine's UTC clock would give it."""
    return datetime(2026, 11, day, hour, minute, tzinfo=JST).astimezone(UTC)


@pytest.fixture
def night(machine_tz: str) -> FakeClock:
    return FakeClock(jst(24, 23, 58), step_seconds=0)


@pytest.fixture
def night_queue(config: OfficeConfig, store: Any, night: FakeClock) -> QueueService:
    return make_queue(config, store.unit_of_work, night)


def issue_at(queue: QueueService, clock: FakeClock, moment: datetime) -> tuple[str, date]:
    clock.now = moment
    ticket = queue.issue("A").ticket
    return ticket.label, ticket.business_date


def test_numbers_start_again_at_03_00_in_tokyo_only(night_queue: QueueService, night: FakeClock) -> None:
    issued = [issue_at(night_queue, night, moment) for moment in (
        jst(24, 23, 58), jst(25, 0, 1), jst(25, 2, 59), jst(25, 3, 0), jst(25, 3, 1)
    )]  # fmt: skip
    nov_24, nov_25 = date(2026, 11, 24), date(2026, 11, 25)
    assert issued == [
        ("A-001", nov_24), ("A-002", nov_24), ("A-003", nov_24), ("A-001", nov_25), ("A-002", nov_25)
    ]  # fmt: skip
    assert night_queue.today() == nov_25


def test_the_machines_own_midnight_does_not_reset(night_queue: QueueService, night: FakeClock) -> None:
    midnight = datetime(2026, 11, 25).astimezone()  # this machine's: 09:00 in Tokyo on UTC, 14:00 on New York
    before = issue_at(night_queue, night, midnight - timedelta(minutes=1))
    after = issue_at(night_queue, night, midnight + timedelta(minutes=1))
    assert int(after[0][2:]) == int(before[0][2:]) + 1 and after[1] == before[1]


def test_stored_times_stay_utc_and_the_day_ahead_is_read_back(
    night_queue: QueueService, night: FakeClock, store: Any
) -> None:
    _, day = issue_at(night_queue, night, jst(25, 8, 30))
    with store.unit_of_work(write=False) as uow:
        [waiting] = uow.tickets.waiting("main", day, ["A"])
    assert waiting.issued_at == jst(25, 8, 30) and waiting.issued_at.utcoffset() == timedelta(0)
    assert [t.label for t in night_queue.waiting_for(1)] == ["A-001"]  # today's line, on the office's day


def sent_pdfs(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """What main.py's printers hand CUPS, kept instead of printed."""
    sent: list[bytes] = []

    def keep(printer: CupsPrinter, pdf: bytes, **options: Any) -> str:
        sent.append(pdf)
        return "kept-1"

    monkeypatch.setattr(CupsPrinter, "print_pdf", keep)
    return sent


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    return pdf_text(path, "-raw")


def test_the_ticket_prints_tokyo_time_and_the_booked_time(
    config: OfficeConfig, store: Any, night: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bootstrap import make_appointments

    office = dataclasses.replace(config, printers=PrinterConfig(ticket="Ticket", a4=""))
    queue = make_queue(office, store.unit_of_work, night)
    sent, print_ticket = sent_pdfs(monkeypatch), make_ticket_printer(office, night)
    appointments = make_appointments(office, store.unit_of_work, queue)
    appointments.import_appointments([Appointment("R-0930", "A", jst(25, 9, 30))])  # 00:30 UTC
    night.now = jst(25, 8, 50)  # 23:50 on the 24th in UTC, 18:50 in New York
    checked_in = appointments.check_in("R-0930").issued
    assert checked_in is not None and print_ticket(checked_in, None)
    text = text_of(sent[-1], tmp_path)
    assert "2026年11月25日 08:50 発行" in text
    assert "ご予約 09:30 から優先してお呼びします" in text
    back = queue.come_back(checked_in.ticket.label).issued  # read back from the store: its times in UTC
    assert back is not None and back.ticket.issued_at.utcoffset() == timedelta(0)
    assert print_ticket(back, None) and "2026年11月25日 08:50 発行" in text_of(sent[-1], tmp_path)


def test_a_form_printed_at_the_desk_is_dated_on_the_offices_calendar(
    config: OfficeConfig,
    store: Any,
    night: FakeClock,
    form_catalog: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = dataclasses.replace(config, printers=PrinterConfig(ticket="", a4="A4"))
    queue = make_queue(office, store.unit_of_work, night)
    sent = sent_pdfs(monkeypatch)
    casework = make_casework(store, queue, form_catalog, printer=make_form_printer(office, night))
    casework.clerks.create(*CLERK, PASSWORD)
    night.now = jst(25, 8, 40)  # still the 24th on a UTC or New York machine
    ticket = queue.issue("A").ticket
    clerk = Clerk(*CLERK)
    case = casework.add_form(ticket.id, "juminhyo", clerk, identity=YOSHINO, answers={"relationship": "本人"})
    assert case.application.values["request_date"] == "2026-11-25"
    assert casework.print_forms(ticket.id, clerk, leave_blank=True) == 1
    text = text_of(sent[-1], tmp_path)
    assert "請求日 令和8年11月25日" in text and "令和8年11月24日" not in text

"""Tickets through the real CUPS: cupsd, the cups-pdf backend, and queues failing the way printers do."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

from printing.spooler import CupsPrinter, PrintError, PrintFailure
from printing.ticket import TICKET_MEDIA, TICKET_WIDTH_MM, TicketSlip, render_ticket
from tests.helpers.cups import (
    CupsPdfQueue,
    cups,
    cups_jobs,
    ensure_queue,
    pdf_page_size,
    pdf_text,
    remove_queue,
)

pytestmark = pytest.mark.cups

SLIP = TicketSlip(
    office_name="みどり市役所 市民課",
    number="A-017",
    service_name="住民票・印鑑証明",
    issued_at=datetime(2026, 11, 21, 14, 5),
    people_ahead=4,
    qr_payload="https://madoguchi.example.jp/t/A-017",
)
# The PostScript leg of the CUPS pipeline (pdftops, then ghostscript in cups-pdf) sets the page size in
# whole points: 80 mm = 226.77 pt arrives as 226 pt.
WHOLE_POINT_ROUNDING = 1.0


@pytest.fixture
def pdf() -> bytes:
    return render_ticket(SLIP)


@pytest.fixture
def disabled_queue(cups_pdf_printer: CupsPdfQueue) -> Iterator[str]:
    """The test queue stopped as if out of paper; enabled again afterwards, whatever the test did."""
    cups("cupsdisable", "-r", "out of paper (test)", cups_pdf_printer.name)
    try:
        yield cups_pdf_printer.name
    finally:
        cups("cupsenable", cups_pdf_printer.name)


@pytest.fixture
def broken_queue(cups_pdf_printer: CupsPdfQueue) -> Iterator[str]:
    """A queue whose device does not exist and whose error policy aborts the job."""
    name = "MadoguchiTestBroken"
    ensure_queue(name, "serial:/dev/madoguchi-no-such-port", "-o", "printer-error-policy=abort-job")
    yield name
    remove_queue(name)


@pytest.fixture
def offline_queue(cups_pdf_printer: CupsPdfQueue) -> Iterator[str]:
    """A network printer that is switched off: CUPS keeps retrying the connection, the job never ends."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    name = "MadoguchiTestOffline"
    ensure_queue(name, f"socket://127.0.0.1:{port}")
    yield name
    remove_queue(name)


def test_ticket_comes_out_of_cups_pdf_80_mm_wide(
    cups_pdf_printer: CupsPdfQueue, pdf: bytes, tmp_path: Path
) -> None:
    since = time.time()
    job_id = CupsPrinter(cups_pdf_printer.name).print_pdf(
        pdf, title=f"Ticket {SLIP.number}", media=TICKET_MEDIA
    )

    printed = cups_pdf_printer.collect_pdf(job_id, tmp_path, since=since)

    width, _ = pdf_page_size(printed)
    assert width == pytest.approx(TICKET_WIDTH_MM / 25.4 * 72, abs=WHOLE_POINT_ROUNDING)
    assert SLIP.number in pdf_text(printed)


def test_disabled_queue_refuses_before_submitting(disabled_queue: str, pdf: bytes) -> None:
    jobs_before = cups_jobs(disabled_queue)

    with pytest.raises(PrintError) as caught:
        CupsPrinter(disabled_queue).print_pdf(pdf, title="Ticket A-017", media=TICKET_MEDIA)

    assert caught.value.reason is PrintFailure.PRINTER_DISABLED
    assert "out of paper" in caught.value.detail
    assert caught.value.job_id is None
    assert cups_jobs(disabled_queue) == jobs_before


def test_rejecting_queue_refuses_before_submitting(cups_pdf_printer: CupsPdfQueue, pdf: bytes) -> None:
    cups("cupsreject", cups_pdf_printer.name)
    try:
        with pytest.raises(PrintError) as caught:
            CupsPrinter(cups_pdf_printer.name).print_pdf(pdf, title="Ticket A-017")
    finally:
        cups("cupsaccept", cups_pdf_printer.name)
    assert caught.value.reason is PrintFailure.NOT_ACCEPTING


def test_unknown_queue_is_reported_as_not_found(cups_pdf_printer: CupsPdfQueue, pdf: bytes) -> None:
    with pytest.raises(PrintError) as caught:
        CupsPrinter("MadoguchiNoSuchQueue").print_pdf(pdf, title="Ticket A-017")

    assert caught.value.reason is PrintFailure.PRINTER_NOT_FOUND
    assert "MadoguchiNoSuchQueue" in caught.value.message


def test_aborted_job_is_a_failure_not_a_completion(broken_queue: str, pdf: bytes) -> None:
    with pytest.raises(PrintError) as caught:
        CupsPrinter(broken_queue).print_pdf(pdf, title="Ticket A-017", media=TICKET_MEDIA)

    assert caught.value.reason is PrintFailure.JOB_FAILED
    assert caught.value.job_id is not None


def test_job_that_never_finishes_times_out_and_is_cancelled(offline_queue: str, pdf: bytes) -> None:
    with pytest.raises(PrintError) as caught:
        CupsPrinter(offline_queue, timeout_s=1.0).print_pdf(pdf, title="Ticket A-017")

    assert caught.value.reason is PrintFailure.TIMEOUT
    assert caught.value.job_id in cups_jobs(offline_queue)
    assert caught.value.job_id not in _unfinished_jobs(offline_queue)


def test_printer_stopped_while_job_waits(offline_queue: str, pdf: bytes) -> None:
    errors: list[PrintError] = []
    printing = threading.Thread(target=_print_catching, args=(offline_queue, pdf, errors))
    printing.start()
    _wait_until(lambda: bool(_unfinished_jobs(offline_queue)), "the job to reach CUPS")
    cups("cupsdisable", offline_queue)
    printing.join()

    assert [error.reason for error in errors] == [PrintFailure.PRINTER_DISABLED]
    assert not _unfinished_jobs(offline_queue)


def _print_catching(queue: str, pdf: bytes, errors: list[PrintError]) -> None:
    try:
        CupsPrinter(queue, timeout_s=60).print_pdf(pdf, title="Ticket A-017")
    except PrintError as error:
        errors.append(error)


def _unfinished_jobs(queue: str) -> list[str]:
    return [
        line.split()[0] for line in cups("lpstat", "-W", "not-completed", "-o", queue).stdout.splitlines()
    ]


def _wait_until(condition: Callable[[], bool], what: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)

"""The desk prints a ticket's forms through the real CUPS: one A4 job from cups-pdf, carrying what the clerk
corrected; a stopped printer is a clear message and loses nothing."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

import pytest

from bootstrap import make_form_printer
from casework import Casework, Clerk
from printing.spooler import CupsPrinter, PrintError, PrintFailure
from queueing.model import Ticket
from queueing.services import QueueService
from settings import OfficeConfig, PrinterConfig
from tests.helpers.casework import CLERK, PASSWORD, audit_rows, juminhyo, make_casework
from tests.helpers.clock import FakeClock
from tests.helpers.cups import CupsPdfQueue, cups, cups_jobs, pdf_page_size, pdf_text

pytestmark = pytest.mark.cups
A4_POINTS = (595.0, 842.0)


def desk_printing_to(
    printer: CupsPdfQueue,
    config: OfficeConfig,
    store: Any,
    queue: QueueService,
    catalog: Any,
    clock: FakeClock,
) -> tuple[Casework, Clerk, Ticket]:
    """Casework printing on the cups-pdf queue (as main.py wires it), a clerk, and a resident's ticket."""
    office = dataclasses.replace(config, printers=PrinterConfig(ticket="", a4=printer.name))
    casework = make_casework(store, queue, catalog, clock, printer=make_form_printer(office))
    clerk = casework.clerks.create(*CLERK, PASSWORD)
    return casework, clerk, queue.issue("A", applications=[juminhyo(catalog)]).ticket


def test_the_corrected_forms_print_on_a4_through_cups(
    cups_pdf_printer: CupsPdfQueue,
    config: OfficeConfig,
    store: Any,
    queue: QueueService,
    form_catalog: Any,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent: list[bytes] = []
    real = CupsPrinter.print_pdf

    def keep_a_copy(printer: CupsPrinter, pdf: bytes, **options: Any) -> str:
        sent.append(pdf)
        return real(printer, pdf, **options)

    monkeypatch.setattr(CupsPrinter, "print_pdf", keep_a_copy)
    casework, clerk, ticket = desk_printing_to(cups_pdf_printer, config, store, queue, form_catalog, clock)
    [case] = casework.applications_for(ticket.id, clerk)
    casework.correct(case.id, "visitor.name", "𠮷川　髙美", clerk)
    casework.correct(case.id, "visitor.phone", "0155-62-9876", clerk)
    before, since = set(cups_jobs(cups_pdf_printer.name)), time.time()
    assert casework.print_forms(ticket.id, clerk) == 1
    [job] = set(cups_jobs(cups_pdf_printer.name)) - before
    printed = cups_pdf_printer.collect_pdf(job, tmp_path, since=since)
    width, height = pdf_page_size(printed)
    assert abs(width - A4_POINTS[0]) <= 1 and abs(height - A4_POINTS[1]) <= 1
    # cups-pdf's ghostscript keeps the glyphs but not their Unicode names: ASCII survives it, so the
    # corrected phone number is read from the paper, and the corrected name from the job CUPS was given.
    assert "0155-62-9876" in pdf_text(printed)
    handed = tmp_path / "handed-to-cups.pdf"
    handed.write_bytes(sent[0])
    text = pdf_text(handed)
    assert "𠮷川" in text and "髙美" in text
    assert "〓" not in text and "0155-62-1234" not in text
    assert "A-001" in printed.name and "𠮷" not in printed.name  # the title: the ticket, not the resident
    assert [e["action"] for e in audit_rows(store)][-1] == "print"


def test_a_stopped_printer_is_a_clear_error_and_the_forms_stay(
    cups_pdf_printer: CupsPdfQueue,
    config: OfficeConfig,
    store: Any,
    queue: QueueService,
    form_catalog: Any,
    clock: Any,
) -> None:
    casework, clerk, ticket = desk_printing_to(cups_pdf_printer, config, store, queue, form_catalog, clock)
    cups("cupsdisable", "-r", "out of paper (test)", cups_pdf_printer.name)
    try:
        with pytest.raises(PrintError) as failed:
            casework.print_forms(ticket.id, clerk)
    finally:
        cups("cupsenable", cups_pdf_printer.name)
    assert failed.value.reason is PrintFailure.PRINTER_DISABLED
    assert "停止しています" in failed.value.message
    assert len(casework.applications_for(ticket.id, clerk)) == 1
    assert "print" not in {e["action"] for e in audit_rows(store)}

"""The kiosk, the printed ticket and the waiting-room display tell a resident the same wait (issue 11).

The display's figure for a service is the wait of a ticket taken now; so the resident who then takes one at
the kiosk must read the same figure on its result page and on the ticket that comes out, and all three
must be `queueing.estimates.expected_wait` worded by `shown_wait`. Real SQLite, the real ticket renderer
(its text layer read back with pdftotext), counters shared between services (1番窓口: 証明書 and 戸籍,
2番窓口: 住民異動 and 証明書), so the figure depends on every service's queue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from bootstrap import ticket_slip
from kiosk.window import KioskWindow
from printing.resident_lines import ResidentLines
from printing.ticket import render_ticket
from queue_display.window import DisplayWindow
from queueing.estimates import ShownWait, expected_wait, shown_wait
from queueing.service_times import ServiceTimeModel
from queueing.services import IssuedTicket, QueueService
from settings import OfficeConfig
from tests.helpers.cups import pdf_text
from tests.helpers.qasync_loop import until
from ui.i18n import SOURCE_LANGUAGE, Translations

Run = Callable[..., Any]
FRAME = "待ち時間の目安："  # the kiosk's: "待ち時間の目安：約10分"


class TicketPrinter:
    """The kiosk's ticket printer without the spooler: each ticket rendered to a PDF, as main.py does."""

    def __init__(self, config: OfficeConfig, directory: Path) -> None:
        self.config, self.directory = config, directory
        self.issued: list[IssuedTicket] = []
        self.pdfs: list[Path] = []

    def __call__(self, issued: IssuedTicket, resident: ResidentLines | None = None) -> bool:
        pdf = self.directory / f"{issued.ticket.label}.pdf"
        pdf.write_bytes(render_ticket(ticket_slip(self.config, issued, resident)))
        self.issued.append(issued)
        self.pdfs.append(pdf)
        return True

    def last_wait(self) -> str:
        """The wait the last ticket prints, as a resident reads it: "約10分", "まもなく", or "" (none)."""
        found = re.search(r"待ち時間の目安\s*(\S+)", pdf_text(self.pdfs[-1]))
        return found.group(1) if found else ""


@pytest.fixture
def translations() -> Any:
    translations = Translations()
    yield translations
    translations.use(SOURCE_LANGUAGE)


@pytest.fixture
def printer(config: OfficeConfig, tmp_path: Path) -> TicketPrinter:
    return TicketPrinter(config, tmp_path)


@pytest.fixture
def kiosk(qtbot: Any, qloop: Any, queue: QueueService, printer: TicketPrinter, translations: Any) -> Any:
    window = KioskWindow(queue, printer, result_seconds=60, translations=translations)
    qtbot.addWidget(window)
    window.set_snapshot(queue.snapshot())
    window.resize(1920, 1080)
    window.show()
    return window


@pytest.fixture
def display(qtbot: Any, qloop: Any, queue: QueueService, run: Run) -> DisplayWindow:
    window = DisplayWindow(queue, orientation="landscape")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    return window


def read_display(run: Run, display: DisplayWindow, queue: QueueService) -> dict[str, int]:
    """Let the display read the queue as it stands; return the waiting counts it shows."""
    before = display.snapshot
    display.refresh()
    run(until(lambda: display.snapshot is not before, what="the display to read the queue"))
    assert display.snapshot is not None
    return {service.code: count for service, count in display.snapshot.waiting}


def take_ticket(
    qtbot: Any,
    run: Run,
    kiosk: KioskWindow,
    printer: TicketPrinter,
    code: str,
    language: str = SOURCE_LANGUAGE,
) -> IssuedTicket:
    kiosk.back_to_start()  # the services page, for the next resident
    kiosk.use_language(language)
    printed = len(printer.issued)
    qtbot.mouseClick(kiosk.services.buttons[code], Qt.MouseButton.LeftButton)
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="the result page"))
    run(until(lambda: len(printer.issued) > printed, what="the ticket to be printed"))
    return printer.issued[-1]


def kiosk_wait(kiosk: KioskWindow) -> str:
    """The wait the result page tells, as a resident reads it: "約10分", "まもなく" (also when it says
    "まもなくお呼びします": nobody is ahead), or "" (none)."""
    shown = kiosk.result.estimate.text()
    if shown:
        assert shown.startswith(FRAME), shown
        return shown.removeprefix(FRAME)
    return "まもなく" if kiosk.result.ahead.text() == "まもなくお呼びします" else ""


def the_one_figure(
    config: OfficeConfig, queue: QueueService, waiting: dict[str, int], code: str
) -> ShownWait:
    """The wait of a ticket taken now at `code`, from the pure function (no step finished yet: each
    service's usual minutes)."""
    times = ServiceTimeModel.from_steps([], {s.code: s.expected_minutes * 60 for s in config.services})
    counters = [counter.services for counter in config.counters]
    seconds = expected_wait(times, counters, waiting, code, queue.now())
    return shown_wait(seconds, waiting.get(code, 0))


def test_the_display_kiosk_and_ticket_tell_the_next_ticket_the_same_wait(
    qtbot: Any,
    run: Run,
    config: OfficeConfig,
    queue: QueueService,
    kiosk: KioskWindow,
    display: DisplayWindow,
    printer: TicketPrinter,
) -> None:
    for code in "AABBBBBCAB":
        queue.issue(code)
    queue.call_next(1)  # A-001 at 1番窓口
    # 証明書 shares both its counters, 住民異動 is the busiest, 戸籍 has one waiting, 税 nobody.
    for code in "ABCDAA":
        waiting = read_display(run, display, queue)
        on_display = display._estimates[code].text()
        issued = take_ticket(qtbot, run, kiosk, printer, code)
        assert issued.people_ahead == waiting[code]  # the display's "ticket taken now" is this one
        expected = the_one_figure(config, queue, waiting, code).japanese
        assert (on_display, kiosk_wait(kiosk), printer.last_wait()) == (expected, expected, expected), (
            issued.ticket.label
        )


def test_the_display_says_its_figure_is_for_a_ticket_taken_now(
    run: Run, queue: QueueService, display: DisplayWindow
) -> None:
    queue.issue("A")
    read_display(run, display, queue)
    caption = [label.text() for label in display.wait_caption if label.isVisible()]
    assert caption == ["今お取りの方の待ち時間", "Wait for a ticket taken now"]
    assert display._estimates["D"].text() == "まもなく"  # nobody waits at 税: a ticket taken now is next


def test_a_ticket_in_english_prints_the_wait_the_kiosk_showed(
    qtbot: Any, run: Run, queue: QueueService, kiosk: KioskWindow, printer: TicketPrinter
) -> None:
    queue.issue("D")  # one at 税 (one counter, 5 minutes each)
    issued = take_ticket(qtbot, run, kiosk, printer, "D", language="en")
    assert issued.wait == ShownWait(8)  # (1 + 1/2) x 5 minutes
    assert kiosk.result.estimate.text() == "Estimated wait: about 8 minutes"
    text = " ".join(pdf_text(printer.pdfs[-1]).split())
    assert "待ち時間の目安 約8分" in text and "Estimated wait: about 8 minutes" in text

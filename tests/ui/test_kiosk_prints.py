"""The whole first loop on real parts: kiosk touch -> ticket through cupsd + cups-pdf -> display count."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.window import KioskWindow
from main import make_ticket_printer
from queue_display.window import DisplayWindow
from queueing.services import QueueService
from settings import OfficeConfig
from tests.helpers.cups import CupsPdfQueue, pdf_page_size, pdf_text
from tests.helpers.qasync_loop import until
from ui.watcher import ChangeWatcher

pytestmark = pytest.mark.cups


def new_pdfs(directory: Path, since: float) -> list[Path]:
    return [
        p
        for p in directory.glob("*.pdf")
        if p.stat().st_mtime >= since and p.read_bytes().rstrip().endswith(b"%%EOF")
    ]


def test_a_touch_prints_a_real_ticket_and_the_display_counts_the_resident(
    qtbot: Any,
    qloop: Any,
    run: Callable[..., Any],
    config: OfficeConfig,
    live_queue: QueueService,
    listener: Any,
    cups_pdf_printer: CupsPdfQueue,
    tmp_path: Path,
) -> None:
    with_printer = dataclasses.replace(
        config, printers=dataclasses.replace(config.printers, ticket=cups_pdf_printer.name)
    )
    kiosk = KioskWindow(live_queue, make_ticket_printer(with_printer))
    display = DisplayWindow(live_queue)
    for window in (kiosk, display):
        qtbot.addWidget(window)
    watcher = ChangeWatcher(listener, parent=display)
    watcher.changed.connect(display.refresh)
    kiosk.set_snapshot(live_queue.snapshot())
    display.refresh()
    run(until(lambda: display.waiting_total.text() == "合計 0人", what="empty queue shown"))
    since = time.time() - 1

    qtbot.mouseClick(kiosk.services.buttons["D"], Qt.MouseButton.LeftButton)

    run(until(lambda: display.waiting_total.text() == "合計 1人", what="display counts the new ticket"))
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, timeout=60, what="ticket printed"))
    assert kiosk.result.instruction.text() == "番号札をお取りください"
    run(until(lambda: new_pdfs(cups_pdf_printer.output_dir, since), timeout=30, what="cups-pdf output"))
    printed = [p for p in new_pdfs(cups_pdf_printer.output_dir, since) if "D-001" in pdf_text(p)]
    assert len(printed) == 1
    width_pt, _ = pdf_page_size(printed[0])
    assert abs(width_pt - 80 / 25.4 * 72) <= 1.0  # 80 mm paper (CUPS rounds to whole points)
    printed[0].rename(tmp_path / printed[0].name)

"""The whole first loop on real parts: kiosk touch -> ticket through cupsd + cups-pdf -> display count."""

from __future__ import annotations

import dataclasses
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from bootstrap import make_ticket_printer
from kiosk.window import KioskWindow
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


def test_a_korean_residents_ticket_comes_out_of_cups_longer_with_its_korean_lines(
    qtbot: Any,
    qloop: Any,
    run: Callable[..., Any],
    config: OfficeConfig,
    live_queue: QueueService,
    cups_pdf_printer: CupsPdfQueue,
    tmp_path: Path,
) -> None:
    from ui.i18n import SOURCE_LANGUAGE, Translations

    with_printer = dataclasses.replace(
        config, printers=dataclasses.replace(config.printers, ticket=cups_pdf_printer.name)
    )
    translations = Translations()
    kiosk = KioskWindow(live_queue, make_ticket_printer(with_printer), translations=translations)
    qtbot.addWidget(kiosk)
    kiosk.set_snapshot(live_queue.snapshot())
    since = time.time() - 1
    try:
        kiosk.use_language("ko")
        qtbot.mouseClick(kiosk.services.buttons["C"], Qt.MouseButton.LeftButton)
        run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, timeout=60, what="ticket printed"))
    finally:
        translations.use(SOURCE_LANGUAGE)
    run(until(lambda: new_pdfs(cups_pdf_printer.output_dir, since), timeout=30, what="cups-pdf output"))
    printed = [p for p in new_pdfs(cups_pdf_printer.output_dir, since) if "C-001" in pdf_text(p)]
    assert len(printed) == 1
    # cups-pdf's Ghostscript drops the text layer's Unicode map of CJK text: the fonts tell instead
    fonts = subprocess.run(["pdffonts", str(printed[0])], capture_output=True, text=True, check=True).stdout
    assert "IPAexGothic" in fonts and "WenQuanYiMicroHei" in fonts  # the Japanese, and the Korean lines
    _, length_pt = pdf_page_size(printed[0])
    assert length_pt > 121 * 72 / 25.4  # longer than a Japanese ticket's 120 mm: CUPS got the media
    printed[0].rename(tmp_path / printed[0].name)

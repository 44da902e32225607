"""The ticket and the service buttons in the resident's language: forms stay Japanese, tickets do not."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.window import KioskWindow
from printing.resident_lines import ResidentLines
from queueing.services import QueueService
from tests.helpers.qasync_loop import until
from tests.ui.conftest import PaperTray
from ui.i18n import SOURCE_LANGUAGE, Translations

Run = Callable[..., Any]


@pytest.fixture
def kiosk(qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray) -> Iterator[KioskWindow]:
    translations = Translations()
    window = KioskWindow(queue, tray, result_seconds=60, translations=translations)
    qtbot.addWidget(window)
    window.set_snapshot(queue.snapshot())
    window.resize(1920, 1080)
    window.show()
    yield window
    translations.use(SOURCE_LANGUAGE)


def take_ticket(qtbot: Any, run: Run, kiosk: KioskWindow, code: str) -> None:
    qtbot.mouseClick(kiosk.services.buttons[code], Qt.MouseButton.LeftButton)
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.result, what="the result page"))


def test_a_korean_resident_reads_the_services_and_takes_a_ticket_that_speaks_korean(
    qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run
) -> None:
    kiosk.use_language("ko")
    run(until(lambda: kiosk.services.buttons["A"].text().startswith("증명서"), what="Korean service names"))
    take_ticket(qtbot, run, kiosk, "A")

    assert kiosk.result.service.text() == "증명서"
    (resident,) = tray.residents
    assert resident == ResidentLines(
        language="ko",
        service="증명서",
        wait="화면에 이 번호가 표시되면 안내된 창구로 와 주세요.",
        estimate="예상 대기 시간: 곧",  # nobody ahead: まもなく, as the Japanese line says
        missed="호출을 놓치셨다면 이 QR코드를 접수기의 리더기에 대 주세요.",
    )


def test_a_routed_ticket_says_where_it_goes_next_in_the_residents_language(
    kiosk: KioskWindow, queue: QueueService
) -> None:
    issued = queue.issue(["B", "E", "F"])
    assert kiosk.resident_lines(issued) is None  # Japanese: the ticket says it all already
    kiosk.use_language("en")
    lines = kiosk.resident_lines(issued)
    assert lines is not None and lines.service == "Moving"
    assert lines.then == "Next: Insurance, pension → Welfare, children"


def test_the_next_resident_starts_in_japanese_with_japanese_names(
    qtbot: Any, kiosk: KioskWindow, tray: PaperTray, run: Run
) -> None:
    kiosk.use_language("vi")
    kiosk.back_to_start()
    run(until(lambda: kiosk.services.buttons["A"].text().startswith("証明書"), what="Japanese again"))
    take_ticket(qtbot, run, kiosk, "A")
    assert tray.residents == [None] and kiosk.result.service.text() == "証明書"

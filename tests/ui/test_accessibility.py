"""Accessibility on the kiosk: contrast, touch sizes in millimetres, text sizes, high contrast, low reach."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.card_session import CardSession
from kiosk.window import KioskWindow
from queueing.services import QueueService
from settings import load_config
from tests.ui.conftest import PaperTray, procedure_states
from ui import theme

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)


@pytest.mark.parametrize("palette", [theme.STANDARD, theme.HIGH_CONTRAST], ids=["standard", "high-contrast"])
def test_every_text_meets_its_contrast_ratio(palette: theme.Palette) -> None:
    needed = 7.0 if palette is theme.HIGH_CONTRAST else 4.5  # high contrast: AAA; standard: AA
    for what, text, background in theme.text_pairs(palette):
        ratio = theme.contrast_ratio(text, background)
        assert ratio >= needed, f"{what}: {text} on {background} is {ratio:.2f}:1"


def test_the_contrast_formula_matches_wcag() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.fixture
def kiosk(qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray) -> Iterator[KioskWindow]:
    window = KioskWindow(queue, tray, cards=CardSession())
    qtbot.addWidget(window)
    window.set_snapshot(queue.snapshot())
    window.welcome.set_reader_available(True)
    window.resize(*LANDSCAPE)
    window.show()
    yield window


def pages_with_controls(kiosk: KioskWindow) -> Iterator[tuple[str, QWidget]]:
    """Every page in a state that shows its controls (the procedure pages in each of their states)."""
    kiosk.pin_pad.prepare("mynumber", 1, wrong=True)
    card_pages = (kiosk.welcome, kiosk.insert_card, kiosk.pin_pad, kiosk.confirm, kiosk.problem)
    for page in (*card_pages, kiosk.services, kiosk.result):
        yield type(page).__name__, page
    yield from procedure_states(kiosk)


def visible_buttons(page: QWidget) -> list[QAbstractButton]:
    return [b for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]


@pytest.mark.parametrize("text_size", list(theme.TEXT_SIZES))
def test_every_control_is_at_least_15_mm_on_the_configured_screen(
    qtbot: Any, kiosk: KioskWindow, text_size: str
) -> None:
    per_mm = theme.pixels_per_mm(*LANDSCAPE, load_config().kiosk_screen_inches)
    smallest = theme.MIN_TOUCH_MM * per_mm
    kiosk.set_view(text_size)
    for name, page in pages_with_controls(kiosk):
        kiosk.pages.setCurrentWidget(page)
        qtbot.wait(20)
        for button in visible_buttons(page):
            size = button.size()
            where = f"{name} {button.text()!r} at {text_size}"
            assert size.height() >= smallest and size.width() >= smallest, f"{where}: {size}"


def test_every_control_has_an_accessible_name(kiosk: KioskWindow) -> None:
    for name, page in pages_with_controls(kiosk):
        for button in visible_buttons(page):
            assert button.accessibleName().strip(), f"{name}: {button.text()!r}"


def test_larger_text_is_larger_and_the_next_visit_starts_standard(qtbot: Any, kiosk: KioskWindow) -> None:
    heading = kiosk.welcome.heading
    standard = heading.fontInfo().pixelSize()
    qtbot.mouseClick(kiosk.welcome.size_buttons["largest"], Qt.MouseButton.LeftButton)
    assert heading.fontInfo().pixelSize() >= standard * 1.3
    assert kiosk.welcome.size_buttons["largest"].isChecked()
    kiosk.back_to_start()
    assert heading.fontInfo().pixelSize() == standard


def test_high_contrast_turns_the_page_dark_and_text_light(qtbot: Any, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.welcome.contrast, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    image = kiosk.grab().toImage()
    corner = image.pixelColor(kiosk.width() // 2, kiosk.height() - 10)  # page background near the bottom
    assert corner.name() == theme.HIGH_CONTRAST.page
    assert kiosk.welcome.contrast.isChecked()


def test_low_reach_keeps_every_control_in_the_lower_part_of_a_portrait_kiosk(
    qtbot: Any, kiosk: KioskWindow
) -> None:
    kiosk.resize(*PORTRAIT)
    qtbot.mouseClick(kiosk.welcome.low_reach, Qt.MouseButton.LeftButton)
    for name, page in pages_with_controls(kiosk):
        kiosk.pages.setCurrentWidget(page)
        qtbot.wait(20)  # the layout settles on the next turns of the event loop
        for button in visible_buttons(page):
            top = button.mapTo(kiosk, button.rect().topLeft()).y()
            assert top >= PORTRAIT[1] * 0.4 - 1, f"{name} {button.text()!r} at y={top}"

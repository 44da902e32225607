"""Accessibility on the kiosk: contrast, touch sizes in millimetres, text sizes, high contrast, low reach."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.card_session import CardSession
from kiosk.flow import ProcedureFlow
from kiosk.window import KioskWindow
from queueing.services import QueueService
from settings import load_config
from tests.helpers.clipping import find_clipping
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
    code_pages = (kiosk.appointment, kiosk.ticket_page)  # 予約の方, 番号札をお持ちの方: their keypads
    for page in (*card_pages, kiosk.view_options, kiosk.services, kiosk.result, *code_pages):
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
    qtbot.mouseClick(kiosk.welcome.view_button, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.view_options
    qtbot.mouseClick(kiosk.view_options.size_buttons["largest"], Qt.MouseButton.LeftButton)
    assert heading.fontInfo().pixelSize() >= standard * 1.3
    assert kiosk.view_options.size_buttons["largest"].isChecked()
    qtbot.mouseClick(kiosk.view_options.ok, Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.welcome
    kiosk.back_to_start()
    assert heading.fontInfo().pixelSize() == standard


def test_high_contrast_turns_the_page_dark_and_text_light(qtbot: Any, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.welcome.view_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.view_options.contrast, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    image = kiosk.grab().toImage()
    corner = image.pixelColor(kiosk.width() // 2, kiosk.height() - 10)  # page background near the bottom
    assert corner.name() == theme.HIGH_CONTRAST.page
    assert kiosk.view_options.contrast.isChecked()


def the_date_picker(kiosk: KioskWindow) -> QWidget:
    """引越し's first question: the date picker, 昭和 chosen (its 64 years: the most keys)."""
    flow = kiosk.visit.flow = ProcedureFlow(kiosk.catalog, kiosk.events, None)
    flow.choose_event("move_in")
    kiosk.steps.show_current(flow)
    kiosk.question.editors["date"].picker.set_value("1969-12-31")  # type: ignore[attr-defined]
    return kiosk.question


@pytest.mark.parametrize("text_size", list(theme.TEXT_SIZES))
def test_low_reach_keeps_every_control_in_the_lower_part_of_a_portrait_kiosk(
    qtbot: Any, kiosk: KioskWindow, text_size: str
) -> None:
    """Every page in each of its states (the procedure pages' too, the date picker with 昭和's 64 years):
    every control below the upper 40 % of a portrait screen, and nothing squeezed or cut off for it."""
    kiosk.resize(*PORTRAIT)
    qtbot.mouseClick(kiosk.welcome.view_button, Qt.MouseButton.LeftButton)
    kiosk.set_view(text_size)
    qtbot.mouseClick(kiosk.view_options.low_reach, Qt.MouseButton.LeftButton)
    assert kiosk.view == (text_size, False, True)
    wrong: list[str] = []
    for name, page in [*pages_with_controls(kiosk), ("the date picker", the_date_picker(kiosk))]:
        kiosk.pages.setCurrentWidget(page)
        qtbot.wait(20)  # the layout settles on the next turns of the event loop
        for button in visible_buttons(page):
            top = button.mapTo(kiosk, button.rect().topLeft()).y()
            if top < PORTRAIT[1] * 0.4 - 1:
                wrong.append(f"{name} {button.text()!r} at y={top}")
        wrong += [str(found) for found in find_clipping(kiosk, name, QSize(*PORTRAIT))]
    assert not wrong, "\n".join(wrong)


def test_low_reach_on_a_portrait_kiosk_picks_the_year_by_its_tens_first(
    qtbot: Any, kiosk: KioskWindow
) -> None:
    """Two lines of year keys instead of five: the tens, then the years in them."""
    kiosk.resize(*PORTRAIT)
    kiosk.set_view(low_reach=True)
    kiosk.pages.setCurrentWidget(the_date_picker(kiosk))
    picker = kiosk.question.editors["date"].picker  # type: ignore[attr-defined]
    qtbot.wait(20)

    def years_shown() -> list[str]:
        return [key.text() for key in picker.years if key.isVisible()]

    assert picker.compact and years_shown() == [str(n) for n in range(40, 50)]  # 昭和44 was chosen
    qtbot.mouseClick(picker.eras["平成"], Qt.MouseButton.LeftButton)
    assert [key.text() for key in picker.groups if key.isVisible()] == ["1–9", "10–19", "20–29", "30–31"]
    assert years_shown() == [str(n) for n in range(1, 10)]
    qtbot.mouseClick(picker.groups[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.years[24], Qt.MouseButton.LeftButton)
    assert years_shown() == [str(n) for n in range(20, 30)] and picker.value() == "2013-12-31"  # 平成25年
    kiosk.set_view()  # low reach off: every year at once again
    assert not picker.compact and len(years_shown()) == 31 and not any(k.isVisible() for k in picker.groups)

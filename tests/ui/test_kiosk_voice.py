"""Spoken guidance on the kiosk: each page's main text in the resident's language, a visible mute button."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.card_session import CardSession
from kiosk.window import KioskWindow
from queueing.services import QueueService
from tests.ui.conftest import PaperTray
from ui.i18n import Translations


class SpokenLog:
    """Stands in for voice.Prompter (its synthesis and latest-wins rule are tested in tests/*/voice)."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self.muted = False
        self.stops = 0

    def say(self, text: str, language: str) -> None:
        if not self.muted:
            self.said.append((text, language))

    def stop(self) -> None:
        self.stops += 1


@pytest.fixture
def spoken() -> SpokenLog:
    return SpokenLog()


@pytest.fixture
def kiosk(
    qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray, spoken: SpokenLog
) -> Iterator[KioskWindow]:
    languages = Translations()
    window = KioskWindow(queue, tray, cards=CardSession(), translations=languages, prompter=spoken)
    qtbot.addWidget(window)
    window.welcome.set_reader_available(True)
    window.resize(1920, 1080)
    window.show()
    yield window
    languages.use("ja")


def test_each_page_says_its_main_text_in_the_residents_language(
    qtbot: Any, kiosk: KioskWindow, spoken: SpokenLog
) -> None:
    qtbot.mouseClick(kiosk.welcome.mynumber, Qt.MouseButton.LeftButton)
    assert spoken.said[-1] == ("マイナンバーカードをカードリーダーに置いてください", "ja")
    kiosk.back_to_start()
    qtbot.mouseClick(kiosk.welcome.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.welcome.heading.text() == "Which card do you have?")
    qtbot.mouseClick(kiosk.welcome.licence, Qt.MouseButton.LeftButton)
    assert spoken.said[-1] == ("Please place your driver's licence on the card reader", "en")


def test_the_take_your_card_reminder_is_spoken_too(kiosk: KioskWindow, spoken: SpokenLog) -> None:
    kiosk.pages.setCurrentWidget(kiosk.take_card)
    assert spoken.said[-1] == ("カードをお取りください", "ja")


def test_the_visible_button_mutes_and_the_next_visit_is_heard_again(
    qtbot: Any, kiosk: KioskWindow, spoken: SpokenLog
) -> None:
    assert kiosk.sound.isVisible() and kiosk.sound.text() == "音声 オン"
    qtbot.mouseClick(kiosk.sound, Qt.MouseButton.LeftButton)
    assert spoken.muted and kiosk.sound.text() == "音声 オフ"
    assert kiosk.sound.accessibleName() == "音声案内をオンにする"
    before = len(spoken.said)
    qtbot.mouseClick(kiosk.welcome.no_card, Qt.MouseButton.LeftButton)
    assert len(spoken.said) == before
    kiosk.back_to_start()
    assert not spoken.muted and spoken.stops >= 1  # a new resident: sound on, nothing left playing


def test_the_button_is_15_mm_on_the_configured_screen(kiosk: KioskWindow) -> None:
    from settings import load_config
    from ui import theme

    smallest = theme.MIN_TOUCH_MM * theme.pixels_per_mm(1920, 1080, load_config().kiosk_screen_inches)
    assert kiosk.sound.height() >= smallest and kiosk.sound.width() >= smallest


def test_the_sound_button_speaks_the_residents_language(qtbot: Any, kiosk: KioskWindow) -> None:
    qtbot.mouseClick(kiosk.welcome.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.sound.text() == "Sound on")
    assert kiosk.sound.accessibleName() == "Turn spoken guidance off"
    assert kiosk.sound.geometry().right() <= kiosk.width()  # resized for its new label, still on screen

"""Languages during a visit: the language on every page, answers kept across a change, a back that goes one
page back; the forms' names, questions and answers in the resident's language; the Latin alphabet on the
keyboard; Japanese lines broken between phrases, never inside one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.card_session import CardSession
from kiosk.keyboards import KanaPad
from kiosk.widgets import button, label
from kiosk.window import KioskWindow
from queueing.services import QueueService
from settings import load_config
from tests.helpers.clipping import find_clipping
from tests.ui.conftest import PaperTray
from tests.ui.resident import Resident
from ui import theme
from ui.i18n import SOURCE_LANGUAGE, Translations
from ui.phrases import WORD_JOINER, ZWSP

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
Run = Any


class SaidPrompter:
    """Records what the kiosk would say."""

    muted = False

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def say(self, text: str, language: str) -> None:
        self.said.append((text, language))

    def stop(self) -> None:
        pass


@pytest.fixture
def kiosk(qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray) -> Iterator[KioskWindow]:
    """A card kiosk (its welcome page first) with every language, on a 1920x1080 screen."""
    translations = Translations()
    window = KioskWindow(
        queue,
        tray,
        cards=CardSession(),
        translations=translations,
        prompter=SaidPrompter(),
        result_seconds=60,
    )
    qtbot.addWidget(window)
    window.set_snapshot(queue.snapshot())
    window.welcome.set_reader_available(True)
    window.resize(1920, 1080)
    window.show()
    yield window
    translations.use(SOURCE_LANGUAGE)  # the translator is application-wide


def texts_on(page: QWidget) -> list[str]:
    widgets = page.findChildren(QLabel) + page.findChildren(QAbstractButton)
    return [w.text() for w in widgets if w.isVisibleTo(page) and w.text().strip()]


def switch_language(resident: Resident, code: str) -> None:
    kiosk = resident.kiosk
    resident.tap(kiosk.language_button)
    assert kiosk.languages.isVisible()
    resident.tap(kiosk.languages.buttons[code])
    assert not kiosk.languages.isVisible() and kiosk.language == code


# --- the language on every page -------------------------------------------------------------------------


def test_every_page_offers_the_language_and_comes_back_to_it(
    qtbot: Any, run: Run, kiosk: KioskWindow
) -> None:
    resident = Resident(run, kiosk)
    per_mm = theme.pixels_per_mm(1920, 1080, load_config().kiosk_screen_inches)
    corner = kiosk.language_button
    for index in range(kiosk.pages.count()):
        page = kiosk.pages.widget(index)
        kiosk.pages.setCurrentWidget(page)
        qtbot.wait(10)
        where = type(page).__name__
        assert corner.isVisible() and kiosk.rect().contains(corner.geometry()), where
        assert min(corner.width(), corner.height()) >= theme.MIN_TOUCH_MM * per_mm, where
        assert corner.accessibleName().strip() and "Language" in corner.text(), where
        switch_language(resident, "en" if kiosk.language == SOURCE_LANGUAGE else SOURCE_LANGUAGE)
        assert kiosk.pages.currentWidget() is page, where
    resident.tap(corner)
    resident.tap(kiosk.languages.back_button)  # もどる: no change
    assert not kiosk.languages.isVisible() and kiosk.pages.currentWidget() is page


def test_a_resident_answers_two_questions_in_japanese_then_reads_on_in_english(
    qtbot: Any, run: Run, kiosk: KioskWindow
) -> None:
    resident = Resident(run, kiosk)
    resident.tap(kiosk.welcome.no_card)
    resident.tap(kiosk.choose.forms.buttons["juminhyo"])
    resident.at("visitor.address")
    resident.type_kana("まどぐちちょう")
    resident.next()
    resident.at("visitor.name_reading")
    resident.type_kana("やまだ")
    resident.next()
    resident.at("visitor.name")
    pad = kiosk.question.editors["text"].pad  # type: ignore[attr-defined]
    pad.set_value("やま")  # half typed

    switch_language(resident, "en")

    resident.at("visitor.name")  # the same question, in English, what was half typed still there
    assert kiosk.question.heading.text() == "Enter your name."
    assert pad.value() == "やま"
    flow = kiosk.visit.flow
    assert flow is not None
    assert flow.kept[("juminhyo", "visitor.address")] == "まどぐちちょう"
    assert flow.kept[("juminhyo", "visitor.name_reading")] == "やまだ"
    resident.back()  # one page back: the reading, as answered
    resident.at("visitor.name_reading")
    assert pad.value() == "やまだ"
    assert kiosk.question.heading.text() == "Enter the reading of your name in hiragana (furigana)."


def test_back_on_the_ticket_holders_page_goes_one_page_back_in_the_residents_language(
    run: Run, kiosk: KioskWindow
) -> None:
    resident = Resident(run, kiosk)
    resident.tap(kiosk.welcome.no_card)
    switch_language(resident, "en")
    resident.tap(kiosk.choose.ticket_button)
    resident.on(kiosk.services)
    resident.tap(kiosk.services.ticket_holder)
    resident.on(kiosk.ticket_page)
    assert kiosk.ticket_page.back_button.text() == "Back"
    resident.tap(kiosk.ticket_page.back_button)
    resident.on(kiosk.services)  # one page back, in English
    assert kiosk.language == "en"
    resident.tap(kiosk.services.ticket_holder)
    resident.on(kiosk.ticket_page)
    assert kiosk.ticket_page.cancel_button.text() == "Cancel"
    resident.tap(kiosk.ticket_page.cancel_button)  # やめる: the visit ends
    resident.on(kiosk.welcome)
    assert kiosk.language == SOURCE_LANGUAGE and kiosk.visit.flow is None


def test_back_from_placing_the_card_goes_to_the_welcome_page_in_the_residents_language(
    run: Run, kiosk: KioskWindow
) -> None:
    resident = Resident(run, kiosk)
    resident.tap(kiosk.welcome.language_buttons["en"])
    resident.tap(kiosk.welcome.mynumber)
    resident.on(kiosk.insert_card)
    resident.tap(kiosk.insert_card.back_button)
    resident.on(kiosk.welcome)
    assert kiosk.language == "en" and kiosk.welcome.heading.text() == "Which card do you have?"
    assert kiosk.idle.active  # the resident changed the language: if they leave, the next one finds Japanese
    kiosk.end_visit_for_inactivity()
    assert kiosk.language == SOURCE_LANGUAGE and not kiosk.idle.active


# --- the forms in the resident's language ----------------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "ja_easy", "vi"])
def test_the_form_list_names_every_form_and_group_in_the_residents_language(
    qtbot: Any, kiosk: KioskWindow, code: str
) -> None:
    kiosk.use_language(code)
    kiosk.steps.show_choices()
    qtbot.wait(10)
    shown = texts_on(kiosk.choose.forms)
    assert kiosk.catalog["juminhyo"].name_in(code) in shown
    if code != "ja_easy":
        assert [t for t in shown if JAPANESE.search(t)] == []
    assert kiosk.choose.forms.buttons["juminhyo"].text() == kiosk.catalog["juminhyo"].name_in(code)
    kiosk.choose.show_list("events")
    qtbot.wait(10)
    events = texts_on(kiosk.choose.events)
    assert kiosk.events["birth"].name_in(code) in events
    if code == "en":
        assert "Moving" in events and [t for t in events if JAPANESE.search(t)] == []


def test_a_resident_reading_english_answers_in_english_with_the_latin_alphabet_first(
    qtbot: Any, run: Run, kiosk: KioskWindow
) -> None:
    resident = Resident(run, kiosk)
    resident.tap(kiosk.welcome.language_buttons["en"])
    resident.tap(kiosk.welcome.no_card)
    resident.tap(kiosk.choose.forms.buttons["juminhyo"])
    resident.at("visitor.address")
    assert kiosk.question.heading.text() == "Enter your address."
    pad: KanaPad = kiosk.question.editors["text"].pad  # type: ignore[attr-defined]
    assert pad.latin and pad.latin_keys["A"].isVisible() and not pad.keys["あ"].isVisible()
    assert [t for t in texts_on(kiosk.question) if JAPANESE.search(t)] == ["かな"]  # the kana, by name
    for char in "1-2-3 MADOGUCHI":
        resident.tap(pad.keys["space"] if char == " " else pad.latin_keys.get(char) or pad.keys[char])
    assert pad.value() == "1-2-3 MADOGUCHI"
    resident.next()
    resident.at("visitor.name_reading")  # a reading is kana: no alphabet there
    assert not pad.latin and not pad.switch.isVisible()
    resident.type_kana("おぶらいえん")
    resident.next()
    resident.at("visitor.name")
    for char in "O'BRIEN":
        resident.tap(pad.latin_keys[char])
    resident.tap(pad.keys["space"])
    for char in "JOHN":
        resident.tap(pad.latin_keys[char])
    assert pad.value() == "O'BRIEN JOHN"
    resident.next()
    resident.at("visitor.birth_date")
    resident.pick_date("1980-01-01")
    resident.next()
    resident.at("visitor.phone")
    resident.next()
    resident.at("relationship")
    shown = [b.accessibleName() for b in kiosk.question.choice_buttons]
    assert shown[0] == "Myself" and any(t.startswith("Someone else") for t in shown), shown
    assert kiosk.question.note.text() == "If it is for yourself, choose “Myself”."
    resident.choose("Myself")  # the answer stays Japanese: the form says 本人
    flow = kiosk.visit.flow
    assert flow is not None and flow.kept[("juminhyo", "relationship")] == "本人"
    assert flow.kept[("juminhyo", "visitor.name")] == "O'BRIEN JOHN"


def test_the_kana_keyboard_switches_to_the_latin_alphabet_and_back(run: Run, kiosk: KioskWindow) -> None:
    resident = Resident(run, kiosk)
    resident.tap(kiosk.welcome.no_card)
    resident.tap(kiosk.choose.forms.buttons["juminhyo"])
    resident.at("visitor.address")
    pad: KanaPad = kiosk.question.editors["text"].pad  # type: ignore[attr-defined]
    assert not pad.latin and pad.keys["あ"].isVisible()  # Japanese: kana first
    resident.type_kana("まどぐち")
    assert pad.switch.text() == "ABC" and pad.switch.accessibleName()
    resident.tap(pad.switch)
    assert pad.latin and not pad.keys["あ"].isVisible() and not pad.keys["voiced"].isVisible()
    for char in "NGUYEN":
        resident.tap(pad.latin_keys[char])
    resident.tap(pad.switch)  # かな
    resident.tap(pad.keys["space"])
    assert pad.value() == "まどぐちNGUYEN　"  # a kana space is full-width, a Latin one half-width


def test_a_resident_who_changes_to_english_before_typing_finds_the_latin_alphabet_first(
    run: Run, kiosk: KioskWindow
) -> None:
    """The address question came up in Japanese (kana first); the resident asks for English: the letters
    they read come first. Once something is typed, the keyboard stays as it is."""
    resident = Resident(run, kiosk)
    resident.tap(kiosk.welcome.no_card)
    resident.tap(kiosk.choose.forms.buttons["juminhyo"])
    resident.at("visitor.address")
    pad: KanaPad = kiosk.question.editors["text"].pad  # type: ignore[attr-defined]
    assert not pad.latin
    switch_language(resident, "en")
    resident.at("visitor.address")
    assert pad.latin and pad.latin_keys["A"].isVisible()
    resident.tap(pad.latin_keys["A"])
    switch_language(resident, SOURCE_LANGUAGE)
    assert pad.latin and pad.value() == "A"  # what was typed, and how, is kept


# --- phrases -----------------------------------------------------------------------------------------------


def test_japanese_wraps_between_phrases_and_the_checker_fails_a_break_inside_one(qtbot: Any) -> None:
    """「文字を大きく・見／やすく」 was seen at the largest size; 「もじを おおきく・みやす／く」 too."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(900, 400)
    plain = QLabel("文字を大きく・見やすく", window)
    plain.setWordWrap(True)
    ours = label("文字を大きく・見やすく")
    wrapping = button("もじを おおきく・みやすく", wrap=True)
    for widget in (ours, wrapping):
        widget.setParent(window)
    font = plain.font()
    font.setPixelSize(40)
    for widget in (plain, ours, wrapping):
        widget.setFont(font)
    plain.setGeometry(0, 0, 330, 300)  # Qt breaks anywhere: 文字を大きく・見／やすく
    ours.setGeometry(340, 0, 330, 300)
    wrapping.setGeometry(680, 0, 200, 300)
    window.show()
    found = find_clipping(window)
    assert [(f.text, f.problem) for f in found] == [
        ("文字を大きく・見やすく", "a phrase broken: 文字を大きく・見／やすく")
    ]
    assert ours.text() == "文字を大きく・見やすく" and ours.accessibleName() == "文字を大きく・見やすく"
    assert wrapping.text() == wrapping.accessibleName() == "もじを おおきく・みやすく"
    assert WORD_JOINER in QLabel.text(ours) and ZWSP in QLabel.text(ours)  # what Qt lays out


def test_speech_and_accessible_names_carry_no_invisible_marks(qtbot: Any, kiosk: KioskWindow) -> None:
    kiosk.steps.show_choices()
    qtbot.wait(10)
    prompter: SaidPrompter = kiosk._prompter  # type: ignore[assignment]
    assert prompter.said, "the page was spoken"
    marks = (ZWSP, WORD_JOINER)
    assert not [text for text, _ in prompter.said if any(m in text for m in marks)]
    names = [w.accessibleName() for w in kiosk.findChildren(QWidget)]
    texts = [w.text() for w in kiosk.findChildren(QLabel) + kiosk.findChildren(QAbstractButton)]
    assert not [t for t in names + texts if any(m in t for m in marks)]

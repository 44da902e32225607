"""No text is clipped on the kiosk, in any language, at any text size, on a landscape or portrait screen.

Every page is walked in its fullest states (the card pages with their warnings, each card problem, every
kind of question editor, the longest lists, the review, the ticket) and
`tests.helpers.clipping.find_clipping` must find nothing: every label and button shows its whole text, and
nothing is cut off by the screen. Every language is walked at the largest text size (the hardest), the
longest translation at the other sizes, and the pseudo-localisation (every text 40 % longer) at every size,
and Japanese and やさしい日本語 at every size (a Japanese line must break between phrases: ui.phrases). A
resident also goes from the welcome page to a ticket by touch, pseudo-localised.
"""

from __future__ import annotations

import asyncio
import datetime
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bootstrap import make_appointments
from cardreader.errors import CardRemoved, PinBlocked, UnsupportedCard, UntrustedData
from cardreader.identity import Identity
from kiosk.card_session import CardSession
from kiosk.flow import ProcedureFlow
from kiosk.widgets import button
from kiosk.window import KioskWindow
from queueing.appointment_service import CheckIn, Refusal
from queueing.appointments import Appointment
from queueing.services import QueueService, Standing
from settings import OfficeConfig
from tests.helpers.clipping import Clipping, find_clipping
from tests.helpers.clock import JST
from tests.ui.conftest import PaperTray, procedure_states
from tests.ui.resident import RecordingSubmit, Resident
from ui import theme
from ui.i18n import I18N_DIR, LANGUAGES, SOURCE_LANGUAGE, Translations

SCREENS = {"landscape": QSize(1920, 1080), "portrait": QSize(1080, 1920)}
LARGEST = max(theme.TEXT_SIZES, key=lambda size: theme.TEXT_SIZES[size])


def translated_length(code: str) -> int:
    """How many characters a language's translations have in all (the source language: its sources)."""
    path = I18N_DIR / f"madoguchi_{code}.ts"
    if code == SOURCE_LANGUAGE or not path.exists():
        path, tag = I18N_DIR / "madoguchi_en.ts", "source"
    else:
        tag = "translation"
    return sum(len("".join(node.itertext())) for node in ET.parse(path).getroot().iter(tag))


LONGEST = max((lang.code for lang in LANGUAGES), key=translated_length)


class Walk:
    """A kiosk on one screen size; `check()` collects what the checker finds on the page shown."""

    def __init__(self, kiosk: KioskWindow, screen: QSize, run: Callable[..., Any]) -> None:
        self.kiosk, self.screen, self.run = kiosk, screen, run
        self.found: list[Clipping] = []

    def settle(self) -> None:
        """Texts, then the layouts they change, then their children's: on the app's loop (its tasks run)."""

        async def turns() -> None:
            for _ in range(3):
                QApplication.processEvents()
                await asyncio.sleep(0)

        self.run(turns())

    def check(self, name: str, page: QWidget | None = None) -> None:
        if page is not None:
            self.kiosk.pages.setCurrentWidget(page)
        self.settle()
        self.found += find_clipping(self.kiosk, name, self.screen)


def cardholder() -> Identity:
    return Identity(
        card_type="mynumber",
        name="𠮷川　髙美",
        name_reading=None,
        address="北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス　２０１号室",
        birth_date=datetime.date(1948, 11, 23),
        sex="female",
    )


def every_page(walk: Walk, queue: QueueService) -> None:
    """Every kiosk page in each state a resident can meet it, fullest first."""
    kiosk = walk.kiosk
    walk.check("welcome", kiosk.welcome)
    kiosk.welcome.reservation.hide()  # an office without reservations offers 番号札をお持ちの方 there instead
    kiosk.welcome.ticket_holder.show()
    walk.check("welcome without reservations", kiosk.welcome)
    kiosk.welcome.ticket_holder.hide()
    kiosk.welcome.reservation.show()
    kiosk.view_options.show_view(kiosk.view[0], True, True)  # marked: the thicker border of a choice
    walk.check("view options", kiosk.view_options)
    kiosk.view_options.show_view(*kiosk.view)
    for card in ("mynumber", "licence"):
        kiosk.insert_card.ask_for(card)
        walk.check(f"insert card: {card}", kiosk.insert_card)
    kiosk.pin_pad.prepare("mynumber", 1, wrong=True)
    kiosk.pin_pad.press("1")
    walk.check("PIN: the last try", kiosk.pin_pad)
    kiosk.pin_pad.prepare("licence", 3)
    walk.check("PIN: licence", kiosk.pin_pad)
    kiosk.pin_pad.reset()
    walk.check("reading", kiosk.reading)
    kiosk.confirm.show_identity(cardholder())
    walk.check("confirm", kiosk.confirm)
    walk.check("take the card", kiosk.take_card)
    for error in (PinBlocked(), CardRemoved(), UnsupportedCard(), UntrustedData(), Exception()):
        kiosk._show_problem(error)  # type: ignore[arg-type]
        walk.check(f"problem: {type(error).__name__}")
    for name, page in procedure_states(kiosk):
        walk.check(name, page)
    flow = kiosk.visit.flow = ProcedureFlow(kiosk.catalog, kiosk.events, None)
    flow.choose_event("move_in")  # its first question is a date: the picker
    kiosk.steps.show_current(flow)
    kiosk.question.editors["date"].picker.set_value("1969-12-31")  # type: ignore[attr-defined]
    walk.check("the date picker")
    kiosk.set_snapshot(queue.snapshot())
    walk.check("services", kiosk.services)
    kiosk.set_offline(True)
    walk.check("offline: services", kiosk.services)
    walk.check("offline: welcome", kiosk.welcome)
    kiosk.set_offline(False)
    issued = queue.issue("A")
    for printed, failed, forms in ((True, False, True), (False, True, False), (False, False, None)):
        kiosk.result.show_ticket(issued, printed, failed)
        kiosk.result.show_forms(forms)
        walk.check(f"ticket: printed={printed} failed={failed} forms={forms}", kiosk.result)
    kiosk.result.show_failure()
    walk.check("ticket: not issued", kiosk.result)
    kiosk.show_appointment()
    walk.check("appointment")
    late = Appointment("R-1024", "B", datetime.datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    kiosk.appointment.show_refusal(CheckIn(refusal=Refusal.TOO_LATE, appointment=late), 15)
    walk.check("appointment: too late")
    kiosk.show_ticket_page()
    walk.check("ticket holder")
    for standing in (Standing.HELD, Standing.FINISHED, Standing.UNKNOWN, None):  # the longest first
        kiosk.ticket_page.show_standing(standing)
        walk.check(f"ticket holder: {standing}")
    for standing, counter in ((Standing.RETURNED, ""), (Standing.CALLED, "3番窓口")):
        kiosk.result.show_standing(standing, issued, counter)
        walk.check(f"ticket holder: {standing}", kiosk.result)
    kiosk.more_time.cover(kiosk)
    walk.check("more time?", kiosk.welcome)
    kiosk.more_time.hide()


@pytest.fixture
def open_kiosk(
    qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray, config: OfficeConfig, store: Any
) -> Iterator[Callable[..., Walk]]:
    """`open_kiosk(screen, language, text_size, pseudo=False)`: a kiosk (cards, appointments) to walk."""
    opened: list[Translations] = []
    appointments = make_appointments(config, store.unit_of_work, queue)

    def open_it(screen: str, language: str, text_size: str, pseudo: bool = False, **options: Any) -> Walk:
        translations = Translations(pseudo=pseudo)
        opened.append(translations)
        kiosk = KioskWindow(
            queue, tray, cards=CardSession(), translations=translations, appointments=appointments, **options
        )
        qtbot.addWidget(kiosk)
        kiosk.welcome.set_reader_available(True)
        kiosk.resize(SCREENS[screen])
        kiosk.show()
        kiosk.use_language(language)
        kiosk.set_view(text_size)
        return Walk(kiosk, SCREENS[screen], qloop.run_until_complete)

    yield open_it
    for translations in opened:
        translations.pseudo = False
        translations.use("en")
        translations.use(SOURCE_LANGUAGE)  # the translator is application-wide: leave Japanese behind


def report(found: list[Clipping]) -> str:
    return "\n".join(str(clipping) for clipping in found[:40]) + (
        f"\n... and {len(found) - 40} more" if len(found) > 40 else ""
    )


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("language", [lang.code for lang in LANGUAGES])
def test_no_text_is_clipped_in_any_language_at_the_largest_size(
    open_kiosk: Callable[..., Walk], queue: QueueService, screen: str, language: str
) -> None:
    walk = open_kiosk(screen, language, LARGEST)
    every_page(walk, queue)
    assert not walk.found, report(walk.found)


LONGEST_OR_PSEUDO = [
    *[
        pytest.param(LONGEST, False, size, id=f"longest-{size}")
        for size in theme.TEXT_SIZES
        if size != LARGEST
    ],
    *[pytest.param("en", True, size, id=f"pseudo-{size}") for size in theme.TEXT_SIZES],
    # Japanese and やさしい日本語 at every size: their lines break between phrases, never inside one
    *[
        pytest.param(code, False, size, id=f"{code}-{size}")
        for code in ("ja", "ja_easy")
        for size in theme.TEXT_SIZES
        if size != LARGEST
    ],
]


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("language, pseudo, text_size", LONGEST_OR_PSEUDO)
def test_no_text_is_clipped_at_any_text_size(
    open_kiosk: Callable[..., Walk],
    queue: QueueService,
    screen: str,
    text_size: str,
    language: str,
    pseudo: bool,
) -> None:
    """The longest translation at every other size (every language is walked at the largest), and every
    text 40 % longer at every size."""
    walk = open_kiosk(screen, language, text_size, pseudo)
    every_page(walk, queue)
    assert not walk.found, report(walk.found)


class CheckingResident(Resident):
    """A resident who, before every touch, reads the whole screen: nothing may be clipped."""

    def __init__(self, run: Any, walk: Walk) -> None:
        super().__init__(run, walk.kiosk)
        self.walk = walk

    def press(self, widget: Any) -> None:
        page = self.kiosk.pages.currentWidget()
        self.walk.check(f"{type(page).__name__} before {widget.accessibleName()!r}")
        super().press(widget)


@pytest.mark.parametrize(
    "screen, text_size, low_reach", [("portrait", "large", True), ("landscape", "standard", False)]
)
def test_a_resident_goes_from_the_welcome_page_to_a_ticket_without_clipping(
    open_kiosk: Callable[..., Walk],
    queue: QueueService,
    run: Any,
    screen: str,
    text_size: str,
    low_reach: bool,
) -> None:
    """Pseudo-localised English, by touch: the forms, then only a ticket (in portrait, in low reach: the
    date picker's years by their tens)."""
    walk = open_kiosk(screen, SOURCE_LANGUAGE, "standard", pseudo=True, submit=RecordingSubmit(queue))
    kiosk = walk.kiosk
    kiosk.set_snapshot(queue.snapshot())
    resident = CheckingResident(run, walk)
    resident.tap(kiosk.welcome.language_buttons["en"])
    resident.tap(kiosk.welcome.view_button)
    resident.tap(kiosk.view_options.size_buttons[text_size])
    if low_reach:
        resident.tap(kiosk.view_options.low_reach)
    resident.tap(kiosk.view_options.ok)
    resident.tap(kiosk.welcome.no_card)
    resident.on(kiosk.choose)
    resident.tap(kiosk.choose.forms.buttons["juminhyo"])
    resident.at("visitor.address")  # in English: the Latin alphabet first
    pad = kiosk.question.editors["text"].pad  # type: ignore[attr-defined]
    for char in "1-2-3 MADOGUCHI":
        resident.tap(pad.keys["space"] if char == " " else pad.latin_keys.get(char) or pad.keys[char])
    resident.next()
    resident.at("visitor.name_reading")  # a reading is kana
    resident.type_kana("やまだ　はなこ")
    resident.next()
    resident.at("visitor.name")
    resident.suggestion("やまだ　はなこ")
    resident.at("visitor.birth_date")
    resident.pick_date("1982-05-05")
    resident.next()
    resident.at("visitor.phone")
    resident.type_digits("0312345678")
    resident.next()
    resident.at("relationship")
    resident.tap(kiosk.question.choice_buttons[0])  # 本人, "Myself" in English
    resident.at("purpose")
    resident.suggestion("年金")
    resident.on(kiosk.review)
    resident.tap(kiosk.review.ok)
    resident.on(kiosk.result)
    walk.check("the ticket, with forms")
    resident.tap(kiosk.result.ok)
    resident.tap(kiosk.welcome.no_card)
    resident.tap(kiosk.choose.ticket_button)
    resident.on(kiosk.services)
    resident.tap(kiosk.services.buttons["A"])
    resident.on(kiosk.result)
    walk.check("the ticket only")
    assert kiosk.width() == SCREENS[screen].width()
    assert not walk.found, report(walk.found)


# --- the checker itself ---------------------------------------------------------------------------


@pytest.fixture
def bench(qtbot: Any) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.setFixedSize(400, 300)
    return window


def test_the_checker_finds_a_label_too_narrow_for_its_text(bench: QWidget) -> None:
    narrow = QLabel("A label far too long for the forty pixels it is given", bench)
    narrow.setGeometry(10, 10, 40, 30)
    fits = QLabel("OK", bench)
    fits.setGeometry(10, 50, 200, 30)
    bench.show()
    (found,) = find_clipping(bench, "bench")
    assert found.problem == "too narrow" and found.available[0] <= 40 < found.needed[0]
    assert "bench: QLabel" in str(found) and "far too long" in str(found)


def test_the_checker_finds_wrapped_text_taller_than_its_label_and_a_word_too_wide(bench: QWidget) -> None:
    low = QLabel("many words that wrap onto several lines in a short label " * 3, bench)
    low.setWordWrap(True)
    low.setGeometry(0, 0, 200, 20)
    word = QLabel("Unbreakablewordthatcannotwrap", bench)
    word.setWordWrap(True)
    word.setGeometry(0, 100, 60, 200)
    bench.show()
    assert sorted(f.problem for f in find_clipping(bench)) == ["a word too wide", "too low"]


def test_the_checker_finds_a_button_too_narrow_and_one_cut_off_by_its_parent(bench: QWidget) -> None:
    QPushButton("A button with a long text", bench).setGeometry(0, 0, 60, 40)
    box = QWidget(bench)
    box.setGeometry(0, 100, 200, 100)
    QPushButton("OK", box).setGeometry(150, 0, 100, 40)  # half of it outside the box
    bench.show()
    assert sorted(f.problem for f in find_clipping(bench)) == ["cut off by its parent", "too narrow"]


def test_the_checker_reads_a_wrapping_button_wrapped_and_an_elided_text_as_clipped(bench: QWidget) -> None:
    layout = QVBoxLayout(bench)
    wrapping = button("A long answer that wraps onto more lines in a narrow button", wrap=True)
    layout.addWidget(wrapping)
    row = QHBoxLayout()
    layout.addLayout(row)
    elided = QLabel("Someth…", bench)
    elided.setAccessibleName("Something long")
    row.addWidget(elided)
    bench.show()
    QApplication.processEvents()
    assert wrapping.height() > wrapping.minimumSizeHint().height()  # it took the lines it needs
    assert [f.problem for f in find_clipping(bench)] == ["elided"]
    elided.setProperty("elides", True)  # on purpose (what is typed, shown from its end)
    assert find_clipping(bench) == []


def test_the_checker_finds_a_window_larger_than_its_screen(bench: QWidget) -> None:
    bench.show()
    (found,) = find_clipping(bench, "bench", QSize(300, 300))
    assert found.problem == "larger than the screen" and found.needed == (400, 300)


def test_pseudo_localisation_is_40_percent_wider_keeps_placeholders_and_is_no_language() -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.i18n import available_languages, pseudo

    font = QFont(theme.FONT_FAMILY)
    font.setPixelSize(40)
    metrics = QFontMetrics(font)
    for text in ("Take a number", "番号札を取る", "Wrong PIN. %n tries left", "%1（%2人目）"):
        shown = pseudo(text)
        assert shown.startswith("［") and shown.endswith("］")
        assert metrics.horizontalAdvance(shown) >= 1.4 * metrics.horizontalAdvance(text), shown
        assert [p for p in ("%n", "%1", "%2") if p in text] == [p for p in ("%n", "%1", "%2") if p in shown]
    assert pseudo("one\ntwo").count("\n") == 1
    assert "pseudo" not in {lang.code for lang in available_languages()}


def test_pseudo_localisation_lengthens_the_chosen_language_and_its_plurals(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    translations = Translations(pseudo=True)
    try:
        assert QCoreApplication.translate("KioskWindow", "音声 オン").startswith("［音声 オン")
        translations.use("en")
        assert QCoreApplication.translate("PinPadPage", "あと%n回入力できます", None, 2).startswith("［2 trî")
    finally:
        translations.pseudo = False
        translations.use("en")
        translations.use(SOURCE_LANGUAGE)


def test_the_checker_finds_a_header_section_too_narrow_for_its_title_and_passes_a_fitting_one(
    bench: QWidget,
) -> None:
    table = QTableWidget(1, 2, bench)
    table.setHorizontalHeaderLabels(["A header title far too long for its section", "OK"])
    table.setItem(0, 0, QTableWidgetItem("x"))
    table.setGeometry(0, 0, 380, 200)
    table.horizontalHeader().resizeSection(0, 60)
    table.horizontalHeader().resizeSection(1, 120)
    bench.show()
    QApplication.processEvents()
    (found,) = find_clipping(bench)
    assert found.problem == "too narrow" and "far too long" in found.text  # Qt cuts the title off both ends
    table.horizontalHeader().resizeSection(0, 360)
    assert find_clipping(bench) == []
    table.horizontalHeader().resizeSection(0, 60)
    table.setProperty("elides", True)  # on purpose
    assert find_clipping(bench) == []


def test_the_checker_finds_a_cell_too_narrow_and_a_wrapped_row_too_low_in_the_rows_shown(
    bench: QWidget,
) -> None:
    table = QTableWidget(30, 1, bench)
    table.setGeometry(0, 0, 380, 200)
    table.horizontalHeader().setVisible(False)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setColumnWidth(0, 80)
    table.setItem(0, 0, QTableWidgetItem("A cell text far too long for its column"))
    table.setItem(29, 0, QTableWidgetItem("A cell scrolled out of sight, far too long"))  # not shown
    bench.show()
    QApplication.processEvents()
    (found,) = find_clipping(bench)
    assert found.problem == "elided" and found.text.startswith("A cell text")
    table.setColumnWidth(0, 360)
    assert find_clipping(bench) == []
    table.setWordWrap(True)
    table.setColumnWidth(0, 120)
    table.setRowHeight(0, 20)
    (found,) = find_clipping(bench)
    assert found.problem == "too low" and found.needed[1] > found.available[1]
    table.resizeRowToContents(0)
    assert find_clipping(bench) == []


def test_the_checker_finds_a_cut_tab_title_and_passes_a_fitting_one(bench: QWidget) -> None:
    tabs = QTabBar(bench)
    tabs.addTab("OK")
    tabs.addTab("A tab title far too long for its tab")
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setUsesScrollButtons(False)
    tabs.setGeometry(0, 0, 200, 40)
    bench.show()
    QApplication.processEvents()
    found = find_clipping(bench)
    assert [(f.problem, f.text) for f in found] == [("elided", "A tab title far too long for its tab")]
    tabs.setTabText(1, "Fits")
    assert find_clipping(bench) == []

"""`python main.py screenshots DIR`: every screen rendered offscreen to PNG, on a demo queue.

Uses a throw-away SQLite database, so it never touches the office's real queue.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from settings import OfficeConfig

KIOSK_SIZE = (1920, 1080)
PORTRAIT_KIOSK = (1080, 1920)
NO_IDLE = (86_400, 86_400)
"""A screenshot run may take minutes on a busy machine: its kiosks never ask "more time?" on their own."""

DISPLAY_SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def _demo_queue(app: Any) -> dict[str, Any]:
    """A mid-morning queue: tickets in several services, three counters serving."""
    queue = app.queue
    issued = []
    for code in "AAABBACDDEFAB":
        issued.append(queue.issue(code))
    for counter in (1, 2, 4):
        queue.call_next(counter)
    queue.recall(2)
    return {"last": issued[-1]}


DEMO_NOTICE = "本日の証明書の発行は16時30分までです。暗証番号の再設定は2階 5番窓口へお越しください。"


def _display_demo(app: Any) -> Any:
    """Later in the morning, on a database of its own: every counter has called, some several times, one
    number is called again, and a notice runs along the bottom. Returns the display's snapshot."""
    from queueing.notices import NoticeBoard

    queue = app.queue
    for code in "AAAAAABBBCDDEFAB":
        queue.issue(code)
    for counter in (1, 2, 1, 3, 4, 1, 2, 4):
        queue.call_next(counter)
    queue.recall(2)
    NoticeBoard(office_code=queue.office_code, uow=app.store.unit_of_work, clock=queue.clock).post(
        DEMO_NOTICE
    )
    return queue.snapshot()


DEMO_RESIDENT = {
    "card_type": "mynumber",
    "name": "𠮷川　髙美",
    "name_reading": None,
    "address": "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス　２０１号室",
    "birth_date": "1948-11-23",
    "sex": "female",
}


def _demo_identity() -> Any:
    """A fictional resident, as a card read would give it (for the confirmation screen)."""
    from datetime import date

    from cardreader.identity import Identity

    values = dict(DEMO_RESIDENT)
    return Identity(**{**values, "birth_date": date.fromisoformat(str(values["birth_date"]))})  # type: ignore[arg-type]


def _appointments(app: Any) -> Any:
    """The office's appointments, as main.py hands them to the kiosk (its start pages offer 予約の方)."""
    from queueing.appointment_service import AppointmentService

    return AppointmentService(app.queue, app.store.unit_of_work)


class _Silent:
    """A prompter that says nothing: the screenshots show the sound button as residents see it."""

    muted = False

    def say(self, text: str, language: str) -> None:
        pass

    def stop(self) -> None:
        pass


def _languages(app: Any, directory: Path) -> None:
    """The welcome page in every translated language, one after another (the translator is app-wide)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.card_session import CardSession
    from kiosk.window import KioskWindow
    from ui.i18n import SOURCE_LANGUAGE, Translations, available_languages

    window = KioskWindow(
        app.queue,
        lambda *_: True,
        idle=NO_IDLE,
        cards=CardSession(),
        translations=Translations(),
        appointments=_appointments(app),
    )
    window.welcome.set_reader_available(True)
    window.resize(*KIOSK_SIZE)
    window.show()
    for language in available_languages():
        if language.code == SOURCE_LANGUAGE:
            continue
        window.use_language(language.code)
        QApplication.processEvents()  # the language change arrives as posted events
        path = directory / f"kiosk-welcome-{language.code}.png"
        window.grab().save(str(path))
        print(path)
    window.use_language(SOURCE_LANGUAGE)
    window.close()


RESIDENT_LANGUAGES = ("ja", "en", "ja_easy")  # the three a resident was seen in (issue 11)


def _resident_controls(app: Any, directory: Path) -> None:
    """What a resident meets on the way, in Japanese, English and やさしい日本語, then in Japanese at the
    largest size: the language control on a question, the relationships explained, an address typed
    without a card (Latin letters first in English), a wrong PIN, the ticket-only page's way out, and the
    idle warning counting down. One language after another (the translator is app-wide)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.card_session import CardSession
    from kiosk.flow import ProcedureFlow
    from kiosk.window import KioskWindow
    from ui.i18n import SOURCE_LANGUAGE, Translations

    translations = Translations()

    def kiosk(*, card: bool = True) -> Any:
        window = KioskWindow(
            app.queue, lambda *_: True, idle=NO_IDLE, cards=CardSession(), translations=translations,
            prompter=_Silent(), appointments=_appointments(app),
        )  # fmt: skip
        window.welcome.set_reader_available(True)
        window.visit.identity = _demo_identity() if card else None
        return window

    def at_question(answers: dict[str, object], *, card: bool = True) -> Any:
        window = kiosk(card=card)
        flow = window.visit.flow = ProcedureFlow(
            window.catalog, window.events, window.visit.identity, today=app.queue.clock.calendar_date()
        )
        flow.choose_form("juminhyo")
        while (screen := flow.current()) is not None and screen.question.id in answers:
            flow.answer(answers[screen.question.id])
        window.steps.show_current(flow)
        return window

    relationship = at_question({"visitor.name_reading": "よしかわ　たかみ", "visitor.phone": "0155621234"})
    address = at_question({}, card=False)  # no card: the first question is the address
    pin = kiosk()
    pin.pages.setCurrentWidget(pin.pin_pad)
    pin.pin_pad.prepare("mynumber", 2, wrong=True)
    services = kiosk()
    services.set_snapshot(app.queue.snapshot())
    services.pages.setCurrentWidget(services.services)
    idle = kiosk()
    idle.pages.setCurrentWidget(idle.choose)
    idle.steps.show_choices()
    windows = {
        "relationship": relationship, "address": address, "pin-wrong": pin, "ticket-only": services,
        "idle-warning": idle,
    }  # fmt: skip
    for window in windows.values():
        window.resize(*KIOSK_SIZE)
        window.show()
    views = [(code, "standard") for code in RESIDENT_LANGUAGES] + [(SOURCE_LANGUAGE, "largest")]
    for code, size in views:
        for name, window in windows.items():
            window.use_language(code)
            window.set_view(size)
            if name == "idle-warning":
                window.more_time.cover(window, lambda: 23)
            for _ in range(3):  # the texts, the layouts they change, the lines wrapping buttons then need
                QApplication.processEvents()
            suffix = code if size == "standard" else f"{code}-{size}"
            path = directory / f"kiosk-{name}-{suffix}.png"
            window.grab().save(str(path))
            print(path)
    for window in windows.values():
        window.use_language(SOURCE_LANGUAGE)
        window.close()


def _pseudo(app: Any, directory: Path) -> None:
    """Pseudo-localisation (`--pseudo`: every text 40 % longer) at the largest text size, a landscape and
    a portrait kiosk: rendered at once, as the translator is app-wide."""
    from PySide6.QtWidgets import QApplication

    from kiosk.card_session import CardSession
    from kiosk.window import KioskWindow
    from ui.i18n import SOURCE_LANGUAGE, Translations

    translations = Translations(pseudo=True)
    for name, size in (
        ("kiosk-pseudo-largest", KIOSK_SIZE),
        ("kiosk-pseudo-largest-portrait", PORTRAIT_KIOSK),
    ):
        window = KioskWindow(
            app.queue, lambda *_: True, idle=NO_IDLE, cards=CardSession(), translations=translations,
            appointments=_appointments(app),
        )  # fmt: skip
        window.welcome.set_reader_available(True)
        window.resize(*size)
        window.show()
        window.use_language("en")
        window.set_view("largest")
        for _ in range(3):  # the texts, the layouts they change, the lines wrapping buttons then need
            QApplication.processEvents()
        window.grab().save(str(directory / f"{name}.png"))
        print(directory / f"{name}.png")
        window.close()
    translations.pseudo = False
    translations.use("en")
    translations.use(SOURCE_LANGUAGE)
    QApplication.processEvents()


def _card_pages(app: Any, shots: dict[str, tuple[Any, tuple[int, int]]]) -> None:
    """The kiosk's card pages, each in the state a resident meets it."""
    from cardreader.errors import PinBlocked
    from kiosk.card_session import CardSession
    from kiosk.window import KioskWindow
    from ui.i18n import Translations

    def kiosk_on(page_name: str) -> Any:
        window = KioskWindow(
            app.queue,
            lambda *_: True,
            idle=NO_IDLE,
            cards=CardSession(),
            translations=Translations(),
            prompter=_Silent(),
            appointments=_appointments(app),
        )
        window.welcome.set_reader_available(True)
        window.pages.setCurrentWidget(getattr(window, page_name))
        return window

    shots["kiosk-welcome"] = (kiosk_on("welcome"), KIOSK_SIZE)
    shots["kiosk-view-options"] = (kiosk_on("view_options"), KIOSK_SIZE)
    contrast = kiosk_on("welcome")
    contrast.set_view("largest", high_contrast=True)
    shots["kiosk-welcome-high-contrast-largest"] = (contrast, KIOSK_SIZE)
    pin = kiosk_on("pin_pad")
    pin.pin_pad.prepare("mynumber", 1, wrong=True)
    for digit in "12":
        pin.pin_pad.press(digit)
    shots["kiosk-pin-last-try"] = (pin, KIOSK_SIZE)
    confirm = kiosk_on("confirm")
    confirm.confirm.show_identity(_demo_identity())
    shots["kiosk-confirm"] = (confirm, KIOSK_SIZE)
    shots["kiosk-take-card"] = (kiosk_on("take_card"), KIOSK_SIZE)
    more_time = kiosk_on("pin_pad")
    more_time.pin_pad.prepare("mynumber", 3)
    more_time.resize(*KIOSK_SIZE)
    more_time.more_time.cover(more_time)
    shots["kiosk-more-time"] = (more_time, KIOSK_SIZE)
    blocked = kiosk_on("problem")
    blocked._show_problem(PinBlocked())
    shots["kiosk-pin-blocked"] = (blocked, KIOSK_SIZE)


def _procedure_pages(app: Any, shots: dict[str, tuple[Any, tuple[int, int]]]) -> None:
    """After the card: the choice, a question of each main kind, a household list and the review."""
    from kiosk.card_session import CardSession
    from kiosk.flow import ProcedureFlow
    from kiosk.window import KioskWindow

    mine = {"visitor.name_reading": "よしかわ　たかみ", "visitor.phone": "0155621234", "relationship": "本人"}
    moving = {"move_date": "2026-11-01", "kokuho": True, "has_mynumber_card": True, "wants_seal": False}
    moving |= {key: mine[key] for key in ("visitor.name_reading", "visitor.phone")}
    moving |= {"new_address": "まどぐちちょう　1-2-3", "new_postal_code": "0820011", "visitor_moves": True}

    def kiosk_at(choose: Callable[[Any], None], answers: dict[str, object], *, card: bool = True) -> Any:
        window = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE, cards=CardSession())
        window.visit.identity = _demo_identity() if card else None
        today = app.queue.clock.calendar_date()  # as the kiosk starts a visit: the office's day
        flow = window.visit.flow = ProcedureFlow(
            window.catalog, window.events, window.visit.identity, today=today
        )
        choose(flow)
        while (screen := flow.current()) is not None and screen.question.id in answers:
            flow.answer(answers[screen.question.id])
        window.steps.show_current(flow)
        return window

    choose = kiosk_at(lambda flow: None, {})
    choose.steps.show_choices()
    shots["kiosk-choose"] = (choose, KIOSK_SIZE)
    shots["kiosk-question-choice"] = (kiosk_at(lambda f: f.choose_form("juminhyo"), mine), KIOSK_SIZE)
    kana = kiosk_at(lambda f: f.choose_form("juminhyo"), {}, card=False)  # no card: the reading is typed
    kana.question.editor.pad.set_value("よしかわ　たか")
    shots["kiosk-kana-keyboard"] = (kana, KIOSK_SIZE)
    date = kiosk_at(lambda f: f.choose_event("move_in"), {})
    date.question.editor.picker.set_value("2026-11-01")
    shots["kiosk-date-picker"] = (date, KIOSK_SIZE)
    household = kiosk_at(lambda f: f.choose_event("move_in"), moving)
    flow = household.visit.flow
    flow.kept[flow.current().key] = [
        {**flow.current().value[0], "name_reading": "よしかわ　たかみ", "relation": "世帯主"},
        {"name_reading": "よしかわ　はな", "name": "よしかわ　はな", "birth_date": "2016-04-10", "sex": "女"},
    ]
    household.steps.show_current(flow)
    shots["kiosk-household"] = (household, KIOSK_SIZE)
    review = kiosk_at(lambda f: f.choose_form("juminhyo"), {**mine, "purpose": "年金"})
    shots["kiosk-review"] = (review, KIOSK_SIZE)
    # A portrait kiosk (1080x1920): the same pages, stacked and wrapped to its width.
    shots["kiosk-portrait-choose"] = (kiosk_at(lambda flow: None, {}), PORTRAIT_KIOSK)
    shots["kiosk-portrait-choose"][0].steps.show_choices()
    date = kiosk_at(lambda f: f.choose_event("move_in"), {})
    date.question.editor.picker.set_value("1982-05-05")
    shots["kiosk-portrait-date-picker"] = (date, PORTRAIT_KIOSK)
    low = kiosk_at(lambda f: f.choose_event("move_in"), {})
    low.question.editor.picker.set_value("1948-11-23")  # 昭和: its 64 years, the most keys
    low.set_view(low_reach=True)
    shots["kiosk-portrait-date-picker-low-reach"] = (low, PORTRAIT_KIOSK)
    portrait_review = kiosk_at(lambda f: f.choose_form("juminhyo"), {**mine, "purpose": "年金"})
    shots["kiosk-portrait-review"] = (portrait_review, PORTRAIT_KIOSK)


def _appointment_pages(app: Any, shots: dict[str, tuple[Any, tuple[int, int]]], directory: Path) -> None:
    """予約の方: the number typed, a check-in too late (also in English), and the ticket of a check-in."""
    from datetime import timedelta

    from PySide6.QtWidgets import QApplication

    from kiosk.card_session import CardSession
    from kiosk.window import KioskWindow
    from queueing.appointments import Appointment
    from ui.i18n import SOURCE_LANGUAGE, Translations

    appointments = _appointments(app)
    now = app.queue.now().replace(second=0, microsecond=0)
    soon = now + timedelta(minutes=60 - now.minute % 15)
    appointments.import_appointments(
        [Appointment("R-1024", "C", soon), Appointment("R-2048", "A", now - timedelta(minutes=45))]
    )

    def kiosk_on_appointment(typed: str) -> Any:
        window = KioskWindow(
            app.queue, lambda *_: True, idle=NO_IDLE, cards=CardSession(), translations=Translations(),
            prompter=_Silent(), appointments=appointments,
        )  # fmt: skip
        window.show_appointment()
        for char in typed:
            window.appointment.pad.keys[char].click()
        return window

    shots["kiosk-appointment"] = (kiosk_on_appointment("R1024"), KIOSK_SIZE)
    late = kiosk_on_appointment("R2048")
    late.appointment.show_refusal(appointments.check_in("R2048"), 30)
    shots["kiosk-appointment-late"] = (late, KIOSK_SIZE)
    english = kiosk_on_appointment("R2048")
    english.appointment.show_refusal(appointments.check_in("R2048"), 30)
    english.resize(*KIOSK_SIZE)
    english.show()
    english.use_language("en")
    QApplication.processEvents()
    english.grab().save(str(directory / "kiosk-appointment-late-en.png"))
    print(directory / "kiosk-appointment-late-en.png")
    english.use_language(SOURCE_LANGUAGE)
    english.close()
    checked_in = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE)
    issued = appointments.check_in("R-1024").issued
    checked_in.result.show_ticket(issued, printed=True)
    checked_in.pages.setCurrentWidget(checked_in.result)
    shots["kiosk-appointment-ticket"] = (checked_in, KIOSK_SIZE)


def _ticket_holder_pages(app: Any, shots: dict[str, tuple[Any, tuple[int, int]]]) -> None:
    """番号札をお持ちの方: the number typed, and a no-show back in line (in a queue of its own, closed here:
    the windows were shown what they show)."""
    from kiosk.window import KioskWindow

    try:
        missed = app.queue.issue("A").ticket
        for _ in range(3):
            app.queue.issue("A")
        app.queue.call_next(1)
        for _ in range(4):
            app.queue.recall(1)  # the fourth gives up: a no-show
        typing = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE)
        typing.show_ticket_page()
        for char in "A1":
            typing.ticket_page.pad.keys[char].click()
        shots["kiosk-ticket-holder"] = (typing, KIOSK_SIZE)
        back = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE)
        found = app.queue.come_back(missed.label)
        back.result.show_standing(found.standing, found.issued)
        back.pages.setCurrentWidget(back.result)
        shots["kiosk-back-in-line"] = (back, KIOSK_SIZE)
    finally:
        app.close()


def _tickets(app: Any, directory: Path, ticket_pdf: Callable[..., bytes]) -> None:
    """A routed ticket as printed for a Japanese, an English and a Korean resident: ticket-LANG.pdf, and
    .png where poppler's pdftoppm is installed (in a queue of its own, closed here)."""
    from kiosk.window import KioskWindow
    from ui.i18n import SOURCE_LANGUAGE, Translations

    kiosk = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE, translations=Translations())
    try:
        issued = app.queue.issue(["B", "E", "F"])
        for language in (SOURCE_LANGUAGE, "en", "ko"):
            kiosk.use_language(language)
            pdf = directory / f"ticket-{language}.pdf"
            pdf.write_bytes(ticket_pdf(issued, kiosk.resident_lines(issued)))
            print(pdf)
            if shutil.which("pdftoppm"):
                png = directory / f"ticket-{language}"
                subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", pdf, png], check=True)
                print(png.with_suffix(".png"))
    finally:
        kiosk.use_language(SOURCE_LANGUAGE)
        kiosk.close()
        app.close()


def render_all(
    config: OfficeConfig, directory: Path, build_app: Callable[..., Any], ticket_pdf: Callable[..., bytes]
) -> int:
    """Render kiosk, display and desk screens, and sample tickets, into `directory`; print each file
    written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.window import KioskWindow
    from queue_display.window import DisplayWindow
    from tools.desk_screenshots import desk_pages
    from ui.app import ensure_application

    qt_app = ensure_application()
    directory.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(config, f"sqlite:///{tmp}/demo.sqlite3")
        try:
            demo = _demo_queue(app)
            snapshot = app.queue.snapshot()
            shots: dict[str, tuple[Any, tuple[int, int]]] = {}

            _card_pages(app, shots)
            _procedure_pages(app, shots)
            _appointment_pages(app, shots, directory)
            kiosk = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE, appointments=_appointments(app))
            kiosk.set_snapshot(snapshot)
            shots["kiosk-services"] = (kiosk, KIOSK_SIZE)

            _ticket_holder_pages(build_app(config, f"sqlite:///{tmp}/returns.sqlite3"), shots)

            printed = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE)
            printed.result.show_ticket(demo["last"], printed=True)
            printed.pages.setCurrentWidget(printed.result)
            shots["kiosk-ticket"] = (printed, KIOSK_SIZE)

            offline = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE)
            offline.set_snapshot(snapshot)
            offline.set_offline(True)
            shots["kiosk-offline"] = (offline, KIOSK_SIZE)

            unprinted = KioskWindow(app.queue, lambda *_: True, idle=NO_IDLE)
            unprinted.result.show_ticket(demo["last"], printed=False, failed=True)
            unprinted.pages.setCurrentWidget(unprinted.result)
            shots["kiosk-printer-failed"] = (unprinted, KIOSK_SIZE)
            no_printer = KioskWindow(app.queue, lambda *_: False, idle=NO_IDLE)  # printers.ticket empty
            no_printer.result.show_ticket(demo["last"], printed=False)
            no_printer.pages.setCurrentWidget(no_printer.result)
            shots["kiosk-no-printer"] = (no_printer, KIOSK_SIZE)

            display_app = build_app(config, f"sqlite:///{tmp}/display.sqlite3")
            try:
                display_snapshot = _display_demo(display_app)
            finally:
                display_app.close()  # the displays are shown this snapshot; they read nothing more
            for name, size in DISPLAY_SIZES.items():
                display = DisplayWindow(display_app.queue, orientation=name)
                display.show_snapshot(display_snapshot)
                shots[f"display-{name}"] = (display, size)

            desk_pages(app, shots)
            _tickets(build_app(config, f"sqlite:///{tmp}/tickets.sqlite3"), directory, ticket_pdf)

            _languages(app, directory)
            _resident_controls(app, directory)
            _pseudo(app, directory)
            for name, (widget, (width, height)) in shots.items():
                widget.resize(width, height)
                widget.show()
                qt_app.processEvents()
                path = directory / f"{name}.png"
                widget.grab().save(str(path))
                widget.close()
                print(path)
        finally:
            app.close()
    return 0

"""`python main.py screenshots DIR`: every screen rendered offscreen to PNG, on a demo queue.

Uses a throw-away SQLite database, so it never touches the office's real queue.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from settings import OfficeConfig

KIOSK_SIZE = (1920, 1080)
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

    window = KioskWindow(app.queue, lambda issued: True, cards=CardSession(), translations=Translations())
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


def _card_pages(app: Any, shots: dict[str, tuple[Any, tuple[int, int]]]) -> None:
    """The kiosk's card pages, each in the state a resident meets it."""
    from cardreader.errors import PinBlocked
    from kiosk.card_session import CardSession
    from kiosk.window import KioskWindow
    from ui.i18n import Translations

    def kiosk_on(page_name: str) -> Any:
        window = KioskWindow(
            app.queue,
            lambda issued: True,
            cards=CardSession(),
            translations=Translations(),
            prompter=_Silent(),
        )
        window.welcome.set_reader_available(True)
        window.pages.setCurrentWidget(getattr(window, page_name))
        return window

    shots["kiosk-welcome"] = (kiosk_on("welcome"), KIOSK_SIZE)
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
        window = KioskWindow(app.queue, lambda issued: True, cards=CardSession())
        window.visit.identity = _demo_identity() if card else None
        flow = window.visit.flow = ProcedureFlow(window.catalog, window.events, window.visit.identity)
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


def render_all(config: OfficeConfig, directory: Path, build_app: Callable[..., Any]) -> int:
    """Render kiosk, display and desk screens into `directory`; print each file written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk.screenshots import desk_pages
    from kiosk.window import KioskWindow
    from queue_display.window import DisplayWindow
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
            kiosk = KioskWindow(app.queue, lambda issued: True)
            kiosk.set_snapshot(snapshot)
            shots["kiosk-services"] = (kiosk, KIOSK_SIZE)

            printed = KioskWindow(app.queue, lambda issued: True)
            printed.result.show_ticket(demo["last"], printed=True)
            printed.pages.setCurrentWidget(printed.result)
            shots["kiosk-ticket"] = (printed, KIOSK_SIZE)

            unprinted = KioskWindow(app.queue, lambda issued: True)
            unprinted.result.show_ticket(demo["last"], printed=False, failed=True)
            unprinted.pages.setCurrentWidget(unprinted.result)
            shots["kiosk-printer-failed"] = (unprinted, KIOSK_SIZE)

            for name, size in DISPLAY_SIZES.items():
                display = DisplayWindow(app.queue, orientation=name)
                display.show_snapshot(snapshot)
                shots[f"display-{name}"] = (display, size)

            desk_pages(app, shots)

            _languages(app, directory)
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

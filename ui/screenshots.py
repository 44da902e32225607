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
DESK_SIZE = (1000, 700)


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


def _card_pages(app: Any, shots: dict[str, tuple[Any, tuple[int, int]]]) -> None:
    """The kiosk's card pages, each in the state a resident meets it."""
    from cardreader.errors import PinBlocked
    from kiosk.card_session import CardSession
    from kiosk.window import KioskWindow
    from ui.i18n import Translations

    def kiosk_on(page_name: str) -> Any:
        window = KioskWindow(app.queue, lambda issued: True, cards=CardSession(), translations=Translations())
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


def render_all(config: OfficeConfig, directory: Path, build_app: Callable[..., Any]) -> int:
    """Render kiosk, display and desk screens into `directory`; print each file written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desk.window import DeskWindow
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

            desk = DeskWindow(app.queue)
            desk.select_counter(2)
            desk.show_state(app.queue.current(2), snapshot)
            shots["desk"] = (desk, DESK_SIZE)

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

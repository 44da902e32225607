"""Windows on a real SQLite queue, driven with pytest-qt on the app's own qasync loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from cardreader.monitor import CardWatcher
from kiosk.card_session import CardSession
from kiosk.widgets import SettleGuard
from kiosk.window import KioskWindow
from printing.resident_lines import ResidentLines
from queue_display.window import DisplayWindow
from queueing.services import IssuedTicket, QueueService
from tests.helpers.qasync_loop import until
from ui.watcher import ChangeWatcher

Run = Callable[..., Any]


class PaperTray:
    """Stands in for the ticket printer where a test is about the screen, not the paper."""

    def __init__(self) -> None:
        self.printed: list[str] = []
        self.residents: list[ResidentLines | None] = []  # what each ticket added in the resident's language
        self.fail_with: Exception | None = None

    def __call__(self, issued: IssuedTicket, resident: ResidentLines | None = None) -> bool:
        if self.fail_with is not None:
            raise self.fail_with
        self.printed.append(issued.ticket.label)
        self.residents.append(resident)
        return True


@pytest.fixture(autouse=True)
def settled_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests touch at machine speed, right after a page appears: a committing button takes the touch at
    once. The settling time itself is tested with its clock advanced by hand (test_kiosk_touch_guard)."""
    monkeypatch.setattr(SettleGuard, "settle_s", 0.0)


@pytest.fixture
def tray() -> PaperTray:
    return PaperTray()


@pytest.fixture
def kiosk(qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray) -> KioskWindow:
    """A kiosk without cards on a 1920x1080 screen, its services shown, the tray its ticket printer."""
    window = KioskWindow(queue, tray, result_seconds=60)
    qtbot.addWidget(window)
    window.set_snapshot(queue.snapshot())
    window.resize(1920, 1080)
    window.show()
    return window


@pytest.fixture
def live_queue(queue: QueueService) -> QueueService:
    """The queue on the real clock (the office's), so other processes share its business day."""
    from queueing.clock import OfficeClock

    queue._clock = OfficeClock()
    return queue


@pytest.fixture
def listener(store: object) -> Iterator[object]:
    with store.listening() as opened:  # type: ignore[attr-defined]
        yield opened


@pytest.fixture
def watcher(qapp: Any, listener: Any) -> Iterator[ChangeWatcher]:
    """The store's change announcements as a Qt signal, as main.py wires them for every window."""
    watching = ChangeWatcher(listener)
    yield watching
    watching.stop()


@pytest.fixture
def display(qtbot: Any, qloop: Any, live_queue: QueueService, watcher: ChangeWatcher) -> DisplayWindow:
    """A waiting-room display on a 1920x1080 screen, following the queue's announcements."""
    window = DisplayWindow(live_queue)
    qtbot.addWidget(window)
    watcher.changed.connect(window.refresh)
    window.resize(1920, 1080)
    window.show()
    window.refresh()
    return window


@pytest.fixture
def open_card_kiosk(
    qtbot: Any, qloop: asyncio.AbstractEventLoop, queue: QueueService, tray: PaperTray, pcscd: Any, run: Run
) -> Iterator[Callable[..., KioskWindow]]:
    """`open_card_kiosk(**options)`: a kiosk reading cards on the real PC/SC stack, watching the readers as
    main.py does; closed after the test."""
    opened: list[tuple[CardWatcher, CardSession]] = []

    def open_kiosk(**options: Any) -> KioskWindow:
        cards = CardSession()
        window = KioskWindow(queue, tray, cards=cards, **{"result_seconds": 60, **options})
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.refresh()  # as main.py does at start
        watcher = CardWatcher(qloop, window.on_card_event)
        watcher.start()
        opened.append((watcher, cards))
        run(until(window.welcome.mynumber.isEnabled, what="the readers to be seen"))
        return window

    yield open_kiosk
    for watcher, cards in opened:
        watcher.stop()
        run(asyncio.sleep(0.05))  # deliver what the watcher queued before it stopped, while the window lives
        run(cards.close())
        cards.shutdown()


def tap(qtbot: Any, run: Run, widget: QAbstractButton) -> None:
    """Touch a control once it is on screen and enabled, as a resident would."""
    run(until(lambda: widget.isVisible() and widget.isEnabled(), what=f"{widget.text()!r} to be usable"))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def on_page(run: Run, kiosk: KioskWindow, page: QWidget) -> None:
    run(until(lambda: kiosk.pages.currentWidget() is page, what=type(page).__name__))


def all_texts(widget: QWidget) -> str:
    """Every text any label or button under `widget` holds, visible or not, and their accessible names."""
    labels = [label.text() for label in widget.findChildren(QLabel)]
    buttons = [button.text() for button in widget.findChildren(QAbstractButton)]
    names = [w.accessibleName() for w in widget.findChildren(QWidget)]
    return "\n".join(labels + buttons + names)


CARD_HOLDER = {
    "name": "𠮷川　髙美",
    "address": "北海道河西郡芽室町東２条２丁目１４番地",
    "birth_date": "1948-11-23",
}


def procedure_states(kiosk: KioskWindow) -> Iterator[tuple[str, QWidget]]:
    """The procedure pages in each of their fullest states (every kind of editor, long lists, messages),
    for the checks every page must pass: touch sizes, accessible names, fitting the screen, low reach."""
    from forms import Problem
    from kiosk.flow import ProcedureFlow

    def start(choose: Callable[[ProcedureFlow], None], answers: dict[str, object]) -> QWidget:
        flow = kiosk.visit.flow = ProcedureFlow(kiosk.catalog, kiosk.events, CARD_HOLDER)
        choose(flow)
        while (screen := flow.current()) is not None and screen.question.id in answers:
            flow.answer(answers[screen.question.id])
        kiosk.steps.show_current(flow)
        return kiosk.pages.currentWidget()

    kiosk.steps.show_choices()
    yield "choose: forms", kiosk.choose
    kiosk.choose.show_list("events")
    yield "choose: events", kiosk.choose
    certificate = {"visitor.name_reading": "", "visitor.phone": "0312345678", "relationship": "本人"}
    for name, form, upto in (
        ("choice", "juminhyo", ("visitor.name_reading", "visitor.phone")),
        ("kana", "juminhyo", ()),
        ("keypad", "juminhyo", ("visitor.name_reading",)),
        ("text with examples", "juminhyo", tuple(certificate)),
    ):
        yield name, start(lambda f, form=form: f.choose_form(form), {k: certificate[k] for k in upto})
    yield "counts", start(lambda f: f.choose_form("koseki"), {**certificate, "honseki": "x", "hittosha": "x"})
    moving = {"move_date": "2026-11-01", "kokuho": False, "has_mynumber_card": True, "wants_seal": False}
    moving |= {"visitor.name_reading": "", "visitor.phone": "0312345678", "new_postal_code": ""}
    yield "text with digits", start(lambda f: f.choose_event("move_in"), moving)
    page = start(lambda f: f.choose_event("move_in"), {**moving, "new_address": "x", "visitor_moves": True})
    flow = kiosk.visit.flow
    assert flow is not None
    member = {"name": "よしかわ　はなこ", "birth_date": "1950-05-05", "sex": "女", "relation": "妻"}
    flow.kept[("idou", "members")] = [{"relation": "世帯主"}, *([member] * 5)]
    kiosk.steps.show_current(flow)
    yield "household list", page
    flow.edit_row(1)
    kiosk.steps.show_current(flow)
    kiosk.question.editors["date"].picker.choose("era", "昭和")  # type: ignore[attr-defined]  # 64 years
    kiosk.question.show_problems(
        [Problem("異動する方（2人目）の生年月日が今日より後の日付になっています。" * 2)]
    )
    yield "date", page
    bereaved = {"visitor.name_reading": "", "visitor.phone": "0312345678", "deceased.name": "x"}
    bereaved |= {"deceased.name_reading": "", "deceased.birth_date": "1930-01-01"}
    bereaved |= {"deceased.death_date": "2026-11-10", "same_address": True, "relation": "妻"}
    bereaved |= {"death_registered": True, "deceased.householder": True, "remaining": 2}
    yield "checks", start(lambda f: f.choose_event("bereavement"), bereaved)
    yield (
        "long choices",
        start(lambda f: f.choose_event("marriage"), {"date": "2026-11-01", "moving": "引越しなし"}),
    )
    yield "review", start(lambda f: f.choose_form("juminhyo"), {**certificate, "purpose": "年金"})

"""No ticket without the review: a touch never both chooses and goes on, and a touch meant for the page
before never commits anything on the page that replaced it.

A committing button (kiosk.widgets.commits: it issues a ticket, confirms the card, submits a PIN, ends the
visit) ignores touches in its page's first half second (SettleGuard). Its clock is advanced by hand here;
the other tests run with no settling time at all (tests/ui/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from bootstrap import make_appointments
from cardreader.monitor import ReaderEvent
from kiosk.card_session import CardSession, Connection
from kiosk.flow import ProcedureFlow
from kiosk.widgets import COMMITS, SETTLE_S
from kiosk.window import KioskWindow
from queueing.services import QueueService
from settings import OfficeConfig
from tests.cardemu import DirectConnection, build_card
from tests.helpers.qasync_loop import until
from tests.ui.conftest import CARD_HOLDER, PaperTray, Run, on_page, tap

READER = "walk reader"


class HandClock:
    """The guard's clock, moved on by the test: a resident's next touch comes a second later."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def settling(kiosk: KioskWindow) -> HandClock:
    """The kiosk's committing buttons settle for SETTLE_S on a clock the test moves."""
    clock = HandClock()
    kiosk.settle.clock = clock
    kiosk.settle.settle_s = SETTLE_S
    kiosk.settle.page_shown()
    return clock


def at_the_purpose(kiosk: KioskWindow) -> None:
    """住民票の写し for myself with a card, on 「使いみち（提出先）を選ぶか、入力してください。」."""
    flow = kiosk.visit.flow = ProcedureFlow(kiosk.catalog, kiosk.events, CARD_HOLDER)
    flow.choose_form("juminhyo")
    assert flow.answer("本人") == []
    kiosk.steps.show_current(flow)
    assert kiosk.question.heading.text() == "使いみち（提出先）を選ぶか、入力してください。"


def chip(kiosk: KioskWindow, words: str) -> QPushButton:
    editor = kiosk.question.editors["text"]
    return next(b for b in editor.suggestions if b.text() == words)  # type: ignore[attr-defined]


def test_a_suggested_answer_fills_the_box_and_only_next_goes_on(
    qtbot: Any, kiosk: KioskWindow, run: Run
) -> None:
    at_the_purpose(kiosk)
    tap(qtbot, run, chip(kiosk, "年金"))
    assert kiosk.pages.currentWidget() is kiosk.question  # chosen, not gone on: 次へ is on screen
    editor = kiosk.question.editors["text"]
    assert editor.pad.value() == "年金" and editor.display.text() == "年金"  # type: ignore[attr-defined]
    assert chip(kiosk, "年金").property("current") == "true"  # shown as the chosen one
    assert chip(kiosk, "就職").property("current") == "false"
    tap(qtbot, run, chip(kiosk, "就職"))  # another one replaces it
    assert editor.pad.value() == "就職" and chip(kiosk, "年金").property("current") == "false"  # type: ignore[attr-defined]
    tap(qtbot, run, kiosk.question.next_button)
    on_page(run, kiosk, kiosk.review)
    assert "就職" in [label.text() for label in kiosk.review.sheet.findChildren(type(kiosk.question.note))]


def test_the_review_ignores_a_touch_in_its_first_half_second(
    qtbot: Any, kiosk: KioskWindow, run: Run, tray: PaperTray
) -> None:
    """Where 次へ was, 「この内容で番号札を取る」 is now: the same touch twice issues no ticket unseen."""
    clock = settling(kiosk)
    at_the_purpose(kiosk)
    tap(qtbot, run, chip(kiosk, "年金"))
    clock.now += 1
    spot = kiosk.question.next_button.mapTo(kiosk, kiosk.question.next_button.rect().center())
    QTest.mouseClick(kiosk.question.next_button, Qt.MouseButton.LeftButton)
    on_page(run, kiosk, kiosk.review)
    assert kiosk.childAt(spot) is kiosk.review.ok  # the trap: the next touch lands on the ticket button
    confirmed: list[bool] = []
    kiosk.review.confirmed.connect(lambda: confirmed.append(True))
    clock.now += SETTLE_S * 0.8
    QTest.mouseClick(kiosk.review.ok, Qt.MouseButton.LeftButton, pos=kiosk.review.ok.mapFrom(kiosk, spot))
    assert confirmed == [] and kiosk.review.ok.isEnabled()  # the touch did nothing: no ticket is coming
    clock.now += SETTLE_S * 0.3  # the page has been seen: the resident means it
    QTest.mouseClick(kiosk.review.ok, Qt.MouseButton.LeftButton)
    on_page(run, kiosk, kiosk.result)
    assert confirmed == [True] and tray.printed == ["A-001"]


# --- every page after every touch ------------------------------------------------------------------


def committing(kiosk: KioskWindow) -> list[tuple[str, QPushButton]]:
    """Every button whose touch cannot be taken back on the next page, named here (not by the property the
    guard reads, so that a button the pages forget to mark is still checked)."""
    named = {
        "この内容で番号札を取る": kiosk.review.ok,
        "OK (ends the visit)": kiosk.result.ok,
        "この内容で正しい": kiosk.confirm.right,
        "違うところがある": kiosk.confirm.wrong,
        "確定 (the PIN)": kiosk.pin_pad.enter,
        "確認する (a ticket brought back)": kiosk.ticket_page.ok,
        "受付する (an appointment)": kiosk.appointment.ok,
        "通常の番号札を取る": kiosk.appointment.late_button,
        **{f"service {code}": widget for code, widget in kiosk.services.buttons.items()},
    }
    marked = {id(w) for w in named.values()}
    for widget in kiosk.findChildren(QPushButton):  # and any the pages mark on their own
        if widget.property(COMMITS) and id(widget) not in marked:
            named[widget.accessibleName()] = widget
    return list(named.items())


class Walker:
    """A resident touching the kiosk a second apart. After every change of page, any committing button of
    the new page that lies under the last touch must ignore a second touch there, at once."""

    def __init__(self, run: Run, kiosk: KioskWindow) -> None:
        self.run, self.kiosk = run, kiosk
        self.clock = settling(kiosk)
        self.spot: QPoint | None = None  # the last touch, in the window's coordinates
        self.came_from = ""
        self.under: list[tuple[str, str, str]] = []  # (page before, page after, button under the touch)
        self.changes = 0  # pages shown since the last touch
        kiosk.pages.currentChanged.connect(self._changed)

    def _changed(self, _index: int) -> None:
        self.changes += 1

    def tap(self, widget: QWidget, then: QWidget | None = None) -> None:
        self.clock.now += 1
        self.run(until(lambda: widget.isVisible() and widget.isEnabled(), what=f"{widget!r} to be usable"))
        self.spot = widget.mapTo(self.kiosk, widget.rect().center())
        self.came_from = type(self.kiosk.pages.currentWidget()).__name__
        self.changes = 0
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        if then is not None:
            self.arrive(then)

    def arrive(self, page: QWidget) -> None:
        """`page` shows (after a touch, or after the card moved): if it is a new page (or the same one shown
        again), touch again where the hand just was."""
        on_page(self.run, self.kiosk, page)
        self.run(until(lambda: True, what="a turn of the loop"))  # the new page laid out
        if self.spot is None or not self.changes:
            return
        for name, widget in committing(self.kiosk):
            area = QRect(widget.mapTo(self.kiosk, QPoint(0, 0)), widget.size())
            if not (widget.isVisible() and widget.isEnabled() and area.contains(self.spot)):
                continue
            self.under.append((self.came_from, type(page).__name__, name))
            touched: list[bool] = []
            widget.clicked.connect(lambda _c=False, touched=touched: touched.append(True))
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.mapFrom(self.kiosk, self.spot))
            assert not touched, f"{name} on {type(page).__name__} took a touch meant for {self.came_from}"


@pytest.fixture
def walked_kiosk(
    qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray, config: OfficeConfig, store: Any
) -> Iterator[KioskWindow]:
    """A kiosk as main.py builds it: a card reader (山田 太郎's card, in process), reservations offered."""
    cards = CardSession(connect=lambda reader: cast(Connection, DirectConnection(build_card("yamada"))))
    appointments = make_appointments(config, store.unit_of_work, queue)
    kiosk = KioskWindow(queue, tray, cards=cards, appointments=appointments, result_seconds=60)
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    kiosk.set_snapshot(queue.snapshot())
    kiosk.on_card_event(ReaderEvent("reader_added", READER))
    yield kiosk
    kiosk.close()
    qloop.run_until_complete(cards.close())
    cards.shutdown()


def card(kiosk: KioskWindow, kind: str) -> None:
    kiosk.on_card_event(ReaderEvent(kind, READER))


def test_no_touch_meant_for_one_page_commits_anything_on_the_next(
    walked_kiosk: KioskWindow, run: Run
) -> None:
    """Every page a resident meets, by touch: a card and a wrong PIN, a form to its ticket, 変える on the
    review, only a ticket, もどる and やめる, a reservation, a ticket brought back, the view options."""
    kiosk = walked_kiosk
    walk = Walker(run, kiosk)
    pad = kiosk.pin_pad
    walk.tap(kiosk.welcome.mynumber, kiosk.insert_card)
    card(kiosk, "card_inserted")
    walk.arrive(pad)
    for digit in "0000":
        walk.tap(pad.keys[digit])
    walk.tap(pad.enter)
    run(until(lambda: pad.refused.isVisible(), what="the PIN refused"))
    walk.arrive(pad)
    for digit in "1234":
        walk.tap(pad.keys[digit])
    walk.tap(pad.enter, kiosk.confirm)
    walk.tap(kiosk.confirm.right, kiosk.take_card)
    card(kiosk, "card_removed")
    walk.arrive(kiosk.choose)
    walk.tap(kiosk.choose.forms.buttons["juminhyo"], kiosk.question)
    walk.tap(next(b for b in kiosk.question.choice_buttons if b.text() == "わたし（本人）"), kiosk.question)
    walk.tap(chip(kiosk, "年金"), kiosk.question)
    walk.tap(kiosk.question.next_button, kiosk.review)
    copies = next(b for b in kiosk.review.change_buttons if b.accessibleName() == "通数を変える")
    walk.tap(copies, kiosk.question)
    walk.tap(kiosk.question.next_button, kiosk.review)
    walk.tap(kiosk.review.ok, kiosk.result)
    walk.tap(kiosk.result.ok, kiosk.welcome)
    walk.tap(kiosk.welcome.no_card, kiosk.choose)
    walk.tap(kiosk.choose.ticket_button, kiosk.services)
    walk.tap(kiosk.services.back_button, kiosk.choose)
    walk.tap(kiosk.choose.forms.buttons["juminhyo"], kiosk.question)
    walk.tap(kiosk.question.back_button, kiosk.choose)
    walk.tap(kiosk.choose.ticket_button, kiosk.services)
    walk.tap(kiosk.services.ticket_holder, kiosk.ticket_page)
    for char in "Z9":
        walk.tap(kiosk.ticket_page.pad.keys[char])
    walk.tap(kiosk.ticket_page.ok)
    run(until(lambda: bool(kiosk.ticket_page.message.text()), what="the number looked up"))
    walk.arrive(kiosk.ticket_page)  # not found: said on the same page
    walk.tap(kiosk.ticket_page.back_button)
    run(until(lambda: kiosk.pages.currentWidget() is not kiosk.ticket_page, what="a page before"))
    walk.arrive(kiosk.pages.currentWidget())
    if kiosk.pages.currentWidget() is kiosk.services:  # one page back, to where it was reached from
        walk.tap(kiosk.services.cancel_button, kiosk.welcome)
    walk.tap(kiosk.welcome.reservation, kiosk.appointment)
    walk.tap(kiosk.appointment.back_button, kiosk.welcome)
    walk.tap(kiosk.welcome.view_button, kiosk.view_options)
    walk.tap(kiosk.view_options.ok, kiosk.welcome)
    walk.tap(kiosk.welcome.no_card, kiosk.choose)
    walk.tap(kiosk.choose.ticket_button, kiosk.services)
    walk.tap(kiosk.services.buttons["A"], kiosk.result)
    walk.tap(kiosk.result.ok, kiosk.welcome)
    walk.tap(kiosk.welcome.no_card, kiosk.choose)
    walk.tap(kiosk.choose.ticket_button, kiosk.services)
    walk.tap(kiosk.services.cancel_button, kiosk.welcome)
    # The walk met the trap the issue found (and the guard held there); every other pair was checked too.
    assert ("QuestionPage", "ReviewPage", "この内容で番号札を取る") in walk.under, walk.under


def test_every_committing_button_is_guarded(walked_kiosk: KioskWindow) -> None:
    """The buttons this file names are the ones the pages mark for the guard."""
    assert all(widget.property(COMMITS) for _, widget in committing(walked_kiosk))

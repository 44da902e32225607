"""A resident at the kiosk, touch by touch, for the tests and the touch bench (bench/touches.py).

`Resident` taps the real widgets on the app's qasync loop and counts every touch; the two scripted visits
(a 住民票 for myself with a My Number card, a family of four moving in) are the ones the issue measures.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from forms import Application
from forms.dates import era_of
from kiosk.keyboards import YEAR_GROUP, keystrokes
from kiosk.window import KioskWindow
from queueing.model import CorrectionRequest
from queueing.services import IssuedTicket, QueueService
from tests.helpers.qasync_loop import until

Run = Callable[..., object]
PlaceCard = Callable[[], Callable[[], None]]
"""Puts the resident's card on the reader; returns what takes it off again."""


class RecordingSubmit:
    """Stands in for the store's "one ticket for a visit": records what the kiosk hands over, issues a
    plain ticket for the first service."""

    def __init__(self, queue: QueueService) -> None:
        self.queue = queue
        self.calls: list[tuple[tuple[str, ...], list[Application]]] = []
        self.corrections: list[CorrectionRequest | None] = []  # 違うところがある, with each call

    def __call__(
        self,
        services: Sequence[str],
        applications: Sequence[Application],
        correction: CorrectionRequest | None = None,
    ) -> IssuedTicket:
        self.calls.append((tuple(services), list(applications)))
        self.corrections.append(correction)
        return self.queue.issue(services[0], correction=correction)


class Resident:
    """Touches the kiosk and counts every touch (`digits`: keypad digits among them)."""

    def __init__(self, run: Run, kiosk: KioskWindow) -> None:
        self.run, self.kiosk = run, kiosk
        self.touches = 0
        self.digits = 0
        self.suggestions_taken = 0  # each costs a 次へ besides its own touch (bench/touches.py says so)

    def press(self, widget: QAbstractButton) -> None:
        """Touch a control once it is on screen, enabled and its page settled (kiosk.widgets.SettleGuard: a
        resident's hand takes longer; not counted: the PIN's digits)."""

        def usable() -> bool:
            return widget.isVisible() and widget.isEnabled() and not self.kiosk.settle.holds(widget)

        self.run(until(usable, what=f"{widget.text()!r} usable"))
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

    def tap(self, widget: QAbstractButton) -> None:
        """Touch a control, counted."""
        self.press(widget)
        self.touches += 1

    def on(self, page: QWidget) -> None:
        self.run(until(lambda: self.kiosk.pages.currentWidget() is page, what=type(page).__name__))

    def at(self, question_id: str) -> None:
        """Wait for the question screen of `question_id`."""
        try:
            self.run(until(lambda: self.screen_id() == question_id, timeout=5, what=question_id))
        except AssertionError as exc:
            note = self.kiosk.question.note.text()
            raise AssertionError(f"{exc}; on {self.screen_id()} ({note})") from None

    def screen_id(self) -> str | None:
        flow = self.kiosk.visit.flow
        screen = flow.current() if flow is not None else None
        on_question = self.kiosk.pages.currentWidget() is self.kiosk.question
        return screen.question.id if screen is not None and on_question else None

    def choose(self, words: str) -> None:
        """Touch the answer button that says `words`."""
        buttons = {b.text(): b for b in self.kiosk.question.choice_buttons}
        self.tap(buttons[words])

    def suggestion(self, words: str) -> None:
        """Touch the suggested answer that says `words` (it fills the box), then 次へ: two touches."""
        editor = self.kiosk.question.editors["text"]
        self.tap(next(b for b in editor.suggestions if b.text() == words))  # type: ignore[attr-defined]
        self.suggestions_taken += 1
        self.next()

    def next(self) -> None:
        self.tap(self.kiosk.question.next_button)

    def back(self) -> None:
        self.tap(self.kiosk.question.back_button)

    def type_kana(self, text: str) -> None:
        keys = self.kiosk.question.editors["text"].pad.keys  # type: ignore[attr-defined]
        for key in keystrokes(text):
            self.tap(keys[key])

    def type_digits(self, digits: str) -> None:
        keys = self.kiosk.question.editors["phone"].pad.keys  # type: ignore[attr-defined]
        for digit in digits:
            self.tap(keys[digit])
            self.digits += 1

    def pick_date(self, iso: str) -> None:
        """元号, year, month, day: four touches (an impossible day is picked like any other); five with the
        compact picker of low reach on a portrait screen, for a year from 10 on (its tens first)."""
        year, month, day = (int(part) for part in iso.split("-"))
        era, era_year = era_of(datetime.date(year, month, min(day, 28))) or ("", 0)
        picker = self.kiosk.question.editors["date"].picker  # type: ignore[attr-defined]
        self.tap(picker.eras[era])
        if picker.compact and era_year >= YEAR_GROUP:  # low reach, portrait: the tens first
            self.tap(picker.groups[era_year // YEAR_GROUP])
        self.tap(picker.years[era_year - 1])
        self.tap(picker.months[month - 1])
        self.tap(picker.days[day - 1])

    def review_texts(self) -> str:
        return "\n".join(label.text() for label in self.kiosk.review.sheet.findChildren(QLabel))


def identify_with_card(resident: Resident, place_card: PlaceCard, *, right: bool = True) -> None:
    """The card read: マイナンバーカード, the PIN (4 digits: not counted), 確定, この内容で正しい (or, not
    `right`, 違うところがある: a clerk will correct it)."""
    kiosk = resident.kiosk
    resident.tap(kiosk.welcome.mynumber)
    take_card = place_card()
    resident.on(kiosk.pin_pad)
    for digit in "1234":
        resident.press(kiosk.pin_pad.keys[digit])  # type: ignore[arg-type]
    resident.tap(kiosk.pin_pad.enter)
    resident.on(kiosk.confirm)
    resident.tap(kiosk.confirm.right if right else kiosk.confirm.wrong)
    resident.on(kiosk.take_card)
    take_card()  # the resident takes the card: no touch
    resident.on(kiosk.choose)


def certificate_for_myself(resident: Resident) -> None:
    """住民票の写し for myself, from the choice of procedures to the review page."""
    resident.tap(resident.kiosk.choose.forms.buttons["juminhyo"])
    # No screen for the optional reading and phone number: the review page offers them (変える).
    resident.at("relationship")
    resident.choose("わたし（本人）")  # "for myself": both people from the card
    resident.at("purpose")
    resident.suggestion("年金")
    resident.on(resident.kiosk.review)


FAMILY = (  # the three who move with the card holder: reading (typed), birth date, sex, relation
    ("やまだ　はなこ", "1982-05-05", "女", "妻"),
    ("やまだ　いちろう", "2015-04-10", "男", "子"),
    ("やまだ　じろう", "2018-08-08", "男", "子"),
)


def move_in_as_a_family(resident: Resident, move_date: str) -> None:
    """引越し into town: the event's questions, the 住民異動届 with four people, the 児童手当."""
    kiosk = resident.kiosk
    resident.tap(kiosk.choose.by_event)
    resident.tap(kiosk.choose.events.buttons["move_in"])
    resident.at("move_date")
    resident.pick_date(move_date)
    resident.next()
    for question, answer in (("kokuho", "いいえ"), ("has_mynumber_card", "はい"), ("wants_seal", "いいえ")):
        resident.at(question)
        resident.choose(answer)
    resident.at("new_address")
    resident.type_kana("まどぐちちょう　1-2-3")
    resident.next()
    resident.at("visitor_moves")  # the optional postal code has no screen: the review page offers it
    resident.choose("はい")
    type_the_household(resident)
    resident.at("new_householder")
    resident.suggestion("山田　太郎")  # names typed in this visit are offered
    resident.at("has_foreign_members")
    resident.choose("いいえ")
    child_allowance(resident)
    resident.on(kiosk.review)


def type_the_household(resident: Resident) -> None:
    """Complete the card holder's row (his reading, which the card lacks; his relation); add three more."""
    kiosk = resident.kiosk
    rows = kiosk.question.rows
    resident.at("members")
    assert "（未入力があります）" in rows.row_buttons[0].text()
    resident.tap(rows.row_buttons[0])
    resident.type_kana("やまだ　たろう")
    resident.next()
    resident.suggestion("世帯主")
    resident.next()  # 住民票コード: optional
    for reading, birth, sex, relation in FAMILY:
        resident.at("members")
        resident.tap(rows.add_button)
        resident.type_kana(reading)
        resident.next()
        resident.suggestion(reading)  # 氏名: the reading, one touch (a clerk writes the kanji)
        resident.pick_date(birth)
        resident.next()
        resident.choose(sex)
        resident.suggestion(relation)
        resident.next()  # 住民票コード
    resident.at("members")
    assert len(rows.row_buttons) == 4
    resident.next()


def child_allowance(resident: Resident) -> None:
    """児童手当 (two children under 18): the pension, the spouse, and the children from the household."""
    rows = resident.kiosk.question.rows
    resident.at("pension")
    resident.choose("厚生年金")
    resident.at("same_address_jan1")  # the spouse's boxes are optional: offered on the review page
    resident.choose("はい")
    resident.at("children")
    for name in ("やまだ　いちろう", "やまだ　じろう"):
        resident.tap(next(b for b in rows.people_buttons if name in b.text()))
    resident.at("children")
    resident.next()

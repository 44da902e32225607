"""Small things a resident meets at the kiosk (issue 11, items 5 and 6): a way out of 番号札だけ取る, an idle
warning that any touch closes and that counts down, a wrong PIN unlike a hint, the relationships in plain
words, 「やめる」 as "Cancel", no focus ring left by the last resident. Driven by touches on real widgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from cardreader.monitor import ReaderEvent
from kiosk.card_session import CardSession, Connection
from kiosk.editors import ExplainedAnswer
from kiosk.flow import ProcedureFlow
from kiosk.window import KioskWindow
from queueing.services import QueueService
from tests.cardemu import DirectConnection, build_card
from tests.helpers.qasync_loop import until
from tests.ui.conftest import CARD_HOLDER, PaperTray, Run, on_page, tap
from ui import theme
from ui.i18n import SOURCE_LANGUAGE, Translations

READER = "details reader"


@pytest.fixture
def translations() -> Iterator[Translations]:
    languages = Translations()
    yield languages
    languages.use(SOURCE_LANGUAGE)  # the translator is application-wide: leave Japanese behind


def open_kiosk(qtbot: Any, queue: QueueService, tray: PaperTray, **options: Any) -> KioskWindow:
    """A kiosk with a card reader (whose card, if any, is 山田 太郎's, in process), at 1920x1080."""
    cards = CardSession(connect=lambda reader: cast(Connection, DirectConnection(build_card("yamada"))))
    kiosk = KioskWindow(queue, tray, cards=cards, **{"result_seconds": 60, **options})
    qtbot.addWidget(kiosk)
    kiosk.resize(1920, 1080)
    kiosk.show()
    kiosk.set_snapshot(queue.snapshot())
    return kiosk


# --- 5. 番号札だけ取る has a way back and a way out ---------------------------------------------------------


def test_only_a_ticket_offers_back_and_cancel_like_the_other_pages(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    kiosk = open_kiosk(qtbot, queue, tray)
    tap(qtbot, run, kiosk.welcome.no_card)
    tap(qtbot, run, kiosk.choose.ticket_button)
    on_page(run, kiosk, kiosk.services)
    services = kiosk.services
    assert services.back_button.text() == "もどる" and services.cancel_button.text() == "やめる"
    assert services.cancel_button.accessibleName() == kiosk.choose.cancel_button.accessibleName()
    tap(qtbot, run, services.back_button)  # came by mistake: back to the procedures, the visit goes on
    on_page(run, kiosk, kiosk.choose)
    assert kiosk.visit.flow is not None and kiosk.idle.active
    tap(qtbot, run, kiosk.choose.ticket_button)
    tap(qtbot, run, services.cancel_button)  # or leave: the visit ends at once, not after 90 s
    on_page(run, kiosk, kiosk.welcome)
    assert kiosk.visit.flow is None and not kiosk.idle.active and tray.printed == []


def test_where_the_services_are_the_first_page_there_is_nothing_to_go_back_to(
    kiosk: KioskWindow,
) -> None:
    assert kiosk.pages.currentWidget() is kiosk.services
    assert kiosk.services.back_button.isHidden() and kiosk.services.cancel_button.isHidden()


# --- 6. the idle warning ----------------------------------------------------------------------------


def test_any_touch_on_the_idle_warning_closes_it(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    kiosk = open_kiosk(qtbot, queue, tray, idle=(60, 90))
    tap(qtbot, run, kiosk.welcome.no_card)
    on_page(run, kiosk, kiosk.choose)
    panel = kiosk.more_time
    for touched in (panel.heading, panel.detail, panel.countdown, panel):  # anywhere but 続ける
        kiosk.idle.warn.emit()  # as after 60 s without a touch
        assert panel.isVisible() and panel.countdown.text() == "あと90秒"
        qtbot.mouseClick(touched, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
        assert not panel.isVisible(), touched
        assert kiosk.idle.active and kiosk.pages.currentWidget() is kiosk.choose  # the visit goes on


def test_the_idle_warning_counts_the_seconds_down(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    """Warned after 1 s, the visit ends after 3 s: 「あと2秒」, then 「あと1秒」, on screen."""
    kiosk = open_kiosk(qtbot, queue, tray, idle=(1, 3))
    tap(qtbot, run, kiosk.welcome.no_card)
    run(until(kiosk.more_time.isVisible, timeout=5, what="the more-time question"))
    countdown = kiosk.more_time.countdown
    seen = [countdown.text()]
    run(until(lambda: seen.append(countdown.text()) or seen[-1] == "あと1秒", timeout=5, what="1 s left"))
    assert seen[0] == "あと2秒" and countdown.isVisible()
    assert sorted(set(seen), key=seen.index) == ["あと2秒", "あと1秒"]
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.welcome, timeout=5, what="the visit ended"))


# --- 6. a wrong PIN ---------------------------------------------------------------------------------


def test_a_wrong_pin_is_an_alert_with_a_mark_not_a_hint(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    kiosk = open_kiosk(qtbot, queue, tray)
    kiosk.on_card_event(ReaderEvent("reader_added", READER))
    tap(qtbot, run, kiosk.welcome.mynumber)
    kiosk.on_card_event(ReaderEvent("card_inserted", READER))
    pad = kiosk.pin_pad
    on_page(run, kiosk, pad)
    assert pad.refused.isHidden()  # nothing refused yet
    for digit in "0000":
        tap(qtbot, run, pad.keys[digit])  # type: ignore[arg-type]
    tap(qtbot, run, pad.enter)
    run(until(pad.refused.isVisible, what="the PIN refused"))
    on_page(run, kiosk, pad)
    assert pad.refused.text() == f"{theme.ALERT_MARK} 暗証番号が違います。あと2回入力できます"  # a mark too
    assert pad.tries.isHidden() and pad.which.text() == "券面事項入力補助用の暗証番号です"  # the hint
    assert pad.refused.property("role") == "alert" and pad.which.property("role") != "alert"
    shown = pad.grab().toImage()  # the page as drawn: the alert in its own colour, the hint on the page's

    def colour_in(widget: Any) -> QColor:
        return shown.pixelColor(widget.mapTo(pad, QPoint(6, widget.height() // 2)))

    assert colour_in(pad.refused) == QColor(theme.STANDARD.error)  # white on red
    assert colour_in(pad.which) == QColor(theme.STANDARD.page)
    kiosk.back_to_start()
    assert pad.refused.isHidden() and pad.refused.text() == "" and not pad.tries.isHidden()


# --- 6. the relationships in plain words ------------------------------------------------------------


def at_the_relationship(kiosk: KioskWindow) -> None:
    flow = kiosk.visit.flow = ProcedureFlow(kiosk.catalog, kiosk.events, CARD_HOLDER)
    flow.choose_form("juminhyo")
    kiosk.steps.show_current(flow)
    assert flow.current().question.id == "relationship"  # type: ignore[union-attr]


def answers(kiosk: KioskWindow) -> list[str]:
    """Each answer as the resident reads it: its words, and what it means in smaller type under it."""
    shown = []
    for widget in kiosk.question.choice_buttons:
        if isinstance(widget, ExplainedAnswer):
            shown.append(f"{widget.name.text()}\n{widget.meaning.text()}")
        else:
            shown.append(widget.text())
    return shown


def test_the_relationships_say_what_they_mean_in_the_residents_language(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run, translations: Translations
) -> None:
    kiosk = open_kiosk(qtbot, queue, tray, translations=translations)
    at_the_relationship(kiosk)
    assert answers(kiosk) == [
        "わたし（本人）",
        "同一世帯\n（住民票が同じ家族）",
        "配偶者・直系",
        "代理人（委任状）",
        "法定代理人\n（親権者・成年後見人）",
        "第三者\n（上のどれでもない方）",
    ]
    explained = kiosk.question.choice_buttons[4]
    assert explained.accessibleName() == "法定代理人 （親権者・成年後見人）"
    assert explained.meaning.font().pixelSize() < explained.name.font().pixelSize()  # type: ignore[attr-defined]
    meanings: dict[str, list[str]] = {}
    for code in ("ja_easy", "en"):
        before = answers(kiosk)
        kiosk.use_language(code)
        run(until(lambda before=before: answers(kiosk) != before, what=f"the meanings in {code}"))
        meanings[code] = [text.split("\n")[1] for text in answers(kiosk) if "\n" in text]
    assert meanings["ja_easy"] == [
        "（じゅうみんひょうが おなじ かぞく）",
        "（おやなど、ほうりつで きまった だいりにん）",
        "（うえの どれでもない ひと）",
    ]
    assert [m.startswith("(") for m in meanings["en"]] == [True] * 3 and "guardian" in meanings["en"][1]
    tap(qtbot, run, kiosk.question.choice_buttons[1])  # a touch on its words reaches the answer
    assert kiosk.visit.flow is not None and kiosk.visit.flow.kept[("juminhyo", "relationship")] == "同一世帯"


# --- 6. 「やめる」 in English ---------------------------------------------------------------------------


def test_yameru_is_cancel_in_english(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run, translations: Translations
) -> None:
    kiosk = open_kiosk(qtbot, queue, tray, translations=translations)
    kiosk.use_language("en")
    run(until(lambda: kiosk.choose.heading.text() != "どの手続きをしますか？", what="English"))
    for widget in (kiosk.choose.cancel_button, kiosk.pin_pad.cancel, kiosk.services.cancel_button):
        assert widget.text() == "Cancel", widget.text()


# --- 6. the next resident's focus -------------------------------------------------------------------


def test_the_next_resident_finds_no_focus_left_by_the_last_one(
    qtbot: Any, queue: QueueService, tray: PaperTray, run: Run
) -> None:
    kiosk = open_kiosk(qtbot, queue, tray)
    kiosk.activateWindow()
    tap(qtbot, run, kiosk.welcome.no_card)
    on_page(run, kiosk, kiosk.choose)
    first = kiosk.focusWidget()  # where the form list opens for a first resident
    chosen = kiosk.choose.forms.buttons["juminhyo"]
    tap(qtbot, run, chosen)
    on_page(run, kiosk, kiosk.question)
    tap(qtbot, run, kiosk.question.back_button)
    on_page(run, kiosk, kiosk.choose)
    assert chosen.hasFocus()  # within a visit the ring shows where the resident was
    tap(qtbot, run, chosen)
    on_page(run, kiosk, kiosk.question)
    kiosk.idle.expired.emit()  # the resident walked away
    on_page(run, kiosk, kiosk.welcome)
    tap(qtbot, run, kiosk.welcome.no_card)  # the next resident
    on_page(run, kiosk, kiosk.choose)
    assert not chosen.hasFocus()
    assert kiosk.focusWidget() is first

"""A resident with a card at the kiosk, on the real PC/SC stack: pcscd + vpcd + the card emulator.

The kiosk's own card session and reader watcher run on the app's qasync loop, exactly as in the lobby.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from kiosk.window import KioskWindow
from tests.cardemu import Faults
from tests.helpers.pcsc import InsertCard
from tests.helpers.qasync_loop import until
from tests.ui.conftest import PaperTray, Run, all_texts, on_page, tap


@pytest.fixture
def kiosk(open_card_kiosk: Callable[..., KioskWindow]) -> KioskWindow:
    return open_card_kiosk()


def type_pin(qtbot: Any, run: Run, kiosk: KioskWindow, pin: str) -> None:
    on_page(run, kiosk, kiosk.pin_pad)
    for digit in pin:
        tap(qtbot, run, kiosk.pin_pad.keys[digit])  # type: ignore[arg-type]
    tap(qtbot, run, kiosk.pin_pad.enter)


def shown(kiosk: KioskWindow, key: str) -> str:
    return kiosk.confirm.values[key].text() if kiosk.confirm.values[key].isVisible() else ""  # type: ignore[attr-defined]


def test_my_number_card_from_choice_to_confirmation(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    tap(qtbot, run, kiosk.welcome.mynumber)
    on_page(run, kiosk, kiosk.insert_card)
    assert kiosk.insert_card.heading.text() == "マイナンバーカードをカードリーダーに置いてください"
    virtual_card("yamada")
    on_page(run, kiosk, kiosk.pin_pad)
    assert kiosk.pin_pad.tries.text() == "あと3回入力できます"
    assert kiosk.pin_pad.warning.isHidden()
    type_pin(qtbot, run, kiosk, "1234")
    on_page(run, kiosk, kiosk.confirm)
    assert shown(kiosk, "name") == "山田　太郎"
    assert shown(kiosk, "address") == "東京都千代田区霞が関二丁目１番２号"
    assert shown(kiosk, "birth_date") == "昭和55年1月1日（1980年1月1日）"
    assert shown(kiosk, "sex") == "男"
    assert shown(kiosk, "reading") == ""


def test_the_pin_pad_masks_digits_and_corrects_them(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    virtual_card("yamada")  # placed without choosing first: the kiosk goes straight to the PIN
    on_page(run, kiosk, kiosk.pin_pad)
    for digit in "129":
        tap(qtbot, run, kiosk.pin_pad.keys[digit])  # type: ignore[arg-type]
    assert [box.text() for box in kiosk.pin_pad.boxes] == ["●", "●", "●", ""]
    assert not kiosk.pin_pad.enter.isEnabled()
    tap(qtbot, run, kiosk.pin_pad.correct)
    for digit in "34":
        tap(qtbot, run, kiosk.pin_pad.keys[digit])  # type: ignore[arg-type]
    assert "1234" not in all_texts(kiosk)
    tap(qtbot, run, kiosk.pin_pad.enter)
    on_page(run, kiosk, kiosk.confirm)


def test_wrong_pins_show_the_tries_left_and_warn_before_the_last(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    emulator = virtual_card("tran")
    type_pin(qtbot, run, kiosk, "0000")
    run(until(lambda: "あと2回" in kiosk.pin_pad.refused.text(), what="two tries left"))
    assert kiosk.pin_pad.refused.text() == "⚠ 暗証番号が違います。あと2回入力できます"
    assert kiosk.pin_pad.refused.isVisible() and kiosk.pin_pad.tries.isHidden()
    assert kiosk.pin_pad.warning.isHidden()
    type_pin(qtbot, run, kiosk, "1111")
    run(until(lambda: "あと1回" in kiosk.pin_pad.refused.text(), what="one try left"))
    assert kiosk.pin_pad.warning.isVisible()
    assert "ロックされ" in kiosk.pin_pad.warning.text()
    type_pin(qtbot, run, kiosk, "7777")
    on_page(run, kiosk, kiosk.confirm)
    assert shown(kiosk, "name") == "TRAN THI MAI"
    verifies = [c for c in emulator.card.log if c.apdu[1] == 0x20 and len(c.apdu) > 4]
    assert len(verifies) == 3  # one PIN sent per press of 確定, never retried


def test_a_blocked_card_sends_the_resident_on_without_it(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    emulator = virtual_card("geta", Faults(blocked=True))
    on_page(run, kiosk, kiosk.problem)
    assert kiosk.problem.heading.text() == "暗証番号がロックされています"
    assert kiosk.problem.retry_button.isHidden()
    assert not any(c.apdu[1] == 0x20 and len(c.apdu) > 4 for c in emulator.card.log)
    tap(qtbot, run, kiosk.problem.without_button)
    on_page(run, kiosk, kiosk.take_card)
    emulator.stop()
    on_page(run, kiosk, kiosk.choose)


def test_a_card_pulled_out_mid_read_is_an_ordinary_event(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    virtual_card("yamada", Faults(leave_after=5))
    type_pin(qtbot, run, kiosk, "1234")
    on_page(run, kiosk, kiosk.problem)
    assert kiosk.problem.heading.text() == "カードが読み取り中に離れました"
    assert kiosk.visit.identity is None
    virtual_card("yamada", index=1)
    tap(qtbot, run, kiosk.problem.retry_button)
    type_pin(qtbot, run, kiosk, "1234")
    on_page(run, kiosk, kiosk.confirm)
    assert shown(kiosk, "name") == "山田　太郎"


def test_an_unrelated_card_is_named_as_such(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    virtual_card("yamada", Faults(unrelated=True))
    on_page(run, kiosk, kiosk.problem)
    assert kiosk.problem.heading.text() == "このカードは読み取れません"


def test_a_licence_shows_the_reading_and_the_first_day_of_heisei(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    tap(qtbot, run, kiosk.welcome.licence)
    virtual_card("licence_suzuki")
    on_page(run, kiosk, kiosk.pin_pad)
    assert kiosk.pin_pad.which.text() == "免許証の暗証番号1です"
    type_pin(qtbot, run, kiosk, "1234")
    on_page(run, kiosk, kiosk.confirm)
    assert shown(kiosk, "name") == "鈴木　一郎"
    assert shown(kiosk, "reading") == "すずき　いちろう"
    assert shown(kiosk, "birth_date") == "平成元年1月8日（1989年1月8日）"
    assert shown(kiosk, "sex") == ""  # a licence has no sex field: the row is not shown


def test_rare_kanji_the_long_address_and_substitute_marks(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    emulator = virtual_card("yoshino")
    type_pin(qtbot, run, kiosk, "2580")
    on_page(run, kiosk, kiosk.confirm)
    assert shown(kiosk, "name") == "𠮷川　髙美"
    assert shown(kiosk, "address") == (
        "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス"
        "　２０１号室（南側角部屋）　管理組合気付"
    )
    assert kiosk.confirm.note.isHidden()
    tap(qtbot, run, kiosk.confirm.right)
    emulator.stop()
    on_page(run, kiosk, kiosk.choose)
    kiosk.back_to_start()
    virtual_card("geta", index=1)
    type_pin(qtbot, run, kiosk, "0000")
    on_page(run, kiosk, kiosk.confirm)
    assert shown(kiosk, "name") == "髙〓　一"
    assert shown(kiosk, "birth_date") == "大正8年3月3日（1919年3月3日）"
    assert shown(kiosk, "sex") == "適用不能"
    assert kiosk.confirm.note.isVisible()


def test_the_card_must_be_taken_before_going_on_and_the_visit_forgets_the_resident(
    qtbot: Any, kiosk: KioskWindow, virtual_card: InsertCard, tray: PaperTray, run: Run
) -> None:
    emulator = virtual_card("yoshino")
    type_pin(qtbot, run, kiosk, "2580")
    on_page(run, kiosk, kiosk.confirm)
    tap(qtbot, run, kiosk.confirm.wrong)  # something is wrong: a clerk will correct it
    on_page(run, kiosk, kiosk.take_card)
    assert kiosk.take_card.heading.text() == "カードをお取りください"
    assert kiosk.visit.needs_correction
    run(asyncio.sleep(0.5))
    assert kiosk.pages.currentWidget() is kiosk.take_card  # it stays until the card is taken
    emulator.stop()
    on_page(run, kiosk, kiosk.choose)
    tap(qtbot, run, kiosk.choose.ticket_button)  # only a ticket: the service buttons as before
    on_page(run, kiosk, kiosk.services)
    run(until(lambda: "A" in kiosk.services.buttons, what="the service buttons"))
    tap(qtbot, run, kiosk.services.buttons["A"])
    on_page(run, kiosk, kiosk.result)
    tap(qtbot, run, kiosk.result.ok)
    on_page(run, kiosk, kiosk.welcome)
    assert kiosk.visit.identity is None
    texts = all_texts(kiosk)
    for personal in ("𠮷川", "髙美", "芽室町", "1948", "昭和23年"):
        assert personal not in texts


@pytest.fixture
def hasty_kiosk(open_card_kiosk: Callable[..., KioskWindow]) -> KioskWindow:
    """A kiosk that asks "more time?" after 1 s and ends the visit after 2 s."""
    return open_card_kiosk(idle=(1, 2), result_seconds=12)


def test_an_abandoned_visit_asks_then_ends_and_leaves_nothing_on_screen(
    qtbot: Any, hasty_kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    kiosk = hasty_kiosk
    emulator = virtual_card("yoshino")
    type_pin(qtbot, run, kiosk, "2580")
    on_page(run, kiosk, kiosk.confirm)
    run(until(kiosk.more_time.isVisible, what="the more-time question"))
    tap(qtbot, run, kiosk.more_time.keep_going)
    assert kiosk.pages.currentWidget() is kiosk.confirm  # more time: nothing lost
    assert shown(kiosk, "name") == "𠮷川　髙美"
    run(until(lambda: kiosk.visit.identity is None, timeout=10, what="the visit to end"))
    assert kiosk.pages.currentWidget() is kiosk.take_card  # the card is still in the reader
    texts = all_texts(kiosk)
    for personal in ("𠮷川", "髙美", "芽室町", "昭和23年"):
        assert personal not in texts
    emulator.stop()
    on_page(run, kiosk, kiosk.welcome)
    assert not kiosk.more_time.isVisible()


def test_a_half_typed_pin_is_gone_when_the_visit_ends(
    qtbot: Any, hasty_kiosk: KioskWindow, virtual_card: InsertCard, run: Run
) -> None:
    kiosk = hasty_kiosk
    emulator = virtual_card("yamada")
    on_page(run, kiosk, kiosk.pin_pad)
    for digit in "12":
        tap(qtbot, run, kiosk.pin_pad.keys[digit])  # type: ignore[arg-type]
    run(until(lambda: kiosk.pages.currentWidget() is kiosk.take_card, timeout=10, what="the visit to end"))
    assert kiosk.pin_pad.typed == 0
    assert [box.text() for box in kiosk.pin_pad.boxes] == ["", "", "", ""]
    emulator.stop()
    on_page(run, kiosk, kiosk.welcome)

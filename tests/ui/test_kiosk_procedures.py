"""The procedure flow at the kiosk: choose, one question per screen, review, one ticket for the visit.

Driven by touches on the real widgets on the app's own qasync loop; a resident with a card goes through the
real PC/SC stack (pcscd + vpcd + the card emulator). `submit` is an adapter boundary (the store will take
a visit's applications): a recording stand-in takes its place and issues a real ticket.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from forms import Application
from kiosk.card_session import CardSession
from kiosk.review import review_of
from kiosk.window import KioskWindow
from queueing.services import QueueService
from tests.helpers.pcsc import InsertCard
from tests.helpers.qasync_loop import until
from tests.ui.conftest import PaperTray, Run, all_texts, on_page, tap
from tests.ui.resident import (
    RecordingSubmit,
    Resident,
    certificate_for_myself,
    identify_with_card,
    move_in_as_a_family,
)


class FormPrinter:
    """Stands in for the A4 printer: records the forms it was given, or fails."""

    def __init__(self, fail_with: Exception | None = None) -> None:
        self.printed: list[str] = []
        self.fail_with = fail_with

    def __call__(self, applications: Sequence[Application]) -> bool:
        if self.fail_with is not None:
            raise self.fail_with
        self.printed += [a.form_id for a in applications]
        return True


@pytest.fixture
def submit(queue: QueueService) -> RecordingSubmit:
    return RecordingSubmit(queue)


@pytest.fixture
def card_kiosk(open_card_kiosk: Callable[..., KioskWindow], submit: RecordingSubmit) -> KioskWindow:
    return open_card_kiosk(submit=submit)


def card_of(virtual_card: InsertCard, who: str = "yamada") -> Callable[[], Callable[[], None]]:
    """Places `who`'s card in a vpcd reader; what it returns takes the card off."""
    return lambda: virtual_card(who).stop


def typed_kiosk(qtbot: Any, queue: QueueService, tray: PaperTray, **options: Any) -> KioskWindow:
    """A kiosk with a card reader where the resident goes on without a card (no PC/SC needed)."""
    window = KioskWindow(queue, tray, cards=CardSession(), **{"result_seconds": 60, **options})
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    return window


def test_a_residence_certificate_for_myself_with_a_my_number_card(
    qtbot: Any, card_kiosk: KioskWindow, virtual_card: InsertCard, submit: RecordingSubmit, run: Run
) -> None:
    resident = Resident(run, card_kiosk)
    identify_with_card(resident, card_of(virtual_card))
    certificate_for_myself(resident)
    texts = resident.review_texts()
    assert "山田　太郎" in texts and "東京都千代田区霞が関二丁目１番２号" in texts
    assert "昭和55年1月1日（1980年）" in texts and "1通" in texts
    assert card_kiosk.review.total.text() == "手数料の合計：300円"
    resident.tap(card_kiosk.review.ok)
    on_page(run, card_kiosk, card_kiosk.result)
    assert card_kiosk.result.number.text() == "A-001"
    ((services, (app,)),) = submit.calls
    assert services == ("A",) and app.form_id == "juminhyo"
    assert app.values["subject.name"] == app.values["visitor.name"] == "山田　太郎"
    assert app.values["purpose"] == "年金" and app.values["copies"] == 1
    # マイナンバーカード, 確定, この内容で正しい, 住民票, わたし（本人）, 年金, 次へ, 番号札を取る: 8 and
    # the PIN (年金 fills the box and 次へ confirms it: one touch never chooses and goes on, issue 11)
    assert (resident.touches, resident.digits) == (8, 0)


def test_a_family_of_four_moving_in_reaches_the_review_with_the_right_forms(
    qtbot: Any, card_kiosk: KioskWindow, virtual_card: InsertCard, submit: RecordingSubmit, run: Run
) -> None:
    resident = Resident(run, card_kiosk)
    identify_with_card(resident, card_of(virtual_card))
    move_in_as_a_family(resident, (datetime.date.today() - datetime.timedelta(days=3)).isoformat())
    titles = [f.title for f in review_of(card_kiosk.visit.flow).forms]  # type: ignore[arg-type]
    assert titles == ["町外から引越してきた（転入）", "住民異動届", "児童手当 認定請求書"]
    assert card_kiosk.review.total.text() == "手数料はかかりません"
    assert card_kiosk.review.ok.isEnabled()
    texts = resident.review_texts()
    assert "やまだ　じろう" in texts and "平成30年8月8日（2018年）" in texts
    assert "児童手当の認定請求" in texts  # the procedures that follow, with their deadlines
    resident.tap(card_kiosk.review.ok)
    on_page(run, card_kiosk, card_kiosk.result)
    ((services, apps),) = submit.calls
    assert services == ("B", "F")
    assert [a.form_id for a in apps] == ["idou", "jido_teate"]
    idou, allowance = apps
    assert [r["relation"] for r in idou.rows["members"]] == ["世帯主", "妻", "子", "子"]
    assert idou.values["move_type"] == "転入" and idou.values["new_householder"] == "山田　太郎"
    assert [r["name"] for r in allowance.rows["children"]] == ["やまだ　いちろう", "やまだ　じろう"]
    # bench/touches.py shows what they are; 8 of them are 次へ after a suggested answer (issue 11)
    assert (resident.touches, resident.digits) == (119, 0)


def test_without_a_card_the_same_flow_runs_on_typed_input(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, submit: RecordingSubmit, run: Run
) -> None:
    kiosk = typed_kiosk(qtbot, queue, tray, submit=submit)
    resident = Resident(run, kiosk)
    up_to_the_purpose(resident)
    resident.type_kana("ほけん")
    resident.next()
    on_page(run, kiosk, kiosk.review)
    resident.tap(kiosk.review.ok)
    on_page(run, kiosk, kiosk.result)
    ((services, (app,)),) = submit.calls
    assert services == ("A",)
    assert app.values["visitor.address"] == "まどぐちちょう　1-2-3"
    assert app.values["subject.name"] == app.values["visitor.name"] == "やまだ　はなこ"
    assert app.values["subject.birth_date"] == "1982-05-05" and app.values["purpose"] == "ほけん"


def up_to_the_purpose(resident: Resident) -> None:
    """No card, 住民票の写し, the visitor typed in full, for myself: the question of the purpose is next."""
    kiosk = resident.kiosk
    resident.tap(kiosk.welcome.no_card)
    resident.tap(kiosk.choose.forms.buttons["juminhyo"])
    type_the_visitor(resident)
    resident.at("relationship")
    resident.choose("わたし（本人）")
    resident.at("purpose")


def type_the_visitor(resident: Resident) -> None:
    resident.at("visitor.address")
    resident.type_kana("まどぐちちょう　1-2-3")
    resident.next()
    resident.at("visitor.name_reading")
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


def test_an_impossible_date_and_a_reading_not_in_kana_are_explained_and_block(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, run: Run
) -> None:
    kiosk = typed_kiosk(qtbot, queue, tray)
    resident = Resident(run, kiosk)
    resident.tap(kiosk.welcome.no_card)
    resident.tap(kiosk.choose.forms.buttons["juminhyo"])
    resident.at("visitor.address")
    resident.type_kana("まどぐちちょう")
    resident.next()
    resident.at("visitor.name_reading")
    kiosk.question.editors["text"].pad.set_value("yamada")  # type: ignore[attr-defined]  # e.g. a hardware keyboard
    resident.next()
    assert kiosk.question.note.text() == (
        "窓口に来た方のふりがなは、ひらがなかカタカナで入力してください（例：やまだ　たろう）。"
    )
    assert kiosk.question.note.isVisible() and resident.screen_id() == "visitor.name_reading"
    kiosk.question.editors["text"].pad.set_value("")  # type: ignore[attr-defined]
    resident.type_kana("やまだ")
    resident.next()
    resident.at("visitor.name")
    resident.suggestion("やまだ")
    resident.at("visitor.birth_date")
    resident.pick_date("2025-02-30")  # 令和7年2月30日
    assert kiosk.question.editors["date"].picker.shown.text() == "令和7年（2025年）2月30日"  # type: ignore[attr-defined]
    resident.next()
    assert kiosk.question.note.text() == (
        "窓口に来た方の生年月日：「2025-02-30」という日付はありません。月と日を確かめてください。"
    )
    assert resident.screen_id() == "visitor.birth_date"
    resident.tap(kiosk.question.editors["date"].picker.days[27])  # type: ignore[attr-defined]  # the 28th
    resident.next()
    resident.at("visitor.phone")
    assert kiosk.question.note.text() == ""


def test_going_back_keeps_every_answer_and_everything_half_typed(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, run: Run
) -> None:
    kiosk = typed_kiosk(qtbot, queue, tray)
    resident = Resident(run, kiosk)
    up_to_the_purpose(resident)
    resident.type_kana("ほけ")  # half typed, then back
    resident.back()
    resident.at("relationship")
    assert kiosk.question.choice_buttons[0].property("current") == "true"
    resident.back()
    resident.at("visitor.phone")
    assert kiosk.question.editors["phone"].display.accessibleName() == "0312345678"  # type: ignore[attr-defined]
    for _ in range(3):
        resident.back()
    resident.at("visitor.name_reading")
    assert kiosk.question.editors["text"].value() == "やまだ　はなこ"
    resident.next()
    resident.at("visitor.name")
    resident.next()  # the name typed (chosen) before is still there
    for question in ("visitor.birth_date", "visitor.phone"):
        resident.at(question)
        resident.next()
    resident.at("relationship")
    resident.choose("わたし（本人）")
    resident.at("purpose")
    assert kiosk.question.editors["text"].value() == "ほけ"
    resident.back()
    resident.at("relationship")
    for _ in range(6):
        resident.back()
    on_page(run, kiosk, kiosk.choose)  # before the first question: the choice again


def test_the_review_changes_a_usual_answer_and_returns(
    qtbot: Any, card_kiosk: KioskWindow, virtual_card: InsertCard, submit: RecordingSubmit, run: Run
) -> None:
    resident = Resident(run, card_kiosk)
    identify_with_card(resident, card_of(virtual_card))
    resident.tap(card_kiosk.choose.forms.buttons["juminhyo"])
    resident.choose("わたし（本人）")
    resident.suggestion("パスポート")
    on_page(run, card_kiosk, card_kiosk.review)
    change = {b.accessibleName(): b for b in card_kiosk.review.change_buttons}
    resident.tap(change["通数を変える"])
    resident.at("copies")
    pad = card_kiosk.question.editors["number"].pad  # type: ignore[attr-defined]
    assert pad.value() == "1"
    resident.tap(pad.clear_key)
    resident.type_digits("2")
    resident.next()
    on_page(run, card_kiosk, card_kiosk.review)
    assert "2通" in resident.review_texts()
    assert card_kiosk.review.total.text() == "手数料の合計：600円"


def test_the_end_of_a_visit_wipes_every_answer_from_every_page(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, run: Run
) -> None:
    kiosk = typed_kiosk(qtbot, queue, tray, idle=(1, 2))
    resident = Resident(run, kiosk)
    up_to_the_purpose(resident)
    resident.type_kana("ほけん")  # typed, never confirmed
    typed = ("まどぐちちょう", "やまだ", "はなこ", "0312345678", "昭和57年", "1982", "ほけん")
    assert "0312345678" in str(kiosk.visit.flow.kept)  # type: ignore[union-attr]
    run(until(lambda: kiosk.visit.flow is None, timeout=10, what="the visit to end"))
    on_page(run, kiosk, kiosk.welcome)
    texts = all_texts(kiosk)
    for value in typed:
        assert value not in texts
    kiosk.question.live.refresh()  # a language change must not bring any value back either
    kiosk.review.lines_live.refresh()
    assert not any(value in all_texts(kiosk) for value in typed)


def test_a_review_then_ok_leaves_nothing_behind(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, run: Run
) -> None:
    kiosk = typed_kiosk(qtbot, queue, tray)
    resident = Resident(run, kiosk)
    up_to_the_purpose(resident)
    resident.suggestion("年金")
    on_page(run, kiosk, kiosk.review)
    assert "まどぐちちょう" in resident.review_texts()
    resident.tap(kiosk.review.ok)
    on_page(run, kiosk, kiosk.result)
    assert kiosk.result.number.text() == "A-001"  # no `submit`: the plain ticket of the first service
    resident.tap(kiosk.result.ok)
    on_page(run, kiosk, kiosk.welcome)
    assert kiosk.visit.flow is None
    assert not any(value in all_texts(kiosk) for value in ("まどぐちちょう", "はなこ", "0312345678", "1982"))


@pytest.mark.parametrize("fails", [False, True], ids=["printed", "printer-failed"])
def test_the_forms_are_printed_after_the_ticket_and_a_failure_keeps_the_ticket(
    qtbot: Any,
    queue: QueueService,
    tray: PaperTray,
    qloop: Any,
    submit: RecordingSubmit,
    run: Run,
    fails: bool,
) -> None:
    printer = FormPrinter(RuntimeError("paper jam") if fails else None)
    kiosk = typed_kiosk(qtbot, queue, tray, submit=submit, print_forms=printer)
    resident = Resident(run, kiosk)
    up_to_the_purpose(resident)
    resident.suggestion("年金")
    resident.tap(kiosk.review.ok)
    on_page(run, kiosk, kiosk.result)
    assert kiosk.result.number.text() == "A-001" and tray.printed == ["A-001"]
    assert kiosk.result.forms.isVisible()
    if fails:
        assert "申請書を印刷できませんでした" in kiosk.result.forms.text() and printer.printed == []
    else:
        assert "申請書を印刷しました" in kiosk.result.forms.text() and printer.printed == ["juminhyo"]
    assert len(submit.calls) == 1


def test_only_a_ticket_leads_to_the_service_buttons_as_before(
    qtbot: Any, queue: QueueService, tray: PaperTray, qloop: Any, run: Run
) -> None:
    kiosk = typed_kiosk(qtbot, queue, tray)
    kiosk.refresh()
    tap(qtbot, run, kiosk.welcome.no_card)
    tap(qtbot, run, kiosk.choose.ticket_button)
    on_page(run, kiosk, kiosk.services)
    run(until(lambda: "C" in kiosk.services.buttons, what="the service buttons"))
    tap(qtbot, run, kiosk.services.buttons["C"])
    on_page(run, kiosk, kiosk.result)
    assert kiosk.result.number.text() == "C-001" and not kiosk.result.forms.isVisible()

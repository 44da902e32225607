"""The kiosk's procedure flow without widgets: which screens come, what carries over, what back keeps."""

from __future__ import annotations

import datetime

import pytest

from forms import load_catalog, load_life_events
from kiosk.flow import EVENT, ProcedureFlow
from kiosk.review import review_of

TODAY = datetime.date(2026, 11, 21)
CARD = {"name": "山田　太郎", "address": "東京都千代田区霞が関二丁目１番２号", "birth_date": "1980-01-01"}


@pytest.fixture(scope="module")
def catalog_and_events() -> tuple[object, object]:
    catalog = load_catalog()
    return catalog, load_life_events(catalog=catalog)


def new_flow(catalog_and_events: tuple[object, object], identity: object = CARD) -> ProcedureFlow:
    catalog, events = catalog_and_events
    return ProcedureFlow(catalog, events, identity, today=TODAY)  # type: ignore[arg-type]


def answer_all(flow: ProcedureFlow, answers: dict[str, object]) -> list[str]:
    """Answer each screen from `answers` until one is missing; the question ids seen, in order."""
    seen = []
    while (screen := flow.current()) is not None and screen.question.id in answers:
        seen.append(screen.question.id)
        assert flow.answer(answers[screen.question.id]) == []
    return seen


def test_for_myself_with_a_card_only_what_the_card_cannot_know_is_asked(
    catalog_and_events: tuple[object, object],
) -> None:
    flow = new_flow(catalog_and_events)
    flow.choose_form("juminhyo")
    answers = {"relationship": "本人", "purpose": "年金"}  # the reading and the phone are optional: no screen
    assert answer_all(flow, answers) == list(answers)
    assert flow.current() is None  # usual answers (住民票の写し, 1通, no extra items) stand: on the review
    (app,) = flow.applications()
    assert app.values["subject.address"] == CARD["address"] and app.values["copies"] == 1
    assert flow.services() == ("A",)
    lines = {line.label: line for form in review_of(flow).forms for line in form.lines}
    assert lines["通数"].value == "1通" and lines["通数"].change == ("juminhyo", "copies")
    (phone,) = [line for label, line in lines.items() if label.endswith("電話番号")]
    assert phone.value == "" and phone.change is not None  # not asked, but offered on the review
    assert "証明が必要な方の氏名" not in lines  # a copy of the visitor: the relationship line says so


def test_a_changed_answer_drops_what_no_longer_applies_but_keeps_it_typed(
    catalog_and_events: tuple[object, object],
) -> None:
    flow = new_flow(catalog_and_events)
    flow.choose_form("juminhyo")
    answer_all(flow, {"visitor.name_reading": "", "visitor.phone": "0312345678", "relationship": "第三者"})
    assert flow.current().question.id == "subject.address"  # type: ignore[union-attr]
    assert flow.answer("まどぐちちょう") == []
    assert flow.back() and flow.back()  # back to the relationship
    assert flow.current().value == "第三者"  # type: ignore[union-attr]
    assert flow.answer("本人") == []
    assert flow.applications()[0].values["subject.address"] == CARD["address"]  # for myself: the card again
    assert flow.kept[("juminhyo", "subject.address")] == "まどぐちちょう"  # typed, kept until the visit ends


def test_an_event_carries_its_answers_into_the_forms_and_plans_from_the_household(
    catalog_and_events: tuple[object, object],
) -> None:
    flow = new_flow(catalog_and_events)
    flow.choose_event("move_in")
    answer_all(flow, {"move_date": "2026-11-18", "kokuho": True, "has_mynumber_card": True})
    answer_all(flow, {"wants_seal": False})
    screen = flow.current()
    assert screen is not None and screen.scope == "idou"  # move_type (転入) and move_date are not asked again
    idou = next(a for a in flow.applications() if a.form_id == "idou")
    assert idou.values["move_type"] == "転入" and idou.values["move_date"] == "2026-11-18"
    assert [a.form_id for a in flow.applications()] == ["idou", "kokuho_shutoku"]
    child = {"name": "やまだ　いちろう", "birth_date": "2016-01-01"}
    flow.kept[("idou", "members")] = [{"relation": "世帯主"}, child]
    flow._confirmed.append(("idou", "members"))  # the household list confirmed: a child is in it
    assert "jido_teate" in [a.form_id for a in flow.applications()]
    assert flow.services() == ("B", "E", "F")


def test_without_a_card_the_visitor_is_asked_and_copied_for_myself(
    catalog_and_events: tuple[object, object],
) -> None:
    flow = new_flow(catalog_and_events, identity=None)
    flow.choose_form("juminhyo")
    answers = {
        "visitor.address": "まどぐちちょう", "visitor.name_reading": "やまだ", "visitor.name": "やまだ",
        "visitor.birth_date": "1980-01-01", "visitor.phone": "0312345678", "relationship": "本人",
    }  # fmt: skip
    assert answer_all(flow, answers) == list(answers)
    name = flow.current()
    assert name is not None and name.question.id == "purpose"
    assert flow.applications()[0].values["subject.name"] == "やまだ"


def test_a_household_row_is_typed_box_by_box_and_the_reading_is_offered_as_the_name(
    catalog_and_events: tuple[object, object],
) -> None:
    flow = new_flow(catalog_and_events)
    flow.choose_form("idou")
    answer_all(flow, {"visitor.name_reading": "やまだ", "visitor.phone": "0312345678", "move_type": "転入"})
    answer_all(flow, {"move_date": "2026-11-18", "new_address": "まどぐちちょう", "new_postal_code": ""})
    answer_all(flow, {"visitor_moves": True})
    flow.edit_row(1)
    assert flow.answer("はなこ") == []  # reading
    name = flow.current()
    assert name is not None and name.row is not None and name.suggestions[0] == "はなこ"
    assert flow.answer("はなこ") == []
    (future,) = flow.answer("2030-01-01")
    assert future.message.startswith("異動する方（2人目）の生年月日")
    assert flow.back("1990-02-30") and flow.current().question.id == "members.1.name"  # type: ignore[union-attr]
    assert flow.answer("はなこ") == [] and flow.current().value == "1990-02-30"  # type: ignore[union-attr]
    assert flow.current().row.column.id == "birth_date"  # type: ignore[union-attr]
    assert flow.answer("1990-02-28") == [] and flow.answer("女") == []
    assert flow.answer("妻") == [] and flow.answer("") == []
    rows = flow.current()
    assert rows is not None and rows.question.kind == "rows" and len(rows.value) == 2  # type: ignore[arg-type]
    assert EVENT not in [a.form_id for a in flow.applications()]

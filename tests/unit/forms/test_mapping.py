"""From a card read and answers to an application: "for myself" fills both people from the card."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from forms import Application, Catalog, build_application, card_data
from tests.unit.forms.conftest import GETA, SUZUKI, TODAY, YAMADA


def test_for_myself_fills_both_people_from_the_card(catalog: Catalog) -> None:
    app = build_application(catalog["juminhyo"], YAMADA, {"relationship": "本人"}, today=TODAY)

    for person in ("visitor", "subject"):
        assert app.values[f"{person}.name"] == "山田　太郎"
        assert app.values[f"{person}.address"] == "東京都千代田区霞が関二丁目１番２号"
        assert app.values[f"{person}.birth_date"] == "1980-01-01"


def test_for_someone_else_only_the_visitor_comes_from_the_card(catalog: Catalog) -> None:
    app = build_application(catalog["juminhyo"], YAMADA, {"relationship": "配偶者・直系"}, today=TODAY)

    assert app.values["visitor.name"] == "山田　太郎"
    assert "subject.name" not in app.values
    assert "subject.address" not in app.values


def test_the_same_household_shares_the_address_but_not_the_name(catalog: Catalog) -> None:
    app = build_application(catalog["juminhyo"], YAMADA, {"relationship": "同一世帯"}, today=TODAY)

    assert app.values["subject.address"] == YAMADA["address"]
    assert "subject.name" not in app.values


def test_an_answer_wins_over_the_card_and_defaults_fill_the_rest(catalog: Catalog) -> None:
    answers = {"relationship": "本人", "subject.name": "山田　花子", "copies": "２"}
    app = build_application(catalog["juminhyo"], YAMADA, answers, today=TODAY)

    assert app.values["subject.name"] == "山田　花子"
    assert app.values["copies"] == 2
    assert app.values["kind"] == "住民票の写し"  # the template's default
    assert app.values["request_date"] == "2026-11-21"  # source = "today"
    assert app.answers == answers


def test_an_identity_object_maps_like_read_cards_json(catalog: Catalog) -> None:
    @dataclass(frozen=True)
    class Substitution:
        field: str
        position: int
        kind: str = "substitute"

    @dataclass(frozen=True)
    class Identity:  # shaped like cardreader.identity.Identity
        card_type: str
        name: str
        name_reading: str | None
        address: str
        birth_date: datetime.date
        sex: str | None
        substitutions: tuple[Substitution, ...]

    card = Identity(
        "mynumber",
        "髙〓　一",
        None,
        str(GETA["address"]),
        datetime.date(1919, 3, 3),
        "not_applicable",
        (Substitution("name", 1),),
    )
    template = catalog["juminhyo"]

    from_object = build_application(template, card, {"relationship": "本人"}, today=TODAY)
    from_json = build_application(template, GETA, {"relationship": "本人"}, today=TODAY)

    assert from_object == from_json


def test_substitute_marks_follow_the_name_into_every_box_it_fills(catalog: Catalog) -> None:
    app = build_application(catalog["juminhyo"], GETA, {"relationship": "本人"}, today=TODAY)

    assert app.marks == {"visitor.name": (1,), "subject.name": (1,)}


def test_a_licence_gives_the_reading_and_no_sex() -> None:
    card = card_data(SUZUKI)

    assert card.texts["name_reading"] == "すずき　いちろう"
    assert "sex" not in card.texts


def test_sex_becomes_the_forms_words_and_not_applicable_stays_blank() -> None:
    assert card_data(YAMADA).texts["sex"] == "男"
    assert "sex" not in card_data(GETA).texts


def test_the_card_holder_is_the_first_moving_person(catalog: Catalog) -> None:
    answers = {
        "members": [
            {"relation": "世帯主"},
            {"name": "山田　花子", "birth_date": "1982/5/5", "relation": "妻"},
        ]
    }
    app = build_application(catalog["idou"], SUZUKI, answers, today=TODAY)

    first, second = app.rows["members"]
    assert first == {
        "relation": "世帯主",
        "name_reading": "すずき　いちろう",
        "name": "鈴木　一郎",
        "birth_date": "1989-01-08",
    }
    assert second["birth_date"] == "1982-05-05"
    assert app.values["old_address"] == SUZUKI["address"]  # the card shows the address before the move


def test_a_visitor_who_does_not_move_is_not_a_row(catalog: Catalog) -> None:
    app = build_application(catalog["idou"], SUZUKI, {"visitor_moves": False}, today=TODAY)

    assert app.rows["members"] == []
    assert "old_address" not in app.values


def test_row_marks_are_kept_per_row(catalog: Catalog) -> None:
    app = build_application(catalog["idou"], GETA, {}, today=TODAY)

    assert app.marks["members.0.name"] == (1,)


def test_without_a_card_for_myself_copies_the_typed_visitor(catalog: Catalog) -> None:
    answers = {"visitor.name": "山田　太郎", "relationship": "本人"}
    app = build_application(catalog["juminhyo"], None, answers, today=TODAY)

    assert app.values["visitor.name"] == app.values["subject.name"] == "山田　太郎"
    assert "subject.address" not in app.values
    assert app.marks == {}


def test_without_a_card_someone_else_is_typed_separately(catalog: Catalog) -> None:
    answers = {"visitor.name": "山田　太郎", "relationship": "代理人（委任状）"}
    app = build_application(catalog["juminhyo"], None, answers, today=TODAY)

    assert "subject.name" not in app.values


def test_applications_round_trip_through_json(catalog: Catalog) -> None:
    app = build_application(catalog["idou"], GETA, catalog["idou"].example, today=TODAY)

    assert Application.from_json_dict(app.to_json_dict()) == app

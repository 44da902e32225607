"""違うところがある: the boxes the card filled on a form (forms.card_filled) and the people they belong to,
in the words of the form (casework.flags)."""

from __future__ import annotations

from casework.flags import flagged_people, person_label
from forms import Catalog, build_application, card_filled
from tests.unit.casework.conftest import TODAY, YAMADA


def people(catalog: Catalog, form_id: str, answers: dict[str, object]) -> list[str]:
    template = catalog[form_id]
    app = build_application(template, YAMADA, answers, today=TODAY)
    keys = card_filled(template, app, today=TODAY)
    return [person_label(template, p) for p in flagged_people(template, keys)]


def test_for_myself_the_card_filled_both_people_for_someone_else_only_the_visitor(catalog: Catalog) -> None:
    template = catalog["juminhyo"]
    mine = build_application(template, YAMADA, {"relationship": "本人"}, today=TODAY)
    assert card_filled(template, mine, today=TODAY) == (
        "visitor.address", "visitor.name", "visitor.birth_date",
        "subject.address", "subject.name", "subject.birth_date",
    )  # fmt: skip
    assert people(catalog, "juminhyo", {"relationship": "本人"}) == ["窓口に来た方", "証明が必要な方"]
    assert people(catalog, "juminhyo", {"relationship": "配偶者・直系"}) == ["窓口に来た方"]


def test_a_box_the_resident_typed_over_is_not_the_cards(catalog: Catalog) -> None:
    template = catalog["juminhyo"]
    answers = {"relationship": "第三者", "visitor.address": "東京都千代田区霞が関二丁目１番２号の２"}
    app = build_application(template, YAMADA, answers, today=TODAY)
    assert card_filled(template, app, today=TODAY) == ("visitor.name", "visitor.birth_date")


def test_the_card_holders_household_row_and_a_copied_box_belong_to_their_people(catalog: Catalog) -> None:
    template = catalog["idou"]
    app = build_application(template, YAMADA, dict(template.example), today=TODAY)
    keys = card_filled(template, app, today=TODAY)
    assert {"old_address", "members.0.name", "members.0.sex"} <= set(keys)  # 旧住所: the visitor's address
    assert not [k for k in keys if k.startswith("members.1")]  # the others were typed
    assert flagged_people(template, keys) == ["visitor", "members.0"]
    assert people(catalog, "idou", dict(template.example)) == ["届出人", "異動する方の1人目"]


def test_without_a_card_nothing_came_from_it(catalog: Catalog) -> None:
    template = catalog["juminhyo"]
    app = build_application(
        template, None, {"relationship": "本人", "visitor.name": "山田　太郎"}, today=TODAY
    )
    assert card_filled(template, app, today=TODAY) == ()

"""The kiosk's questions: one per screen, only those that apply, none the card already answered."""

from __future__ import annotations

from forms import Catalog, Choice, build_application, next_question, questions_for
from tests.unit.forms.conftest import SUZUKI, TODAY, YAMADA


def asked(catalog: Catalog, form_id: str, answers: dict[str, object], identity: object = YAMADA) -> list[str]:
    template = catalog[form_id]
    return [
        q.id
        for q in questions_for(
            template, build_application(template, identity, answers, today=TODAY), today=TODAY
        )
    ]


def test_for_myself_with_a_card_asks_only_what_the_card_cannot_know(catalog: Catalog) -> None:
    assert asked(catalog, "juminhyo", {"relationship": "本人"}) == [
        "visitor.name_reading",  # a My Number card has no reading
        "visitor.phone",
        "relationship",
        "kind",
        "scope",
        "show_householder",
        "copies",
        "purpose",
    ]


def test_a_licence_also_knows_the_reading(catalog: Catalog) -> None:
    assert "visitor.name_reading" not in asked(catalog, "juminhyo", {"relationship": "本人"}, SUZUKI)


def test_for_someone_else_the_subject_is_asked_for(catalog: Catalog) -> None:
    questions = asked(catalog, "juminhyo", {"relationship": "代理人（委任状）"})

    assert questions[3:6] == ["subject.address", "subject.name", "subject.birth_date"]
    assert "proxy_letter" in questions


def test_without_a_card_the_visitor_is_asked_for_too(catalog: Catalog) -> None:
    assert asked(catalog, "juminhyo", {}, None)[:5] == [
        "visitor.address",
        "visitor.name_reading",
        "visitor.name",
        "visitor.birth_date",
        "visitor.phone",
    ]


def test_next_question_walks_the_form_to_the_end(catalog: Catalog) -> None:
    template = catalog["juminhyo"]
    answers: dict[str, object] = {}
    replies = {
        "visitor.name_reading": "やまだ　たろう",
        "visitor.phone": "03-1234-5678",
        "relationship": "本人",
        "kind": "住民票の写し",
        "scope": "必要な方のみ",
        "show_householder": False,
        "show_domicile": False,
        "show_mynumber": False,
        "show_code": False,
        "show_foreign": False,
        "copies": 1,
        "purpose": "年金",
    }
    screens = []
    while question := next_question(
        template, build_application(template, YAMADA, answers, today=TODAY), today=TODAY
    ):
        screens.append(question.id)
        answers.update({name: replies[name] for name in question.fields})

    assert len(screens) == 8
    assert screens[2] == "relationship"


def test_the_relationship_question_offers_for_myself_first(catalog: Catalog) -> None:
    (question,) = [q for q in questions_for(catalog["koseki"], today=TODAY) if q.id == "relationship"]

    assert question.kind == "choice"
    assert question.choices[0] == Choice("本人", "わたし（本人）")
    assert question.required


def test_counts_offer_one_stepper_per_kind_of_copy(catalog: Catalog) -> None:
    (question,) = [q for q in questions_for(catalog["koseki"], today=TODAY) if q.kind == "counts"]

    assert question.choices[:2] == (
        Choice("full", "戸籍全部事項証明（謄本）"),
        Choice("individual", "戸籍個人事項証明（抄本）"),
    )


def test_the_tax_year_is_a_choice_of_five_years_newest_first(catalog: Catalog) -> None:
    (question,) = [q for q in questions_for(catalog["zei_shomei"], today=TODAY) if q.id == "fiscal_year"]

    assert [c.label for c in question.choices] == [
        "令和8年度",
        "令和7年度",
        "令和6年度",
        "令和5年度",
        "令和4年度",
    ]
    assert question.default == 8


def test_kinds_of_input_follow_the_fields(catalog: Catalog) -> None:
    kinds = {q.id: q.kind for q in questions_for(catalog["idou"], today=TODAY)}

    assert kinds["visitor.name_reading"] == "kana"
    assert kinds["visitor.phone"] == "phone"
    assert kinds["new_postal_code"] == "postal_code"
    assert kinds["visitor_moves"] == "yes_no"
    assert kinds["members"] == "rows"
    assert kinds["move_date"] == "date"


def test_examples_come_with_free_text_questions(catalog: Catalog) -> None:
    (question,) = [q for q in questions_for(catalog["juminhyo"], today=TODAY) if q.id == "purpose"]

    assert "パスポート" in question.examples

"""A clerk's correction of one box (代行入力): checked with the form's own validation before it is kept."""

from __future__ import annotations

import pytest

from casework.fields import InvalidCorrection, correct, field_at, lines, value_at
from forms import Application, Catalog, build_application, validate
from tests.unit.casework.conftest import TODAY, YAMADA


def juminhyo(catalog: Catalog, identity: object = YAMADA, **answers: object) -> Application:
    template = catalog["juminhyo"]
    return build_application(template, identity, {**template.example, **answers}, today=TODAY)


def test_a_correction_sets_the_box_and_says_what_changed(catalog: Catalog) -> None:
    app = juminhyo(catalog)
    updated, edits, problems = correct(
        catalog["juminhyo"], app, "visitor.phone", "０３－９８７６－５４３２", TODAY
    )
    assert updated.values["visitor.phone"] == "03-9876-5432"  # tidied as the kiosk tidies it
    assert edits == [("visitor.phone", "03-1234-5678", "03-9876-5432")]
    assert problems == []
    assert app.values["visitor.phone"] == "03-1234-5678"  # the original is untouched


def test_for_myself_the_subject_follows_a_corrected_visitor(catalog: Catalog) -> None:
    app = juminhyo(catalog)
    updated, edits, _ = correct(catalog["juminhyo"], app, "visitor.name", "山田　太朗", TODAY)
    assert (updated.values["visitor.name"], updated.values["subject.name"]) == ("山田　太朗", "山田　太朗")
    assert [key for key, _, _ in edits] == ["visitor.name", "subject.name"]


def test_a_subject_typed_separately_does_not_follow(catalog: Catalog) -> None:
    app = juminhyo(
        catalog, relationship="同一世帯", **{"subject.name": "山田　花子", "subject.birth_date": "1982-05-05"}
    )
    updated, edits, _ = correct(catalog["juminhyo"], app, "visitor.name", "山田　太朗", TODAY)
    assert updated.values["subject.name"] == "山田　花子"
    assert len(edits) == 1


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("visitor.birth_date", "2099-01-01", "今日より後の日付"),
        ("visitor.birth_date", "1980-02-30", "という日付はありません"),
        ("visitor.name", "", "氏名を入力してください"),
        ("visitor.phone", "12345", "0から始まる10桁か11桁"),
        ("copies", "0", "1から20まで"),
        ("kind", "戸籍謄本", "次の中から選んでください"),
    ],
)
def test_a_wrong_value_is_refused_with_the_forms_own_words(
    catalog: Catalog, key: str, typed: str, said: str
) -> None:
    app = juminhyo(catalog)
    before = app.to_json_dict()
    with pytest.raises(InvalidCorrection, match=said) as refused:
        correct(catalog["juminhyo"], app, key, typed, TODAY)
    assert refused.value.key == key and all(p.field == key for p in refused.value.problems)
    assert app.to_json_dict() == before


def test_a_box_the_form_does_not_have_is_refused(catalog: Catalog) -> None:
    with pytest.raises(InvalidCorrection, match="という項目はありません"):
        correct(catalog["juminhyo"], juminhyo(catalog), "visitor.email", "x@example.jp", TODAY)
    with pytest.raises(InvalidCorrection):
        correct(
            catalog["idou"],
            build_application(catalog["idou"], YAMADA, today=TODAY),
            "members.5.name",
            "x",
            TODAY,
        )


def test_a_row_cell_is_corrected_in_its_row(catalog: Catalog) -> None:
    template = catalog["idou"]
    app = build_application(template, YAMADA, template.example, today=TODAY)
    updated, edits, _ = correct(template, app, "members.1.birth_date", "1982/05/06", TODAY)
    assert updated.rows["members"][1]["birth_date"] == "1982-05-06"
    assert edits == [("members.1.birth_date", "1982-05-05", "1982-05-06")]
    with pytest.raises(InvalidCorrection, match="異動する方（2人目）の生年月日"):
        correct(template, app, "members.1.birth_date", "2099-01-01", TODAY)


def test_a_corrected_box_loses_the_cards_substitute_mark(catalog: Catalog) -> None:
    geta = {**YAMADA, "name": "髙〓　一"}
    app = juminhyo(catalog, geta)
    assert app.marks["visitor.name"] == (1,) and app.marks["subject.name"] == (1,)
    updated, _, _ = correct(catalog["juminhyo"], app, "visitor.name", "髙橋　一", TODAY)
    assert "visitor.name" not in updated.marks and "subject.name" not in updated.marks


def test_an_optional_box_may_be_emptied(catalog: Catalog) -> None:
    app = juminhyo(catalog, **{"visitor.name_reading": "やまだ　たろう"})
    updated, edits, _ = correct(catalog["juminhyo"], app, "visitor.name_reading", "", TODAY)
    assert "visitor.name_reading" not in updated.values
    assert edits == [("visitor.name_reading", "やまだ　たろう", None)]


def test_typing_the_same_value_changes_nothing(catalog: Catalog) -> None:
    app = juminhyo(catalog)
    assert correct(catalog["juminhyo"], app, "copies", "1", TODAY)[1] == []


def test_lines_list_every_box_with_its_problem_and_rows_by_person(catalog: Catalog) -> None:
    template = catalog["idou"]
    app = build_application(template, YAMADA, {**template.example, "visitor.phone": "12"}, today=TODAY)
    listed = {line.key: line for line in lines(template, app, validate(template, app, today=TODAY))}
    assert listed["visitor.phone"].problem is not None
    assert listed["visitor.phone"].label.endswith("電話番号")
    assert listed["members.2.name"].label == "異動する方（3人目）の氏名"
    assert listed["members.2.birth_date"].shown.startswith("平成27年")
    assert listed["members.2.birth_date"].raw == "2015-04-10"
    assert (
        field_at(template, "members.2.name") is not None and value_at(app, "members.2.name") == "山田　一郎"
    )

"""Household rows at the desk (住民異動届's 異動する方): a row added or removed within the form's limits,
and the recorded changes of the rows after a removed one following them up."""

from __future__ import annotations

import datetime

import pytest

from casework import Change
from casework.fields import (
    ROW_ADDED,
    InvalidCorrection,
    add_row,
    current_keys,
    key_label,
    lines,
    remove_row,
)
from forms import Application, Catalog, FormTemplate, build_application
from tests.unit.casework.conftest import TODAY, YAMADA

AT = datetime.datetime(2026, 11, 24, 10, 0, tzinfo=datetime.UTC)


def moving_family(catalog: Catalog) -> tuple[FormTemplate, Application]:
    template = catalog["idou"]
    return template, build_application(template, YAMADA, dict(template.example), today=TODAY)


def change(key: str, old: object = None, new: object = "x") -> Change:
    return Change("id", "app", key, old, new, "suzuki.k", "鈴木 花子", AT)  # type: ignore[arg-type]


def test_an_added_row_is_empty_and_its_required_boxes_are_to_fill(catalog: Catalog) -> None:
    template, app = moving_family(catalog)
    updated, edit, problems = add_row(template, app, "members", TODAY)
    assert len(updated.rows["members"]) == 4 and updated.rows["members"][3] == {}
    assert edit == ("members.3", None, ROW_ADDED)
    assert {p.field for p in problems if p.is_error} >= {"members.3.name", "members.3.birth_date"}
    assert "members.3.name" in {line.key for line in lines(template, updated, problems)}
    assert len(app.rows["members"]) == 3  # the original is untouched


def test_a_full_household_takes_no_more_rows(catalog: Catalog) -> None:
    template, app = moving_family(catalog)
    for _ in range(5):
        app, _edit, _problems = add_row(template, app, "members", TODAY)
    with pytest.raises(InvalidCorrection, match="異動する方は8人までです。"):
        add_row(template, app, "members", TODAY)


def test_a_removed_row_is_recorded_with_what_it_held_and_the_rows_after_move_up(catalog: Catalog) -> None:
    template, app = moving_family(catalog)
    app.marks["members.2.name"] = (1,)
    app.marks["members.1.name"] = (0,)
    third = app.rows["members"][2]
    updated, edit, _ = remove_row(template, app, "members", 1, TODAY)
    assert updated.rows["members"] == [app.rows["members"][0], third]
    key, old, new = edit
    assert (key, new) == ("members.1", None)
    assert old == "やまだ　はなこ、山田　花子、昭和57年5月5日（1982年）、女、妻"  # as the desk shows it
    assert updated.marks.get("members.1.name") == (1,)  # the third row's mark moved up with it


@pytest.mark.parametrize(("index", "message"), [(3, "異動する方の4人目はありません。"), (-1, "0人目")])
def test_a_row_that_is_not_there_cannot_be_removed(catalog: Catalog, index: int, message: str) -> None:
    template, app = moving_family(catalog)
    with pytest.raises(InvalidCorrection, match=message):
        remove_row(template, app, "members", index, TODAY)


def test_the_last_row_a_form_needs_stays(catalog: Catalog) -> None:
    template, app = moving_family(catalog)
    app, _edit, _problems = remove_row(template, app, "members", 2, TODAY)
    app, _edit, _problems = remove_row(template, app, "members", 1, TODAY)
    with pytest.raises(InvalidCorrection, match="異動する方は1人以上必要です。"):
        remove_row(template, app, "members", 0, TODAY)


def test_a_form_without_such_rows_refuses(catalog: Catalog) -> None:
    template, app = moving_family(catalog)
    with pytest.raises(InvalidCorrection, match="「pets」という欄はありません"):
        add_row(template, app, "pets", TODAY)


def test_recorded_changes_follow_their_rows_after_a_removal() -> None:
    changes = [
        change("members.0.name"),
        change("members.1.name"),
        change("members.2.name"),
        change("visitor.phone"),
        change("members.3", None, ROW_ADDED),
        change("members.1", "山田　花子", None),  # the second row removed
        change("members.1.name"),  # the row that was third, corrected afterwards
    ]
    assert current_keys(changes) == [
        "members.0.name",
        None,
        "members.1.name",
        "visitor.phone",
        "members.2",
        "members.1",
        "members.1.name",
    ]


def test_boxes_cells_and_rows_have_the_desks_names(catalog: Catalog) -> None:
    template = catalog["idou"]
    assert key_label(template, "members.1.birth_date") == "異動する方（2人目）の生年月日"
    assert key_label(template, "members.1") == "異動する方（2人目）"
    assert key_label(template, "nothing.here") == "nothing.here"

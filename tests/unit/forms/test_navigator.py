"""The life-event navigator: each event, driven by the answers and the ages in the household."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from forms import (
    Catalog,
    LifeEvent,
    bereavement_checklist,
    build_application,
    event_questions,
    load_life_events,
    plan,
)
from forms.catalog import TemplateError
from tests.unit.forms.conftest import TODAY, YAMADA

Events = dict[str, LifeEvent]
ADULTS = ["1980-01-01", "1982-05-05"]
CHILD = "2015-04-10"  # 11
AGED_65 = "1960-03-01"  # 66
AGED_75 = "1948-11-23"  # 78


def titles(
    events: Events, event: str, answers: dict[str, object], household: list[str] | None = None
) -> list[str]:
    return [p.title for p in plan(events[event], answers, household or ADULTS, today=TODAY).procedures]


def test_every_life_event_is_there(events: Events) -> None:
    assert {e.group for e in events.values()} == {"引越し", "出生", "おくやみ", "結婚", "離婚"}
    assert set(events) == {
        "move_in",
        "move_within",
        "move_out",
        "birth",
        "bereavement",
        "marriage",
        "divorce",
    }


def test_moving_in_as_a_couple_of_working_age(events: Events) -> None:
    result = plan(events["move_in"], {"move_date": "2026-11-15"}, ADULTS, today=TODAY)

    assert [p.title for p in result.procedures] == [
        "住民異動届（転入届）",
        "マイナンバーカードの継続利用（住所の書き換え）",
    ]
    first = result.procedures[0]
    assert (first.form, first.service, dict(first.preset)) == ("idou", "B", {"move_type": "転入"})
    assert first.deadline == datetime.date(2026, 11, 29)
    assert result.services == ("B",)


def test_moving_in_with_children_and_grandparents_brings_every_related_procedure(events: Events) -> None:
    answers = {"move_date": "2026-11-15", "kokuho": True, "wants_seal": True}
    result = plan(events["move_in"], answers, [*ADULTS, CHILD, AGED_75], today=TODAY)

    assert [p.title for p in result.procedures] == [
        "住民異動届（転入届）",
        "マイナンバーカードの継続利用（住所の書き換え）",
        "国民健康保険の加入",
        "後期高齢者医療の資格取得",
        "介護保険の資格取得",
        "児童手当の認定請求",
        "子ども医療費助成の申請",
        "印鑑登録",
    ]
    assert result.services == ("B", "E", "F", "A")
    assert result.forms == ("idou", "kokuho_shutoku", "jido_teate", "inkan_toroku")
    assert result.procedures[3].reason == "75歳以上の方がいるため"


@pytest.mark.parametrize(
    ("household", "expected"),
    [
        ([AGED_65], ["介護保険の住所変更"]),
        ([AGED_75], ["後期高齢者医療の住所変更", "介護保険の住所変更"]),
        ([CHILD], ["児童手当の住所変更", "子ども医療費受給者証の住所変更"]),
        (["1961-11-22"], []),  # 64: turns 65 tomorrow
    ],
)
def test_moving_within_town_by_age(events: Events, household: list[str], expected: list[str]) -> None:
    found = titles(events, "move_within", {"move_date": "2026-11-15", "has_mynumber_card": False}, household)

    assert found == ["住民異動届（転居届）", *expected]


def test_moving_out(events: Events) -> None:
    found = titles(
        events, "move_out", {"move_date": "2026-12-01", "kokuho": True, "has_seal": True}, [*ADULTS, CHILD]
    )

    assert found == [
        "住民異動届（転出届）",
        "印鑑登録証の返却（登録は転出で廃止されます）",
        "国民健康保険の資格喪失",
        "児童手当の受給事由消滅届",
        "子ども医療費受給者証の返却",
    ]


def test_a_birth(events: Events) -> None:
    result = plan(
        events["birth"],
        {"birth_date": "2026-11-10", "parents_kokuho": True},
        [*ADULTS, "2026-11-10"],
        today=TODAY,
    )

    assert [(p.title, p.form, p.service) for p in result.procedures] == [
        ("出生届", None, "C"),
        ("児童手当の認定請求", "jido_teate", "F"),
        ("子ども医療費助成の申請", None, "F"),
        ("国民健康保険の加入", "kokuho_shutoku", "E"),
        ("出産育児一時金の申請", None, "E"),
    ]
    assert result.procedures[0].deadline == datetime.date(2026, 11, 24)
    assert result.procedures[1].deadline == datetime.date(2026, 11, 25)


def test_a_birth_without_kokuho(events: Events) -> None:
    assert titles(events, "birth", {"birth_date": "2026-11-10"}) == [
        "出生届",
        "児童手当の認定請求",
        "子ども医療費助成の申請",
    ]


@pytest.mark.parametrize(
    ("moving", "step"),
    [
        ("町内で引越し", "住民異動届（転居届）"),
        ("町外から転入", "住民異動届（転入届）"),
        ("町外へ転出", "住民異動届（転出届）"),
    ],
)
def test_marriage_with_a_move(events: Events, moving: str, step: str) -> None:
    found = titles(events, "marriage", {"moving": moving, "name_changes": False})

    assert found[:2] == ["婚姻届", step]


def test_marriage_changing_name_insurance_and_seal(events: Events) -> None:
    answers = {"kokuho": "国民健康保険をやめる（配偶者の健康保険に入る）", "has_seal": True}

    assert titles(events, "marriage", answers, [*ADULTS, CHILD]) == [
        "婚姻届",
        "マイナンバーカードの記載事項変更（氏名・住所）",
        "国民健康保険の資格喪失",
        "児童手当の受給者・額の変更",
        "印鑑登録の廃止・再登録（氏が変わり、登録印が使えなくなる場合）",
    ]


def test_divorce_with_children(events: Events) -> None:
    found = titles(events, "divorce", {"name_changes": False, "joins_kokuho": True}, ["1985-01-01", CHILD])

    assert found == [
        "離婚届",
        "国民健康保険の加入",
        "児童手当の受給者変更",
        "児童扶養手当（ひとり親）の申請",
        "ひとり親家庭等医療費助成の申請",
    ]


OKUYAMI = {
    "deceased.name": "山田　一",
    "deceased.birth_date": "1940-02-11",
    "deceased.death_date": "2026-11-10",
    "relation": "長男",
    "visitor.phone": "03-1234-5678",
}


def checklist(
    catalog: Catalog, events: Events, answers: dict[str, object]
) -> list[tuple[str, datetime.date | None]]:
    app = build_application(catalog["okuyami"], YAMADA, {**OKUYAMI, **answers}, today=TODAY)
    return [(p.title, p.deadline) for p in bereavement_checklist(events, app, today=TODAY).procedures]


def test_the_bereavement_checklist_of_a_householder_leaving_two(catalog: Catalog, events: Events) -> None:
    answers = {
        "deceased.householder": True,
        "remaining": 2,
        "deceased.kouki": True,
        "deceased.kaigo": True,
        "deceased.pension": True,
        "deceased.seal": True,
        "death_registered": False,
    }

    assert checklist(catalog, events, answers) == [
        ("死亡届・火葬許可申請", datetime.date(2026, 11, 17)),
        ("世帯主変更届", datetime.date(2026, 11, 24)),
        ("印鑑登録証の返却（登録は自動で廃止されます）", None),
        ("マイナンバーカードの返納", None),
        ("後期高齢者医療の資格喪失", datetime.date(2026, 11, 24)),
        ("葬祭費の申請（5万円）", datetime.date(2028, 11, 9)),
        ("高額療養費の申請（該当する方）", None),
        ("介護保険の資格喪失", datetime.date(2026, 11, 24)),
        ("年金の受給停止・未支給年金と遺族年金の請求", datetime.date(2026, 11, 24)),
    ]


def test_no_householder_change_when_only_one_remains(catalog: Catalog, events: Events) -> None:
    found = [title for title, _ in checklist(catalog, events, {"deceased.householder": True, "remaining": 1})]

    assert "世帯主変更届" not in found
    assert found == ["マイナンバーカードの返納"]


def test_a_kokuho_member_leads_to_the_loss_form_with_its_reason(catalog: Catalog, events: Events) -> None:
    app = build_application(catalog["okuyami"], YAMADA, {**OKUYAMI, "deceased.kokuho": True}, today=TODAY)
    (loss,) = [
        p for p in bereavement_checklist(events, app, today=TODAY).procedures if p.form == "kokuho_soshitsu"
    ]

    assert dict(loss.preset) == {"reason": "死亡"}
    assert loss.service == "E"


def test_broken_event_rules_name_the_key(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "life_events.toml"
    path.write_text(
        '[[events]]\nid = "x"\ngroup = "g"\ntitle = "t"\ntitle_en = "t"\n'
        'names = { ja_easy = "t", en = "t", zh_CN = "t", ko = "t", vi = "t", pt_BR = "t" }\n'
        '[[events.steps]]\ntitle = "s"\nservice = "Z"\nform = "nope"\nwhen = { field = "q", is = true }\n',
        encoding="utf-8",
    )

    with pytest.raises(TemplateError) as caught:
        load_life_events(path, catalog=catalog, services="ABCDEF")

    assert caught.value.problems == [
        f"{path}: events[0].names.es: missing: every kiosk language needs its name",
        f"{path}: events (x).steps[0].when: no field 'q'",
        f"{path}: events (x).steps[0].form: no form 'nope'",
        f"{path}: events (x).steps[0].service: unknown service 'Z'",
    ]


def test_an_events_questions_come_one_by_one_with_their_choices(events: Events) -> None:
    questions = event_questions(events["marriage"], {}, today=TODAY)

    assert [q.id for q in questions] == ["date", "moving", "name_changes", "kokuho", "has_seal"]
    assert [c.label for c in questions[1].choices] == [
        "引越しなし",
        "町内で引越し",
        "町外から転入",
        "町外へ転出",
    ]
    assert questions[1].default == "引越しなし"
    assert questions[2].kind == "yes_no"


def test_the_bereavement_event_asks_the_okuyami_forms_questions(events: Events) -> None:
    ids = [q.id for q in event_questions(events["bereavement"], {"deceased.householder": False}, today=TODAY)]

    assert "deceased.death_date" in ids
    assert "remaining" not in ids  # asked only of a householder

"""Whole applications: required answers, the rows, and the rules across boxes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import Catalog, Problem, build_application, errors, validate
from tests.unit.forms.conftest import GETA, SUZUKI, TODAY, YAMADA, YOSHINO


def problems(
    catalog: Catalog, form_id: str, answers: dict[str, object], identity: object = YAMADA
) -> list[Problem]:
    template = catalog[form_id]
    return validate(template, build_application(template, identity, answers, today=TODAY), today=TODAY)


def messages(found: list[Problem]) -> list[str]:
    return [p.message for p in found]


@pytest.mark.parametrize("identity", [YAMADA, YOSHINO, GETA, SUZUKI])
def test_the_examples_are_complete_applications(catalog: Catalog, identity: dict[str, object]) -> None:
    for template in catalog.values():
        if template.id == "kokuho_shutoku" and identity in (YOSHINO, GETA):
            continue  # 75 and over: 後期高齢者医療, see the next test
        found = errors(problems(catalog, template.id, dict(template.example), identity))
        assert found == [], (template.id, found)


def test_75_and_over_cannot_join_kokuho(catalog: Catalog) -> None:
    found = problems(catalog, "kokuho_shutoku", dict(catalog["kokuho_shutoku"].example), YOSHINO)

    assert messages(errors(found)) == [
        "75歳以上の方は後期高齢者医療制度の対象です。国民健康保険には加入できません。"
    ]


def test_required_answers_are_asked_for_by_name(catalog: Catalog) -> None:
    found = problems(catalog, "juminhyo", {"relationship": "配偶者・直系"})

    assert messages(found) == [  # the phone number is asked for, but optional
        "証明が必要な方の住所を入力してください。",
        "証明が必要な方の氏名を入力してください。",
        "証明が必要な方の生年月日を入力してください。",
        "使用目的・提出先を入力してください。",
    ]
    assert [p.field for p in found][:2] == ["subject.address", "subject.name"]


def test_a_proxy_asking_for_the_my_number_gets_it_by_post(catalog: Catalog) -> None:
    answers = {
        **catalog["juminhyo"].example,
        "relationship": "代理人（委任状）",
        "proxy_letter": True,
        "show_mynumber": True,
        "subject.name": "山田　花子",
        "subject.address": "東京都",
        "subject.birth_date": "1950-01-01",
    }

    (notice,) = problems(catalog, "juminhyo", answers)

    assert notice.level == "notice"
    assert "郵送" in notice.message


def test_a_third_party_never_gets_the_my_number(catalog: Catalog) -> None:
    answers = {
        **catalog["juminhyo"].example,
        "relationship": "第三者",
        "show_code": True,
        "third_party_reason": "債権回収",
        "subject.name": "山田　花子",
        "subject.address": "東京都",
        "subject.birth_date": "1950-01-01",
    }

    assert messages(errors(problems(catalog, "juminhyo", answers))) == [
        "第三者の方は、個人番号・住民票コード入りの写しを請求できません。チェックを外してください。"
    ]


def test_a_proxy_without_a_letter_is_stopped(catalog: Catalog) -> None:
    answers = {
        **catalog["zei_shomei"].example,
        "relationship": "代理人（委任状）",
        "proxy_letter": False,
        "subject.name": "山田　花子",
        "subject.address": "東京都",
        "subject.birth_date": "1950-01-01",
    }

    assert messages(errors(problems(catalog, "zei_shomei", answers))) == [
        "代理人の方は、ご本人が書いた委任状が必要です。"
    ]


WIDE = {
    "visitor.phone": "03-1234-5678",
    "honseki": "大阪府大阪市北区中之島一丁目３番地",
    "hittosha": "山田　太郎",
    "purpose": "相続",
    "wide_area": True,
    "relationship": "本人",
}


def test_wide_area_issue_is_for_the_person_spouse_and_direct_line_only(catalog: Catalog) -> None:
    answers = {
        **WIDE,
        "full": 1,
        "relationship": "代理人（委任状）",
        "proxy_letter": True,
        "subject.name": "山田　一",
        "subject.address": "大阪府",
        "subject.birth_date": "1940-01-01",
    }

    assert any("本人・配偶者・直系" in m for m in messages(errors(problems(catalog, "koseki", answers))))


def test_wide_area_issue_gives_full_records_only(catalog: Catalog) -> None:
    found = messages(errors(problems(catalog, "koseki", {**WIDE, "individual": 1, "attached": 1})))

    assert found == [
        "広域交付では個人事項証明（抄本）は取れません。全部事項証明（謄本）を選んでください。",
        "広域交付で取れるのは、戸籍・除籍の全部事項証明だけです。戸籍の附票・身分証明書などは本籍地へ請求してください。",
    ]


def test_wide_area_issue_reminds_of_the_photo_id(catalog: Catalog) -> None:
    (notice,) = problems(catalog, "koseki", {**WIDE, "full": 2})

    assert notice.level == "notice" and "顔写真付き" in notice.message


def test_a_request_for_no_copies_asks_which(catalog: Catalog) -> None:
    answers = {key: value for key, value in WIDE.items() if key != "wide_area"}

    assert messages(problems(catalog, "koseki", answers)) == ["必要な証明の種類と通数を選んでください。"]


@pytest.mark.parametrize(("year", "ok"), [(8, True), (4, True), (3, False), (9, False)])
def test_tax_certificates_cover_this_year_and_four_before(catalog: Catalog, year: int, ok: bool) -> None:
    found = problems(catalog, "zei_shomei", {**catalog["zei_shomei"].example, "fiscal_year": year})

    assert (found == []) is ok
    if not ok:
        assert messages(found) == ["年度は令和4年度から令和8年度までで入力してください。"]


def test_the_tax_year_defaults_to_this_years(catalog: Catalog) -> None:
    template = catalog["zei_shomei"]
    assert build_application(template, YAMADA, {}, today=TODAY).values["fiscal_year"] == 8


def test_seal_registration_is_for_15_and_over(catalog: Catalog) -> None:
    answers = {
        "relationship": "代理人（委任状）",
        "visitor.phone": "03-1234-5678",
        "subject.name": "山田　一郎",
        "subject.address": "東京都",
        "subject.birth_date": "2012-04-10",
    }

    assert "15歳未満の方は印鑑登録ができません。" in messages(problems(catalog, "inkan_toroku", answers))


def test_row_problems_say_which_person(catalog: Catalog) -> None:
    answers = {
        **catalog["idou"].example,
        "members": [{"relation": "世帯主"}, {"name": "山田　花子", "birth_date": "1982-02-30"}],
    }

    assert messages(problems(catalog, "idou", answers))[:2] == [
        "異動する方（2人目）の生年月日：「1982-02-30」という日付はありません。月と日を確かめてください。",
        "異動する方（2人目）の続柄を入力してください。",
    ]


def test_at_least_one_moving_person(catalog: Catalog) -> None:
    answers = {**catalog["idou"].example, "visitor_moves": False, "members": []}

    assert "異動する方を1人以上入力してください。" in messages(problems(catalog, "idou", answers))


def test_answers_for_no_box_are_reported(catalog: Catalog) -> None:
    found = problems(catalog, "juminhyo", {**catalog["juminhyo"].example, "colour": "青"})

    assert messages(found) == ["「colour」という項目はこの様式（住民票の写し等交付請求書）にありません。"]


answers_strategy = st.dictionaries(
    st.sampled_from(
        ["relationship", "copies", "kind", "visitor.phone", "members", "purpose", "fiscal_year", "x"]
    ),
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(max_size=8),
        st.lists(st.dictionaries(st.text(max_size=4), st.text(max_size=4))),
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    form_index=st.integers(0, 11),
    answers=answers_strategy,
    identity=st.sampled_from([None, YAMADA, GETA, SUZUKI, {"name": 3}]),
)
def test_validation_only_returns_problems_whatever_the_input(
    catalog: Catalog, form_index: int, answers: dict[str, object], identity: object
) -> None:
    template = list(catalog.values())[form_index]
    app = build_application(template, identity, answers, today=TODAY)

    assert all(isinstance(p, Problem) and p.message for p in validate(template, app, today=TODAY))

"""Loading the shipped templates, and what a town sees when its template file is broken."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from forms import Catalog, TemplateError, apply_fees, load_catalog, load_template
from forms.catalog import default_directory
from forms.model import NAME_LANGUAGES

SHIPPED = default_directory()

# id: (title, service, fee per copy) as forms.md describes them.
EXPECTED = {
    "juminhyo": ("住民票の写し等交付請求書", "A", 300),
    "inkan_shomei": ("印鑑登録証明書交付申請書", "A", 300),
    "inkan_toroku": ("印鑑登録申請書", "A", 0),
    "inkan_haishi": ("印鑑登録廃止申請書・亡失届", "A", 0),
    "koseki": ("戸籍証明書等請求書", "C", 450),
    "zei_shomei": ("税証明交付申請書", "D", 300),
    "idou": ("住民異動届", "B", 0),
    "setainushi": ("世帯主変更届", "B", 0),
    "kokuho_shutoku": ("国民健康保険 資格取得届", "E", 0),
    "kokuho_soshitsu": ("国民健康保険 資格喪失届", "E", 0),
    "jido_teate": ("児童手当 認定請求書", "F", 0),
    "okuyami": ("おくやみ申出書", "B", 0),
}


def test_the_twelve_forms_load_with_their_titles_services_and_fees(catalog: Catalog) -> None:
    assert {t.id: (t.title, t.service, t.fee) for t in catalog.values()} == EXPECTED
    assert all(t.title_en for t in catalog.values())


def test_every_form_has_questions_a_layout_and_a_signature_label(catalog: Catalog) -> None:
    for template in catalog.values():
        assert template.questions, template.id
        assert template.layout, template.id
        assert template.signature_label, template.id


def test_certificate_requests_have_both_people_and_the_relationship(catalog: Catalog) -> None:
    for form_id in ("juminhyo", "koseki", "zei_shomei", "inkan_shomei"):
        template = catalog[form_id]
        assert template.field("visitor.name") is not None
        assert template.field("subject.name") is not None
        assert template.relationships[0] == "本人"


def test_koseki_prices_each_kind_of_copy(catalog: Catalog) -> None:
    fees = {f.id: f.fee for f in catalog["koseki"].fee_fields}
    assert fees["full"] is None  # the form's 450
    assert fees["removed"] == fees["original"] == 750
    assert fees["attached"] == 300


def copy_shipped(tmp_path: Path, *names: str) -> Path:
    for name in names:
        shutil.copy(SHIPPED / f"{name}.toml", tmp_path)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        load_catalog(directory)
    return caught.value.problems


def test_a_wrong_type_names_the_file_and_the_key(tmp_path: Path) -> None:
    edit(copy_shipped(tmp_path, "juminhyo") / "juminhyo.toml", 'type = "number"', 'type = "nummer"')

    problems = problems_of(tmp_path)

    assert any(
        p.startswith(f"{tmp_path / 'juminhyo.toml'}: fields[10].type: unknown value 'nummer'")
        for p in problems
    ), problems


def test_a_misspelt_key_is_reported_as_unknown(tmp_path: Path) -> None:
    edit(copy_shipped(tmp_path, "koseki") / "koseki.toml", "required = true", "requried = true")

    assert any("koseki.toml: fields[1].requried: unknown key" in p for p in problems_of(tmp_path))


def test_every_problem_of_every_file_is_listed_at_once(tmp_path: Path) -> None:
    copy_shipped(tmp_path, "juminhyo", "zei_shomei")
    edit(tmp_path / "juminhyo.toml", 'service = "A"', "service = 1")
    edit(tmp_path / "zei_shomei.toml", 'field = "purpose"', 'field = "purpse"')

    problems = problems_of(tmp_path)

    assert any("juminhyo.toml: service: must be a non-empty string" in p for p in problems)
    assert any(
        "zei_shomei.toml: questions (purpse).fields: no field or row group 'purpse'" in p for p in problems
    )


def test_a_layout_naming_a_missing_field_is_refused(tmp_path: Path) -> None:
    edit(copy_shipped(tmp_path, "juminhyo") / "juminhyo.toml", '"copies",\n]', '"copiez",\n]')

    problems = problems_of(tmp_path)

    assert any("layout[2].boxes: no field 'copiez'" in p for p in problems)
    assert any("fields (copies): not placed in the layout" in p for p in problems)


def test_a_condition_naming_a_missing_field_is_refused(tmp_path: Path) -> None:
    edit(
        copy_shipped(tmp_path, "koseki") / "koseki.toml",
        'when = { field = "wide_area", is = true }',
        'when = { field = "wide_aera", is = true }',
    )

    assert any("rules[3].when: no field 'wide_aera'" in p for p in problems_of(tmp_path))


def test_a_malformed_condition_says_how_it_should_look(tmp_path: Path) -> None:
    edit(
        copy_shipped(tmp_path, "koseki") / "koseki.toml",
        'when = { field = "wide_area", is = true }',
        'when = { field = "wide_area", equals = true }',
    )

    assert any("rules[3].when: needs exactly one test" in p for p in problems_of(tmp_path))


def test_a_default_that_breaks_its_own_field_is_refused(tmp_path: Path) -> None:
    edit(copy_shipped(tmp_path, "juminhyo") / "juminhyo.toml", 'default = "住民票の写し"', 'default = "謄本"')

    assert any(
        "fields (kind).default: 必要な証明は、次の中から選んでください" in p for p in problems_of(tmp_path)
    )


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text('id = "broken\n', encoding="utf-8")

    (problem,) = problems_of(tmp_path)

    assert problem.startswith(f"{tmp_path / 'broken.toml'}: not valid TOML")


def test_the_id_must_match_the_file_name(tmp_path: Path) -> None:
    shutil.copy(SHIPPED / "juminhyo.toml", tmp_path / "juminhyo2.toml")

    assert any(
        "juminhyo2.toml: id: 'juminhyo' must match the file name 'juminhyo2'" in p
        for p in problems_of(tmp_path)
    )


def test_unknown_services_are_refused_when_the_office_names_its_services() -> None:
    with pytest.raises(TemplateError, match="service: unknown service 'F'"):
        load_template(SHIPPED / "jido_teate.toml", services=("A", "B"))


NAMES = (
    'names = { ja_easy = "てすと", en = "Test", zh_CN = "测试", ko = "시험", vi = "Thử", pt_BR = "Teste", '
    'es = "Prueba" }\n'
)


def test_a_town_adds_a_form_by_adding_a_file(tmp_path: Path) -> None:
    copy_shipped(tmp_path, "juminhyo")
    (tmp_path / "kenpo.toml").write_text(
        'id = "kenpo"\ntitle = "テスト届"\ntitle_en = "Test"\nservice = "E"\n' + NAMES + "[people]\n"
        'visitor = ["name", "address"]\n'
        '[[fields]]\nid = "note"\nlabel = "備考"\ntype = "text"\n'
        '[[questions]]\nfield = "note"\ntext = "備考は？"\n'
        '[[layout]]\nkind = "visitor"\n[[layout]]\ntitle = "内容"\nboxes = ["note"]\n',
        encoding="utf-8",
    )

    catalog = load_catalog(tmp_path)

    assert list(catalog) == ["juminhyo", "kenpo"]
    assert catalog["kenpo"].questions[-1].kind == "text"
    assert catalog["kenpo"].name_in("vi") == "Thử" and catalog["kenpo"].name_in("ja") == "テスト届"


def test_every_form_is_named_in_every_kiosk_language_for_the_resident_who_chooses_it(
    catalog: Catalog,
) -> None:
    for template in catalog.values():
        assert [code for code, _ in template.names] == list(NAME_LANGUAGES), template.id
    assert catalog["juminhyo"].name_in("en") == "Residence record (juminhyo)"
    assert catalog["juminhyo"].title == "住民票の写し等交付請求書"  # the form itself stays Japanese


def test_a_form_without_its_name_in_every_kiosk_language_is_refused(tmp_path: Path) -> None:
    shipped = (SHIPPED / "juminhyo.toml").read_text(encoding="utf-8")
    names = next(line for line in shipped.splitlines() if line.startswith("names = "))
    (tmp_path / "juminhyo.toml").write_text(shipped.replace(names, ""), encoding="utf-8")
    (tmp_path / "koseki.toml").write_text(
        (SHIPPED / "koseki.toml").read_text(encoding="utf-8").replace(', vi = "', ', xx = "'),
        encoding="utf-8",
    )

    with pytest.raises(TemplateError) as caught:
        load_catalog(tmp_path)

    juminhyo, koseki = tmp_path / "juminhyo.toml", tmp_path / "koseki.toml"
    assert caught.value.problems == [
        f"{juminhyo}: names: missing: a table with a name in each of {', '.join(NAME_LANGUAGES)}",
        f"{koseki}: names.vi: missing: every kiosk language needs its name",
        f"{koseki}: names.xx: unknown language; one of: {', '.join(NAME_LANGUAGES)}",
    ]


def test_fee_overrides_set_a_form_or_one_kind_of_copy(catalog: Catalog) -> None:
    town = apply_fees(catalog, {"juminhyo": 350, "koseki.removed": 700})

    assert town["juminhyo"].fee == 350
    assert town["koseki"].field("removed").fee == 700  # type: ignore[union-attr]
    assert catalog["juminhyo"].fee == 300  # the shipped catalog is unchanged


def test_fee_overrides_naming_nothing_are_refused(catalog: Catalog) -> None:
    with pytest.raises(TemplateError) as caught:
        apply_fees(catalog, {"jumin": 300, "koseki.purpose": 10, "idou": -1})

    assert caught.value.problems == [
        "fees.idou: must be a whole number of yen >= 0",
        "fees.jumin: no form 'jumin'",
        "fees.koseki.purpose: koseki has no copies field 'purpose'",
    ]


def test_load_catalog_applies_the_fees_it_is_given() -> None:
    assert load_catalog(fees={"zei_shomei": 400})["zei_shomei"].fee == 400


def test_a_source_must_be_known_or_an_earlier_field(tmp_path: Path) -> None:
    edit(
        copy_shipped(tmp_path, "idou") / "idou.toml",
        'source = "visitor.address"',
        'source = "visitor.adress"',
    )

    assert any(
        "fields (old_address).source: 'visitor.adress' is neither one of answer, today, card.name" in p
        for p in problems_of(tmp_path)
    )

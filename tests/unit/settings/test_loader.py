"""A town's configuration file: the shipped default works; every mistake is named by its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from settings import ConfigError, load_config, parse_config
from settings.registry import SETTINGS

MINIMAL = {"services": [{"code": "A", "name": "証明書"}], "counters": [{"number": 1, "services": ["A"]}]}


def problems_of(data: dict[str, object]) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(data)
    return caught.value.problems


def test_the_shipped_default_has_the_six_services_and_counters_serving_them() -> None:
    config = load_config()
    assert [(s.code, s.name) for s in config.services] == [
        ("A", "証明書"),
        ("B", "住民異動"),
        ("C", "戸籍"),
        ("D", "税"),
        ("E", "国保・年金"),
        ("F", "福祉・子育て"),
    ]
    assert config.counter(1).services == ("A", "C")
    assert config.daily_reset_hour == 3
    assert config.printers.ticket == ""


def test_defaults_fill_every_setting_not_in_the_file() -> None:
    config = parse_config(MINIMAL)
    assert config.office_name == next(s.default for s in SETTINGS if s.key == "office.name")
    assert config.counter(1).name == "1番窓口"
    assert config.service("A").prefix == "A"


def test_every_declared_setting_is_documented_and_typed_consistently() -> None:
    for setting in SETTINGS:
        assert setting.description
        assert isinstance(setting.default, setting.type), setting.key


def test_wrong_types_are_named_by_key() -> None:
    data = dict(MINIMAL, office={"daily_reset_hour": "three", "name": 5})
    found = problems_of(data)
    assert any(p.startswith("office.daily_reset_hour: must be an integer") for p in found)
    assert any(p.startswith("office.name: must be a string") for p in found)


def test_true_is_not_a_number() -> None:
    assert any(
        "kiosk.result_seconds" in p for p in problems_of(dict(MINIMAL, kiosk={"result_seconds": True}))
    )


def test_out_of_range_hour_and_unknown_keys_are_reported_together() -> None:
    found = problems_of(dict(MINIMAL, office={"daily_reset_hour": 24, "colour": "blue"}, printer={}))
    assert "office.daily_reset_hour: must be between 0 and 23, got 24" in found
    assert "office.colour: unknown key" in found
    assert any(p.startswith("printer: unknown section") for p in found)


def test_the_office_keeps_tokyo_time_unless_it_names_another_zone() -> None:
    assert load_config().timezone == parse_config(MINIMAL).timezone == "Asia/Tokyo"
    assert parse_config(dict(MINIMAL, office={"timezone": "Pacific/Guam"})).timezone == "Pacific/Guam"


def test_an_unknown_time_zone_is_named_by_its_key() -> None:
    found = problems_of(dict(MINIMAL, office={"timezone": "Tokyo"}))
    assert found == ["office.timezone: unknown time zone 'Tokyo' (an IANA name such as Asia/Tokyo)"]
    assert any(
        p.startswith("office.timezone: must be a string")
        for p in problems_of(dict(MINIMAL, office={"timezone": 9}))
    )


def test_counters_may_only_serve_services_that_exist() -> None:
    data = dict(MINIMAL, counters=[{"number": 1, "services": ["A", "Z"]}])
    assert problems_of(data) == ["counters (number 1).services: unknown service code(s) ['Z']"]


def test_duplicate_service_codes_and_counter_numbers_are_refused() -> None:
    data = {
        "services": [{"code": "A", "name": "x"}, {"code": "A", "name": "y"}],
        "counters": [{"number": 1, "services": ["A"]}, {"number": 1, "services": ["A"]}],
    }
    found = problems_of(data)
    assert "services: code 'A' is empty or used twice" in found
    assert "counters: number 1 is used twice" in found


def test_a_service_without_a_name_is_reported() -> None:
    assert "services[0].name: missing" in problems_of({"services": [{"code": "A"}]})


def test_a_service_has_its_name_in_each_kiosk_language_and_the_japanese_one_elsewhere() -> None:
    service = load_config().services[0]
    assert [service.name_in(code) for code in ("ja", "ja_easy", "en", "zh_CN", "ko", "fr")] == [
        "証明書", "しょうめいしょ", "Certificates", "证明书", "증명서", "証明書",
    ]  # fmt: skip
    assert {code for code, _ in service.names} == {"ja_easy", "en", "zh_CN", "ko", "vi", "pt_BR", "es"}


def test_a_services_names_must_be_a_table_of_non_empty_strings() -> None:
    service = {"code": "A", "name": "証明書"}
    found = problems_of(dict(MINIMAL, services=[dict(service, names="Certificates")]))
    assert "services[0].names: must be a table, got 'Certificates'" in found
    found = problems_of(
        dict(MINIMAL, services=[dict(service, names={"en": " ", "ko": 3, "es": "Certificados"})])
    )
    assert found == [
        "services (A).names.en: must be a non-empty string, got ' '",
        "services (A).names.ko: must be a non-empty string, got 3",
    ]


def test_broken_toml_and_missing_files_give_a_message_not_a_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "office.toml"
    broken.write_text("[office\nname = 1", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(broken)
    with pytest.raises(ConfigError, match="cannot read the file"):
        load_config(tmp_path / "missing.toml")


def test_the_desk_logs_out_after_five_idle_minutes_unless_the_town_sets_otherwise() -> None:
    config = parse_config(MINIMAL)
    assert (config.desk_idle_logout_minutes, config.desk_idle_warning_seconds) == (5, 60)
    config = parse_config(dict(MINIMAL, desk={"idle_logout_minutes": 3, "idle_warning_seconds": 30}))
    assert (config.desk_idle_logout_minutes, config.desk_idle_warning_seconds) == (3, 30)


@pytest.mark.parametrize(
    ("desk", "problem"),
    [
        ({"idle_logout_minutes": 0}, "desk.idle_logout_minutes: must be between 1 and 60, got 0"),
        ({"idle_logout_minutes": 61}, "desk.idle_logout_minutes: must be between 1 and 60, got 61"),
        ({"idle_logout_minutes": 1, "idle_warning_seconds": 60}, "desk.idle_warning_seconds: must be more"),
        ({"idle_warning_seconds": 0}, "desk.idle_warning_seconds: must be more"),
    ],
)
def test_a_desk_that_would_never_log_out_or_never_warn_is_refused(desk: dict[str, int], problem: str) -> None:
    assert any(p.startswith(problem) for p in problems_of(dict(MINIMAL, desk=desk)))

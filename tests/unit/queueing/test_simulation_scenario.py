"""A simulation scenario file: the shipped default works; every mistake is named by its key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from queueing.scenario import ScenarioError, load_scenario, parse_scenario

MINIMAL: dict[str, Any] = {
    "day": {"open": "08:30", "close": "17:15", "visitors": 100},
    "arrivals": {"09": 1},
    "services": [{"code": "A", "median_minutes": 4}],
    "routes": [{"steps": ["A"], "share": 1}],
    "counters": [{"number": 1, "services": ["A"]}],
}


def problems_of(**changes: Any) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario({**MINIMAL, **changes})
    return caught.value.problems


def test_the_default_is_a_mid_size_city_hall() -> None:
    scenario = load_scenario()
    assert [s.code for s in scenario.services] == ["A", "B", "C", "D", "E", "F"]
    assert 600 <= scenario.visitors <= 900
    assert 10 <= len(scenario.counters) <= 12
    assert (scenario.open_s, scenario.close_s) == (8.5 * 3600, 17.25 * 3600)
    assert any(len(route.steps) == 3 for route in scenario.routes)
    assert any(len(counter.services) > 1 for counter in scenario.counters)


def test_defaults_fill_what_a_minimal_file_leaves_out() -> None:
    scenario = parse_scenario(MINIMAL)
    assert scenario.serve_until_s == scenario.close_s
    assert scenario.counters[0].hours == ((scenario.open_s, scenario.close_s),)
    service = scenario.service("A")
    assert (service.median_s, service.default_s, service.spread) == (240, 240, 0.5)
    assert (scenario.history_days, scenario.knows_rota, scenario.naive_minutes) == (0, False, 5)


def test_wrong_values_are_named_by_key() -> None:
    found = problems_of(
        day={"open": "8:30", "close": "17:15", "visitors": "many", "waiting_at_open": 2.5},
        estimator={"knows_rota": "yes", "min_samples": 0},
        clerks={"late_finish_share": 2, "late_finish_minutes": [10]},
    )
    assert "day.open: must be a time 'HH:MM', got '8:30'" in found
    assert "day.visitors: must be a number, got 'many'" in found
    assert "day.waiting_at_open: must be an integer, got 2.5" in found
    assert "estimator.knows_rota: must be true or false, got 'yes'" in found
    assert "estimator.min_samples: must be at least 1, got 0" in found
    assert "clerks.late_finish_share: must be between 0 and 1, got 2" in found
    assert "clerks.late_finish_minutes: must be [low, high] in minutes, got [10]" in found


def test_services_routes_and_counters_must_fit_together() -> None:
    found = problems_of(
        services=[{"code": "A", "median_minutes": 4}, {"code": "A", "median_minutes": 4}, {"code": "B"}],
        routes=[{"steps": ["A", "Z"], "share": 1}, {"steps": ["B"], "share": 1}],
        counters=[{"number": 1, "services": ["A"], "hours": ["12:00-11:00"]}, {"number": 1, "services": []}],
    )
    assert "services[1].code: 'A' is used twice" in found
    assert "services[2].median_minutes: missing" in found
    assert "routes[0].steps: unknown service code(s) ['Z']" in found
    assert "routes[1].steps: no counter serves 'B'" in found
    assert "counters[0].hours[0]: must be 'HH:MM-HH:MM', got '12:00-11:00'" in found
    assert "counters[1].number: 1 is used twice" in found
    assert any(p.startswith("counters[1].services: must be a non-empty list") for p in found)


def test_the_day_and_its_hours_must_make_sense() -> None:
    found = problems_of(day={"open": "17:00", "close": "09:00", "visitors": 10}, arrivals={"20": 1, "x": 1})
    assert "day.close: must be after day.open" in found
    assert any(p.startswith("arrivals.20: must be a clock hour") for p in found)
    assert any(p.startswith("arrivals.x: must be a clock hour") for p in found)
    assert "arrivals: needs at least one hour with a weight above 0" in found


def test_unknown_keys_and_sections_are_named() -> None:
    found = problems_of(weather={"rain": True}, day={**MINIMAL["day"], "colour": "blue"})
    assert any(p.startswith("weather: unknown key") for p in found)
    assert any(p.startswith("day.colour: unknown key") for p in found)


def test_an_empty_file_asks_for_each_part() -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario({})
    found = caught.value.problems
    for expected in (
        "day.open: missing",
        "services: at least one",
        "routes: at least one",
        "counters: at least",
    ):
        assert any(p.startswith(expected) for p in found), expected


def test_unreadable_files_give_a_message(tmp_path: Path) -> None:
    broken = tmp_path / "day.toml"
    broken.write_text("[day\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="not valid TOML"):
        load_scenario(broken)
    with pytest.raises(ScenarioError, match="cannot read the file"):
        load_scenario(tmp_path / "missing.toml")

"""The small condition language of the data files: parsing (with its problems) and evaluation."""

from __future__ import annotations

import pytest

from forms.conditions import Condition, Facts, parse_condition
from tests.unit.forms.conftest import TODAY


def parsed(data: object) -> Condition:
    problems: list[str] = []
    condition = parse_condition(data, "when", problems)
    assert condition is not None, problems
    return condition


@pytest.mark.parametrize(
    ("data", "values", "expected"),
    [
        ({"field": "a", "is": "本人"}, {"a": "本人"}, True),
        ({"field": "a", "is": "本人"}, {}, False),
        ({"field": "a", "is_not": "本人"}, {"a": "第三者"}, True),
        ({"field": "a", "is_not": "本人"}, {}, True),
        ({"field": "a", "in": ["x", "y"]}, {"a": "y"}, True),
        ({"field": "a", "not_in": ["x", "y"]}, {"a": "z"}, True),
        ({"field": "a", "filled": True}, {"a": ""}, False),
        ({"field": "a", "filled": False}, {}, True),
        ({"field": "n", "at_least": 2}, {"n": 2}, True),
        ({"field": "n", "at_least": 2}, {"n": "2"}, False),
        ({"field": "n", "at_most": 1}, {"n": 2}, False),
        ({"all": [{"field": "a", "is": True}, {"field": "n", "at_least": 1}]}, {"a": True, "n": 1}, True),
        ({"any": [{"field": "a", "is": True}, {"field": "n", "at_least": 1}]}, {"a": False, "n": 0}, False),
        ({"not": {"field": "a", "is": True}}, {"a": False}, True),
    ],
)
def test_field_tests(data: object, values: dict[str, object], expected: bool) -> None:
    assert parsed(data).holds(Facts(values)) is expected


def test_age_tests_look_at_anyone_in_the_household() -> None:
    facts = Facts({}, ages=(40, 8))
    assert parsed({"age_under": 18}).holds(facts)
    assert not parsed({"age_at_least": 65}).holds(facts)


def test_an_age_test_with_a_field_looks_at_that_birth_date() -> None:
    under_15 = parsed({"field": "born", "age_under": 15})
    assert under_15.holds(Facts({"born": "2012-11-22"}, today=TODAY))  # 13: turns 14 tomorrow
    assert not under_15.holds(Facts({"born": "2011-11-21"}, today=TODAY))  # 15 today
    assert not under_15.holds(Facts({"born": "not a date"}, today=TODAY))


def test_conditions_report_the_fields_they_read() -> None:
    assert parsed({"all": [{"field": "a", "is": 1}, {"not": {"field": "b", "filled": True}}]}).fields() == {
        "a",
        "b",
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("本人", "when: must be a table"),
        ({"field": "a"}, "when: needs exactly one test"),
        ({"field": "a", "is": 1, "in": [1]}, "when: needs exactly one test"),
        ({"is": 1}, "when.field: missing"),
        ({"field": "a", "in": "x"}, "when.in: must be a list"),
        ({"field": "a", "at_least": "2"}, "when.at_least: must be a whole number"),
        ({"all": []}, "when.all: must be a non-empty list"),
        ({"any": [{"field": "a"}]}, "when.any[0]: needs exactly one test"),
    ],
)
def test_malformed_conditions_name_where_they_are(data: object, message: str) -> None:
    problems: list[str] = []
    assert parse_condition(data, "when", problems) is None
    assert problems and problems[0].startswith(message), problems

"""How long forms are kept: `privacy.retention_hours`, 0 meaning the end of the business day."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from casework.retention import keep_for_hours, retention_policy
from settings import ConfigError, load_config, parse_config
from tests.helpers.clock import JST

TAKEN = datetime(2026, 11, 24, 16, 30, tzinfo=JST)


def end_of_day(moment: datetime) -> datetime:
    return datetime(2026, 11, 25, 3, 0, tzinfo=JST)


def test_zero_hours_keeps_forms_until_the_end_of_the_business_day() -> None:
    assert keep_for_hours(0) is None
    assert retention_policy(0, end_of_day)(TAKEN) == datetime(2026, 11, 25, 3, 0, tzinfo=JST)


def test_some_hours_keep_forms_that_long_after_they_were_taken() -> None:
    assert retention_policy(8, end_of_day)(TAKEN) == TAKEN + timedelta(hours=8)


def test_negative_hours_are_refused() -> None:
    with pytest.raises(ValueError):
        keep_for_hours(-1)


def test_the_setting_defaults_to_the_end_of_the_day_and_is_checked() -> None:
    assert load_config().privacy_retention_hours == 0
    assert parse_config({**_services(), "privacy": {"retention_hours": 8}}).privacy_retention_hours == 8
    for bad in (-1, "8", 1.5):
        with pytest.raises(ConfigError, match=r"privacy\.retention_hours"):
            parse_config({**_services(), "privacy": {"retention_hours": bad}})


def _services() -> dict[str, object]:
    return {"services": [{"code": "A", "name": "証明書"}], "counters": [{"number": 1, "services": ["A"]}]}

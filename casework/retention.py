"""How long residents' personal data is kept: by default until the end of the business day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

Retention = Callable[[datetime], datetime]
"""When data taken at a moment must be gone."""


def keep_for_hours(hours: int) -> Retention | None:
    """Data kept `hours` after it was taken; None for 0, meaning "until the end of the business day"
    (the setting privacy.retention_hours; QueueService then uses its end_of_business_day)."""
    if hours < 0:
        raise ValueError("retention hours must be 0 or more")
    if hours == 0:
        return None
    kept = timedelta(hours=hours)
    return lambda moment: moment + kept


def retention_policy(hours: int, end_of_business_day: Retention) -> Retention:
    """`hours` after the data was taken, or at the end of its business day when `hours` is 0."""
    return keep_for_hours(hours) or end_of_business_day

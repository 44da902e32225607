"""Dates the way forms write them: 和暦 (元号) with the Western year beside it, and ages.

Forms print 「昭和55年1月1日」; foreign residents and younger clerks read the Western year, so it follows in
brackets. Eras start on the day the new 元号 began (the first year is written 元年).
"""

from __future__ import annotations

import datetime
import re
import unicodedata

ERAS: tuple[tuple[str, datetime.date], ...] = (
    ("令和", datetime.date(2019, 5, 1)),
    ("平成", datetime.date(1989, 1, 8)),
    ("昭和", datetime.date(1926, 12, 25)),
    ("大正", datetime.date(1912, 7, 30)),
    ("明治", datetime.date(1868, 1, 25)),
)
REIWA_OFFSET = 2018  # 令和N年 = N + 2018
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def parse_date(text: str) -> datetime.date | None:
    """A date written as YYYY-MM-DD (or with / or .), full-width digits allowed; None if not one.

    Raises ValueError for a well-formed but impossible date (2023-02-30), so callers can say which.
    """
    found = _ISO.match(unicodedata.normalize("NFKC", text).strip())
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    return datetime.date(year, month, day)


def era_of(day: datetime.date) -> tuple[str, int] | None:
    """The 元号 and its year for `day`, or None before 明治."""
    for name, start in ERAS:
        if day >= start:
            return name, day.year - start.year + 1
    return None


def era_year_text(name: str, year: int) -> str:
    """「令和7年」, or 「令和元年」 for the first year."""
    return f"{name}{'元' if year == 1 else year}年"


def wareki(day: datetime.date, *, western: bool = True) -> str:
    """「昭和55年1月1日（1980年）」; before 明治 only the Western date."""
    era = era_of(day)
    if era is None:
        return f"{day.year}年{day.month}月{day.day}日"
    text = f"{era_year_text(*era)}{day.month}月{day.day}日"
    return f"{text}（{day.year}年）" if western else text


def reiwa_year(day: datetime.date) -> int:
    """The 令和 year `day` falls in by calendar year (令和7 = 2025), as 年度 of tax certificates count."""
    return day.year - REIWA_OFFSET


def age_on(birth: datetime.date, day: datetime.date) -> int:
    """Completed years of age on `day` (a person born on 29 February turns a year older on 1 March)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))

"""Dates the way forms write them: 和暦 (元号) with the Western year beside it, and ages.

Forms print 「昭和55年1月1日」; foreign residents and younger clerks read the Western year, so it follows in
brackets. Eras start on the day the new 元号 began (the first year is written 元年). Dates are read in
either calendar, as clerks write them: 1980-01-31, 昭和55年1月31日, S55.1.31, 令和元年5月1日, full-width
digits too; a 和暦 date its era did not have (令和1年4月30日, 平成31年5月1日) is refused with the era's days.
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
ERA_LETTERS = {"R": "令和", "H": "平成", "S": "昭和", "T": "大正", "M": "明治"}
_WAREKI = re.compile(
    r"^(令和|平成|昭和|大正|明治|[RHSTM])\.?\s*(元|\d{1,2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?$"
)


class NotInEra(ValueError):
    """A 和暦 date its era did not have (令和1年4月30日: 令和 began on 1 May 2019); the message says when
    the era began or ended, in words for the resident or clerk."""


def parse_date(text: str) -> datetime.date | None:
    """A date written as YYYY-MM-DD (or with / or .) or in 和暦 (令和6年4月1日, R6.4.1, 令和元年5月1日),
    full-width digits allowed; None if not one.

    Raises ValueError for a well-formed but impossible date (2023-02-30), so callers can say which, and
    NotInEra (a ValueError) for a day its era did not have.
    """
    plain = unicodedata.normalize("NFKC", text).strip()  # also 全角 digits, ㋿ -> 令和, Ｒ -> R
    found = _ISO.match(plain)
    if not found:
        return _parse_wareki(plain)
    year, month, day = (int(part) for part in found.groups())
    return datetime.date(year, month, day)


def _parse_wareki(plain: str) -> datetime.date | None:
    found = _WAREKI.match(plain.upper() if plain[:1].isascii() else plain)
    if not found:
        return None
    era, year_text, month, day_of_month = found.groups()
    name = ERA_LETTERS.get(era, era)
    year = 1 if year_text == "元" else int(year_text)
    day = datetime.date(dict(ERAS)[name].year + year - 1, int(month), int(day_of_month))
    _check_in_era(name, year, day)
    return day


def _check_in_era(name: str, year: int, day: datetime.date) -> None:
    """Raise NotInEra when era `name` did not have `day` (its year `year`)."""
    index = [era for era, _start in ERAS].index(name)
    start = ERAS[index][1]
    if year < 1 or day < start:
        raise NotInEra(f"{name}は{wareki(start)}からです。")
    if index > 0 and day >= ERAS[index - 1][1]:
        following, next_start = ERAS[index - 1]
        last = wareki(next_start - datetime.timedelta(days=1), western=False)
        raise NotInEra(f"{name}は{last}までです（翌日からは{era_year_text(following, 1)}）。")


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

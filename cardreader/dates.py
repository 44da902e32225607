"""Dates on the cards and 和暦 for display.

The licence stores dates as an era digit plus YYMMDD (`3550101` = 昭和55年1月1日); the My Number card's birth
date is UNVERIFIED (8 digits YYYYMMDD expected), so `parse_card_date` accepts the plausible digit forms.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cardreader.errors import UntrustedData


@dataclass(frozen=True)
class Era:
    """A Japanese era: its name, licence digit, latin initial and first day (in the Gregorian calendar)."""

    name: str
    digit: str
    initial: str
    first_day: datetime.date


ERAS = (
    Era("明治", "1", "M", datetime.date(1868, 10, 23)),
    Era("大正", "2", "T", datetime.date(1912, 7, 30)),
    Era("昭和", "3", "S", datetime.date(1926, 12, 25)),
    Era("平成", "4", "H", datetime.date(1989, 1, 8)),
    Era("令和", "5", "R", datetime.date(2019, 5, 1)),
)


def _era_by(key: str) -> Era:
    """The era with licence digit or latin initial `key`."""
    for era in ERAS:
        if key in (era.digit, era.initial):
            return era
    raise UntrustedData("A date on the card names an unknown era.")


def _date(year: int, month: int, day: int) -> datetime.date:
    """A calendar date, or UntrustedData for an impossible one."""
    try:
        return datetime.date(year, month, day)
    except ValueError as exc:
        raise UntrustedData("A date on the card does not exist.") from exc


def parse_era_date(text: str) -> datetime.date:
    """Era digit (or M/T/S/H/R) + YYMMDD to a date; year 01 is the era's first year."""
    if len(text) != 7 or not text[1:].isascii() or not text[1:].isdigit():
        raise UntrustedData("A date on the card is not an era date.")
    era = _era_by(text[0].upper())
    result = _date(era.first_day.year + int(text[1:3]) - 1, int(text[3:5]), int(text[5:7]))
    if result < era.first_day:
        raise UntrustedData("A date on the card lies before its era began.")
    return result


def parse_card_date(raw: bytes) -> datetime.date:
    """A date as the card stores it: `YYYYMMDD`, `YYYY-MM-DD` or an era date, in ASCII."""
    try:
        text = raw.decode("ascii").strip(" \x00")
    except UnicodeDecodeError as exc:
        raise UntrustedData("A date on the card is not plain digits.") from exc
    if len(text) == 10 and text[4] == text[7] == "-":
        text = text[:4] + text[5:7] + text[8:]
    if len(text) == 8 and text.isdigit():
        return _date(int(text[:4]), int(text[4:6]), int(text[6:]))
    return parse_era_date(text)


def era_of(day: datetime.date) -> Era:
    """The era `day` falls in; dates before 明治 have none."""
    for era in reversed(ERAS):
        if day >= era.first_day:
            return era
    raise ValueError(f"{day} is before the 明治 era")


def format_wareki(day: datetime.date) -> str:
    """`day` in 和暦 for display: 昭和55年1月1日, 平成元年1月8日 (the first year is 元年)."""
    era = era_of(day)
    year = day.year - era.first_day.year + 1
    year_text = "元" if year == 1 else str(year)
    return f"{era.name}{year_text}年{day.month}月{day.day}日"

"""Era dates on the licence, the My Number card's date forms, and 和暦 for display."""

from __future__ import annotations

import datetime

import pytest

from cardreader.dates import format_wareki, parse_card_date, parse_era_date
from cardreader.errors import UntrustedData

D = datetime.date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3550101", D(1980, 1, 1)),  # 昭和55年1月1日, the example in cards.md
        ("4010108", D(1989, 1, 8)),  # 平成元年: the first day of 平成
        ("3640107", D(1989, 1, 7)),  # 昭和64年: the last day of 昭和
        ("2080303", D(1919, 3, 3)),  # 大正8年
        ("2151224", D(1926, 12, 24)),  # the last day of 大正
        ("3011225", D(1926, 12, 25)),  # 昭和元年: its first day
        ("1450729", D(1912, 7, 29)),  # the last day of 明治
        ("5010501", D(2019, 5, 1)),  # 令和元年
        ("H010108", D(1989, 1, 8)),  # a latin era initial is accepted too
    ],
)
def test_era_dates(raw: str, expected: datetime.date) -> None:
    assert parse_era_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["4010107", "3011224", "6010101", "0550101", "355010", "3551301", "3550230", "3５50101"]
)
def test_impossible_era_dates_are_not_trusted(raw: str) -> None:
    with pytest.raises(UntrustedData):
        parse_era_date(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(b"19800101", D(1980, 1, 1)), (b"1948-11-23", D(1948, 11, 23)), (b"4010108", D(1989, 1, 8))],
)
def test_card_date_forms(raw: bytes, expected: datetime.date) -> None:
    assert parse_card_date(raw) == expected


@pytest.mark.parametrize("raw", [b"", b"1980010", b"19801301", b"\xe6\x98\xad", b"abcdefgh"])
def test_bad_card_dates_are_not_trusted(raw: bytes) -> None:
    with pytest.raises(UntrustedData):
        parse_card_date(raw)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(1980, 1, 1), "昭和55年1月1日"),
        (D(1989, 1, 7), "昭和64年1月7日"),
        (D(1989, 1, 8), "平成元年1月8日"),
        (D(1919, 3, 3), "大正8年3月3日"),
        (D(1926, 12, 25), "昭和元年12月25日"),
        (D(2019, 4, 30), "平成31年4月30日"),
        (D(2019, 5, 1), "令和元年5月1日"),
        (D(1912, 7, 29), "明治45年7月29日"),
    ],
)
def test_wareki(day: datetime.date, expected: str) -> None:
    assert format_wareki(day) == expected


def test_wareki_before_meiji_is_refused() -> None:
    with pytest.raises(ValueError, match="明治"):
        format_wareki(D(1868, 10, 22))

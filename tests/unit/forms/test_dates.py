"""和暦 as clerks write it: 令和6年4月1日, R6.4.1, 元年, full-width digits; days an era lacked are refused."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forms.dates import ERA_LETTERS, ERAS, NotInEra, era_of, parse_date, wareki
from forms.display import display
from forms.model import Field
from forms.values import check, normalize
from tests.unit.forms.conftest import TODAY

BIRTH = Field("birth", "生年月日", "date", past_only=True)
MEIJI = ERAS[-1][1]
LETTER = {name: letter for letter, name in ERA_LETTERS.items()}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("令和6年4月1日", "2024-04-01"),
        ("R6.4.1", "2024-04-01"),
        ("r6/4/1", "2024-04-01"),
        ("Ｒ６．４．１", "2024-04-01"),
        ("令和６年４月１日", "2024-04-01"),
        ("㋿6年4月1日", "2024-04-01"),
        ("昭和50年1月2日", "1975-01-02"),
        ("S50.1.2", "1975-01-02"),
        ("S.50.01.02", "1975-01-02"),
        ("昭和 50年 1月 2日", "1975-01-02"),
        ("H31.4.30", "2019-04-30"),
        ("平成31年4月30日", "2019-04-30"),
        ("R1.5.1", "2019-05-01"),
        ("令和元年5月1日", "2019-05-01"),
        ("平成元年1月8日", "1989-01-08"),
        ("昭和64年1月7日", "1989-01-07"),
        ("T15.12.24", "1926-12-24"),
        ("1980-01-31", "1980-01-31"),
    ],
)
def test_wareki_as_clerks_write_it_is_read(written: str, day: str) -> None:
    assert parse_date(written) == datetime.date.fromisoformat(day)
    assert normalize(BIRTH, written) == day


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("令和1年4月30日", "令和は令和元年5月1日（2019年）からです。"),
        ("R1.4.30", "令和は令和元年5月1日（2019年）からです。"),
        ("平成31年5月1日", "平成は平成31年4月30日までです（翌日からは令和元年）。"),
        ("H32.1.1", "平成は平成31年4月30日までです（翌日からは令和元年）。"),
        ("昭和64年1月8日", "昭和は昭和64年1月7日までです（翌日からは平成元年）。"),
        ("平成元年1月7日", "平成は平成元年1月8日（1989年）からです。"),
        ("R0.5.1", "令和は令和元年5月1日（2019年）からです。"),
    ],
)
def test_a_day_its_era_did_not_have_is_refused_with_the_eras_days(written: str, reason: str) -> None:
    with pytest.raises(NotInEra, match=reason):
        parse_date(written)
    assert normalize(BIRTH, written) == written  # kept as typed, for the check to say why
    assert check(BIRTH, written, TODAY) == f"生年月日：「{written}」という日付はありません。{reason}"


def test_an_impossible_day_of_the_month_in_wareki_is_named_as_such() -> None:
    assert check(BIRTH, "令和6年2月30日", TODAY) == (
        "生年月日：「令和6年2月30日」という日付はありません。月と日を確かめてください。"
    )


@pytest.mark.parametrize("text", ["令和", "R6.4", "X6.4.1", "令和六年四月一日", "6.4.1"])
def test_what_is_no_date_is_not_read_as_one(text: str) -> None:
    assert parse_date(text) is None


def test_dates_are_shown_in_wareki_and_western() -> None:
    assert display(BIRTH, normalize(BIRTH, "S50.1.2")) == "昭和50年1月2日（1975年）"


@given(st.dates(min_value=MEIJI, max_value=datetime.date(2099, 12, 31)))
def test_every_day_reads_back_from_its_wareki_in_kanji_and_in_letters(day: datetime.date) -> None:
    assert parse_date(wareki(day, western=False)) == day
    era = era_of(day)
    assert era is not None
    name, year = era
    assert parse_date(f"{LETTER[name]}{year}.{day.month}.{day.day}") == day


@given(st.dates(min_value=MEIJI, max_value=datetime.date(2099, 12, 31)), st.sampled_from(ERAS))
def test_a_day_is_read_in_an_era_only_when_that_era_had_it(
    day: datetime.date, era: tuple[str, object]
) -> None:
    name = era[0]
    year = day.year - dict(ERAS)[name].year + 1
    if year < 1 or year > 99:
        return
    written = f"{name}{year}年{day.month}月{day.day}日"
    if era_of(day) == (name, year):
        assert parse_date(written) == day
    else:
        with pytest.raises(NotInEra):
            parse_date(written)

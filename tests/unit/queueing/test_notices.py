"""Notices for the display's ticker, and the display's last calls per counter: the rules without storage."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from queueing.call_history import CounterCalls, PastCall, per_counter
from queueing.model import Counter, Notice
from queueing.notices import MAX_LENGTH, NoticeError, check_text, current, until_today
from tests.helpers.clock import JST

NINE = datetime(2026, 11, 24, 9, 0, tzinfo=JST)


def test_a_notice_is_one_line_of_at_most_280_characters() -> None:
    assert check_text("  証明書の発行は16時30分までです　") == "証明書の発行は16時30分までです"
    assert check_text("あ" * MAX_LENGTH) == "あ" * MAX_LENGTH
    refused = ["", "   ", "\u3000", "あ" * (MAX_LENGTH + 1)]
    refused += ["一行目\n二行目", "ベル\x07", "タブ\tあり", "改\u2028行"]  # one line, nothing unseen
    for text in refused:
        with pytest.raises(NoticeError):
            check_text(text)


def test_the_end_time_is_today_and_still_ahead() -> None:
    assert until_today("16:30", NINE) == NINE.replace(hour=16, minute=30)
    assert until_today(" 9：05 ", NINE) == NINE.replace(minute=5)  # a full-width colon, typed in Japanese
    for wrong in ("1630", "25:00", "16:xx", "8:59", "09:00"):
        with pytest.raises(NoticeError):
            until_today(wrong, NINE)


def test_a_notice_shows_until_its_end_time() -> None:
    lasting = Notice("a", "駐車場が混み合っています", NINE)
    ending = Notice("b", "証明書の発行は16時30分まで", NINE, ends_at=NINE + timedelta(hours=1))
    assert current([lasting, ending], NINE + timedelta(minutes=59)) == (lasting, ending)
    assert current([lasting, ending], NINE + timedelta(hours=1)) == (lasting,)


def test_last_calls_are_grouped_per_counter_newest_first_in_the_counters_order() -> None:
    counters = [Counter(n, f"{n}番窓口", "1F", ("A",)) for n in (1, 2, 3)]

    def call(label: str, counter: int, minute: int) -> PastCall:
        return PastCall(label, counter, NINE + timedelta(minutes=minute))

    calls = [call("A-001", 2, 0), call("A-002", 2, 5), call("A-003", 1, 6), call("A-004", 2, 7)]
    calls += [call("A-005", 2, 9), call("A-005", 2, 8)]  # one number called twice in a row (two steps)
    assert per_counter(calls, counters, keep=3) == (
        CounterCalls(1, "1番窓口", (calls[2],)),
        CounterCalls(2, "2番窓口", (calls[4], calls[3], calls[1])),
    )

"""Identity's JSON form and the pure part of reader/card monitoring."""

from __future__ import annotations

import datetime

from cardreader.identity import Identity, Substitution, substitutes_in
from cardreader.monitor import Presence, ReaderEvent, diff


def test_json_keys_are_exactly_those_read_card_prints() -> None:
    identity = Identity(
        "drivers_license",
        "邊見　〓子",
        None,
        "大阪府",
        datetime.date(1955, 5, 5),
        None,
        (Substitution("name", 3, "gaiji", 1),),
    )
    assert identity.to_json_dict() == {
        "card_type": "drivers_license",
        "name": "邊見　〓子",
        "name_reading": None,
        "address": "大阪府",
        "birth_date": "1955-05-05",
        "sex": None,
        "substitutions": [{"field": "name", "position": 3, "kind": "gaiji", "gaiji_number": 1}],
    }


def test_substitutes_count_code_points_not_utf16_units() -> None:
    assert substitutes_in("𠮷〓", "name") == [Substitution("name", 1, "substitute")]


A, B = "Virtual PCD 00 00", "Virtual PCD 00 01"
EMPTY, CARD = Presence(False, 0), Presence(True, 1)


def test_start_up_reports_readers_and_cards_present() -> None:
    assert diff({}, {A: CARD, B: EMPTY}) == [
        ReaderEvent("reader_added", A),
        ReaderEvent("card_inserted", A),
        ReaderEvent("reader_added", B),
    ]


def test_insert_remove_and_a_swap_between_two_looks() -> None:
    assert diff({A: EMPTY}, {A: CARD}) == [ReaderEvent("card_inserted", A)]
    assert diff({A: CARD}, {A: Presence(False, 2)}) == [ReaderEvent("card_removed", A)]
    assert diff({A: CARD}, {A: Presence(True, 3)}) == [
        ReaderEvent("card_removed", A),
        ReaderEvent("card_inserted", A),
    ]
    assert diff({A: CARD}, {A: CARD}) == []


def test_unplugging_a_reader_with_a_card_removes_both() -> None:
    assert diff({A: CARD}, {}) == [ReaderEvent("card_removed", A), ReaderEvent("reader_removed", A)]

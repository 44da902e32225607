"""Command builders and status-word helpers."""

from __future__ import annotations

import pytest

from cardreader import apdu


def test_builders_match_the_specification() -> None:
    assert apdu.select_aid(bytes.fromhex("D3921000310001010408")).hex() == "00a4040c0ad3921000310001010408"
    assert apdu.select_ef(0x0011).hex() == "00a4020c020011"
    assert apdu.select_mf().hex() == "00a40000"
    assert apdu.verify_query(0x80).hex() == "00200080"
    assert apdu.verify(0x81, b"1234").hex() == "002000810431323334"
    assert apdu.read_binary(0x0100, 256).hex() == "00b0010000"
    assert apdu.read_binary(5, 3).hex() == "00b0000503"


@pytest.mark.parametrize(("offset", "length"), [(0, 0), (0, 257), (0x8000, 1), (-1, 1)])
def test_read_binary_refuses_what_a_short_apdu_cannot_say(offset: int, length: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        apdu.read_binary(offset, length)


def test_tries_and_pins() -> None:
    assert [apdu.tries_in(sw) for sw in (0x63C3, 0x63C0, 0x9000, 0x6984)] == [3, 0, None, None]
    assert apdu.pin_bytes("0000") == b"0000"
    assert [apdu.pin_bytes(p) for p in ("123", "12345", "12a4", "１２３４", "")] == [None] * 5


def test_only_verify_with_data_carries_a_secret() -> None:
    assert apdu.carries_secret(apdu.verify(0x80, b"1234"))
    assert not apdu.carries_secret(apdu.verify_query(0x80))
    assert not apdu.carries_secret(apdu.read_binary(0, 5))

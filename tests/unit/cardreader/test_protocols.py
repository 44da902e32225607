"""The My Number and licence flows against the emulator's card model, in process (no pcscd)."""

from __future__ import annotations

import datetime

import pytest

from cardreader import reader
from cardreader.errors import (
    CardError,
    CardRemoved,
    InvalidPinFormat,
    PinBlocked,
    UnsupportedCard,
    UntrustedData,
    WrongPin,
)
from cardreader.identity import Identity, Substitution
from tests.cardemu import Card, DirectConnection, Faults, build_card, load_identities
from tests.cardemu.cards import my_number_card

PEOPLE = load_identities()


def pin_of(identity: str) -> str:
    person = PEOPLE[identity]
    return person.get("pin") or person["pin1"]


def verifies_with_data(card: Card) -> int:
    return sum(1 for c in card.log if c.apdu[1] == 0x20 and len(c.apdu) > 4)


def test_basic_four_takes_seven_commands_and_never_touches_the_my_number() -> None:
    card = build_card("yamada")
    identity = reader.read_identity(DirectConnection(card), "1234", "mynumber")
    assert identity == Identity(
        "mynumber",
        "山田　太郎",
        None,
        "東京都千代田区霞が関二丁目１番２号",
        datetime.date(1980, 1, 1),
        "male",
    )
    assert len(card.log) == 7
    assert all(fid != 0x0001 for df, fid in card.selected if df == "input_support")


def test_geta_is_recorded_as_a_substitution() -> None:
    identity = reader.read_identity(DirectConnection(build_card("geta")), "0000")
    assert identity.name == "髙〓　一"
    assert identity.sex == "not_applicable"
    assert identity.substitutions == (Substitution("name", 1, "substitute"),)


def test_an_address_over_256_bytes_is_read_in_chunks() -> None:
    address = "北海道河西郡芽室町" * 12  # 108 characters, 324 bytes of UTF-8
    person = {**PEOPLE["yoshino"], "address": address}
    card = my_number_card(person, Faults())
    identity = reader.read_identity(DirectConnection(card), "2580", "mynumber")
    assert identity.address == address
    reads = [c.apdu for c in card.log if c.apdu[1] == 0xB0]
    offsets = [(r[2] << 8) | r[3] for r in reads]
    assert offsets == [0, 5, 261]  # header, then chunks of 256 (Le 00) and the remainder
    assert [r[4] for r in reads[:2]] == [5, 0]


def test_licence_with_gaiji_and_its_reading() -> None:
    card = build_card("licence_gaiji")
    identity = reader.read_identity(DirectConnection(card), "4321")
    assert identity.name == "邊見　〓子"
    assert identity.name_reading is None
    assert identity.birth_date == datetime.date(1955, 5, 5)
    assert identity.substitutions == (Substitution("name", 3, "gaiji", 1),)
    suzuki = reader.read_identity(DirectConnection(build_card("licence_suzuki")), "1234")
    assert (suzuki.name_reading, suzuki.birth_date) == ("すずき　いちろう", datetime.date(1989, 1, 8))


def test_licence_never_asks_for_pin2() -> None:
    card = build_card("licence_suzuki")
    reader.read_identity(DirectConnection(card), "1234", "drivers_license")
    assert [c.apdu[3] for c in card.log if c.apdu[1] == 0x20] == [0x81, 0x81]
    assert ("DF1", 0x0002) not in card.selected


def test_licence_without_a_pin_set_sends_the_stars() -> None:
    card = build_card("licence_suzuki", Faults(no_pin=True))
    status = reader.pin_status(DirectConnection(card))
    assert not status.pin_required
    assert reader.read_identity(DirectConnection(card), "").name == "鈴木　一郎"


@pytest.mark.parametrize("identity", ["yamada", "licence_suzuki"])
def test_wrong_pin_costs_exactly_one_try_and_is_not_retried(identity: str) -> None:
    card = build_card(identity)
    conn = DirectConnection(card)
    assert reader.tries_left(conn) == 3
    with pytest.raises(WrongPin) as caught:
        reader.read_identity(conn, "9999")
    assert caught.value.tries_left == 2
    assert "2 tries left" in caught.value.message
    assert verifies_with_data(card) == 1
    assert reader.tries_left(conn) == 2
    assert reader.tries_left(conn) == 2


def test_the_last_wrong_pin_blocks_and_then_no_pin_is_sent() -> None:
    card = build_card("tran")
    for expected in (2, 1):
        with pytest.raises(WrongPin) as caught:
            reader.read_identity(DirectConnection(card), "0000")
        assert caught.value.tries_left == expected
    assert "1 try left" in caught.value.message
    with pytest.raises(PinBlocked):
        reader.read_identity(DirectConnection(card), "0000")
    with pytest.raises(PinBlocked):
        reader.read_identity(DirectConnection(card), "7777")
    assert verifies_with_data(card) == 3


@pytest.mark.parametrize("identity", ["yamada", "licence_gaiji"])
def test_a_blocked_card_gets_no_pin(identity: str) -> None:
    card = build_card(identity, Faults(blocked=True))
    assert reader.pin_status(DirectConnection(card)).blocked
    with pytest.raises(PinBlocked):
        reader.read_identity(DirectConnection(card), pin_of(identity))
    assert verifies_with_data(card) == 0


@pytest.mark.parametrize("pin", ["123", "12345", "abcd", ""])
def test_a_pin_that_is_not_four_digits_is_never_sent(pin: str) -> None:
    card = build_card("yamada")
    with pytest.raises(InvalidPinFormat):
        reader.read_identity(DirectConnection(card), pin)
    assert verifies_with_data(card) == 0


def test_an_unrelated_card_is_unsupported() -> None:
    card = build_card("yamada", Faults(unrelated=True))
    with pytest.raises(UnsupportedCard):
        reader.detect_card(DirectConnection(card))
    with pytest.raises(UnsupportedCard):
        reader.read_identity(DirectConnection(card), "1234")


@pytest.mark.parametrize("identity", ["yamada", "yoshino", "licence_suzuki"])
def test_malformed_data_is_not_trusted(identity: str) -> None:
    card = build_card(identity, Faults(malformed=True))
    with pytest.raises(UntrustedData):
        reader.read_identity(DirectConnection(card), pin_of(identity))


@pytest.mark.parametrize(("identity", "commands"), [("yamada", 7), ("licence_suzuki", 11)])
def test_removal_at_any_point_is_card_removed(identity: str, commands: int) -> None:
    for leave_after in range(commands):
        conn = DirectConnection(build_card(identity), leave_after=leave_after)
        with pytest.raises(CardRemoved):
            reader.read_identity(conn, pin_of(identity), reader.detect_card(DirectConnection(conn.card)))


class Exploding:
    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        raise OSError("the reader fell on the floor")


def test_no_foreign_exception_escapes() -> None:
    with pytest.raises(UntrustedData) as caught:
        reader.read_identity(Exploding(), "1234")
    assert isinstance(caught.value.__cause__, OSError)
    assert isinstance(caught.value, CardError)


def test_card_security_state_is_cleared_by_another_application_and_by_reset() -> None:
    card = build_card("yamada")
    conn = DirectConnection(card)
    reader.read_identity(conn, "1234", "mynumber")
    assert conn.transmit(bytes.fromhex("00B0000001"))[1] == 0x9000
    conn.transmit(bytes.fromhex("00A4040C0AD392F000260100000001"))  # JPKI AP
    conn.transmit(bytes.fromhex("00A4040C0AD3921000310001010408"))
    conn.transmit(bytes.fromhex("00A4020C020002"))
    assert conn.transmit(bytes.fromhex("00B0000001"))[1] == 0x6982
    reader.read_identity(conn, "1234", "mynumber")
    card.reset()
    assert conn.transmit(bytes.fromhex("00B0000001"))[1] == 0x6986

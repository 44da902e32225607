"""The IC driver's licence (警察庁 specification): PIN1 tries and the 記載事項 (DF1 / EF 0001).

Flow: SELECT MF, SELECT EF 000A and read the PIN setting, VERIFY (no data) for PIN1's tries, VERIFY PIN1 (or
`****` when the holder set no PIN), SELECT DF1, SELECT EF 0001, READ to the end in 256-byte chunks. PIN2 is
never asked for: the kiosk does not need the 本籍.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardreader import apdu, steps
from cardreader.apdu import Connection
from cardreader.dates import parse_era_date
from cardreader.errors import InvalidPinFormat, PinBlocked, UntrustedData
from cardreader.identity import Identity, Substitution
from cardreader.jis import decode_jis
from cardreader.tlv import read_licence_tlv

DF1_AID = bytes.fromhex("A0000002310100000000000000000000")
PIN_SETTING_EF = 0x000A
RECORD_EF = 0x0001
PIN1 = 0x81
NO_PIN_SET = b"****"  # what the card expects when its holder chose no PIN

TAG_NAME, TAG_READING, TAG_BIRTH, TAG_ADDRESS = 0x12, 0x13, 0x16, 0x17


@dataclass(frozen=True)
class PinState:
    """Whether the holder set a PIN, and PIN1's tries left (0 = blocked)."""

    pin_set: bool
    tries_left: int


def has_application(conn: Connection) -> bool:
    """True if the card answers to the licence's DF1 AID (selecting it as a side effect)."""
    return steps.select_application(conn, DF1_AID)


def pin_state(conn: Connection) -> PinState:
    """Read the PIN setting (EF 000A) and PIN1's tries; spends nothing."""
    steps.expect_ok(conn, apdu.select_mf(), "selecting the master file")
    steps.expect_ok(conn, apdu.select_ef(PIN_SETTING_EF), "selecting the PIN setting")
    setting = steps.expect_ok(conn, apdu.read_binary(0, 1), "reading the PIN setting")
    if len(setting) != 1:
        raise UntrustedData("The licence's PIN setting has the wrong length.")
    return PinState(pin_set=setting[0] != 0x00, tries_left=steps.query_tries(conn, PIN1))


def read_record(conn: Connection, pin: str) -> Identity:
    """Verify PIN1 once (the resident's `pin`, or `****` if none is set) and read the 記載事項."""
    state = pin_state(conn)
    if state.tries_left == 0:
        raise PinBlocked()
    pin_data = apdu.pin_bytes(pin) if state.pin_set else NO_PIN_SET
    if pin_data is None:
        raise InvalidPinFormat()
    steps.verify_pin(conn, PIN1, pin_data)
    if not has_application(conn):
        raise UntrustedData("The licence has no DF1.")
    steps.expect_ok(conn, apdu.select_ef(RECORD_EF), "selecting the licence record")
    return parse_record(steps.read_to_end(conn))


def _ascii(raw: bytes) -> str:
    """An ASCII field's text."""
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError as exc:
        raise UntrustedData("A licence field is not ASCII.") from exc


def _required(items: dict[int, bytes], tag: int) -> bytes:
    """A field the licence must hold, non-empty."""
    value = items.get(tag, b"")
    if not value:
        raise UntrustedData("A licence field is missing.")
    return value


def parse_record(data: bytes) -> Identity:
    """DF1 / EF 0001's bytes to an Identity (a licence has no sex field); UntrustedData if malformed."""
    items = read_licence_tlv(data)
    name, name_marks = decode_jis(_required(items, TAG_NAME), "name")
    address, address_marks = decode_jis(_required(items, TAG_ADDRESS), "address")
    reading: str | None = None
    reading_marks: tuple[Substitution, ...] = ()
    if items.get(TAG_READING):
        reading, reading_marks = decode_jis(items[TAG_READING], "name_reading")
    return Identity(
        card_type="drivers_license",
        name=name,
        name_reading=reading,
        address=address,
        birth_date=parse_era_date(_ascii(_required(items, TAG_BIRTH))),
        sex=None,
        substitutions=name_marks + reading_marks + address_marks,
    )

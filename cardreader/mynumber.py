"""The My Number card's 券面事項入力補助AP: PIN tries and the basic four attributes (基本4情報).

The flow is the one cards.md gives: SELECT AP, SELECT EF 0011, VERIFY (no data) for the tries, VERIFY PIN,
SELECT EF 0002, READ the header, READ the rest — seven commands for a file under 256 bytes. EF 0001, which
holds the My Number, is never selected or read.
"""

from __future__ import annotations

from cardreader import apdu, steps
from cardreader.apdu import Connection
from cardreader.dates import parse_card_date
from cardreader.errors import PinBlocked, UnsupportedCard, UntrustedData
from cardreader.identity import Identity, Sex, substitutes_in
from cardreader.tlv import BerTlv, ber_total_length, read_ber, read_ber_sequence

INPUT_SUPPORT_AID = bytes.fromhex("D3921000310001010408")
PIN_EF = 0x0011
ATTRIBUTES_EF = 0x0002
PIN_REFERENCE = 0x80
HEADER_LENGTH = 5  # FF 20 82 HH LL: the longest header the file starts with

TAG_ATTRIBUTES, TAG_OFFSETS = 0xFF20, 0xDF21
TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX = 0xDF22, 0xDF23, 0xDF24, 0xDF25
_SEXES: dict[bytes, Sex | None] = {b"1": "male", b"2": "female", b"9": "not_applicable", b"0": None}


def has_application(conn: Connection) -> bool:
    """True if the card answers to the 券面事項入力補助AP's AID (selecting it as a side effect)."""
    return steps.select_application(conn, INPUT_SUPPORT_AID)


def tries_left(conn: Connection) -> int:
    """Select the AP and its PIN EF and ask the tries left (0 = blocked); spends nothing."""
    if not has_application(conn):
        raise UnsupportedCard()
    steps.expect_ok(conn, apdu.select_ef(PIN_EF), "selecting the PIN")
    return steps.query_tries(conn, PIN_REFERENCE)


def read_basic_four(conn: Connection, pin: bytes) -> Identity:
    """Verify `pin` once (after checking the card is not blocked) and read the basic four attributes."""
    if tries_left(conn) == 0:
        raise PinBlocked()
    steps.verify_pin(conn, PIN_REFERENCE, pin)
    steps.expect_ok(conn, apdu.select_ef(ATTRIBUTES_EF), "selecting the attributes")
    header = steps.read_range(conn, 0, HEADER_LENGTH)
    total = ber_total_length(header)
    rest = steps.read_range(conn, HEADER_LENGTH, total) if total > HEADER_LENGTH else b""
    return parse_attributes(header + rest)


def _text(item: BerTlv) -> str:
    """An attribute's UTF-8 text."""
    try:
        return item.value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UntrustedData("The card's text is not valid UTF-8.") from exc


def _items(data: bytes) -> dict[int, BerTlv]:
    """The items inside the FF 20 template, by tag; each must appear once."""
    outer = read_ber(data)
    if outer.tag != TAG_ATTRIBUTES:
        raise UntrustedData("The card's attribute file does not start as expected.")
    items = read_ber_sequence(outer.value, outer.value_offset)
    by_tag = {item.tag: item for item in items}
    if len(by_tag) != len(items):
        raise UntrustedData("An attribute appears twice on the card.")
    missing = {TAG_OFFSETS, TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX} - by_tag.keys()
    if missing:
        raise UntrustedData("An attribute is missing on the card.")
    return by_tag


def _check_offsets(by_tag: dict[int, BerTlv]) -> None:
    """Cross-check DF21's four offsets with where DF22..DF25 really are (item or value start)."""
    offsets = by_tag[TAG_OFFSETS].value
    if len(offsets) != 8:
        raise UntrustedData("The card's attribute offsets have the wrong length.")
    for i, tag in enumerate((TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX)):
        offset = int.from_bytes(offsets[2 * i : 2 * i + 2], "big")
        if offset not in (by_tag[tag].offset, by_tag[tag].value_offset):
            raise UntrustedData("The card's attribute offsets do not match its data.")


def parse_attributes(data: bytes) -> Identity:
    """EF 0002's bytes (padding after the template allowed) to an Identity; UntrustedData if malformed."""
    by_tag = _items(data)
    _check_offsets(by_tag)
    name, address = _text(by_tag[TAG_NAME]), _text(by_tag[TAG_ADDRESS])
    sex_raw = by_tag[TAG_SEX].value
    if sex_raw not in _SEXES:
        raise UntrustedData("The card's sex code is not one this reader knows.")
    return Identity(
        card_type="mynumber",
        name=name,
        name_reading=None,
        address=address,
        birth_date=parse_card_date(by_tag[TAG_BIRTH].value),
        sex=_SEXES[sex_raw],
        substitutions=tuple(substitutes_in(name, "name") + substitutes_in(address, "address")),
    )

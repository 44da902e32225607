"""TLV parsers for the two cards: BER-TLV (My Number EF 0002) and the licence's 1-byte-tag TLV.

Both raise only `UntrustedData`: whatever bytes a card (or a fuzzer) hands over, the caller sees either values
or that one error.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardreader.errors import UntrustedData

LICENCE_PADDING = 0xFF


@dataclass(frozen=True)
class BerTlv:
    """One BER-TLV item: its tag, where the item and its value start in the buffer, and the value bytes."""

    tag: int
    offset: int
    value_offset: int
    value: bytes


def _byte(data: bytes, pos: int) -> int:
    """`data[pos]`, or UntrustedData when the data ends too early."""
    if pos >= len(data):
        raise UntrustedData("The card's data ends in the middle of an item.")
    return data[pos]


def read_ber_tag(data: bytes, pos: int) -> tuple[int, int]:
    """The BER tag at `pos` (multi-byte when the low five bits are all set) and the position after it."""
    first = _byte(data, pos)
    tag, pos = first, pos + 1
    if first & 0x1F != 0x1F:
        return tag, pos
    for _ in range(3):
        b = _byte(data, pos)
        tag, pos = (tag << 8) | b, pos + 1
        if not b & 0x80:
            return tag, pos
    raise UntrustedData("A tag on the card is longer than any this reader knows.")


def read_length(data: bytes, pos: int) -> tuple[int, int]:
    """A definite length (short form, `81 xx` or `82 HH LL`; others are refused) and the position after it."""
    first = _byte(data, pos)
    if first < 0x80:
        return first, pos + 1
    if first == 0x81:
        return _byte(data, pos + 1), pos + 2
    if first == 0x82:
        return (_byte(data, pos + 1) << 8) | _byte(data, pos + 2), pos + 3
    raise UntrustedData("A length on the card uses a form this reader does not accept.")


def read_ber(data: bytes, pos: int = 0) -> BerTlv:
    """The BER-TLV item starting at `pos`; its value must lie entirely inside `data`."""
    tag, after_tag = read_ber_tag(data, pos)
    length, value_offset = read_length(data, after_tag)
    end = value_offset + length
    if end > len(data):
        raise UntrustedData("An item on the card is longer than the data read.")
    return BerTlv(tag, pos, value_offset, data[value_offset:end])


def read_ber_sequence(data: bytes, offset: int = 0) -> list[BerTlv]:
    """Every BER-TLV item in `data`, back to back with nothing left over; offsets are shifted by `offset`."""
    items: list[BerTlv] = []
    pos = 0
    while pos < len(data):
        item = read_ber(data, pos)
        items.append(BerTlv(item.tag, item.offset + offset, item.value_offset + offset, item.value))
        pos = item.value_offset + len(item.value)
    return items


def ber_total_length(header: bytes) -> int:
    """From the first bytes of a BER-TLV, the length of the whole item (header plus value)."""
    _, after_tag = read_ber_tag(header, 0)
    length, value_offset = read_length(header, after_tag)
    return value_offset + length


def read_licence_tlv(data: bytes) -> dict[int, bytes]:
    """The licence's 1-byte-tag items up to the `FF` padding, by tag. A repeated tag is not trusted."""
    items: dict[int, bytes] = {}
    pos = 0
    while pos < len(data) and data[pos] != LICENCE_PADDING:
        tag = data[pos]
        length, start = read_length(data, pos + 1)
        if start + length > len(data):
            raise UntrustedData("An item on the licence is longer than the data read.")
        if tag in items:
            raise UntrustedData("An item appears twice on the licence.")
        items[tag] = data[start : start + length]
        pos = start + length
    return items

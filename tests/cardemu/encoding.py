"""How the emulated cards store their holder's data, written independently of `cardreader`'s parsers.

My Number EF 0002: one BER-TLV `FF 20 82 HH LL` holding DF21 (offsets of DF22..DF25 from the start of the EF)
and DF22 name, DF23 address (UTF-8), DF24 birth date (YYYYMMDD), DF25 sex (ISO 5218 digit), then padding.
Licence DF1/EF 0001: 1-byte tags, lengths 1 byte or `82 HH LL`, JIS X 0208 text with `[gaiji N]` written as
`FF Fn`, dates as era digit + YYMMDD, `FF` padding to 880 bytes.
"""

from __future__ import annotations

import datetime
import re

ERA_STARTS = (  # licence era digit, first day
    ("5", datetime.date(2019, 5, 1)),
    ("4", datetime.date(1989, 1, 8)),
    ("3", datetime.date(1926, 12, 25)),
    ("2", datetime.date(1912, 7, 30)),
    ("1", datetime.date(1868, 10, 23)),
)
LICENCE_RECORD_SIZE = 880
MY_NUMBER_EF_SIZE = 512


def ber_length(n: int) -> bytes:
    """A BER definite length in its shortest form."""
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def ber_item(tag: int, value: bytes) -> bytes:
    """A BER-TLV item with a 2-byte tag."""
    return tag.to_bytes(2, "big") + ber_length(len(value)) + value


def encode_attributes(name: str, address: str, birth: datetime.date, sex: str) -> bytes:
    """The My Number card's EF 0002 (basic four attributes), padded to its fixed size."""
    values = [name.encode(), address.encode(), birth.strftime("%Y%m%d").encode(), sex.encode()]
    items = [ber_item(0xDF22 + i, value) for i, value in enumerate(values)]
    header_size, offsets_size = 5, 11  # FF 20 82 HH LL; DF 21 08 + 8 bytes
    offsets, position = b"", header_size + offsets_size
    for item in items:
        offsets += position.to_bytes(2, "big")
        position += len(item)
    body = ber_item(0xDF21, offsets) + b"".join(items)
    data = b"\xff\x20\x82" + len(body).to_bytes(2, "big") + body
    return data + b"\xff" * max(0, MY_NUMBER_EF_SIZE - len(data))


_GAIJI = re.compile(r"\[gaiji ([1-7])\]|\[missing\]")


def encode_jis(text: str) -> bytes:
    """Text as JIS X 0208 pairs; `[gaiji N]` becomes `FF F0+N` and `[missing]` becomes `FF FA`."""
    out, pos = bytearray(), 0
    for match in _GAIJI.finditer(text):
        out += _plain_jis(text[pos : match.start()])
        out += bytes([0xFF, 0xF0 + int(match.group(1))]) if match.group(1) else b"\xff\xfa"
        pos = match.end()
    return bytes(out + _plain_jis(text[pos:]))


def _plain_jis(text: str) -> bytes:
    """JIS X 0208 pairs for text with no gaiji (every character must be in the set)."""
    return b"".join(char.encode("iso2022_jp")[3:5] for char in text)


def era_date(day: datetime.date) -> bytes:
    """A licence date: era digit + YYMMDD in ASCII (year 01 = the era's first year)."""
    for digit, start in ERA_STARTS:
        if day >= start:
            return f"{digit}{day.year - start.year + 1:02d}{day:%m%d}".encode()
    raise ValueError(f"{day} is before 明治")


def licence_item(tag: int, value: bytes, long_form: bool = False) -> bytes:
    """A licence TLV item: 1-byte tag, 1-byte length (or `82 HH LL` when asked or needed)."""
    if long_form or len(value) > 0x7F:
        return bytes([tag, 0x82]) + len(value).to_bytes(2, "big") + value
    return bytes([tag, len(value)]) + value


def encode_licence_record(person: dict[str, str]) -> bytes:
    """DF1/EF 0001 記載事項 for one licence holder, with plausible values for the fields the kiosk ignores."""
    birth = datetime.date.fromisoformat(person["birth_date"])
    issued, expires = datetime.date(2024, 6, 1), datetime.date(2029, 7, 5)
    items = [
        licence_item(0x11, b"002"),  # JIS X 0208 edition
        licence_item(0x12, encode_jis(person["name"])),
        licence_item(0x13, encode_jis(person.get("yomi", ""))),
        licence_item(0x14, b""),
        licence_item(0x15, b""),
        licence_item(0x16, era_date(birth)),
        licence_item(0x17, encode_jis(person["address"]), long_form=True),
        licence_item(0x18, era_date(issued)),
        licence_item(0x19, b"12345"),
        licence_item(0x1A, encode_jis("優良")),
        licence_item(0x1B, era_date(expires)),
        licence_item(0x1C, encode_jis("眼鏡等")),
        *(licence_item(tag, b"") for tag in (0x1D, 0x1E, 0x1F)),
        licence_item(0x20, encode_jis(person["authority"])),
        licence_item(0x21, person["licence_number"].encode()),
        licence_item(0x22, era_date(datetime.date(2010, 4, 1))),
    ]
    data = b"".join(items)
    return data + b"\xff" * (LICENCE_RECORD_SIZE - len(data))


def common_data() -> bytes:
    """The licence's MF/EF 2F01: tag 45 with spec version 008 and BCD issue and expiry dates."""
    return bytes([0x45, 0x0B]) + b"008" + bytes.fromhex("20240601") + bytes.fromhex("20290705")

"""Emulated cards for the shared test residents: My Number cards, IC licences and an unrelated card.

`build_card(identity_name, faults)` returns a `Card` ready for the vpcd client or for an in-process fake
transport. Faults make it misbehave as cards.md demands the reader survive.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from tests.cardemu.card import Card, UnrelatedCard
from tests.cardemu.encoding import common_data, encode_attributes, encode_licence_record
from tests.cardemu.filesystem import DedicatedFile, ElementaryFile, Pin

# The fictional residents of shared/data/identities.json, copied into the repository so the suite runs
# from a clone alone; MADOGUCHI_IDENTITIES points at another file.
IDENTITIES = Path(
    os.environ.get("MADOGUCHI_IDENTITIES", Path(__file__).resolve().parents[1] / "data/identities.json")
)
INPUT_SUPPORT_AID = bytes.fromhex("D3921000310001010408")
CARD_SURFACE_AID = bytes.fromhex("D3921000310001010402")
JPKI_AID = bytes.fromhex("D392F000260100000001")
LICENCE_DF1_AID = bytes.fromhex("A0000002310100000000000000000000")
LICENCE_DF2_AID = bytes.fromhex("A0000002310200000000000000000000")


@dataclass(frozen=True)
class Faults:
    """Misbehaviours on request. `leave_after` is applied by the vpcd client (the card leaves the reader)."""

    leave_after: int | None = None
    blocked: bool = False
    malformed: bool = False
    unrelated: bool = False
    no_pin: bool = False  # licence only: the holder set no PIN (EF 000A first byte 00)


def load_identities() -> dict[str, dict[str, str]]:
    """The shared test residents by key (`yamada`, `licence_suzuki`, ...)."""
    data: dict[str, dict[str, str]] = json.loads(IDENTITIES.read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def fake_my_number(person: dict[str, str]) -> str:
    """A 12-digit number that stands in for the My Number: tests check it never leaves the card."""
    digest = hashlib.sha256(person["name"].encode()).hexdigest()
    return f"{int(digest, 16) % 10**12:012d}"


def _corrupt_my_number(data: bytes) -> bytes:
    """Make DF22 (name) claim 127 bytes: its item overruns the items after it."""
    return data[:18] + b"\x7f" + data[19:]


def _corrupt_licence(data: bytes) -> bytes:
    """Make the address (tag 17, long form) claim 0x0FFF bytes: more than the file holds."""
    pos = 0
    while data[pos] != 0x17:
        length = data[pos + 1]
        pos += 2 + length if length < 0x80 else 4 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return data[: pos + 2] + b"\x0f\xff" + data[pos + 4 :]


def my_number_card(person: dict[str, str], faults: Faults) -> Card:
    """A My Number card: 券面事項入力補助AP with PIN EF 0011 and EF 0001-0003, plus the other two APs."""
    pin = Pin("input_support", person["pin"].encode(), tries=0 if faults.blocked else 3)
    attributes = encode_attributes(
        person["name"], person["address"], datetime.date.fromisoformat(person["birth_date"]), person["sex"]
    )
    mf = DedicatedFile("MF")
    ap = mf.add_df(DedicatedFile("input_support", INPUT_SUPPORT_AID, pins=[pin]))
    ap.add_ef(ElementaryFile(0x0011, pin=pin))
    number = fake_my_number(person).encode()
    ap.add_ef(ElementaryFile(0x0001, b"\xdf\x10\x0c" + number, needs=(pin.name,)))
    ap.add_ef(
        ElementaryFile(
            0x0002, _corrupt_my_number(attributes) if faults.malformed else attributes, (pin.name,)
        )
    )
    ap.add_ef(ElementaryFile(0x0003, hashlib.sha256(number + attributes).digest() * 4, (pin.name,)))
    surface_pin = Pin("card_surface", person["pin"].encode())
    surface = mf.add_df(DedicatedFile("card_surface", CARD_SURFACE_AID, pins=[surface_pin]))
    surface.add_ef(ElementaryFile(0x0013, pin=surface_pin))
    jpki = mf.add_df(DedicatedFile("jpki", JPKI_AID))
    jpki.add_ef(ElementaryFile(0x000A, b"\x30\x82\x01\x00" + bytes(256)))  # the auth certificate (public)
    return Card(mf, {})


def licence_card(person: dict[str, str], faults: Faults) -> Card:
    """An IC driver's licence: MF with EF 2F01 / 000A and PIN1 / PIN2, DF1 with EF 0001-0003, DF2."""
    tries = 0 if faults.blocked else 3
    pin1 = Pin("pin1", b"****" if faults.no_pin else person["pin1"].encode(), tries=tries)
    pin2 = Pin("pin2", b"****" if faults.no_pin else person["pin2"].encode(), tries=tries)
    mf = DedicatedFile("MF", pins=[pin1, pin2])
    mf.add_ef(ElementaryFile(0x2F01, common_data()))
    mf.add_ef(ElementaryFile(0x000A, b"\x00" if faults.no_pin else b"\x01"))
    record = encode_licence_record(person)
    df1 = mf.add_df(DedicatedFile("DF1", LICENCE_DF1_AID))
    df1.add_ef(ElementaryFile(0x0001, _corrupt_licence(record) if faults.malformed else record, ("pin1",)))
    df1.add_ef(
        ElementaryFile(0x0002, b"\x41\x10" + "東京都千代田区".encode("utf-16-be")[:16], ("pin1", "pin2"))
    )
    df1.add_ef(ElementaryFile(0x0003, b"\x59\x82\x00\x80" + bytes(128), ("pin1",)))
    df2 = mf.add_df(DedicatedFile("DF2", LICENCE_DF2_AID))
    df2.add_ef(ElementaryFile(0x0001, b"\x5f\x40\x04" + bytes(4), ("pin1",)))
    return Card(mf, {0x81: pin1, 0x82: pin2})


def build_card(identity: str, faults: Faults | None = None) -> Card:
    """The card of test resident `identity` (a key of identities.json), misbehaving as `faults` asks."""
    faults = faults or Faults()
    if faults.unrelated:
        return UnrelatedCard()
    person = load_identities()[identity]
    if person["card"] == "mynumber":
        return my_number_card(person, faults)
    return licence_card(person, faults)

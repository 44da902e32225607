"""Property tests: random and mutated bytes into every parser; only the parser's own error may come out."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from cardreader import reader
from cardreader.dates import parse_card_date, parse_era_date
from cardreader.errors import CardError, UntrustedData
from cardreader.identity import Identity
from cardreader.jis import decode_jis
from cardreader.licence import parse_record
from cardreader.mynumber import parse_attributes
from cardreader.tlv import ber_total_length, read_ber, read_ber_sequence, read_licence_tlv
from tests.cardemu import DirectConnection, build_card, load_identities
from tests.cardemu.encoding import encode_attributes, encode_jis, encode_licence_record

PEOPLE = load_identities()
YAMADA = PEOPLE["yamada"]
ATTRIBUTES = encode_attributes(YAMADA["name"], YAMADA["address"], datetime.date(1980, 1, 1), "1")
RECORD = encode_licence_record(PEOPLE["licence_gaiji"])
PARSERS: list[Callable[[bytes], object]] = [
    read_ber,
    read_ber_sequence,
    ber_total_length,
    read_licence_tlv,
    lambda b: decode_jis(b, "name"),
    parse_card_date,
    lambda b: parse_era_date(b.decode("latin-1")),
    parse_attributes,
    parse_record,
]
FUZZ = settings(max_examples=300, deadline=None)


def only_untrusted(data: bytes) -> None:
    for parse in PARSERS:
        with contextlib.suppress(UntrustedData):
            parse(data)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """`original` with a few bytes overwritten, inserted or deleted, or cut short."""
    data = bytearray(original[: draw(st.integers(0, len(original)))] if draw(st.booleans()) else original)
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["set", "insert", "delete"]))
        if action == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif action == "insert":
            data.insert(pos, draw(st.integers(0, 255)))
        elif data:
            del data[pos]
    return bytes(data)


@FUZZ
@given(st.binary(max_size=600))
@example(b"\xff\x20\x82\xff\xff")
@example(b"\xdf\x21\x08" + bytes(8))
def test_random_bytes(data: bytes) -> None:
    only_untrusted(data)


@FUZZ
@given(mutated(ATTRIBUTES))
def test_mutated_my_number_attributes(data: bytes) -> None:
    try:
        identity = parse_attributes(data)
    except UntrustedData:
        return
    assert isinstance(identity, Identity)


@FUZZ
@given(mutated(RECORD))
def test_mutated_licence_record(data: bytes) -> None:
    try:
        identity = parse_record(data)
    except UntrustedData:
        return
    assert isinstance(identity, Identity)


JIS_TEXT = st.text(alphabet=st.sampled_from("山田太郎邊見子鈴木一〓あいうアイウ１２３　ー（）"), max_size=40)


@FUZZ
@given(JIS_TEXT)
def test_jis_round_trip(text: str) -> None:
    decoded, marks = decode_jis(encode_jis(text), "name")
    assert decoded == text
    assert [m.position for m in marks] == [i for i, c in enumerate(text) if c == "〓"]


@FUZZ
@given(st.sampled_from(["yamada", "licence_suzuki"]), st.data())
def test_a_card_with_mutated_files_ends_in_an_outcome(identity: str, data: st.DataObject) -> None:
    card = build_card(identity)
    ef = card.mf.walk()[1].efs[0x0001 if identity.startswith("licence") else 0x0002]
    ef.data = data.draw(mutated(ef.data))
    pin = PEOPLE[identity].get("pin") or PEOPLE[identity]["pin1"]
    with contextlib.suppress(CardError):
        reader.read_identity(DirectConnection(card), pin)

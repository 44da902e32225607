"""BER-TLV (My Number EF 0002) and the licence's 1-byte-tag TLV."""

from __future__ import annotations

import pytest

from cardreader.errors import UntrustedData
from cardreader.tlv import ber_total_length, read_ber, read_ber_sequence, read_licence_tlv


def test_two_byte_tag_and_short_length() -> None:
    item = read_ber(bytes.fromhex("DF2203414243"))
    assert (item.tag, item.offset, item.value_offset, item.value) == (0xDF22, 0, 3, b"ABC")


def test_long_form_lengths_81_and_82() -> None:
    assert read_ber(b"\xdf\x23\x81\x80" + b"x" * 0x80).value == b"x" * 0x80
    assert read_ber(b"\xff\x20\x82\x01\x00" + b"y" * 256).value_offset == 5


def test_one_byte_tag() -> None:
    assert read_ber(b"\x04\x01\x07").tag == 0x04


@pytest.mark.parametrize(
    "data", ["DF2205414243", "DF", "DF22", "FF2082 01", "DF2283000001", "DF2280", "DFFFFFFF01"]
)
def test_truncated_or_unsupported_forms_are_not_trusted(data: str) -> None:
    with pytest.raises(UntrustedData):
        read_ber(bytes.fromhex(data))


def test_sequence_reports_offsets_in_the_whole_file() -> None:
    items = read_ber_sequence(bytes.fromhex("DF210100DF220141"), offset=5)
    assert [(i.tag, i.offset, i.value_offset) for i in items] == [(0xDF21, 5, 8), (0xDF22, 9, 12)]


def test_total_length_from_a_five_byte_header() -> None:
    assert ber_total_length(bytes.fromhex("FF20820123")) == 5 + 0x123
    assert ber_total_length(bytes.fromhex("FF208180")) == 4 + 0x80
    assert ber_total_length(bytes.fromhex("FF2010DF21")) == 3 + 0x10


def test_licence_tlv_with_long_length_empty_items_and_padding() -> None:
    data = b"\x12\x04\x30\x21\x30\x22" + b"\x13\x00" + b"\x17\x82\x00\x02\x46\x7c" + b"\xff" * 10
    assert read_licence_tlv(data) == {0x12: b"\x30\x21\x30\x22", 0x13: b"", 0x17: b"\x46\x7c"}


def test_licence_tlv_that_overruns_or_repeats_is_not_trusted() -> None:
    with pytest.raises(UntrustedData):
        read_licence_tlv(b"\x12\x05abc")
    with pytest.raises(UntrustedData):
        read_licence_tlv(b"\x12\x01a\x12\x01b")
    with pytest.raises(UntrustedData):
        read_licence_tlv(b"\x17\x82\x0f\xffabc")

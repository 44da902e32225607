"""JIS X 0208 decoding with the licence's gaiji (FF F1..F7) and 欠字 (FF FA) pairs mapped first."""

from __future__ import annotations

import pytest

from cardreader.errors import UntrustedData
from cardreader.identity import Substitution
from cardreader.jis import decode_jis


def jis(text: str) -> bytes:
    return b"".join(c.encode("iso2022_jp")[3:5] for c in text)


def test_plain_text() -> None:
    assert decode_jis(jis("兵庫県たつの市龍野町富永１００５番地の１"), "address") == (
        "兵庫県たつの市龍野町富永１００５番地の１",
        (),
    )


def test_gaiji_become_geta_and_are_recorded_where_they_were() -> None:
    raw = jis("邊見　") + b"\xff\xf1" + jis("子") + b"\xff\xf7"
    text, marks = decode_jis(raw, "name")
    assert text == "邊見　〓子〓"
    assert marks == (Substitution("name", 3, "gaiji", 1), Substitution("name", 5, "gaiji", 7))


def test_missing_character_and_a_literal_geta() -> None:
    text, marks = decode_jis(b"\xff\xfa" + jis("田〓"), "name")
    assert text == "〓田〓"
    assert marks == (Substitution("name", 0, "missing"), Substitution("name", 2, "substitute"))


def test_empty_text() -> None:
    assert decode_jis(b"", "name_reading") == ("", ())


@pytest.mark.parametrize(
    "raw", [b"\x30", b"\x1b\x28\x42\x41", b"\xff\xf0", b"\xff\xfb", b"\x30\x0a", b"\x7f\x7f"]
)
def test_bytes_that_are_not_jis_x_0208_are_not_trusted(raw: bytes) -> None:
    with pytest.raises(UntrustedData):
        decode_jis(raw, "name")

"""JIS X 0208 text as the IC driver's licence stores it: two bytes a character, plus gaiji and 欠字 pairs.

The special pairs are mapped first (`FF F1`..`FF F7` = gaiji 1-7, `FF FA` = 欠字), because no JIS decoder
knows them; each becomes `〓` in the text and a `Substitution` records where it was. The rest decodes as
JIS X 0208.
"""

from __future__ import annotations

from cardreader.errors import UntrustedData
from cardreader.identity import GETA, Substitution

_GAIJI_FIRST, _GAIJI_LAST, _MISSING = 0xF1, 0xF7, 0xFA
_JIS_GETA = b"\x22\x2e"
_TO_JIS0208 = b"\x1b$B"


def _decode_run(run: bytes) -> str:
    """Plain JIS X 0208 pairs to text, one character per pair, or UntrustedData."""
    if any(not 0x21 <= b <= 0x7E for b in run):
        raise UntrustedData("The licence holds text that is not JIS X 0208.")
    try:
        text = (_TO_JIS0208 + run).decode("iso2022_jp")
    except UnicodeDecodeError as exc:
        raise UntrustedData("The licence holds a character this reader cannot decode.") from exc
    if len(text) * 2 != len(run):
        raise UntrustedData("The licence holds text that is not JIS X 0208.")
    return text


def _special(pair: bytes, field: str, position: int) -> Substitution | None:
    """The substitution a special `FF xx` pair stands for, None for an ordinary pair."""
    if pair[0] != 0xFF:
        return None
    if _GAIJI_FIRST <= pair[1] <= _GAIJI_LAST:
        return Substitution(field, position, "gaiji", pair[1] - _GAIJI_FIRST + 1)
    if pair[1] == _MISSING:
        return Substitution(field, position, "missing")
    raise UntrustedData("The licence holds an unknown special character.")


def decode_jis(raw: bytes, field: str) -> tuple[str, tuple[Substitution, ...]]:
    """Decode licence text; return it with every gaiji, 欠字 and `〓` recorded against `field`."""
    if len(raw) % 2:
        raise UntrustedData("The licence holds text of an odd length.")
    pairs = [raw[i : i + 2] for i in range(0, len(raw), 2)]
    parts: list[str] = []
    marks: list[Substitution] = []
    run = b""
    for position, pair in enumerate(pairs):
        mark = _special(pair, field, position)
        if mark is None:
            run += pair
            if pair == _JIS_GETA:
                marks.append(Substitution(field, position, "substitute"))
            continue
        parts.append(_decode_run(run) + GETA)
        marks.append(mark)
        run = b""
    parts.append(_decode_run(run))
    return "".join(parts), tuple(marks)

"""An ISO 7816-4 card over a file system: SELECT, VERIFY, READ BINARY, with status words as cards.md lists.

The security state (which PINs are verified) is cleared on reset and for each PIN whose DF is left by a
SELECT; PIN counters survive resets, as on a real card. Every command is logged (VERIFY data redacted) so
tests can check what a reader sent, e.g. that the My Number file was never selected.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.cardemu.filesystem import DedicatedFile, ElementaryFile, Pin

OK, NOT_FOUND, BAD_P1P2, WRONG_LENGTH = 0x9000, 0x6A82, 0x6A86, 0x6700
NOT_SATISFIED, BLOCKED, NO_CURRENT_EF, PAST_END = 0x6982, 0x6984, 0x6986, 0x6B00
BAD_INS, BAD_CLA = 0x6D00, 0x6E00

# One ATR for every emulated card: readers must tell cards apart by SELECT, never by ATR.
DEFAULT_ATR = bytes.fromhex("3BE000FF8131FE4514")


@dataclass(frozen=True)
class LoggedCommand:
    """One command the card received (PIN data replaced by `*`), the DF it was in, and its status word."""

    apdu: bytes
    df: str
    sw: int


def _answer(sw: int, data: bytes = b"") -> bytes:
    return data + sw.to_bytes(2, "big")


class Card:
    """A contact card as a reader sees it: `process(apdu) -> data + SW`."""

    def __init__(
        self, mf: DedicatedFile, pins_by_reference: dict[int, Pin], atr: bytes = DEFAULT_ATR
    ) -> None:
        self.mf, self.atr = mf, atr
        self.pins_by_reference = pins_by_reference
        self.log: list[LoggedCommand] = []
        self.selected: list[tuple[str, int]] = []  # (DF name, EF id) of every EF selected
        self.reset()

    def reset(self) -> None:
        """Power cycle: back to the MF, nothing verified (PIN counters stay)."""
        self.current_df: DedicatedFile = self.mf
        self.current_ef: ElementaryFile | None = None
        self.verified: set[str] = set()

    def process(self, apdu: bytes) -> bytes:
        """Answer one command APDU with response data followed by SW1 SW2."""
        df = self.current_df.name
        response = self._dispatch(apdu)
        redacted = apdu[:5] + b"*" * len(apdu[5:]) if len(apdu) > 5 and apdu[1] == 0x20 else apdu
        self.log.append(LoggedCommand(bytes(redacted), df, int.from_bytes(response[-2:], "big")))
        return response

    def _dispatch(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return _answer(WRONG_LENGTH)
        if apdu[0] != 0x00:
            return _answer(BAD_CLA)
        handler = {0xA4: self._select, 0x20: self._verify, 0xB0: self._read_binary}.get(apdu[1])
        return handler(apdu) if handler else _answer(BAD_INS)

    # SELECT ------------------------------------------------------------------------------------------------

    def _enter(self, df: DedicatedFile) -> None:
        """Make `df` current; PINs scoped to a DF no longer on the path lose their verified state."""
        path = df.path()
        for old in self.current_df.path():
            if old not in path:
                self.verified -= {pin.name for pin in old.pins}
        self.current_df, self.current_ef = df, None

    def _select(self, apdu: bytes) -> bytes:
        p1, p2, body = apdu[2], apdu[3], _body(apdu)
        if body is None:
            return _answer(WRONG_LENGTH)
        if p2 not in (0x00, 0x0C):
            return _answer(BAD_P1P2)
        if p1 == 0x00:
            self._enter(self.mf)
            return _answer(OK)
        if p1 == 0x04:
            return self._select_aid(body)
        if p1 == 0x02:
            return self._select_ef(body)
        return _answer(BAD_P1P2)

    def _select_aid(self, aid: bytes) -> bytes:
        for df in self.mf.walk():
            if df.aid is not None and df.aid == aid:
                self._enter(df)
                return _answer(OK)
        return _answer(NOT_FOUND)

    def _select_ef(self, fid: bytes) -> bytes:
        if len(fid) != 2:
            return _answer(WRONG_LENGTH)
        ef = self.current_df.efs.get(int.from_bytes(fid, "big"))
        if ef is None:
            return _answer(NOT_FOUND)
        self.current_ef = ef
        self.selected.append((self.current_df.name, ef.fid))
        return _answer(OK)

    # VERIFY ------------------------------------------------------------------------------------------------

    def _pin_for(self, p2: int) -> Pin | None:
        if p2 == 0x80:
            return self.current_ef.pin if self.current_ef else None
        return self.pins_by_reference.get(p2)

    def _verify(self, apdu: bytes) -> bytes:
        body = _body(apdu)
        if body is None:
            return _answer(WRONG_LENGTH)
        if apdu[2] != 0x00:
            return _answer(BAD_P1P2)
        pin = self._pin_for(apdu[3])
        if pin is None:
            return _answer(NO_CURRENT_EF if apdu[3] == 0x80 else BAD_P1P2)
        if pin.blocked:
            return _answer(BLOCKED)
        if not body:
            return _answer(OK if pin.name in self.verified else 0x63C0 | pin.tries)
        return self._try_pin(pin, body)

    def _try_pin(self, pin: Pin, given: bytes) -> bytes:
        if given == pin.value:
            pin.tries = pin.max_tries
            self.verified.add(pin.name)
            return _answer(OK)
        pin.tries -= 1
        self.verified.discard(pin.name)
        return _answer(0x63C0 | pin.tries)

    # READ BINARY -------------------------------------------------------------------------------------------

    def _read_binary(self, apdu: bytes) -> bytes:
        if len(apdu) != 5:
            return _answer(WRONG_LENGTH)
        if apdu[2] & 0x80:
            return _answer(BAD_P1P2)  # short-EF-id reads are not emulated
        ef = self.current_ef
        if ef is None:
            return _answer(NO_CURRENT_EF)
        if ef.is_pin or not set(ef.needs) <= self.verified:
            return _answer(NOT_SATISFIED)
        offset, length = (apdu[2] << 8) | apdu[3], apdu[4] or 256
        if offset >= len(ef.data):
            return _answer(PAST_END)
        return _answer(OK, ef.data[offset : offset + length])


def _body(apdu: bytes) -> bytes | None:
    """The command data of a short APDU (case 1/2: empty), or None if Lc does not match."""
    if len(apdu) <= 5:
        return b""
    if apdu[4] != len(apdu) - 5:
        return None
    return apdu[5:]


class UnrelatedCard(Card):
    """A card of some other kind: it answers 6A 82 to everything."""

    def __init__(self) -> None:
        super().__init__(DedicatedFile("MF"), {})

    def _dispatch(self, apdu: bytes) -> bytes:
        return _answer(NOT_FOUND)

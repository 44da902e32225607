"""Command APDUs (ISO 7816-4 short form) and the status words this package handles.

Only builders and constants: no I/O. The PIN is turned into bytes here and nowhere else, and the commands that
carry it are never logged (see `transport.py`).
"""

from __future__ import annotations

from typing import Protocol

# Status words, as one int (SW1 << 8 | SW2).
SW_OK = 0x9000
SW_FILE_BLOCKED = 0x6283
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982
SW_PIN_BLOCKED = 0x6984
SW_NO_CURRENT_EF = 0x6986
SW_NOT_FOUND = 0x6A82
SW_BAD_P1P2 = 0x6A86
SW_OFFSET_OUT_OF_RANGE = 0x6B00
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00

MAX_CHUNK = 256  # never depend on extended-length APDUs: real readers may not pass them


class Connection(Protocol):
    """What the protocol modules need from a card connection: one command in, data and status word out."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one command APDU; return the response data and the status word (e.g. 0x9000)."""
        ...


def select_aid(aid: bytes) -> bytes:
    """SELECT an application by AID, asking for no FCI (a success is just 90 00)."""
    return bytes([0x00, 0xA4, 0x04, 0x0C, len(aid)]) + aid


def select_ef(fid: int) -> bytes:
    """SELECT an elementary file of the current DF by its 2-byte file id."""
    return bytes([0x00, 0xA4, 0x02, 0x0C, 0x02]) + fid.to_bytes(2, "big")


def select_mf() -> bytes:
    """SELECT the master file."""
    return bytes([0x00, 0xA4, 0x00, 0x00])


def verify_query(reference: int) -> bytes:
    """VERIFY with no data: asks for the tries left without spending one (answer 63 Cx)."""
    return bytes([0x00, 0x20, 0x00, reference])


def verify(reference: int, pin: bytes) -> bytes:
    """VERIFY a PIN (already as bytes) against key `reference` (80 current PIN EF, 81 / 82 licence PINs)."""
    return bytes([0x00, 0x20, 0x00, reference, len(pin)]) + pin


def read_binary(offset: int, length: int) -> bytes:
    """READ BINARY `length` (1..256) bytes at `offset` of the current EF; Le 00 means 256."""
    if not 0 <= offset <= 0x7FFF or not 1 <= length <= MAX_CHUNK:
        raise ValueError(f"read_binary({offset}, {length}) is out of range")
    return bytes([0x00, 0xB0, offset >> 8, offset & 0xFF, length & 0xFF])


def pin_bytes(pin: str) -> bytes | None:
    """The 4-digit PIN as ASCII bytes, or None if it is not exactly four ASCII digits."""
    if len(pin) != 4 or not all("0" <= c <= "9" for c in pin):
        return None
    return pin.encode("ascii")


def tries_in(sw: int) -> int | None:
    """The tries left carried by a 63 Cx status word, or None for any other status word."""
    if sw & 0xFFF0 == 0x63C0:
        return sw & 0x0F
    return None


def carries_secret(apdu: bytes) -> bool:
    """True for commands that must never be logged (a VERIFY with data carries a PIN)."""
    return len(apdu) > 4 and apdu[1] == 0x20

"""Protocol steps both cards share: expecting success, asking and spending PIN tries, chunked reads.

Every status word a step does not expect becomes one of the `errors` outcomes, so the card flows read as the
specification lists them.
"""

from __future__ import annotations

from cardreader import apdu
from cardreader.apdu import Connection
from cardreader.errors import CardError, PinBlocked, UnsupportedCard, UntrustedData, WrongPin

MAX_FILE = 0x7FFF  # READ BINARY with a 15-bit offset cannot go further


def unexpected(sw: int, what: str) -> CardError:
    """The outcome for a status word a step did not expect."""
    if sw == apdu.SW_FILE_BLOCKED:
        return UnsupportedCard("This card's data is locked. Please go to the counter.")
    return UntrustedData(f"The card answered {sw:04X} to {what}.")


def expect_ok(conn: Connection, command: bytes, what: str) -> bytes:
    """Send `command`; return its data on 90 00, raise the matching outcome otherwise."""
    data, sw = conn.transmit(command)
    if sw != apdu.SW_OK:
        raise unexpected(sw, what)
    return data


def select_application(conn: Connection, aid: bytes) -> bool:
    """SELECT an application: True if the card has it, False if it answers 6A 82."""
    _, sw = conn.transmit(apdu.select_aid(aid))
    if sw == apdu.SW_NOT_FOUND:
        return False
    if sw != apdu.SW_OK:
        raise unexpected(sw, "selecting an application")
    return True


def query_tries(conn: Connection, reference: int) -> int:
    """The tries left for PIN `reference` (0 = blocked), asked with a VERIFY that carries no PIN."""
    _, sw = conn.transmit(apdu.verify_query(reference))
    tries = apdu.tries_in(sw)
    if tries is not None:
        return tries
    if sw == apdu.SW_PIN_BLOCKED:
        return 0
    raise unexpected(sw, "the question how many PIN tries are left")


def verify_pin(conn: Connection, reference: int, pin: bytes) -> None:
    """Spend one try of PIN `reference`; raise WrongPin or PinBlocked when the card refuses it."""
    _, sw = conn.transmit(apdu.verify(reference, pin))
    if sw == apdu.SW_OK:
        return
    tries = apdu.tries_in(sw)
    if tries:
        raise WrongPin(tries)
    if tries == 0 or sw == apdu.SW_PIN_BLOCKED:
        raise PinBlocked()
    raise unexpected(sw, "the PIN")


def read_range(conn: Connection, start: int, end: int) -> bytes:
    """Bytes `start`..`end` of the current EF in chunks of at most 256; a short answer is not trusted."""
    if end > MAX_FILE:
        raise UntrustedData("The card announces more data than a file can hold.")
    out = bytearray()
    for offset in range(start, end, apdu.MAX_CHUNK):
        want = min(apdu.MAX_CHUNK, end - offset)
        data = expect_ok(conn, apdu.read_binary(offset, want), "reading a file")
        if len(data) != want:
            raise UntrustedData("The card returned less data than it announced.")
        out += data
    return bytes(out)


def read_to_end(conn: Connection) -> bytes:
    """The whole current EF, read in 256-byte chunks until a short chunk or 6B 00 (past the end)."""
    out = bytearray()
    while len(out) < MAX_FILE:
        data, sw = conn.transmit(apdu.read_binary(len(out), apdu.MAX_CHUNK))
        if sw == apdu.SW_OFFSET_OUT_OF_RANGE and out:
            break
        if sw != apdu.SW_OK:
            raise unexpected(sw, "reading a file")
        out += data
        if len(data) < apdu.MAX_CHUNK:
            break
    return bytes(out)

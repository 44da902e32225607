"""PC/SC through pyscard: reader discovery, a card connection, and reader/card monitoring.

The only module in the repository that imports pyscard (an import-linter contract keeps it so). Every PC/SC
failure becomes one of the `errors` outcomes. Commands and answers are logged at DEBUG as header and status
word only: command data can carry a PIN and answers carry personal data, so neither is ever logged.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from smartcard import scard

from cardreader.errors import CardError, CardRemoved, NoCard, UntrustedData

log = logging.getLogger(__name__)

_REMOVED = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_INVALID_HANDLE,
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_F_COMM_ERROR,
}
_NO_SERVICE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}


def _code(hresult: int) -> int:
    """A PC/SC return code as the unsigned 32-bit value the constants use."""
    return hresult & 0xFFFFFFFF


def _message(hresult: int) -> str:
    return str(scard.SCardGetErrorMessage(hresult))


class Context:
    """A PC/SC resource-manager context (one per thread that talks to pcscd)."""

    def __init__(self) -> None:
        hresult, self.handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            raise NoCard(f"The smart-card service (pcscd) is not available: {_message(hresult)}")

    def readers(self) -> list[str]:
        """The names of the readers plugged in now (an empty list when there are none)."""
        hresult, names = scard.SCardListReaders(self.handle, [])
        code = _code(hresult)
        if code == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if code in _NO_SERVICE:
            raise NoCard("The smart-card service (pcscd) stopped.")
        if code != scard.SCARD_S_SUCCESS:
            raise NoCard(f"The card readers could not be listed: {_message(hresult)}")
        return [str(name) for name in names]

    def states(self, readers: list[tuple[str, int]], timeout_ms: int) -> list[tuple[str, int]]:
        """Wait up to `timeout_ms` for a change from the given (reader, state) pairs; the new pairs."""
        hresult, new = scard.SCardGetStatusChange(self.handle, timeout_ms, readers)
        code = _code(hresult)
        if code in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
            return list(readers)
        if code != scard.SCARD_S_SUCCESS:
            raise NoCard(f"The card readers could not be watched: {_message(hresult)}")
        return [(str(name), int(state)) for name, state, _atr in new]

    def cancel(self) -> None:
        """Wake a `states` call blocked in another thread."""
        scard.SCardCancel(self.handle)

    def release(self) -> None:
        scard.SCardReleaseContext(self.handle)


def list_readers() -> list[str]:
    """The names of the readers plugged in now."""
    context = Context()
    try:
        return context.readers()
    finally:
        context.release()


def readers_with_card() -> list[str]:
    """The readers that hold a card now, in the order PC/SC lists them."""
    context = Context()
    try:
        pairs = [(name, scard.SCARD_STATE_UNAWARE) for name in context.readers()]
        states = context.states(pairs, 0) if pairs else []
        return [name for name, state in states if state & scard.SCARD_STATE_PRESENT]
    finally:
        context.release()


class PcscConnection:
    """An exclusive connection to the card in one reader; closing resets the card, clearing its PIN state."""

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._context = Context()
        hresult, self._card, self._protocol = scard.SCardConnect(
            self._context.handle,
            reader,
            scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
        )
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            self._context.release()
            raise _connect_error(reader, hresult)

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one command APDU; return the answer data and status word. CardRemoved if the card left."""
        pci = scard.SCARD_PCI_T1 if self._protocol == scard.SCARD_PROTOCOL_T1 else scard.SCARD_PCI_T0
        hresult, response = scard.SCardTransmit(self._card, pci, list(apdu))
        code = _code(hresult)
        if code in _REMOVED or (code == scard.SCARD_S_SUCCESS and len(response) < 2):
            raise CardRemoved()  # a card that is there always answers with at least a status word
        if code != scard.SCARD_S_SUCCESS:
            raise UntrustedData(f"The reader reported an error: {_message(hresult)}")
        sw = (response[-2] << 8) | response[-1]
        log.debug("APDU %s (%d bytes) -> %04X", apdu[:4].hex(" "), len(apdu), sw)
        return bytes(response[:-2]), sw

    def atr(self) -> bytes:
        """The card's ATR (for diagnostics only: cards are identified by what they answer to SELECT)."""
        hresult, _reader, _state, _protocol, atr = scard.SCardStatus(self._card)
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            raise CardRemoved()
        return bytes(atr)

    def close(self) -> None:
        """Reset the card (so no verified PIN outlives this connection) and release the reader."""
        scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
        self._context.release()

    def __enter__(self) -> PcscConnection:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _connect_error(reader: str, hresult: int) -> CardError:
    """The outcome for a failed SCardConnect."""
    code = _code(hresult)
    if code == scard.SCARD_E_SHARING_VIOLATION:
        return NoCard(f"The card in {reader} is in use by another program.")
    if code in (scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE):
        return NoCard(f"There is no reader called {reader}.")
    if code in _NO_SERVICE:
        return NoCard("The smart-card service (pcscd) is not available.")
    return NoCard()


@contextmanager
def connect(reader: str | None = None) -> Iterator[PcscConnection]:
    """Connect to the card in `reader` (default: the first reader holding a card); reset it on leaving."""
    if reader is None:
        with_card = readers_with_card()
        if not with_card:
            raise NoCard()
        reader = with_card[0]
    try:
        connection = PcscConnection(reader)
    except CardError:
        raise
    except Exception as exc:
        raise NoCard() from exc
    try:
        yield connection
    finally:
        connection.close()


# Monitoring support for `monitor.py`, which must not import pyscard itself.
PNP_NOTIFICATION = "\\\\?PnP?\\Notification"  # the pseudo-reader that changes when readers come and go
STATE_UNAWARE = int(scard.SCARD_STATE_UNAWARE)
STATE_CHANGED = int(scard.SCARD_STATE_CHANGED)


def card_present(state: int) -> bool:
    """True if a reader state (from `Context.states`) says a card is in the reader."""
    return bool(state & scard.SCARD_STATE_PRESENT) and not state & scard.SCARD_STATE_MUTE

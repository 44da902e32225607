"""The card-reading API the kiosk and `read-card` use: what card is it, how many tries, read it.

Every function runs blocking card I/O (call it from an executor, not the event loop) and ends either in its
result or in one of the `errors` outcomes: anything else that goes wrong is wrapped in `UntrustedData`, so no
traceback can reach a resident. The PIN is a str the resident just typed: it is sent once, never retried,
never logged, never kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from cardreader import apdu, licence, mynumber
from cardreader.apdu import Connection
from cardreader.errors import CardError, InvalidPinFormat, UnsupportedCard, UntrustedData
from cardreader.identity import CardType, Identity

T = TypeVar("T")


@dataclass(frozen=True)
class PinStatus:
    """What the PIN pad needs to know before the first attempt: card kind, tries left, whether to ask."""

    card_type: CardType
    tries_left: int
    pin_required: bool

    @property
    def blocked(self) -> bool:
        """True when no try is left: send the resident to the counter."""
        return self.tries_left == 0


def _guarded(action: Callable[[], T]) -> T:
    """Run `action`; let the card outcomes through and turn any other failure into UntrustedData."""
    try:
        return action()
    except CardError:
        raise
    except Exception as exc:
        raise UntrustedData() from exc


def _detect(conn: Connection) -> CardType:
    if mynumber.has_application(conn):
        return "mynumber"
    if licence.has_application(conn):
        return "drivers_license"
    raise UnsupportedCard()


def detect_card(conn: Connection) -> CardType:
    """Which card this is, by what it answers to SELECT (never by ATR). UnsupportedCard for anything else."""
    return _guarded(lambda: _detect(conn))


def _status(conn: Connection, card_type: CardType) -> PinStatus:
    if card_type == "mynumber":
        return PinStatus(card_type, mynumber.tries_left(conn), pin_required=True)
    state = licence.pin_state(conn)
    return PinStatus(card_type, state.tries_left, pin_required=state.pin_set)


def pin_status(conn: Connection, card_type: CardType | None = None) -> PinStatus:
    """The tries left (0 = blocked) and whether a PIN is needed, without sending any PIN."""
    return _guarded(lambda: _status(conn, card_type or _detect(conn)))


def tries_left(conn: Connection, card_type: CardType | None = None) -> int:
    """The PIN tries left (My Number PIN or licence PIN1; 0 = blocked), without sending any PIN."""
    return pin_status(conn, card_type).tries_left


def _read(conn: Connection, pin: str, card_type: CardType | None) -> Identity:
    kind = card_type or _detect(conn)
    if kind == "drivers_license":
        return licence.read_record(conn, pin)
    pin_data = apdu.pin_bytes(pin)
    if pin_data is None:
        raise InvalidPinFormat()
    return mynumber.read_basic_four(conn, pin_data)


def read_identity(conn: Connection, pin: str, card_type: CardType | None = None) -> Identity:
    """Verify `pin` once and read the holder's identity.

    Pass `card_type` from `detect_card` to save a SELECT. Raises WrongPin (tries left), PinBlocked,
    InvalidPinFormat (nothing sent), UnsupportedCard, NoCard, CardRemoved or UntrustedData.
    """
    return _guarded(lambda: _read(conn, pin, card_type))

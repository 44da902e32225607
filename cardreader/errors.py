"""The outcomes of a card read that are not an Identity.

Each outcome is one exception class with a plain message a clerk or resident can act on. A read lets nothing
else escape: the transport and the protocol modules wrap every other error into one of these, so the kiosk can
handle a closed set of cases and no traceback ever reaches a resident.
"""

from __future__ import annotations


class CardError(Exception):
    """Base of every outcome a card read can end in, other than success."""

    default_message = "The card could not be read."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)


class WrongPin(CardError):
    """The card refused the PIN; `tries_left` more attempts remain (at least one)."""

    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        plural = "try" if tries_left == 1 else "tries"
        super().__init__(f"Wrong PIN. {tries_left} {plural} left.")


class PinBlocked(CardError):
    """The PIN is blocked; only the town hall can unblock it."""

    default_message = "The PIN is blocked. Please go to the counter."


class InvalidPinFormat(CardError):
    """The PIN typed is not four digits; nothing was sent to the card, no try was used."""

    default_message = "The PIN must be 4 digits. Nothing was sent to the card."


class NoCard(CardError):
    """No reader, no PC/SC service, or no card in the reader."""

    default_message = "No card found. Please place your card on the reader."


class UnsupportedCard(CardError):
    """A card is present but it is neither a My Number card nor an IC driver's licence (or is locked)."""

    default_message = "This card is not supported. Please use a My Number card or a driver's licence."


class CardRemoved(CardError):
    """The card left the reader (or was reset by someone else) before the read finished."""

    default_message = "The card was removed before reading finished. Please place it again."


class UntrustedData(CardError):
    """The card answered something the parsers cannot trust: malformed data or an unexpected status."""

    default_message = "The card's data could not be read reliably. Please ask a clerk."

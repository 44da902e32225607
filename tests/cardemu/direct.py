"""An in-process connection to an emulated card: the same card model, no pcscd, for unit and UI tests."""

from __future__ import annotations

from cardreader.errors import CardRemoved
from tests.cardemu.card import Card


class DirectConnection:
    """A `cardreader.apdu.Connection` calling `card.process`; the card leaves after `leave_after` commands."""

    def __init__(self, card: Card, leave_after: int | None = None) -> None:
        self.card, self.leave_after = card, leave_after
        self.commands = 0

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self.leave_after is not None and self.commands >= self.leave_after:
            raise CardRemoved()
        self.commands += 1
        response = self.card.process(apdu)
        return response[:-2], int.from_bytes(response[-2:], "big")

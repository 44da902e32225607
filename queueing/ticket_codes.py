"""What a resident holding a ticket shows the kiosk: the QR code printed on it, or its number.

The ticket's QR code holds `madoguchi:ticket:` and the ticket's id (32 hexadecimal digits): only the
holder of the paper has it. The number (A-012) is what a resident whose ticket could not be printed noted
from the screen; it is typed on the kiosk's keypad, or on a keyboard in any width and with any dash
(`ａ０１２`, `A－12` and `a-012` are A-012).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from queueing.appointments import normalise_reference

TICKET_QR_PREFIX = "madoguchi:ticket:"
_TICKET_ID = re.compile(r"[0-9a-f]{32}")
_NUMBER = re.compile(r"([^\W\d_]+)-?0*(\d{1,6})")  # letters, one dash or none, the number


def ticket_qr(ticket_id: str) -> str:
    """The text of a ticket's QR code."""
    return TICKET_QR_PREFIX + ticket_id


def is_ticket_qr(text: str) -> bool:
    """Whether a scanned text is a ticket's QR code (and not, say, a reservation's confirmation)."""
    return text.strip().lower().startswith(TICKET_QR_PREFIX)


@dataclass(frozen=True)
class TicketCode:
    """A ticket named by its id (scanned) or by its prefix and number (typed)."""

    ticket_id: str = ""
    prefix: str = ""
    sequence: int = 0


def parse_ticket_code(text: str) -> TicketCode | None:
    """The ticket a scanned or typed text names, or None if it names none."""
    plain = text.strip()
    if is_ticket_qr(plain):
        ticket_id = plain[len(TICKET_QR_PREFIX) :].lower()
        return TicketCode(ticket_id=ticket_id) if _TICKET_ID.fullmatch(ticket_id) else None
    match = _NUMBER.fullmatch(normalise_reference(plain))
    if match is None or int(match[2]) == 0:
        return None
    return TicketCode(prefix=match[1], sequence=int(match[2]))

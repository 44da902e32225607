"""What a ticket adds in the resident's language: plain data, without reportlab, so that the kiosk, which
translates it, may hand it to the ticket renderer (printing.ticket)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ResidentLines:
    """What the ticket adds in the resident's language, when it is not Japanese; the kiosk translates
    them (printing imports no Qt). Forms stay Japanese; the ticket is the resident's own."""

    language: str  # the kiosk's language code (ui.i18n): it chooses the font (printing.fonts.for_language)
    service: str  # the service's name
    then: str = ""  # the services after it, e.g. "Next: Health insurance and pension"
    wait: str = ""  # what to do now
    estimate: str = ""  # the expected wait, worded as the kiosk showed it (queueing.estimates.shown_wait)
    missed: str = ""  # what to do after missing the call (printed under the QR code)

"""What a ticket says, decided in one place: an issued ticket, the office's words and clock, and the lines in
the resident's language become a `TicketSlip` (printing.ticket renders it). The kiosk and main.py only pass
data in: the estimate's wording (queueing.estimates), the reservation's notice and the QR code's text are
chosen here, not where a ticket is printed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from printing.resident_lines import ResidentLines
from printing.ticket import TicketSlip
from queueing.services import IssuedTicket
from queueing.ticket_codes import ticket_qr


def slip_for(
    issued: IssuedTicket,
    *,
    office_name: str,
    service_name: Callable[[str], str],
    local: Callable[[datetime], datetime],
    resident: ResidentLines | None = None,
) -> TicketSlip:
    """The slip of `issued`: `service_name(code)` names a service in Japanese, `local(moment)` shows a
    stored time on the office's clock; `resident`, the same again in the resident's language."""
    booked = issued.ticket.appointment_at  # a checked-in appointment: called from its time
    return TicketSlip(
        office_name=office_name,
        number=issued.ticket.label,
        service_name=issued.service.name,
        issued_at=local(issued.ticket.issued_at),
        people_ahead=issued.people_ahead,
        qr_payload=ticket_qr(issued.ticket.id),
        next_services=tuple(service_name(code) for code in issued.ticket.remaining),
        estimate=issued.wait.japanese if issued.wait is not None else "",  # as the kiosk says it
        notice=f"ご予約 {local(booked):%H:%M} から優先してお呼びします" if booked else "",
        resident=resident,
    )

"""One place decides what a ticket says (printing.ticket_slip): the number, the route still ahead, the wait
as the kiosk words it, a reservation's notice, the QR code, and the times on the office's clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from printing.ticket import TicketSlip
from printing.ticket_slip import slip_for
from queueing.model import Service, Ticket
from queueing.services import IssuedTicket
from queueing.ticket_codes import ticket_qr

ISSUED = datetime(2026, 12, 8, 1, 5, tzinfo=UTC)  # 10:05 in Tokyo
NAMES = {"A": "証明書", "E": "国保・年金", "F": "福祉・子育て"}


def issued(**changes: object) -> IssuedTicket:
    ticket = Ticket(
        id="f" * 32, office="main", business_date=date(2026, 12, 8), prefix="A", sequence=12,
        issued_at=ISSUED, route=("A", "E", "F"),
    )  # fmt: skip
    ticket = Ticket(**{**ticket.__dict__, **changes})  # type: ignore[arg-type]
    return IssuedTicket(ticket=ticket, service=Service("A", "A", "証明書"), people_ahead=3, estimate_s=600)


def slip(ticket: IssuedTicket) -> TicketSlip:
    return slip_for(
        ticket,
        office_name="窓口町役場",
        service_name=NAMES.__getitem__,
        local=lambda m: m + timedelta(hours=9),
    )


def test_the_slip_says_the_number_the_route_ahead_and_the_wait_as_the_kiosk_does() -> None:
    shown = slip(issued())
    assert (shown.office_name, shown.number, shown.service_name) == ("窓口町役場", "A-012", "証明書")
    assert shown.next_services == ("国保・年金", "福祉・子育て")  # called there next, under the same number
    assert shown.people_ahead == 3 and shown.estimate == issued().wait.japanese  # type: ignore[union-attr]
    assert shown.issued_at.hour == 10 and shown.qr_payload == ticket_qr("f" * 32)
    assert shown.notice == "" and shown.resident is None


def test_a_checked_in_reservation_is_called_from_its_time_and_shows_no_estimate() -> None:
    shown = slip(issued(appointment_at=ISSUED + timedelta(minutes=25)))
    assert shown.notice == "ご予約 10:30 から優先してお呼びします"
    assert shown.estimate == ""

"""What a resident holding a ticket may scan or type at the kiosk."""

from __future__ import annotations

import pytest

from queueing.ticket_codes import TicketCode, parse_ticket_code, ticket_qr

TICKET_ID = "0123456789abcdef0123456789abcdef"


def test_the_qr_code_printed_on_a_ticket_names_that_ticket() -> None:
    assert parse_ticket_code(ticket_qr(TICKET_ID)) == TicketCode(ticket_id=TICKET_ID)
    assert parse_ticket_code(f"  MADOGUCHI:TICKET:{TICKET_ID.upper()}\n") == TicketCode(ticket_id=TICKET_ID)


@pytest.mark.parametrize("typed", ["A-012", "a-12", "A12", "Ａ－０１２", "a ‐ 012", "A-0012"])
def test_a_typed_number_names_the_ticket_in_any_width_case_or_dash(typed: str) -> None:
    assert parse_ticket_code(typed) == TicketCode(prefix="A", sequence=12)


def test_a_prefix_of_several_letters_and_a_number_past_999() -> None:
    assert parse_ticket_code("KK-1001") == TicketCode(prefix="KK", sequence=1001)


@pytest.mark.parametrize(
    "text",
    ["", "A", "012", "A-000", "madoguchi:ticket:", "madoguchi:ticket:not-an-id",
     f"madoguchi:ticket:{TICKET_ID}0", "https://yoyaku.example.lg.jp/c?ref=R-1024", "A-12-3"],
)  # fmt: skip
def test_anything_else_names_no_ticket(text: str) -> None:
    assert parse_ticket_code(text) is None

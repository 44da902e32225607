"""A resident brings their ticket back to the kiosk (QueueService.come_back), on a real SQLite file."""

from __future__ import annotations

import dataclasses

from bootstrap import make_queue
from queueing.model import TicketState
from queueing.services import QueueService, Standing
from queueing.ticket_codes import ticket_qr
from settings.model import OfficeConfig
from tests.helpers.clock import FakeClock


def test_a_no_show_scanned_at_the_kiosk_is_back_in_line_at_its_original_place(queue: QueueService) -> None:
    missed = queue.issue("A").ticket
    queue.issue("A"), queue.issue("A")
    queue.call_next(1)
    queue.no_show(1)
    queue.call_next(1)  # A-002 is served meanwhile

    back = queue.come_back(ticket_qr(missed.id))

    assert back.standing is Standing.RETURNED and back.issued is not None
    assert (back.issued.ticket.label, back.issued.ticket.state) == ("A-001", TicketState.WAITING)
    assert back.issued.people_ahead == 0 and back.issued.service.name == "証明書"
    assert [t.label for t in queue.waiting_for(1)] == ["A-001", "A-003"]  # ahead of the later A-003
    assert queue.come_back(ticket_qr(missed.id)).standing is Standing.WAITING  # a second scan changes nothing


def test_a_typed_number_finds_the_ticket_and_tells_where_it_stands(queue: QueueService) -> None:
    for _ in range(3):
        queue.issue("A")
    queue.call_next(1)

    called = queue.come_back("a-1")
    waiting = queue.come_back("Ａ－００３")

    assert called.standing is Standing.CALLED and called.issued is not None
    assert (called.issued.ticket.counter, called.issued.people_ahead) == (1, 0)
    assert waiting.standing is Standing.WAITING and waiting.issued is not None
    assert waiting.issued.people_ahead == 1 and waiting.issued.estimate_s  # A-002 is ahead
    assert [t.state for t in queue.waiting_for(1)] == [TicketState.WAITING] * 2  # nothing changed


def test_held_finished_and_cancelled_tickets_are_only_told_about(queue: QueueService) -> None:
    held, done, cancelled = (queue.issue(code).ticket for code in "ABA")
    queue.call_next(1), queue.hold(1)
    queue.call_next(2), queue.finish(2)
    queue.cancel(cancelled.label)

    assert queue.come_back(ticket_qr(held.id)).standing is Standing.HELD
    assert queue.come_back(ticket_qr(done.id)).standing is Standing.FINISHED
    assert queue.come_back(cancelled.label).standing is Standing.FINISHED
    assert [t.label for t in queue.held()] == ["A-001"]


def test_unknown_text_yesterdays_ticket_and_another_offices_are_not_found(
    queue: QueueService, clock: FakeClock, config: OfficeConfig, store: object
) -> None:
    yesterday = queue.issue("A").ticket
    queue.call_next(1), queue.no_show(1)
    clock.advance(days=1)
    kita = dataclasses.replace(config, office_code="kita")
    other_office = make_queue(kita, store.unit_of_work, clock)  # type: ignore[attr-defined]
    theirs = other_office.issue("A").ticket

    for text in ("", "R-1024", ticket_qr(yesterday.id), "A-001", ticket_qr(theirs.id), "A-999"):
        assert queue.come_back(text).standing is Standing.UNKNOWN, text
    assert other_office.come_back("A-001").standing is Standing.WAITING

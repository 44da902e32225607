"""The queue on a real SQLite file, as kiosks and counters use it."""

from __future__ import annotations

import pytest

from queueing.model import TicketState
from queueing.services import QueueError, QueueService
from tests.helpers.clock import FakeClock


def issue(queue: QueueService, codes: str) -> list[str]:
    return [queue.issue(code).ticket.label for code in codes]


def test_each_service_numbers_its_own_tickets_from_one(queue: QueueService) -> None:
    assert issue(queue, "AABAC") == ["A-001", "A-002", "B-001", "A-003", "C-001"]


def test_numbers_start_again_on_the_next_business_day(queue: QueueService, clock: FakeClock) -> None:
    issue(queue, "AA")
    clock.advance(hours=20)  # 09:00 -> 05:00 next morning, after the 03:00 reset
    assert issue(queue, "A") == ["A-001"]


def test_yesterdays_waiting_tickets_do_not_block_today(queue: QueueService, clock: FakeClock) -> None:
    issue(queue, "A")
    clock.advance(days=1)
    assert queue.call_next(1) is None
    assert queue.snapshot().waiting_total == 0


def test_people_ahead_counts_only_waiting_tickets_of_the_same_service(queue: QueueService) -> None:
    issue(queue, "AAB")
    queue.call_next(1)  # A-001 leaves the line
    issued = queue.issue("A")
    assert (issued.ticket.label, issued.people_ahead) == ("A-003", 1)


def test_call_next_is_first_come_first_served_across_a_counters_services(queue: QueueService) -> None:
    issue(queue, "CAB")  # counter 1 serves A and C; B is not its service
    assert queue.call_next(1).label == "C-001"  # type: ignore[union-attr]
    assert queue.call_next(1).label == "A-001"  # type: ignore[union-attr]
    assert queue.call_next(1) is None
    assert queue.call_next(2).label == "B-001"  # type: ignore[union-attr]


def test_calling_next_finishes_the_ticket_being_served(queue: QueueService, store: object) -> None:
    issue(queue, "AA")
    first = queue.call_next(1)
    queue.call_next(1)
    with store.unit_of_work(write=False) as uow:  # type: ignore[attr-defined]
        assert uow.tickets.get(first.id).state is TicketState.DONE  # type: ignore[union-attr]


def test_recall_finish_and_no_show_act_on_the_counters_current_ticket(queue: QueueService) -> None:
    issue(queue, "AA")
    queue.call_next(1)
    assert queue.recall(1).recalls == 1
    assert queue.no_show(1).state is TicketState.NO_SHOW
    assert queue.current(1) is None
    queue.call_next(1)
    assert queue.finish(1).label == "A-002"


def test_operations_without_a_current_ticket_say_so(queue: QueueService) -> None:
    with pytest.raises(QueueError, match="1番窓口: no ticket is being served"):
        queue.finish(1)
    with pytest.raises(QueueError, match="unknown counter 99"):
        queue.call_next(99)
    with pytest.raises(QueueError, match="unknown service 'Z'"):
        queue.issue("Z")


def test_the_snapshot_lists_every_current_call_newest_first(queue: QueueService) -> None:
    issue(queue, "AABDE")
    for counter in (1, 2, 3, 4):
        queue.call_next(counter)
    queue.recall(1)
    snapshot = queue.snapshot()
    assert [(c.label, c.counter) for c in snapshot.calls] == [
        ("A-001", 1),
        ("E-001", 4),
        ("D-001", 3),
        ("A-002", 2),
    ]
    assert dict((s.code, n) for s, n in snapshot.waiting) == {"A": 0, "B": 1, "C": 0, "D": 0, "E": 0, "F": 0}


def test_a_ticket_the_printer_failed_on_is_kept_and_marked(queue: QueueService) -> None:
    issued = queue.issue("A")
    queue.mark_unprinted(issued.ticket.id)
    called = queue.call_next(1)
    assert called is not None and called.label == "A-001" and called.printed is False


def test_the_queue_survives_closing_and_reopening_the_database(
    queue: QueueService, config: object, database_url: str, clock: FakeClock
) -> None:
    from store import open_store

    issue(queue, "AA")
    queue.call_next(1)
    reopened = open_store(database_url)
    try:
        again = QueueService(
            office_code="main",
            office_name="x",
            services=queue.services,
            counters=queue.counters,
            reset_hour=3,
            uow=reopened.unit_of_work,
            clock=clock,
        )
        assert again.current(1).label == "A-001"  # type: ignore[union-attr]
        assert again.issue("A").ticket.label == "A-003"
    finally:
        reopened.close()

"""The queue on a real SQLite file, as kiosks and counters use it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from queueing.errors import QueueError
from queueing.model import TicketState
from queueing.services import QueueService
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
            uow=reopened.unit_of_work,
            clock=clock,
        )
        assert again.current(1).label == "A-001"  # type: ignore[union-attr]
        assert again.issue("A").ticket.label == "A-003"
    finally:
        reopened.close()


# --- one ticket through several counters (回らない窓口) ---------------------------------------------------


def test_moving_in_visits_three_services_under_one_number(queue: QueueService) -> None:
    moving_in = queue.issue(["B", "E", "F"]).ticket  # 転入, then 国保, then 児童手当
    assert moving_in.label == "B-001"
    assert queue.call_next(2).label == "B-001"  # type: ignore[union-attr]
    after_b = queue.finish(2)
    assert (after_b.state, after_b.service_code) == (TicketState.WAITING, "E")
    assert queue.call_next(4).label == "B-001"  # type: ignore[union-attr]
    assert queue.finish(4).service_code == "F"
    assert queue.call_next(4).label == "B-001"  # type: ignore[union-attr]
    assert queue.finish(4).state is TicketState.DONE


def test_the_next_service_takes_the_ticket_by_its_original_issue_time(queue: QueueService) -> None:
    queue.issue(["B", "E"])  # B-001, issued first
    queue.issue("E")  # E-001, issued later, straight to 国保
    queue.call_next(2)
    queue.finish(2)  # B-001 now waits for E too: ahead of E-001
    assert [t.label for t in queue.waiting_for(4)] == ["B-001", "E-001"]
    assert queue.call_next(4).label == "B-001"  # type: ignore[union-attr]


def test_numbers_stay_unique_when_tickets_of_different_services_meet_in_one_line(queue: QueueService) -> None:
    queue.issue(["A", "E"])
    queue.issue(["B", "E"])
    for counter in (1, 2):
        queue.call_next(counter)
        queue.finish(counter)
    assert sorted(t.label for t in queue.waiting_for(4)) == ["A-001", "B-001"]
    assert queue.issue("E").ticket.label == "E-001"


def test_a_clerk_can_call_a_chosen_ticket_but_only_of_the_counters_services(queue: QueueService) -> None:
    issue(queue, "AAD")
    assert queue.call_ticket(1, "a-002").label == "A-002"
    with pytest.raises(QueueError, match="D-001 waits for 税, which 1番窓口 does not serve"):
        queue.call_ticket(1, "D-001")
    with pytest.raises(QueueError, match="no ticket Z-9 today"):
        queue.call_ticket(1, "Z-9")


def test_after_three_recalls_the_next_is_a_no_show_which_can_be_undone_to_the_same_place(
    queue: QueueService,
) -> None:
    issue(queue, "AA")
    queue.call_next(1)
    for _ in range(3):
        assert queue.recall(1).state is TicketState.CALLED
    assert queue.recall(1).state is TicketState.NO_SHOW
    assert queue.call_next(1).label == "A-002"  # type: ignore[union-attr]
    back = queue.undo_no_show("A-001")
    assert back.state is TicketState.WAITING
    assert [t.label for t in queue.waiting_for(1)] == ["A-001"]


def test_a_held_ticket_leaves_the_line_and_comes_back_at_its_place(queue: QueueService) -> None:
    issue(queue, "AAA")
    queue.call_next(1)
    assert queue.hold(1).state is TicketState.HELD  # 書類待ち
    assert [t.label for t in queue.held()] == ["A-001"]
    assert [t.label for t in queue.waiting_for(1)] == ["A-002", "A-003"]
    queue.release("A-001")
    assert [t.label for t in queue.waiting_for(1)] == ["A-001", "A-002", "A-003"]


def test_transfer_to_another_service_or_to_one_counter(queue: QueueService) -> None:
    issue(queue, "AA")
    queue.call_next(1)
    moved = queue.transfer(1, service="D")
    assert (moved.label, moved.service_code, moved.route) == ("A-001", "D", ("A", "D"))
    assert queue.call_next(3).label == "A-001"  # type: ignore[union-attr]
    queue.call_next(1)
    queue.transfer(1, counter=2)  # counter 2 also serves A: only it may call A-002 now
    assert queue.call_next(1) is None
    assert queue.call_next(2).label == "A-002"  # type: ignore[union-attr]


def test_due_appointments_then_priority_then_first_come(queue: QueueService, clock: FakeClock) -> None:
    start = clock.now
    issue(queue, "A")  # A-001, first come
    queue.issue("A", appointment_at=start + timedelta(hours=1))  # A-002, booked for later
    queue.issue("A")
    queue.set_priority("A-003", True)  # e.g. a wheelchair user
    assert queue.call_next(1).label == "A-003"  # type: ignore[union-attr]
    clock.advance(hours=1)
    assert queue.call_next(1).label == "A-002"  # type: ignore[union-attr]  # the appointment's time came
    assert queue.call_next(1).label == "A-001"  # type: ignore[union-attr]


def test_applications_are_saved_with_their_ticket_and_purged_when_retention_ends(
    queue: QueueService, store: object, clock: FakeClock
) -> None:
    form = {"form_id": "juminhyo", "values": {"visitor.name": "𠮷川　髙美"}}
    ticket = queue.issue("A", applications=[form]).ticket
    with store.unit_of_work(write=False) as uow:  # type: ignore[attr-defined]
        assert [app for _, app in uow.applications.for_ticket(ticket.id)] == [form]
    with store.unit_of_work(write=True) as uow:  # type: ignore[attr-defined]
        assert uow.applications.purge(clock.now) == 0  # kept until the next daily reset
        uow.commit()
    clock.advance(days=1)
    with store.unit_of_work(write=True) as uow:  # type: ignore[attr-defined]
        assert uow.applications.purge(clock.now) == 1
        uow.commit()
    with store.unit_of_work(write=False) as uow:  # type: ignore[attr-defined]
        assert uow.applications.for_ticket(ticket.id) == []


def test_a_failed_issue_saves_neither_the_ticket_nor_its_forms(queue: QueueService, store: object) -> None:
    # The form cannot be stored after the number was taken and the ticket inserted: all of it rolls back.
    with pytest.raises(TypeError):
        queue.issue("A", applications=[{"form_id": "juminhyo", "values": object()}])
    assert queue.snapshot().waiting_total == 0
    assert queue.issue("A").ticket.label == "A-001"  # the number was not used up


# --- wait estimates -------------------------------------------------------------------------------------


def test_before_any_history_the_estimate_uses_the_services_usual_minutes(queue: QueueService) -> None:
    issue(queue, "AAAA")  # four waiting at 証明書, 5 minutes each; counters 1 and 2 serve it among others
    issued = queue.issue("A")
    assert issued.people_ahead == 4
    # Between "both counters work on 証明書 only" (10 min) and "one counter does" (20 min, + half a step).
    assert issued.estimate_s is not None and 10 * 60 <= issued.estimate_s <= 22.5 * 60
    assert queue.snapshot().estimates["A"] == pytest.approx(issued.estimate_s, rel=0.35)


def test_the_estimate_learns_from_the_days_finished_steps(queue: QueueService, clock: FakeClock) -> None:
    for _ in range(10):  # ten residents who each took 15 minutes at counter 3 (税: one counter)
        queue.issue("D")
        queue.call_next(3)
        clock.advance(minutes=15)
        queue.finish(3)
    clock.advance(minutes=2)  # the learned service times are read again at most once a minute
    issue(queue, "DD")
    issued = queue.issue("D")
    assert issued.estimate_s is not None and issued.estimate_s >= 2 * 15 * 60 * 0.8


# --- the step log: every transition, in the ticket's transaction ------------------------------------------


def step_rows(store: object, ticket_id: str) -> list[tuple[object, ...]]:
    """A ticket's step log, in route order: (step, service, entered, first call, latest call, counter,
    recalls, closed, outcome), times as aware UTC."""
    from sqlalchemy import select

    from store.tables import TicketStepRow as Row

    columns = (Row.step, Row.service_code, Row.entered_at, Row.first_called_at, Row.called_at, Row.counter)
    stmt = select(*columns, Row.recalls, Row.closed_at, Row.outcome).where(Row.ticket_id == ticket_id)
    with store.unit_of_work(write=False) as uow:  # type: ignore[attr-defined]
        rows = uow.session.execute(stmt.order_by(Row.step)).all()
    aware = [[v.replace(tzinfo=UTC) if isinstance(v, datetime) else v for v in row] for row in rows]
    return [tuple(row) for row in aware]


@pytest.fixture
def minutes(clock: FakeClock) -> Callable[[int], datetime]:
    """`minutes(n)`: n minutes after now; the clock then moves only when advanced."""
    clock.step = timedelta(0)
    start = clock.now
    return lambda n: start + timedelta(minutes=n)


def test_a_routed_ticket_leaves_a_step_row_per_service_with_the_time_it_joined_each_line(
    queue: QueueService, store: object, clock: FakeClock, minutes: Callable[[int], datetime]
) -> None:
    ticket = queue.issue(["B", "E", "F"]).ticket  # 09:00 転入, then 国保, then 児童手当
    for advance, operation in [
        (5, lambda: queue.call_next(2)),  # 09:05 at 住民異動
        (10, lambda: queue.finish(2)),  # 09:15 on to 国保's line
        (7, lambda: queue.call_next(4)),  # 09:22
        (1, lambda: queue.recall(4)),  # 09:23
        (8, lambda: queue.finish(4)),  # 09:31 on to 児童手当's line
        (4, lambda: queue.call_next(4)),  # 09:35
        (6, lambda: queue.finish(4)),  # 09:41 done
    ]:
        clock.advance(minutes=advance)
        operation()
    m = minutes
    assert step_rows(store, ticket.id) == [
        (0, "B", m(0), m(5), m(5), 2, 0, m(15), "done"),
        (1, "E", m(15), m(22), m(23), 4, 1, m(31), "done"),
        (2, "F", m(31), m(35), m(35), 4, 0, m(41), "done"),
    ]


def test_a_no_show_closes_the_step_and_its_undo_reopens_the_same_one(
    queue: QueueService, store: object, clock: FakeClock, minutes: Callable[[int], datetime]
) -> None:
    ticket = queue.issue("A").ticket
    clock.advance(minutes=2), queue.call_next(1)
    clock.advance(minutes=2), queue.no_show(1)
    assert step_rows(store, ticket.id) == [
        (0, "A", minutes(0), minutes(2), minutes(2), 1, 0, minutes(4), "no_show")
    ]
    clock.advance(minutes=2), queue.undo_no_show("A-001")
    assert step_rows(store, ticket.id)[0][-2:] == (None, None)  # open again, its call still on record
    clock.advance(minutes=2), queue.call_next(1)
    clock.advance(minutes=2), queue.finish(1)
    assert step_rows(store, ticket.id) == [
        (0, "A", minutes(0), minutes(2), minutes(8), 1, 0, minutes(10), "done")
    ]


def test_hold_and_release_keep_the_step_its_entry_and_first_call(
    queue: QueueService, store: object, clock: FakeClock, minutes: Callable[[int], datetime]
) -> None:
    from store.statistics import finished_steps

    ticket = queue.issue("A").ticket
    clock.advance(minutes=3), queue.call_next(1)
    clock.advance(minutes=2), queue.hold(1)  # 書類待ち: the resident fetches a document
    clock.advance(minutes=10), queue.release("A-001")
    assert step_rows(store, ticket.id) == [(0, "A", minutes(0), minutes(3), minutes(3), 1, 0, None, None)]
    clock.advance(minutes=5), queue.call_next(2)
    clock.advance(minutes=5), queue.finish(2)
    assert step_rows(store, ticket.id) == [
        (0, "A", minutes(0), minutes(3), minutes(20), 2, 0, minutes(25), "done")
    ]
    (record,) = finished_steps(store, "main", queue.today(), queue.today())  # type: ignore[arg-type]
    assert (record.wait_s, record.service_s) == (3 * 60, 5 * 60)  # the document's errand is neither


def test_transfers_and_a_cancel_are_logged(
    queue: QueueService, store: object, clock: FakeClock, minutes: Callable[[int], datetime]
) -> None:
    first = queue.issue("A").ticket
    clock.advance(minutes=2), queue.call_next(1)
    clock.advance(minutes=4), queue.transfer(1, service="D")  # 税 next, under the same number
    clock.advance(minutes=3), queue.call_next(3)
    assert step_rows(store, first.id) == [
        (0, "A", minutes(0), minutes(2), minutes(2), 1, 0, minutes(6), "transferred"),
        (1, "D", minutes(6), minutes(9), minutes(9), 3, 0, None, None),
    ]
    second = queue.issue("A").ticket
    clock.advance(minutes=1), queue.call_next(1)
    clock.advance(minutes=1), queue.transfer(1, counter=2)  # the same step, for counter 2 only
    clock.advance(minutes=1), queue.call_next(2)
    assert step_rows(store, second.id) == [(0, "A", minutes(9), minutes(10), minutes(12), 2, 0, None, None)]
    third = queue.issue("C").ticket
    clock.advance(minutes=1), queue.cancel("C-001")
    assert step_rows(store, third.id) == [
        (0, "C", minutes(12), None, None, None, 0, minutes(13), "cancelled")
    ]


def test_the_estimates_learn_from_every_step_finished_done(queue: QueueService, store: object) -> None:
    queue.issue(["B", "E"])
    queue.issue("A")
    for counter in (2, 4):  # B-001 at 住民異動, then at 国保
        queue.call_next(counter)
        queue.finish(counter)
    queue.call_next(1)
    queue.transfer(1, service="D")  # ended early, passed on: not a service time
    with store.unit_of_work(write=False) as uow:  # type: ignore[attr-defined]
        learned = uow.tickets.finished_steps("main", queue.today(), limit=10)
    assert sorted(step.service_code for step in learned) == ["B", "E"]

"""元に戻す and leaving the counter, on a real SQLite queue: the ticket, the step log and the board."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from queueing.errors import QueueError
from queueing.model import TicketState
from queueing.services import QueueService
from tests.helpers.clock import FakeClock
from tests.integration.test_queue_sqlite import step_rows


@pytest.fixture
def minutes(clock: FakeClock) -> Callable[[int], datetime]:
    clock.step = timedelta(0)
    start = clock.now
    return lambda n: start + timedelta(minutes=n)


def test_an_undone_routed_finish_puts_the_resident_back_at_the_counter_and_withdraws_the_next_step(
    queue: QueueService, store: object, clock: FakeClock, minutes: Callable[[int], datetime]
) -> None:
    ticket = queue.issue(["B", "E"]).ticket
    clock.advance(minutes=5)
    before = queue.call_next(2)
    assert before is not None
    clock.advance(minutes=3)
    after = queue.finish(2)
    assert len(step_rows(store, ticket.id)) == 2  # 住民異動 done, 国保 opened
    clock.advance(seconds=4)
    restored = queue.undo(before, after)
    assert (restored.state, restored.step, restored.counter) == (TicketState.CALLED, 0, 2)
    assert queue.current(2) == restored
    assert queue.waiting_for(4) == []  # not in 国保's line any more
    assert step_rows(store, ticket.id) == [(0, "B", minutes(0), minutes(5), minutes(5), 2, 0, None, None)]
    clock.advance(minutes=2)
    queue.finish(2)  # finished for real: the next step opens again, once
    assert [row[:3] for row in step_rows(store, ticket.id)] == [
        (0, "B", minutes(0)), (1, "E", minutes(10) + timedelta(seconds=4)),
    ]  # fmt: skip


@pytest.mark.parametrize("operation", ["finish", "no_show", "hold"])
def test_a_finish_a_no_show_and_a_hold_are_undone_to_the_same_call(
    queue: QueueService, store: object, operation: str
) -> None:
    ticket = queue.issue("A").ticket
    queue.issue("A")
    before = queue.recall(1) if queue.call_next(1) else None
    assert before is not None
    after = getattr(queue, operation)(1)
    restored = queue.undo(before, after)
    assert (restored.state, restored.counter, restored.recalls, restored.called_at) == (
        TicketState.CALLED, 1, 1, before.called_at,
    )  # fmt: skip
    assert step_rows(store, ticket.id)[0][-2:] == (None, None)  # the step is open again
    assert [entry.label for entry in queue.snapshot().calls] == ["A-001"]


def test_no_undo_once_the_ticket_moved_or_the_counter_called_someone_else(queue: QueueService) -> None:
    for _ in range(3):
        queue.issue("A")
    before = queue.call_next(1)
    assert before is not None
    after = queue.no_show(1)
    queue.undo_no_show("A-001")  # the resident came back meanwhile: back in line
    with pytest.raises(QueueError, match="A-001 はその後に動いた"):
        queue.undo(before, after)
    second = queue.call_next(1)  # A-001 is first in line again
    assert second is not None
    finished = queue.finish(1)
    queue.call_next(1)  # A-002 at the counter now
    with pytest.raises(QueueError, match="A-002 を対応中"):
        queue.undo(second, finished)
    with pytest.raises(QueueError, match="元に戻せません"):
        queue.undo(second, second.recall(second.called_at))  # type: ignore[arg-type]  # no finish, no-show or hold


def test_leaving_the_counter_puts_its_ticket_back_in_line_at_its_place_off_the_board(
    queue: QueueService, store: object, clock: FakeClock, minutes: Callable[[int], datetime]
) -> None:
    first, _second = queue.issue("A").ticket, queue.issue("A").ticket
    clock.advance(minutes=2)
    queue.call_next(1)
    clock.advance(minutes=3)
    returned = queue.return_to_line(1)
    assert returned is not None and returned.state is TicketState.WAITING
    assert queue.current(1) is None
    assert [t.label for t in queue.waiting_for(1)] == ["A-001", "A-002"]  # first in line, as before
    snapshot = queue.snapshot()
    assert snapshot.calls == ()  # not called any more
    assert step_rows(store, first.id) == [(0, "A", minutes(0), minutes(2), minutes(2), 1, 0, None, None)]
    assert queue.return_to_line(1) is None  # nobody at the counter: nothing to do
    clock.advance(minutes=1)
    again = queue.call_next(2)  # counter 2 serves 証明書 too: A-001 is the first it calls
    assert again is not None and again.label == "A-001"

"""The display's notices and its last calls per counter, on real SQLite and PostgreSQL databases."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from queueing.notices import NoticeBoard, NoticeError
from queueing.services import QueueService
from store import Store, open_store
from tests.helpers.clock import FakeClock
from tests.integration.test_cli import main_py, queue_json


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'queue.sqlite3'}"


@pytest.fixture
def board(store: Store, clock: FakeClock) -> NoticeBoard:
    return NoticeBoard(office_code="main", uow=store.unit_of_work, clock=clock)


def shown(queue: QueueService) -> list[str]:
    """The snapshot's last calls per counter, as the display writes them."""
    return [
        f"{row.counter_name}: {' ← '.join(call.label for call in row.calls)}"
        for row in queue.snapshot().counter_calls
    ]


def test_notices_are_posted_listed_removed_and_end_by_themselves(
    board: NoticeBoard, clock: FakeClock
) -> None:
    lasting = board.post("駐車場が混み合っています。公共交通機関をご利用ください")
    ending = board.post_until("証明書の発行は16時30分までです", "16:30")
    assert [n.text for n in board.current()] == [lasting.text, ending.text]
    assert ending.ends_at is not None and ending.ends_at.hour == 16
    clock.now = ending.ends_at.astimezone(clock.now.tzinfo)
    assert board.current() == [lasting]
    board.remove(lasting.id)
    assert board.current() == []
    with pytest.raises(NoticeError):
        board.remove(lasting.id)
    board.post("一")
    board.post("二")
    assert board.clear() == 2 and board.current() == []


def test_a_refused_notice_stores_nothing(board: NoticeBoard, clock: FakeClock) -> None:
    for bad in ("", "二行\n目", "x" * 281):
        with pytest.raises(NoticeError):
            board.post(bad)
    with pytest.raises(NoticeError):
        board.post("もう終わった", until=clock.now - timedelta(minutes=1))
    assert board.current() == []


def test_the_snapshot_carries_the_notices_showing_now(
    board: NoticeBoard, queue: QueueService, clock: FakeClock
) -> None:
    board.post("本日は混み合っています", until=clock.now + timedelta(minutes=10))
    assert [n.text for n in queue.snapshot().notices] == ["本日は混み合っています"]
    clock.advance(minutes=10)
    assert queue.snapshot().notices == ()


def test_every_change_to_the_notices_is_announced_to_the_offices_displays(
    store: Store, board: NoticeBoard
) -> None:
    with store.listening(office="main") as listener:
        listener.drain()
        notice = board.post("窓口の受付は17時15分までです")
        assert listener.wait(5)
        board.remove(notice.id)
        assert listener.wait(5)


@pytest.mark.postgres
def test_another_offices_notices_do_not_wake_this_offices_displays(pg_url: str, clock: FakeClock) -> None:
    """Offices share a PostgreSQL server; on one PC (SQLite) every listener hears every commit anyway."""
    store = open_store(pg_url)
    try:
        other = NoticeBoard(office_code="branch", uow=store.unit_of_work, clock=clock)
        with store.listening(office="main") as listener:
            other.post("支所のお知らせ")
            assert not listener.wait(0.3)
        assert NoticeBoard(office_code="main", uow=store.unit_of_work, clock=clock).current() == []
    finally:
        store.close()


def test_each_counter_shows_its_last_three_calls_finished_ones_included(
    queue: QueueService, clock: FakeClock
) -> None:
    for code in "AAAAAD":
        queue.issue(code)
    assert shown(queue) == []
    for _ in range(4):
        queue.call_next(1)  # A-001 .. A-004, each call finishing the one before
    queue.call_next(2)
    queue.finish(2)
    queue.call_ticket(3, "D-001")
    assert shown(queue) == [
        "1番窓口: A-004 ← A-003 ← A-002",
        "2番窓口: A-005",
        "3番窓口: D-001",
    ]
    queue.no_show(1)
    queue.recall(3)
    assert shown(queue)[0] == "1番窓口: A-004 ← A-003 ← A-002"


def test_a_routed_ticket_appears_at_each_counter_that_called_it_and_yesterday_is_gone(
    queue: QueueService, clock: FakeClock
) -> None:
    queue.issue(["A", "B"])
    queue.call_next(1)
    queue.finish(1)  # on to 住民異動
    queue.call_next(2)
    assert shown(queue) == ["1番窓口: A-001", "2番窓口: A-001"]
    clock.advance(days=1)
    assert shown(queue) == []


def test_last_calls_read_one_index_range_per_counter(tmp_path: Any) -> None:
    """The plan: for each counter the ix_ticket_steps_calls index read backwards, cut at three; no scan of
    the step log and no sort, so a longer history costs nothing (bench/queue_sync.py measures both
    databases)."""
    from store.repository import last_calls_statement

    store = open_store(f"sqlite:///{tmp_path / 'plan.sqlite3'}")
    compiled = last_calls_statement((1, 2, 3, 4), 3).compile(store.engine)
    values = compiled.construct_params({"office": "main", "day": "2026-11-24"})
    params = tuple(values[name] for name in compiled.positiontup or ())
    try:
        with store.engine.connect() as connection:
            plan = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)]
    finally:
        store.close()
    steps = [line for line in plan if "ticket_steps" in line]
    assert len(steps) == 4, plan
    assert all("USING INDEX ix_ticket_steps_calls" in line for line in steps), plan
    assert not any("TEMP B-TREE" in line for line in plan), plan


def test_notices_from_the_command_line(database_url: str) -> None:
    posted = queue_json(database_url, "notice", "本日は16時30分までです", "--until", "23:59")
    assert posted["notice"]["text"] == "本日は16時30分までです"  # type: ignore[index]
    listed = queue_json(database_url, "notice")["notices"]
    assert [n["text"] for n in listed] == ["本日は16時30分までです"]  # type: ignore[attr-defined, index]
    refused = main_py("queue", "notice", "二行\n目", "--db", database_url)
    assert refused.returncode == 1 and "改行" in refused.stderr and "Traceback" not in refused.stderr
    assert queue_json(database_url, "notice", "--clear") == {"removed": 1}

"""The queue on a real PostgreSQL server, as a LAN of kiosks, desks and displays uses it.

The server is started by the test setup (tests/helpers/postgres.py); each test has a database of its own.
"""

from __future__ import annotations

import select
import socket
import subprocess
import sys
import threading
import time
from typing import Any

import psycopg
import pytest

from queueing.clock import OfficeClock
from queueing.model import TicketState
from queueing.services import QueueService
from settings import OfficeConfig
from store import Store
from tests.conftest import REPO
from tests.helpers.postgres import PostgresServer
from tests.integration.test_queue_processes import results, start_workers

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url(pg_url: str) -> str:
    """The conftest's `store` and `queue` fixtures, on PostgreSQL."""
    return pg_url


def office_queue(store: Any, config: OfficeConfig, office: str) -> QueueService:
    return QueueService(
        office_code=office,
        office_name=office,
        services=config.services,
        counters=config.counters,
        uow=store.unit_of_work,
        clock=OfficeClock(reset_hour=config.daily_reset_hour),
    )


def count_changes(listener: Any, expected: int, timeout: float = 15.0) -> int:
    """Drain the listener until it has reported `expected` changes or `timeout` passes; the count."""
    seen = 0
    deadline = time.monotonic() + timeout
    while seen < expected and (remaining := deadline - time.monotonic()) > 0:
        select.select([listener], [], [], remaining)
        seen += listener.drain()
    return seen


def stored_numbers(url: str, office: str = "main") -> list[int]:
    with psycopg.connect(url.replace("+psycopg", "")) as connection:
        rows = connection.execute(
            "SELECT sequence FROM tickets WHERE office = %s ORDER BY sequence", [office]
        ).fetchall()
    return [sequence for (sequence,) in rows]


def number(label: str | None) -> int:
    assert label is not None
    return int(label.split("-")[1])


@pytest.mark.slow
def test_eight_kiosks_issuing_200_tickets_each_get_unique_gap_free_numbers(
    database_url: str, store: Store
) -> None:
    processes = start_workers(database_url, [["issue", "--count", "200"] for _ in range(8)])
    labels = [label for out in results(processes) for label in out]
    assert sorted(number(label) for label in labels) == list(range(1, 1601))
    assert stored_numbers(database_url) == list(range(1, 1601))


def test_a_listener_here_sees_every_change_another_process_commits(database_url: str, store: Store) -> None:
    with store.listening() as listener:
        assert listener.online
        assert not listener.wait(0)
        subprocess.run(
            [sys.executable, "-m", "tests.helpers.workers", "issue", database_url, "--count", "25"],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        assert count_changes(listener, 25) == 25
        assert not listener.wait(0.2)  # exactly one announcement per committed write


def test_reads_and_rolled_back_writes_announce_nothing(store: Store, queue: QueueService) -> None:
    with store.listening() as listener:
        with store.unit_of_work(write=True) as uow:
            uow.tickets.next_sequence("main", queue.today(), "A")  # not committed: rolled back
        queue.snapshot()
        queue.issue("A")  # the one change, announced on commit
        assert count_changes(listener, 1) == 1
        assert not listener.wait(0.2)
    assert queue.issue("A").ticket.label == "A-002"  # the rolled-back number was never taken


def test_two_writers_on_one_ticket_wait_for_each_other_and_neither_undoes_the_other(
    store: Store, queue: QueueService, postgres_server: PostgresServer, database_url: str
) -> None:
    ticket = queue.issue("A").ticket
    with store.unit_of_work(write=True) as desk:
        held = desk.tickets.get(ticket.id)  # locked until this unit of work ends
        assert held is not None
        kiosk = threading.Thread(target=queue.mark_unprinted, args=(ticket.id,))
        kiosk.start()
        wait_for_a_blocked_backend(postgres_server, database_url)
        now = OfficeClock()()
        desk.tickets.save(held.call(1, now), now)
        desk.commit()
    kiosk.join(10)
    with store.unit_of_work(write=False) as uow:
        final = uow.tickets.get(ticket.id)
    assert final is not None
    assert (final.state, final.printed) == (TicketState.CALLED, False)


def wait_for_a_blocked_backend(server: PostgresServer, url: str, timeout: float = 10.0) -> None:
    database = url.rsplit("/", 1)[1]
    deadline = time.monotonic() + timeout
    with psycopg.connect(server.conninfo(database), autocommit=True) as connection:
        while time.monotonic() < deadline:
            waiting = connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
                [database],
            ).fetchone()
            if waiting and waiting[0]:
                return
            time.sleep(0.01)
    raise AssertionError("the second writer never waited for the first one's lock")


def test_two_offices_on_one_server_keep_their_own_numbers_and_displays(
    store: Store, config: OfficeConfig
) -> None:
    honcho, shisho = office_queue(store, config, "honcho"), office_queue(store, config, "shisho")
    with store.listening(office="shisho") as shisho_display:
        assert [honcho.issue("A").ticket.label for _ in range(3)] == ["A-001", "A-002", "A-003"]
        assert shisho.issue("A").ticket.label == "A-001"
        assert honcho.call_next(1).label == "A-001"  # type: ignore[union-attr]
        assert shisho.call_next(1).label == "A-001"  # type: ignore[union-attr]
        assert [c.label for c in honcho.snapshot().calls] == ["A-001"]
        assert (honcho.snapshot().waiting_total, shisho.snapshot().waiting_total) == (2, 0)
        # The branch's display woke for its two changes only, not for the main office's four.
        assert count_changes(shisho_display, 2) == 2
        assert not shisho_display.wait(0.2)


def test_after_a_server_restart_listeners_reconnect_and_report_a_change(
    postgres_server: PostgresServer, store: Store, queue: QueueService
) -> None:
    with store.listening() as listener:
        postgres_server.stop("immediate")
        assert listener.wait(10)  # losing the server is reported: screens read and find it gone
        assert not listener.online
        with pytest.raises(Exception):  # noqa: B017 - whatever the driver says, the operation fails
            queue.issue("A")
        with store.listening() as late:  # a screen started while the server is down
            assert not late.online
            postgres_server.start()
            assert listener.wait(10) and late.wait(10)  # back: read again to catch up
            assert listener.online and late.online
            queue.issue("A")
            assert listener.wait(5) and late.wait(5)


def test_every_connection_gives_up_on_a_silent_server_within_seconds(store: Store) -> None:
    """A powered-off server or a pulled cable closes no socket: TCP keepalives must find out."""
    from store.postgres import connect

    with connect(store.engine, autocommit=True, application_name="test") as own:
        assert tcp_timeouts(own.fileno()) == (1, 10, 3, 3, 15_000)
    pooled = store.engine.raw_connection()
    try:
        assert tcp_timeouts(pooled.dbapi_connection.fileno()) == (1, 10, 3, 3, 15_000)  # type: ignore[union-attr]
    finally:
        pooled.close()


def tcp_timeouts(fd: int) -> tuple[int, ...]:
    """SO_KEEPALIVE, TCP_KEEPIDLE (s), TCP_KEEPINTVL (s), TCP_KEEPCNT, TCP_USER_TIMEOUT (ms) of a socket."""
    with socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM) as sock:
        keepalive = sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
        tcp = [socket.TCP_KEEPIDLE, socket.TCP_KEEPINTVL, socket.TCP_KEEPCNT, socket.TCP_USER_TIMEOUT]
        return (min(keepalive, 1), *(sock.getsockopt(socket.IPPROTO_TCP, option) for option in tcp))


@pytest.mark.slow
def test_kiosks_issuing_through_a_server_restart_lose_and_duplicate_nothing(
    postgres_server: PostgresServer, database_url: str, store: Store
) -> None:
    kiosk = ["issue", "--count", "80", "--interval", "0.02", "--retry-for", "60"]
    processes = start_workers(database_url, [kiosk for _ in range(4)])
    with store.listening() as listener:
        assert count_changes(listener, 40, timeout=30) >= 40  # under way
        postgres_server.stop("immediate")  # as a crash would
        time.sleep(1.0)  # an outage the kiosks must ride out
        postgres_server.start()
        printed = [number(label) for out in results(processes) for label in out]
    stored = stored_numbers(database_url)
    assert len(printed) == len(set(printed)) == 320  # every kiosk finished, no number twice
    assert stored == list(range(1, len(stored) + 1))  # gap-free
    assert set(printed) <= set(stored)  # nothing a resident holds was lost
    # A commit whose answer the crash swallowed is stored but was not handed out: at most one per kiosk.
    assert len(stored) - len(printed) <= 4


def test_an_issue_that_fails_after_its_number_gives_the_number_back_and_leaves_no_step(
    store: Store, queue: QueueService
) -> None:
    """One statement numbers the ticket and inserts it with its first step: a failure later in the same
    transaction takes all three back."""

    def refuse(_uow: Any, ticket: Any) -> None:
        assert ticket.label == "A-001"  # numbered by then
        raise RuntimeError("the appointment was taken meanwhile")

    with pytest.raises(RuntimeError):
        queue.issue("A", within=refuse)
    issued = queue.issue(("B", "C"))
    assert queue.issue("A").ticket.label == "A-001"
    assert (issued.ticket.label, issued.ticket.route) == ("B-001", ("B", "C"))
    with store.engine.connect() as connection:
        steps = connection.exec_driver_sql(
            "SELECT prefix, sequence, step FROM ticket_steps ORDER BY prefix, sequence, step"
        ).all()
    assert [tuple(row) for row in steps] == [("A", 1, 0), ("B", 1, 0)]  # the refused issue left no step

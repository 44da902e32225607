"""SQLite writers queue in arrival order (store.sqlite_writers): a kiosk that asks for a number is not
passed by kiosks that asked after it, every kiosk makes progress, and the queue's lock file is let go of
after a commit, a rollback, an exception, a closed or invalidated connection and a killed process.

Nothing here is timed: order and progress are counted, from ticket numbers and an arrivals file.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import store.sqlite_writers as writers
from queueing.services import QueueService
from store import Store
from tests.conftest import REPO

RECORD = 16  # bytes per arrival: "pid" padded, so a record's offset in the file is its place in the line

# A kiosk process. Just before it asks for the writers' lock (or, without it, begins its transaction),
# it appends a fixed-size record to the arrivals file: O_APPEND makes the kernel order the appends, and the
# offset after ours is our place in the line. It prints, for each ticket, (that place, the ticket's number).
KIOSK = r"""
import json, os, sys
import store.sqlite_writers as writers
from tests.helpers.workers import queue_for
url, arrivals, count, queued = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
writers.enabled = queued
fd = os.open(arrivals, os.O_WRONLY | os.O_APPEND)
places = []
begin_write = writers.QueuedWriterConnection.begin_write
def arrive_then_begin(connection):
    os.write(fd, f"{os.getpid():<15}\n".encode())
    places.append(os.lseek(fd, 0, os.SEEK_CUR) // 16 - 1)
    begin_write(connection)
writers.QueuedWriterConnection.begin_write = arrive_then_begin
queue, _ = queue_for(url)
print("ready", flush=True)
sys.stdin.readline()
del places[:]
numbers = [queue.issue("A").ticket.sequence for _ in range(count)]
print(json.dumps(list(zip(places, numbers, strict=True))))
"""


def race(url: str, directory: Path, kiosks: int, count: int, *, queued: bool) -> list[list[tuple[int, int]]]:
    """`kiosks` processes issue `count` tickets each, all released at once; each one's (place, number)."""
    arrivals = directory / f"arrivals-{int(queued)}"
    arrivals.touch()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", KIOSK, url, str(arrivals), str(count), "1" if queued else "0"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        for _ in range(kiosks)
    ]
    for process in processes:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    for process in processes:  # all released at once
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    outputs = [process.communicate(timeout=300)[0] for process in processes]
    assert [process.returncode for process in processes] == [0] * kiosks
    return [[(place, number) for place, number in json.loads(out)] for out in outputs]


def overtaken(served: list[list[tuple[int, int]]]) -> list[int]:
    """For each ticket, how many tickets asked for after it were issued before it."""
    tickets = sorted(ticket for kiosk in served for ticket in kiosk)  # by place in the line
    numbers = [number for _, number in tickets]
    return [sum(1 for later in numbers[i + 1 :] if later < number) for i, number in enumerate(numbers)]


KIOSKS, COUNT = 6, 40


@pytest.mark.slow
def test_kiosks_issuing_at_once_are_served_in_the_order_they_asked(
    database_url: str, store: Store, tmp_path: Path
) -> None:
    served = race(database_url, tmp_path, KIOSKS, COUNT, queued=True)
    numbers = sorted(number for kiosk in served for _, number in kiosk)
    assert numbers == list(range(1, KIOSKS * COUNT + 1))
    passed = overtaken(served)
    # Not strictly 0: the kernel does not hand a released flock over, so a writer that asks in the instant
    # before the woken one runs takes it first (at the gate now, not at the lock), and one that the machine
    # pauses between its arrival and its request is passed too. Measured under load: at most 3-5.
    assert max(passed) < 2 * KIOSKS, sorted(passed)[-10:]


@pytest.mark.slow
def test_with_sqlites_busy_handler_alone_kiosks_are_passed_by_many(
    database_url: str, store: Store, tmp_path: Path
) -> None:
    """What the lock file is for: the same race without it (SQLite's sleeping busy handler)."""
    served = race(database_url, tmp_path, KIOSKS, COUNT, queued=False)
    passed = overtaken(served)
    assert max(passed) >= 2 * KIOSKS, sorted(passed)[-10:]  # measured: 90-200


# --- letting go ------------------------------------------------------------------------------------------


def free(database: Path) -> bool:
    """Whether nobody holds the writers' lock or their gate (asked from a descriptor of our own)."""
    for suffix in (writers.LOCK_SUFFIX, writers.GATE_SUFFIX):
        fd = os.open(f"{database}{suffix}", os.O_RDONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        finally:
            os.close(fd)  # and with it our lock, if we took it
    return True


class Refused(Exception):
    pass


def test_the_turn_ends_with_the_commit_the_rollback_and_an_exception(
    store: Store, queue: QueueService
) -> None:
    path = store.database_path
    with store.unit_of_work(write=True) as uow:
        assert free(path)  # a unit of work takes its turn with its first statement, not before
        uow.tickets.next_sequence("main", queue.today(), "A")
        assert not free(path)
        uow.commit()
        assert free(path)
    with store.unit_of_work(write=True) as uow:
        uow.tickets.next_sequence("main", queue.today(), "A")
    assert free(path)  # not committed: rolled back
    with pytest.raises(Refused), store.unit_of_work(write=True) as uow:
        uow.tickets.next_sequence("main", queue.today(), "A")
        raise Refused()
    assert free(path)

    def refuse(_uow: object, _ticket: object) -> None:
        assert not free(path)
        raise Refused()

    with pytest.raises(Refused):
        queue.issue("A", within=refuse)
    assert free(path)
    with store.unit_of_work(write=False) as uow:
        uow.tickets.waiting_counts("main", queue.today())
        assert free(path)  # readers never queue
    assert queue.issue("A").ticket.label == "A-002"  # the first unit of work committed one number


def test_a_closed_or_invalidated_connection_lets_go(store: Store) -> None:
    path = store.database_path
    for end in ("close", "invalidate"):
        connection = store.engine.connect().execution_options(madoguchi_write=True)
        connection.exec_driver_sql("SELECT 1")  # begins: takes the turn
        assert not free(path)
        getattr(connection, end)()
        assert free(path), end
        connection.close()


def test_threads_of_one_process_take_turns(store: Store, queue: QueueService) -> None:
    labels: list[str] = []
    errors: list[BaseException] = []

    def issue(count: int) -> None:
        try:
            for _ in range(count):
                labels.append(queue.issue("A").ticket.label)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(25,)) for _ in range(6)]  # more than the pool's 4
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert sorted(labels) == [f"A-{n:03d}" for n in range(1, 151)]
    assert free(store.database_path)


HOLDER = r"""
import sys
from tests.helpers.workers import queue_for
queue, store = queue_for(sys.argv[1])
with store.unit_of_work(write=True) as uow:
    uow.tickets.next_sequence("main", queue.today(), "A")
    print("holding", flush=True)
    sys.stdin.readline()  # killed before it can answer
"""


@pytest.fixture
def holder(database_url: str) -> Iterator[subprocess.Popen[str]]:
    """A kiosk process in the middle of a write: it holds the turn until it is killed."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, database_url],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "holding"
    yield process
    process.kill()
    process.communicate()


def test_a_process_killed_mid_write_lets_the_others_write(
    store: Store, queue: QueueService, holder: subprocess.Popen[str]
) -> None:
    assert not free(store.database_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert free(store.database_path)
    assert queue.issue("A").ticket.label == "A-001"  # its number went with its transaction


def test_a_writer_that_waits_too_long_gives_up_as_sqlite_would_and_leaves_the_line(
    store: Store, queue: QueueService, holder: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writers, "WAIT_LIMIT_S", 0.3)
    with pytest.raises(writers.WriterQueueTimeout, match="database is locked"):
        queue.issue("A")
    with pytest.raises(writers.WriterQueueTimeout):
        queue.issue("A")  # the connection that gave up made new descriptors and queued again
    holder.kill()
    holder.wait()
    assert queue.issue("A").ticket.label == "A-001"
    assert free(store.database_path)

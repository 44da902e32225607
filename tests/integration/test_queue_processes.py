"""Several kiosk and desk processes on one SQLite file at the same instant."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from queueing.services import QueueService
from tests.conftest import REPO


@pytest.fixture
def live_queue(queue: QueueService) -> QueueService:
    """The test's queue on the real clock, the same business day as the worker processes."""
    from queueing.clock import OfficeClock

    queue._clock = OfficeClock()
    return queue


def start_workers(url: str, argv_list: list[list[str]]) -> list[subprocess.Popen[str]]:
    start_at = time.time() + 2.0  # every process is up and connected before they collide
    return [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.workers", *argv, url, "--start-at", str(start_at)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
        )
        for argv in argv_list
    ]


def results(processes: list[subprocess.Popen[str]]) -> list[list[str | None]]:
    outputs = []
    for process in processes:
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0
        outputs.append(json.loads(out))
    return outputs


@pytest.mark.slow
def test_four_kiosks_issuing_at_once_get_unique_gap_free_numbers(database_url: str, store: object) -> None:
    processes = start_workers(database_url, [["issue", "--count", "40"] for _ in range(4)])
    labels = [label for out in results(processes) for label in out]
    assert sorted(labels) == [f"A-{n:03d}" for n in range(1, 161)]


@pytest.mark.slow
def test_counters_calling_at_once_never_get_the_same_ticket(
    database_url: str, live_queue: QueueService
) -> None:
    for _ in range(60):
        live_queue.issue("A")
    # Counters 1 and 2 both serve A; each presses "call next" 40 times, as fast as it can.
    processes = start_workers(
        database_url,
        [["call", "--counter", "1", "--count", "40"], ["call", "--counter", "2", "--count", "40"]],
    )
    called = [ticket for out in results(processes) for ticket in out if ticket is not None]
    assert len(called) == 60
    assert len(set(called)) == 60


@pytest.mark.slow
def test_a_kiosk_killed_mid_run_loses_no_issued_ticket_and_leaves_no_gap(
    database_url: str, live_queue: QueueService
) -> None:
    queue = live_queue
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.workers", "issue-forever", database_url],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert kiosk.stdout is not None
    printed = [kiosk.stdout.readline().strip() for _ in range(30)]
    os.kill(kiosk.pid, signal.SIGKILL)
    kiosk.wait()
    kiosk.stdout.close()
    # Every number the killed kiosk handed out is still in the queue, in order, and the next continues.
    next_label = queue.issue("A").ticket.label
    last = int(next_label.split("-")[1]) - 1
    assert printed == [f"A-{n:03d}" for n in range(1, 31)]
    assert last >= 30
    snapshot_total = queue.snapshot().waiting_total
    assert snapshot_total == last + 1

"""Queue synchronisation on SQLite and on PostgreSQL: propagation, issue throughput, the display's read.

1. Propagation: an operation in another process -> shown by a real DisplayWindow in this one (Qt
   offscreen, qasync, ChangeWatcher on the store's listener), as bench/propagation.py measures it.
2. Issue throughput with 1 and with 8 kiosk processes issuing as fast as they can.
3. The display's state computation, `QueueService.snapshot()`, with 100 and with 10,000 tickets of
   history (earlier days, and tickets finished today): its cost must not grow with history.

PostgreSQL is a throw-away server started here (tests/helpers/postgres.py) on loopback, with fsync on.

    python bench/queue_sync.py [--events 500] [--skip-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

from _common import REPO, percentile, summary
from propagation import CHILD, expected_signature

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KIOSK = r"""
import json, sys, time
from tests.helpers.workers import queue_for
queue, _ = queue_for(sys.argv[1])
count, start_at = int(sys.argv[2]), float(sys.argv[3])
while time.time() < start_at:
    time.sleep(0.001)
for _ in range(count):
    queue.issue("A")
print(json.dumps(time.time()))
"""

Databases = Callable[[], str]


def child(script: str, *argv: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, argv)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


# --- 1. propagation ----------------------------------------------------------------------------------


def propagation(url: str, events: int) -> tuple[list[float], int]:
    """Latencies (s) from an operation's start in a child process to the display showing its result."""
    import qasync

    from main import build_app
    from queue_display.window import DisplayWindow
    from settings import load_config
    from ui.app import ensure_application
    from ui.watcher import ChangeWatcher

    loop = qasync.QEventLoop(ensure_application())
    asyncio.set_event_loop(loop)
    app = build_app(load_config(), url)
    seen: dict[tuple[int, str], float] = {}

    def record(snapshot: Any) -> None:
        waiting = dict((s.code, n) for s, n in snapshot.waiting)["A"]
        seen.setdefault((waiting, snapshot.calls[0].label if snapshot.calls else ""), time.monotonic())

    with app.store.listening() as listener:
        display = DisplayWindow(app.queue)
        watcher = ChangeWatcher(listener, heartbeat_ms=60_000)
        watcher.changed.connect(display.refresh)
        display.shown_snapshot.connect(record)
        display.resize(1920, 1080)
        display.show()
        process = child(CHILD, url, events, time.time() + 1.5)
        out = loop.run_until_complete(_finished(process))
        watcher.stop()
        display.close()
    loop.run_until_complete(asyncio.sleep(0.05))
    loop.close()
    app.close()
    shown = [seen.get(expected_signature(i)) for i in range(events)]
    latencies = [s - start for s, start in zip(shown, json.loads(out), strict=True) if s is not None]
    return latencies, shown.count(None)


async def _finished(process: subprocess.Popen[str]) -> str:
    while process.poll() is None:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.3)  # let the last refresh land
    return process.stdout.read() if process.stdout else ""


# --- 2. issue throughput ------------------------------------------------------------------------------


def throughput(url: str, kiosks: int, per_kiosk: int) -> float:
    """Tickets per second with `kiosks` processes issuing `per_kiosk` tickets each, all at once."""
    from store import open_store

    open_store(url).close()  # migrated before the kiosks race
    start_at = time.time() + 2.0
    processes = [child(KIOSK, url, per_kiosk, start_at) for _ in range(kiosks)]
    ends = [float(process.communicate(timeout=300)[0]) for process in processes]
    return kiosks * per_kiosk / (max(ends) - start_at)


# --- 3. the display's read -----------------------------------------------------------------------------


def snapshot_cost(url: str, history: int, reads: int = 300) -> list[float]:
    """Seconds per snapshot with `history` closed tickets (4/5 on earlier days) besides today's 24 open."""
    from main import build_app
    from settings import load_config

    app = build_app(load_config(), url)
    try:
        _seed(app.store, app.queue, history)
        app.queue.snapshot()
        timings = []
        for _ in range(reads):
            started = time.perf_counter()
            app.queue.snapshot()
            timings.append(time.perf_counter() - started)
        return timings
    finally:
        app.close()


def _seed(store: Any, queue: Any, history: int) -> None:
    """Closed tickets over 40 earlier days and today, each called and served at one of the 4 counters (so
    the step log's call history grows with them), then 20 waiting and 4 called today."""
    from queueing.model import Ticket, TicketState

    now, today = queue._clock(), queue.today()
    earlier, finished_today = history * 4 // 5, history - history * 4 // 5
    per_day = max(1, earlier // 40)
    with store.unit_of_work(write=True) as uow:
        for n in range(earlier):
            moment = now - timedelta(days=1 + n // per_day)
            day = today - timedelta(days=1 + n // per_day)
            uow.tickets.add(_ticket(Ticket, day, n % per_day + 1, moment, TicketState.DONE))
        for n in range(finished_today + 24):
            state = TicketState.DONE if n < finished_today else TicketState.WAITING
            ticket = _ticket(Ticket, today, n + 1, now, state)
            if n >= finished_today + 20:
                ticket = ticket.call(1 + n % 4, now)
            uow.tickets.add(ticket)
        uow.commit()


def _ticket(ticket_type: Any, day: Any, sequence: int, moment: Any, state: Any) -> Any:
    ticket = ticket_type(
        id=uuid.uuid4().hex,
        office="main",
        business_date=day,
        route=("A",),
        prefix="A",
        sequence=sequence,
        issued_at=moment,
    )
    if state.value == "done":  # served: called to a counter, then finished
        return ticket.call(1 + sequence % 4, moment).finish(moment)
    return ticket


# --- the run --------------------------------------------------------------------------------------------


@contextlib.contextmanager
def sqlite_databases() -> Iterator[Databases]:
    directory = tempfile.mkdtemp(prefix="madoguchi-bench-")
    names = iter(range(1_000_000))
    try:
        yield lambda: f"sqlite:///{directory}/bench-{next(names)}.sqlite3"
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@contextlib.contextmanager
def postgres_databases() -> Iterator[Databases]:
    from tests.helpers.postgres import running_postgres

    with running_postgres(durable=True) as server:  # fsync on: commits cost what they would in a city
        yield server.new_database


def measure(backend: str, databases: Databases, events: int) -> None:
    latencies, missing = propagation(databases(), events)
    print(f"[{backend}] propagation to another process's display, {events} events: {summary(latencies)}")
    print(f"[{backend}]   states never shown (superseded before a read): {missing}")
    for kiosks, per_kiosk in ((1, 400), (8, 100)):
        rate = throughput(databases(), kiosks, per_kiosk)
        print(f"[{backend}] issue throughput, {kiosks} kiosk process(es): {rate:.0f} tickets/s")
    for history in (100, 10_000):
        timings = snapshot_cost(databases(), history)
        print(
            f"[{backend}] snapshot() with {history:>6} tickets of history: median "
            f"{statistics.median(timings) * 1000:.2f} ms, p99 {percentile(timings, 0.99) * 1000:.2f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    with sqlite_databases() as databases:
        measure("SQLite", databases, args.events)
    if not args.skip_postgres:
        with postgres_databases() as databases:
            measure("PostgreSQL", databases, args.events)


if __name__ == "__main__":
    main()

"""Queue synchronisation on SQLite and on PostgreSQL: propagation, issue throughput, the display's read.

1. Propagation: an operation in another process -> shown by a real DisplayWindow in this one (Qt
   offscreen, qasync, ChangeWatcher on the store's listener), as bench/propagation.py measures it.
2. Issuing: 1 and then 8 kiosk processes issue as fast as they can for 10 s; tickets per second, and each
   issue's latency (median, p99, max: a kiosk's resident waits for the slowest).
3. The display's state computation, `QueueService.snapshot()`, with 100 and with 10,000 tickets of
   history (earlier days, and tickets finished today): its cost must not grow with history.

PostgreSQL is a throw-away server started here (tests/helpers/postgres.py) on loopback, with fsync on.

    python bench/queue_sync.py [--events 500] [--seconds 10] [--parts issue ...] [--skip-postgres]
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
import json, os, sys, time
import store.sqlite_writers
from tests.helpers.workers import queue_for
store.sqlite_writers.enabled = not os.environ.get("BENCH_BUSY_HANDLER_ONLY")
queue, _ = queue_for(sys.argv[1])
print("ready", flush=True)
start_at, stop_at = map(float, sys.stdin.readline().split())
while time.time() < start_at:
    time.sleep(0.001)
latencies = []
while time.time() < stop_at:
    started = time.perf_counter()
    queue.issue("A")
    latencies.append(time.perf_counter() - started)
print(json.dumps({"end": time.time(), "latencies": latencies}))
"""

Databases = Callable[[], str]


def child(
    script: str, *argv: object, env: dict[str, str] | None = None, stdin: int | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, argv)],
        cwd=REPO,
        stdin=stdin,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
    )


# --- 1. propagation ----------------------------------------------------------------------------------


def propagation(url: str, events: int) -> tuple[list[float], int]:
    """Latencies (s) from an operation's start in a child process to the display showing its result."""
    import qasync

    from bootstrap import build_app
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


def throughput(url: str, kiosks: int, seconds: float, queued: bool = True) -> tuple[float, list[float]]:
    """Tickets per second, and each issue's latency (s), with `kiosks` processes issuing as fast as they
    can for `seconds`, all starting at once; `queued=False`: SQLite writers wait in SQLite's busy handler
    only, without the lock file of store.sqlite_writers (as before it)."""
    from store import open_store

    open_store(url).close()  # migrated before the kiosks race
    env = {} if queued else {"BENCH_BUSY_HANDLER_ONLY": "1"}
    processes = [child(KIOSK, url, env=env, stdin=subprocess.PIPE) for _ in range(kiosks)]
    for process in processes:  # every kiosk has started (imports, connection) before any issues
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    start_at = time.time() + 0.2
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(f"{start_at} {start_at + seconds}\n")
        process.stdin.flush()
    results = [json.loads(process.communicate(timeout=300)[0]) for process in processes]
    latencies = [latency for result in results for latency in result["latencies"]]
    return len(latencies) / (max(result["end"] for result in results) - start_at), latencies


# --- 3. the display's read -----------------------------------------------------------------------------


def snapshot_cost(url: str, history: int, reads: int = 300) -> list[float]:
    """Seconds per snapshot with `history` closed tickets (4/5 on earlier days) besides today's 24 open."""
    from bootstrap import build_app
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


PARTS = ("propagation", "issue", "snapshot")


def measure(backend: str, databases: Databases, args: argparse.Namespace) -> None:
    if "propagation" in args.parts:
        latencies, missing = propagation(databases(), args.events)
        print(
            f"[{backend}] propagation to another process's display, {args.events} events:", summary(latencies)
        )
        print(f"[{backend}]   states never shown (superseded before a read): {missing}")
    if "issue" in args.parts:
        ways = [True, False] if args.compare and backend == "SQLite" else [True]
        for kiosks in (1, 8):
            for queued in ways:
                rate, latencies = throughput(databases(), kiosks, args.seconds, queued)
                how = "" if len(ways) == 1 else (" (writers queue)" if queued else " (busy handler only)")
                print(
                    f"[{backend}] issue, {kiosks} kiosk process(es) for {args.seconds:g} s{how}:"
                    f" {rate:.0f} tickets/s; each issue {summary(latencies)}"
                )
    if "snapshot" in args.parts:
        for history in (100, 10_000):
            timings = snapshot_cost(databases(), history)
            print(
                f"[{backend}] snapshot() with {history:>6} tickets of history: median "
                f"{statistics.median(timings) * 1000:.2f} ms, p99 {percentile(timings, 0.99) * 1000:.2f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=500, help="propagation: operations to show")
    parser.add_argument("--seconds", type=float, default=10.0, help="issue: how long the kiosks issue")
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS), help="what to measure")
    parser.add_argument(
        "--compare", action="store_true", help="issue on SQLite also without the writers' lock file"
    )
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    if not args.skip_sqlite:
        with sqlite_databases() as databases:
            measure("SQLite", databases, args)
    if not args.skip_postgres:
        with postgres_databases() as databases:
            measure("PostgreSQL", databases, args)


if __name__ == "__main__":
    main()

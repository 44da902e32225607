"""Propagation: an operation in one process -> visible in another process's display state.

The display process is this script: a real DisplayWindow (Qt offscreen, qasync, ChangeWatcher on the
store's change feed). A child process plays a kiosk and a counter, alternately issuing a ticket and
calling it, and records when each operation started. Latency = first time the display showed the state
after that operation - when the operation started (CLOCK_MONOTONIC is shared by processes).

    python bench/propagation.py [--events 500]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time

from _common import REPO, summary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = r"""
import json, random, sys, time
from tests.helpers.workers import queue_for
queue, _ = queue_for(sys.argv[1])
events, start_at = int(sys.argv[2]), float(sys.argv[3])
while time.time() < start_at:
    time.sleep(0.001)
starts = []
for i in range(events):
    starts.append(time.monotonic())
    queue.issue("A") if i % 2 == 0 else queue.call_next(1)
    time.sleep(random.uniform(0.005, 0.02))
print(json.dumps(starts))
"""


def expected_signature(index: int) -> tuple[int, str]:
    """(people waiting for A, newest call) after operation `index` (0-based) of the child."""
    calls = (index + 1) // 2
    waiting = 1 if index % 2 == 0 else 0
    return waiting, f"A-{calls:03d}" if calls else ""


def run(events: int) -> None:
    import qasync

    from bootstrap import build_app
    from queue_display.window import DisplayWindow
    from settings import load_config
    from ui.app import ensure_application
    from ui.watcher import ChangeWatcher

    qt_app = ensure_application()
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    tmp = tempfile.mkdtemp()
    url = f"sqlite:///{tmp}/bench.sqlite3"
    app = build_app(load_config(), url)
    seen: dict[tuple[int, str], float] = {}

    def record(snapshot: object) -> None:
        waiting = dict((s.code, n) for s, n in snapshot.waiting)["A"]  # type: ignore[attr-defined]
        newest = snapshot.calls[0].label if snapshot.calls else ""  # type: ignore[attr-defined]
        seen.setdefault((waiting, newest), time.monotonic())

    with app.store.listening() as listener, loop:
        display = DisplayWindow(app.queue)
        watcher = ChangeWatcher(listener, heartbeat_ms=60_000)
        watcher.changed.connect(display.refresh)
        display.shown_snapshot.connect(record)
        display.resize(1920, 1080)
        display.show()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, url, str(events), str(time.time() + 1.5)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )

        async def wait_child() -> str:
            while child.poll() is None:
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.3)  # let the last refresh land
            return child.stdout.read() if child.stdout else ""

        starts = json.loads(loop.run_until_complete(wait_child()))
        watcher.stop()
    app.close()
    latencies, missing = [], 0
    for index, started in enumerate(starts):
        shown = seen.get(expected_signature(index))
        if shown is None:
            missing += 1
        else:
            latencies.append(shown - started)
    print(f"propagation to another process's display, SQLite, {events} events: {summary(latencies)}")
    print(f"  states never shown (superseded before a read): {missing}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=500)
    run(parser.parse_args().events)

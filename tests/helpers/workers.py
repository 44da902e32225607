"""Worker processes for multi-process tests and benches: `python -m tests.helpers.workers ...`.

Each worker opens the database itself, as a separate kiosk or desk PC process would, waits for a common
start time so they really collide, does its operations and prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from bootstrap import make_queue
from queueing.services import QueueService
from settings import load_config
from store import open_store

T = TypeVar("T")


def queue_for(url: str) -> tuple[QueueService, object]:
    store = open_store(url)
    return make_queue(load_config(), store.unit_of_work), store


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("operation", choices=["issue", "call", "issue-forever"])
    parser.add_argument("url")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--service", default="A")
    parser.add_argument("--counter", type=int, default=1)
    parser.add_argument("--start-at", type=float, default=0.0, help="time.time() to start at")
    parser.add_argument("--interval", type=float, default=0.0, help="seconds between operations")
    parser.add_argument("--retry-for", type=float, default=0.0, help="retry a failed operation this long")
    args = parser.parse_args(argv)
    queue, _store = queue_for(args.url)
    while time.time() < args.start_at:
        time.sleep(0.001)
    if args.operation == "issue-forever":
        while True:  # killed by the test
            print(queue.issue(args.service).ticket.label, flush=True)
    labels: list[str | None] = []
    for _ in range(args.count):
        labels.append(retrying(lambda: operate(queue, args), args.retry_for))
        time.sleep(args.interval)
    print(json.dumps(labels))
    return 0


def operate(queue: QueueService, args: argparse.Namespace) -> str | None:
    if args.operation == "issue":
        return queue.issue(args.service).ticket.label
    ticket = queue.call_next(args.counter)
    return ticket.id if ticket else None


def retrying(operation: Callable[[], T], seconds: float) -> T:
    """Run `operation`, again while it fails, for up to `seconds` (a kiosk outliving a server restart)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return operation()
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Worker processes for multi-process tests and benches: `python -m tests.helpers.workers ...`.

Each worker opens the database itself, as a separate kiosk or desk PC process would, waits for a common
start time so they really collide, does its operations and prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from queueing.services import QueueService
from settings import load_config
from store import open_store


def queue_for(url: str) -> tuple[QueueService, object]:
    config = load_config()
    store = open_store(url)
    service = QueueService(
        office_code=config.office_code,
        office_name=config.office_name,
        services=config.services,
        counters=config.counters,
        reset_hour=config.daily_reset_hour,
        uow=store.unit_of_work,
    )
    return service, store


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("operation", choices=["issue", "call", "issue-forever"])
    parser.add_argument("url")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--service", default="A")
    parser.add_argument("--counter", type=int, default=1)
    parser.add_argument("--start-at", type=float, default=0.0, help="time.time() to start at")
    args = parser.parse_args(argv)
    queue, _store = queue_for(args.url)
    while time.time() < args.start_at:
        time.sleep(0.001)
    if args.operation == "issue-forever":
        while True:  # killed by the test
            print(queue.issue(args.service).ticket.label, flush=True)
    labels: list[str | None] = []
    for _ in range(args.count):
        if args.operation == "issue":
            labels.append(queue.issue(args.service).ticket.label)
        else:
            ticket = queue.call_next(args.counter)
            labels.append(ticket.id if ticket else None)
    print(json.dumps(labels))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

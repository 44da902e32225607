"""`python main.py queue ...`: the operations the kiosk and the desk use, for administrators and scripts.

main.py builds the QueueService (it owns the database) and hands it to `run`; this module only parses and
prints. Every operation also prints JSON with --json. A refused operation raises QueueError (main.py
prints its message and exits 1).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from queueing import appointment_command, notice_command
from queueing.appointment_service import AppointmentService
from queueing.model import Ticket
from queueing.notices import NoticeBoard
from queueing.services import QueueService

COUNTER_OPERATIONS = {
    "call": "call the next ticket to a counter (finishing its current step), or --ticket a chosen one",
    "recall": "call a counter's current ticket again (after 3 recalls: no-show)",
    "finish": "finish the current step: on to the ticket's next service, or done",
    "no-show": "mark a counter's current ticket as not come",
    "hold": "書類待ち: the current ticket leaves the line until released",
    "transfer": "pass the current ticket to --to-service S (next) or --to-counter N",
}
TICKET_OPERATIONS = {
    "release": "a held ticket goes back in line at its place",
    "undo-no-show": "a no-show came back: in line again at its place",
    "cancel": "withdraw a ticket",
}


def add_arguments(parser: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    ops = parser.add_subparsers(dest="queue_command", metavar="OPERATION", required=True)
    issue = ops.add_parser("issue", parents=[common], help="issue a ticket (not printed)")
    issue.add_argument(
        "--service", action="append", required=True, help="service code; repeat it for a route: one ticket"
    )
    issue.add_argument("--priority", action="store_true", help="ahead of the line (e.g. accessibility needs)")
    for name, text in COUNTER_OPERATIONS.items():
        op = ops.add_parser(name, parents=[common], help=text)
        op.add_argument("--counter", type=int, required=True, help="counter number")
    ops.choices["call"].add_argument("--ticket", help="call this waiting ticket, e.g. A-012")
    transfer = ops.choices["transfer"].add_mutually_exclusive_group(required=True)
    transfer.add_argument("--to-service", help="service code")
    transfer.add_argument("--to-counter", type=int, help="counter number")
    for name, text in TICKET_OPERATIONS.items():
        ops.add_parser(name, parents=[common], help=text).add_argument("--ticket", required=True)
    ops.add_parser("status", parents=[common], help="calls and waiting counts")
    appointment_command.add_arguments(ops, common)
    notice_command.add_arguments(ops, common)
    for op_parser in ops.choices.values():
        op_parser.add_argument("--json", action="store_true", help="print JSON")


def run(
    args: argparse.Namespace,
    queue: QueueService,
    appointments: AppointmentService,
    notices: NoticeBoard | None = None,
) -> int:
    if args.queue_command in notice_command.OPERATIONS and notices is not None:
        return notice_command.run(args, notices)
    if args.queue_command in appointment_command.OPERATIONS:
        return appointment_command.run(args, appointments)
    result, text = _status(queue) if args.queue_command == "status" else _operate(args, queue)
    print(json.dumps(result, ensure_ascii=False) if args.json else text)
    return 0


def _operate(args: argparse.Namespace, queue: QueueService) -> tuple[dict[str, Any], str]:
    op = args.queue_command
    if op == "issue":
        issued = queue.issue(args.service, printed=False, priority=args.priority)
        route = " -> ".join(queue.service(code).name for code in issued.ticket.route)
        text = f"{issued.ticket.label} ({route}), {issued.people_ahead} ahead"
        return {"ticket": ticket_json(issued.ticket), "people_ahead": issued.people_ahead}, text
    if op in TICKET_OPERATIONS:
        action = {"release": queue.release, "undo-no-show": queue.undo_no_show, "cancel": queue.cancel}[op]
        ticket: Ticket | None = action(args.ticket)
    elif op == "call" and args.ticket:
        ticket = queue.call_ticket(args.counter, args.ticket)
    elif op == "transfer":
        ticket = queue.transfer(args.counter, service=args.to_service, counter=args.to_counter)
    else:
        operation = {
            "call": queue.call_next,
            "recall": queue.recall,
            "finish": queue.finish,
            "no-show": queue.no_show,
            "hold": queue.hold,
        }[op]
        ticket = operation(args.counter)
    if ticket is None:
        return {"ticket": None}, "nobody waiting"
    where = f" at {queue.service(ticket.service_code).name}" if ticket.state.value == "waiting" else ""
    return {"ticket": ticket_json(ticket)}, f"{ticket.label}: {ticket.state.value}{where}"


def _status(queue: QueueService) -> tuple[dict[str, Any], str]:
    snapshot = queue.snapshot()
    result = {
        "business_date": snapshot.business_date.isoformat(),
        "calls": [{"number": c.label, "counter": c.counter} for c in snapshot.calls],
        "waiting": {service.code: count for service, count in snapshot.waiting},
    }
    lines = [f"{c.label} -> {c.counter_name}" for c in snapshot.calls] or ["no calls"]
    lines += [f"{service.code} {service.name}: {count} waiting" for service, count in snapshot.waiting]
    return result, "\n".join(lines)


def ticket_json(ticket: Ticket) -> dict[str, Any]:
    """A ticket for scripts: numbers, states and times (no personal data: tickets hold none)."""
    return {
        "id": ticket.id,
        "number": ticket.label,
        "service": ticket.service_code,
        "route": list(ticket.route),
        "step": ticket.step,
        "state": ticket.state.value,
        "counter": ticket.counter,
        "issued_at": ticket.issued_at.isoformat(),
        "called_at": ticket.called_at.isoformat() if ticket.called_at else None,
        "recalls": ticket.recalls,
        "priority": ticket.priority,
        "printed": ticket.printed,
    }

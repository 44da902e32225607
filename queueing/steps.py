"""The step log's rules: what each change of a ticket records about the steps of its route.

The step log keeps one entry per step a ticket spends at a service (the store's ticket_steps): when it
joined that service's line, when it was first and last called and to which counter, and how the step
ended. The statistics measure the wait and the service time of every step from it, not only of a ticket's
last, and the wait estimates learn service times from its finished steps. `changes()` derives what to write
from the ticket before and after a transition, so every transition is logged by one rule, in the
transaction that saves the ticket:

- issue: the first step's entry opens, entered at the issue time;
- call, recall: the step's latest call (time, counter, recalls); its first call is kept, the wait ends there;
- finish of a routed step: the step ends `done` and the next one opens, entered at the finish (the ticket's
  place in the new line is still its original issue time: queueing.model.queue_order);
- transfer to a service: the step ends `transferred` and the inserted service's step opens;
- finish of the last step, no-show, cancel: the step ends `done`, `no_show` or `cancelled`;
- undo of a no-show: the same step reopens (the resident is back in the same line, at the same place);
- the desk's 元に戻す of a finish, a no-show or a hold (queueing.undo): the ticket is at its counter again
  and its step reopens, as if the operation had not happened; a finish's next step, which it had opened, is
  withdrawn (its entry is deleted: nobody joined that line);
- return to the line (the clerk logged out with the ticket called): like a hold, the step stays open;
- hold (書類待ち), release, transfer to a counter: the same step stays open and keeps its entry time and its
  first call, and its latest call stays on record until the next one. So the step's wait is from joining
  the line to the first call, and its service time from the latest call to the end: the time spent
  fetching a document, or back in line after it, is neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from queueing.model import Ticket, TicketState


class StepOutcome(StrEnum):
    """How a step ended."""

    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    TRANSFERRED = "transferred"  # passed on to another service (inserted next in the route)


_ENDINGS = {
    TicketState.DONE: StepOutcome.DONE,
    TicketState.NO_SHOW: StepOutcome.NO_SHOW,
    TicketState.CANCELLED: StepOutcome.CANCELLED,
}


@dataclass(frozen=True)
class StepCall:
    """A step's latest call: when, to which counter, and how many recalls followed it."""

    at: datetime
    counter: int
    recalls: int


@dataclass(frozen=True)
class StepChange:
    """One write to the step log, for step `step` of a ticket.

    With `entered_at` the step begins: a new entry. Without, the entry changes: `call`, when given, becomes
    its latest call (and its first, if it has none); None leaves the recorded call as it is. `closed_at`
    and `outcome` are always written: None (re)opens the step. `withdrawn`: the entry is deleted.
    """

    step: int
    service_code: str
    entered_at: datetime | None = None
    call: StepCall | None = None
    closed_at: datetime | None = None
    outcome: StepOutcome | None = None
    withdrawn: bool = False  # the step never began after all (an undone finish): its entry goes


def changes(before: Ticket | None, after: Ticket, at: datetime) -> list[StepChange]:
    """What the step log records of a ticket going from `before` to `after` at `at`, in order.

    `before` None: a new ticket, whose current step begins at `at` (its issue time).
    """
    if before is None:
        return [_begins(after, at)]
    if after.step < before.step:  # only an undo moves a ticket back (queueing.undo)
        gone = [
            StepChange(step, before.route[step], withdrawn=True)
            for step in range(before.step, after.step, -1)
        ]
        return [*gone, StepChange(after.step, after.service_code, closed_at=None, outcome=None)]
    if before.step != after.step:
        moved = StepOutcome.TRANSFERRED if before.route != after.route else StepOutcome.DONE
        ended = StepChange(before.step, before.service_code, closed_at=at, outcome=moved)
        return [ended, _begins(after, at)]
    call = _call(after)
    call = None if call == _call(before) else call  # none: back in line or held, or the same call
    closed_at, outcome = _ending(after)
    if call is None and (closed_at, outcome) == _ending(before):
        return []  # e.g. hold, release, priority, paper: nothing the step log keeps
    return [StepChange(after.step, after.service_code, call=call, closed_at=closed_at, outcome=outcome)]


def _begins(ticket: Ticket, at: datetime) -> StepChange:
    closed_at, outcome = _ending(ticket)
    return StepChange(ticket.step, ticket.service_code, at, _call(ticket), closed_at, outcome)


def _call(ticket: Ticket) -> StepCall | None:
    """The call a ticket shows: none once it is back in line or held (its counter is gone)."""
    if ticket.called_at is None or ticket.counter is None:
        return None
    return StepCall(ticket.called_at, ticket.counter, ticket.recalls)


def _ending(ticket: Ticket) -> tuple[datetime | None, StepOutcome | None]:
    outcome = _ENDINGS.get(ticket.state)
    return (ticket.closed_at if outcome else None), outcome

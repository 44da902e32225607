"""What a counter may take back (元に戻す) a few seconds after doing it: a finish, a no-show, a 書類待ち.

Each takes a ticket from its counter, and a mistaken click would send a resident who stands at the
counter elsewhere: done, out of the line, or (a routed ticket) into the next service's line. The desk keeps
the ticket as it was before and as the operation left it; `reverses()` says whether the one is what the
operation made of the other, so an undo can never do anything but put that ticket back. The queue then
checks that nothing has moved the ticket since (QueueService.undo). A call or a recall is not taken back:
the waiting room has heard it.
"""

from __future__ import annotations

from dataclasses import replace

from queueing.model import Ticket, TicketState

_PLACE = ("route", "step", "state", "counter", "assigned_counter", "called_at", "recalls", "closed_at")
"""The fields that say where a ticket stands in the queue (not its paper, priority or correction)."""


def place(ticket: Ticket) -> tuple[object, ...]:
    """Where a ticket stands: its route and step, its state and counter, its call and its end."""
    return tuple(getattr(ticket, name) for name in _PLACE)


def reverses(before: Ticket, after: Ticket) -> bool:
    """Whether `after` is what finishing, marking as not come or holding `before` at its counter made."""
    if before.id != after.id or before.state is not TicketState.CALLED or before.counter is None:
        return False
    at = after.closed_at or before.called_at or before.issued_at
    made = (before.finish(at), before.mark_no_show(at), before.hold())
    return place(after) in {place(ticket) for ticket in made}


def put_back(stored: Ticket, before: Ticket) -> Ticket:
    """The ticket as stored now, at its counter again as it was `before` the operation (its paper,
    priority and correction as they are now)."""
    return replace(stored, **{name: getattr(before, name) for name in _PLACE})

"""The ticket repository: domain Tickets in and out of the tickets table (and the queue board view).

In a writing unit of work the tickets it reads are locked until it ends (FOR UPDATE on PostgreSQL; SQLite
locks the whole database for a writer already), and `save()` writes only the columns that changed: two
writers touching one ticket at once (a kiosk marking it unprinted, a desk calling it) are serialised
instead of one silently undoing the other, and a role may be granted UPDATE on single columns.
Every query names the office: several offices share one PostgreSQL database.

`add()` and `save()` also keep the step log (ticket_steps) in the same transaction, by the rules of
queueing.steps: a kiosk's role may only insert into it (issuing opens the first step), and marking a ticket
unprinted writes nothing there.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Date,
    Row,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from queueing.call_history import PastCall
from queueing.model import Ticket, TicketState, ticket_label
from queueing.service_times import CompletedStep
from queueing.steps import StepChange, changes
from store.erasure import mark_purged
from store.tables import (
    ApplicationChangeRow,
    ApplicationRow,
    TicketRow,
    TicketSequenceRow,
    TicketStepRow,
    call_history,
    queue_board,
    service_durations,
)

if TYPE_CHECKING:
    pass


def _to_db(moment: datetime | None) -> datetime | None:
    """Stored as naive UTC: portable across SQLite and PostgreSQL, and unambiguous."""
    if moment is None:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None)


def _from_db(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(tzinfo=UTC)


def _shared_fields(row: TicketRow | Row[tuple[object, ...]]) -> dict[str, Any]:
    """The Ticket fields that the tickets table and the queue board both hold."""
    issued_at = _from_db(row.issued_at)
    assert issued_at is not None
    return {
        "office": row.office,
        "business_date": row.business_date,
        "prefix": row.prefix,
        "sequence": row.sequence,
        "issued_at": issued_at,
        "state": TicketState(row.state),
        "counter": row.counter,
        "called_at": _from_db(row.called_at),
        "recalls": row.recalls,
    }


def _to_ticket(row: TicketRow) -> Ticket:
    return Ticket(
        id=row.id,
        route=tuple(row.route.split(",")),
        step=row.step,
        assigned_counter=row.assigned_counter,
        priority=row.priority,
        appointment_at=_from_db(row.appointment_at),
        closed_at=_from_db(row.closed_at),
        printed=row.printed,
        print_failed=row.print_failed,
        correction_requested=row.correction_requested,
        **_shared_fields(row),
    )


def _from_board(row: Row[tuple[object, ...]]) -> Ticket:
    """A ticket as the queue board shows it: no id, no route beyond its current service, no paper."""
    return Ticket(id="", route=(str(row.service_code),), **_shared_fields(row))


def _on_board(office: str, day: date, state: TicketState) -> tuple[ColumnElement[bool], ...]:
    """The board's tickets of one office and day in one state."""
    board = queue_board.c
    return board.office == office, board.business_date == day, board.state == state.value


def _columns(ticket: Ticket) -> dict[str, object]:
    return {
        "office": ticket.office,
        "business_date": ticket.business_date,
        "service_code": ticket.service_code,
        "number_service": ticket.number_service,
        "route": ",".join(ticket.route),
        "step": ticket.step,
        "assigned_counter": ticket.assigned_counter,
        "priority": ticket.priority,
        "appointment_at": _to_db(ticket.appointment_at),
        "prefix": ticket.prefix,
        "sequence": ticket.sequence,
        "state": ticket.state.value,
        "issued_at": _to_db(ticket.issued_at),
        "counter": ticket.counter,
        "called_at": _to_db(ticket.called_at),
        "recalls": ticket.recalls,
        "closed_at": _to_db(ticket.closed_at),
        "printed": ticket.printed,
        "print_failed": ticket.print_failed,
        "correction_requested": ticket.correction_requested,
    }


def _step_values(change: StepChange) -> dict[str, Any]:
    """The step log columns a change writes: how the step ended (None: open) and, on a call, the call."""
    values: dict[str, Any] = {
        "closed_at": _to_db(change.closed_at),
        "outcome": None if change.outcome is None else change.outcome.value,
    }
    if change.call is not None:
        values.update(
            called_at=_to_db(change.call.at), counter=change.call.counter, recalls=change.call.recalls
        )
    return values


class SqlTicketRepository:
    """Implements queueing.ports.TicketRepository on one SQLAlchemy session.

    `offices` collects the offices whose queue this unit of work changed, for the change feed.
    """

    def __init__(self, session: Session, *, lock_rows: bool = False) -> None:
        self._session = session
        self._lock_rows = lock_rows
        self._loaded: dict[str, Ticket] = {}  # as this unit of work read or last wrote them
        self.offices: set[str] = set()

    def next_sequence(self, office: str, day: date, service_code: str) -> int:
        """One statement: the day's first number is inserted as 1, later ones increment the row.

        The row stays locked until the transaction ends (PostgreSQL: a concurrent upsert waits, then
        increments the committed value; SQLite: the writer holds the database), and the ticket is
        inserted in the same transaction: numbers are unique, and gap-free because a rollback
        returns the number too.
        """
        self.offices.add(office)
        stmt = _next_sequence_statement(self._session.get_bind().dialect.name)
        params = {"office": office, "day": day, "code": service_code}
        return int(self._session.execute(stmt, params).scalar_one())

    def add(self, ticket: Ticket) -> None:
        """Insert the ticket and its current step's entry in the step log (INSERTs only: a kiosk's role)."""
        self.offices.add(ticket.office)
        self._session.execute(_INSERT_TICKET, {"id": ticket.id, **_columns(ticket)})
        for change in changes(None, ticket, ticket.issued_at):
            self._log_step(ticket, change)

    def add_numbered(self, ticket: Ticket) -> Ticket:
        """Give `ticket` the next number of its first service today and insert it with its first step.

        On PostgreSQL one statement does the three (the upsert of the sequence row, the ticket and the step,
        as a WITH of INSERTs): the sequence row, which every kiosk issuing that service waits for, stays
        locked for one round trip and the commit, not four round trips. Elsewhere: next_sequence, then add.
        """
        first = changes(None, ticket, ticket.issued_at)
        if self._session.get_bind().dialect.name != "postgresql" or len(first) != 1 or first[0].call:
            day, code = ticket.business_date, ticket.number_service
            numbered = replace(ticket, sequence=self.next_sequence(ticket.office, day, code))
            self.add(numbered)
            return numbered
        self.offices.add(ticket.office)
        step = first[0]
        columns = {"id": ticket.id, **_columns(ticket)}
        del columns["sequence"]
        params = {f"t_{name}": value for name, value in columns.items()}
        params |= {"office": ticket.office, "day": ticket.business_date, "code": ticket.number_service}
        params |= {"s_step": step.step, "s_service_code": step.service_code}
        params |= {"s_entered_at": _to_db(step.entered_at)}
        params |= {f"s_{name}": value for name, value in _step_values(step).items()}
        last = self._session.execute(_issue_statement(tuple(columns), tuple(_step_values(step))), params)
        return replace(ticket, sequence=int(last.scalar_one()))

    def save(self, ticket: Ticket, at: datetime) -> None:
        """Write the columns that differ from the ticket as this unit of work read it (reading it first if
        it has not), and what the change means for the step log: a step that ends or begins does so at
        `at`."""
        before = self._loaded.get(ticket.id) or self.get(ticket.id)
        if before is None:
            return
        old, new = _columns(before), _columns(ticket)
        changed = {name: value for name, value in new.items() if old[name] != value}
        if changed:
            self.offices.add(ticket.office)
            self._session.execute(update(TicketRow).where(TicketRow.id == ticket.id).values(**changed))
        for change in changes(before, ticket, at):
            self._log_step(ticket, change)
        self._loaded[ticket.id] = ticket

    def get(self, ticket_id: str) -> Ticket | None:
        row = self._session.get(TicketRow, ticket_id, with_for_update=self._lock_rows, populate_existing=True)
        return None if row is None else self._remember(row)

    def next_for_counter(
        self, office: str, day: date, service_codes: Sequence[str], counter: int, now: datetime
    ) -> Ticket | None:
        """queueing.model.queue_order in SQL: due appointments by their time, then priority, then the
        original issue time; tickets assigned to another counter are not this counter's to call."""
        due = and_(TicketRow.appointment_at.is_not(None), TicketRow.appointment_at <= _to_db(now))
        rank = case((due, 0), (TicketRow.priority, 1), else_=2)
        stmt = (
            self._today(office, day, TicketState.WAITING)
            .where(
                TicketRow.service_code.in_(list(service_codes)),
                or_(TicketRow.assigned_counter.is_(None), TicketRow.assigned_counter == counter),
            )
            .order_by(
                rank, case((due, TicketRow.appointment_at), else_=TicketRow.issued_at), TicketRow.sequence
            )
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        row = self._session.scalars(stmt).first()
        return None if row is None else self._remember(row)

    def find(self, office: str, day: date, prefix: str, sequence: int) -> Ticket | None:
        stmt = select(TicketRow).where(
            TicketRow.office == office,
            TicketRow.business_date == day,
            TicketRow.prefix == prefix,
            TicketRow.sequence == sequence,
        )
        if self._lock_rows:
            stmt = stmt.with_for_update()
        row = self._session.scalars(stmt.limit(1)).first()
        return None if row is None else self._remember(row)

    def waiting(self, office: str, day: date, service_codes: Sequence[str]) -> list[Ticket]:
        stmt = self._today(office, day, TicketState.WAITING).where(
            TicketRow.service_code.in_(list(service_codes))
        )
        return [_to_ticket(row) for row in self._session.scalars(stmt)]

    def in_state(self, office: str, day: date, state: TicketState) -> list[Ticket]:
        stmt = self._today(office, day, state).order_by(TicketRow.issued_at)
        return [_to_ticket(row) for row in self._session.scalars(stmt)]

    def called_at_counter(self, office: str, day: date, counter: int) -> Ticket | None:
        stmt = self._today(office, day, TicketState.CALLED).where(TicketRow.counter == counter)
        stmt = stmt.order_by(TicketRow.called_at.desc()).limit(1)
        if self._lock_rows:
            stmt = stmt.with_for_update()
        row = self._session.scalars(stmt).first()
        return None if row is None else self._remember(row)

    # Read from the queue board: what a display may see is all the snapshot and the kiosk need.

    def waiting_counts(self, office: str, day: date) -> dict[str, int]:
        board = queue_board.c
        stmt = (
            select(board.service_code, func.count().label("waiting"))
            .where(*_on_board(office, day, TicketState.WAITING))
            .group_by(board.service_code)
        )
        return {row.service_code: int(row.waiting) for row in self._session.execute(stmt)}

    def waiting_ahead(self, ticket: Ticket) -> int:
        board = queue_board.c
        stmt = select(func.count()).where(
            *_on_board(ticket.office, ticket.business_date, TicketState.WAITING),
            board.service_code == ticket.service_code,
            board.issued_at < _to_db(ticket.issued_at),  # by issue time: routed tickets keep theirs
        )
        return int(self._session.execute(stmt).scalar_one())

    def recent_calls(self, office: str, day: date, limit: int) -> list[Ticket]:
        """Tickets being served, newest call first; from the board, so without ids."""
        board = queue_board.c
        stmt = (
            select(queue_board)
            .where(*_on_board(office, day, TicketState.CALLED))
            .order_by(board.called_at.desc())
            .limit(limit)
        )
        return [_from_board(row) for row in self._session.execute(stmt)]

    def last_calls(self, office: str, day: date, counters: Sequence[int], per_counter: int) -> list[PastCall]:
        """Each counter's latest calls today, finished ones included, from the call history (no ids)."""
        if not counters or per_counter < 1:
            return []
        statement = last_calls_statement(tuple(sorted(set(counters))), per_counter)
        calls = []
        for row in self._session.execute(statement, {"office": office, "day": day}).mappings():
            called_at = _from_db(row["called_at"])
            if called_at is not None:
                label, closed_at = ticket_label(row["prefix"], row["sequence"]), _from_db(row["closed_at"])
                calls.append(PastCall(label, row["counter"], called_at, closed_at, row["outcome"]))
        return calls

    def finished_steps(self, office: str, since: date, limit: int) -> list[CompletedStep]:
        """The newest steps finished `done` since `since` (service, latest call, duration), every step of a
        route: from service_durations, the step log's view without ids."""
        view = service_durations.c
        stmt = (
            select(view.service_code, view.called_at, view.closed_at)
            .where(view.office == office, view.business_date >= since)
            .order_by(view.closed_at.desc())
            .limit(limit)
        )
        steps = []
        for code, called, closed in self._session.execute(stmt):
            started, ended = _from_db(called), _from_db(closed)  # type: ignore[arg-type]
            if started is not None and ended is not None and ended >= started:
                steps.append(CompletedStep(str(code), started, (ended - started).total_seconds()))
        return steps

    def _remember(self, row: TicketRow) -> Ticket:
        ticket = self._loaded[row.id] = _to_ticket(row)
        return ticket

    def _log_step(self, ticket: Ticket, change: StepChange) -> None:
        """Insert a step that begins, update one that changes, or delete one withdrawn (an undone finish's
        next step); never read back: no RETURNING."""
        step = TicketStepRow.ticket_id == ticket.id, TicketStepRow.step == change.step
        if change.withdrawn:
            self._session.execute(delete(TicketStepRow).where(*step))
            return
        values = _step_values(change)
        if change.entered_at is not None:
            self._session.execute(
                _INSERT_STEP,
                {
                    "ticket_id": ticket.id, "step": change.step, "office": ticket.office,
                    "business_date": ticket.business_date, "service_code": change.service_code,
                    "prefix": ticket.prefix, "sequence": ticket.sequence,
                    "entered_at": _to_db(change.entered_at), "first_called_at": values.get("called_at"),
                    **{"recalls": 0, **values},
                },
            )  # fmt: skip
            return
        if "called_at" in values:  # the first call stays: the step's wait ends there
            values["first_called_at"] = func.coalesce(TicketStepRow.first_called_at, values["called_at"])
        self._session.execute(update(TicketStepRow).where(*step).values(**values))

    def _today(self, office: str, day: date, state: TicketState) -> Select[TicketRow]:
        return select(TicketRow).where(
            TicketRow.office == office, TicketRow.business_date == day, TicketRow.state == state.value
        )


# Issuing's statements, built once with their values as parameters: a writer holds SQLite's one write lock
# (or a sequence row's, on PostgreSQL) while it runs them, and building a statement from its values each
# time (coercing each value, generating its cache key) took most of that time (bench/queue_sync.py).
_TICKETS, _STEPS = cast(Table, TicketRow.__table__), cast(Table, TicketStepRow.__table__)
_SEQUENCES = cast(Table, TicketSequenceRow.__table__)
_INSERT_TICKET = insert(_TICKETS)
_INSERT_STEP = insert(_STEPS)


@functools.cache
def _next_sequence_statement(dialect: str) -> ReturningInsert[Any]:
    """INSERT ... ON CONFLICT DO UPDATE ... RETURNING in `dialect` (imported on use: it is slow), with
    :office, :day and :code as parameters."""
    upsert: postgresql.Insert | sqlite.Insert
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        upsert = postgresql.insert(_SEQUENCES)
    else:
        from sqlalchemy.dialects import sqlite

        upsert = sqlite.insert(_SEQUENCES)
    return (
        upsert.values(
            office=bindparam("office"),
            business_date=bindparam("day", type_=Date()),
            service_code=bindparam("code"),
            last=1,
        )
        .on_conflict_do_update(
            index_elements=["office", "business_date", "service_code"],
            set_={"last": _SEQUENCES.c.last + 1},
        )
        .returning(_SEQUENCES.c.last)
    )


@functools.cache
def _issue_statement(ticket_columns: tuple[str, ...], step_values: tuple[str, ...]) -> Select[Any]:
    """PostgreSQL: the next number (the sequence row's upsert), the ticket with it and its first step, in
    one statement that returns the number. Parameters: office, day, code; t_<column> for the ticket's
    columns but its sequence; s_step, s_service_code, s_entered_at and s_<name> for `step_values`. No
    RETURNING on tickets or steps: a kiosk's role may insert them but not read them back."""
    number = _next_sequence_statement("postgresql").cte("number")

    def given(table: Table, column: str, name: str) -> Any:
        return bindparam(name, type_=table.c[column].type)

    ticket_values = [given(_TICKETS, name, f"t_{name}") for name in ticket_columns]
    step_params = {
        "ticket_id": "t_id", "step": "s_step", "office": "t_office", "business_date": "t_business_date",
        "service_code": "s_service_code", "prefix": "t_prefix", "entered_at": "s_entered_at",
        **{name: f"s_{name}" for name in step_values},
    }  # fmt: skip
    step_values_ = [given(_STEPS, column, name) for column, name in step_params.items()]
    ticket = insert(_TICKETS).from_select(
        [*ticket_columns, "sequence"], select(*ticket_values, number.c.last)
    )
    step = insert(_STEPS).from_select(
        [*step_params, "recalls", "sequence"], select(*step_values_, literal(0), number.c.last)
    )
    return select(number.c.last).add_cte(ticket.cte("ticket"), step.cte("step"))


@functools.lru_cache(maxsize=16)
def last_calls_statement(counters: tuple[int, ...], per_counter: int) -> Select[Any] | CompoundSelect[Any]:
    """One index range per counter (ix_ticket_steps_calls: office, day, counter, called_at), read backwards
    and cut at `per_counter`: the cost depends on the number of counters only, never on how many calls
    the day or the earlier days hold. Built once (a display reads it on every change), with the office
    and the day as the parameters `office` and `day`."""
    view = call_history.c
    office, day = bindparam("office", type_=String()), bindparam("day", type_=Date())
    columns = (view.prefix, view.sequence, view.counter, view.called_at, view.closed_at, view.outcome)
    latest = [
        select(*columns)
        .where(view.office == office, view.business_date == day, view.counter == counter)
        .order_by(view.called_at.desc())
        .limit(per_counter)
        .subquery()
        for counter in counters
    ]
    if len(latest) == 1:
        return select(*latest[0].c)
    return union_all(*(select(*part.c) for part in latest))


class SqlApplicationRepository:
    """Implements queueing.ports.ApplicationRepository: forms filled for a ticket, kept until purged."""

    def __init__(self, session: Session, *, lock_rows: bool = False) -> None:
        self._session = session
        self._lock_rows = lock_rows

    def add(
        self,
        ticket_id: str,
        application: Mapping[str, object],
        keep_until: datetime,
        flagged: Sequence[str] = (),
    ) -> str:
        """Insert with an id made here (a kiosk's role may insert but not read back: no RETURNING)."""
        application_id = uuid.uuid4().hex
        self._session.execute(
            insert(ApplicationRow).values(
                id=application_id,
                ticket_id=ticket_id,
                form_id=str(application.get("form_id", "")),
                data=json.dumps(application, ensure_ascii=False),
                created_at=_to_db(datetime.now(UTC)),
                keep_until=_to_db(keep_until),
                flagged_boxes=json.dumps(list(flagged)) if flagged else None,
            )
        )
        return application_id

    def flagged(self, ticket_id: str) -> dict[str, tuple[str, ...]]:
        """By application id, the boxes the card filled on a ticket's forms that the resident said are
        wrong (forms without any are left out)."""
        stmt = select(ApplicationRow.id, ApplicationRow.flagged_boxes).where(
            ApplicationRow.ticket_id == ticket_id, ApplicationRow.flagged_boxes.is_not(None)
        )
        return {app_id: tuple(json.loads(boxes)) for app_id, boxes in self._session.execute(stmt) if boxes}

    def for_ticket(self, ticket_id: str) -> list[tuple[str, dict[str, Any]]]:
        """(id, application) of a ticket's forms, oldest first."""
        stmt = (
            select(ApplicationRow)
            .where(ApplicationRow.ticket_id == ticket_id)
            .order_by(ApplicationRow.created_at, ApplicationRow.id)
        )
        return [(row.id, json.loads(row.data)) for row in self._session.scalars(stmt)]

    def get(self, application_id: str) -> tuple[str, dict[str, Any]] | None:
        """(ticket id, application) of one form; locked until the unit of work ends when it writes."""
        stmt = select(ApplicationRow).where(ApplicationRow.id == application_id)
        if self._lock_rows:
            stmt = stmt.with_for_update()
        row = self._session.scalars(stmt).first()
        return None if row is None else (row.ticket_id, json.loads(row.data))

    def replace(self, application_id: str, application: Mapping[str, object]) -> None:
        """Write back a form's values (its form, ticket and retention stay as they were)."""
        self._session.execute(
            update(ApplicationRow)
            .where(ApplicationRow.id == application_id)
            .values(data=json.dumps(application, ensure_ascii=False))
        )

    def purge(self, now: datetime) -> int:
        """Delete every application whose retention has ended, and the changes recorded about it (they
        hold its values too); how many applications were deleted."""
        purge_changes(self._session, now)
        result = self._session.execute(delete(ApplicationRow).where(ApplicationRow.keep_until <= _to_db(now)))
        return _purged(self._session, int(result.rowcount or 0))  # type: ignore[attr-defined]


def purge_changes(session: Session, now: datetime) -> int:
    """Delete the recorded changes of every application whose retention has ended; how many."""
    expired = select(ApplicationRow.id).where(ApplicationRow.keep_until <= _to_db(now))
    result = session.execute(
        delete(ApplicationChangeRow).where(ApplicationChangeRow.application_id.in_(expired))
    )
    return _purged(session, int(result.rowcount or 0))  # type: ignore[attr-defined]


def _purged(session: Session, deleted: int) -> int:
    """Rows of personal data deleted: the unit of work erases their traces when it commits."""
    if deleted:
        mark_purged(session)
    return deleted

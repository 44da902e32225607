"""The tables, in SQLAlchemy 2 declarative style. Migrations in store/migrations must match them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Column, Date, DateTime, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class TicketRow(Base):
    __tablename__ = "tickets"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office: Mapped[str] = mapped_column(String(32))
    business_date: Mapped[date] = mapped_column(Date)
    service_code: Mapped[str] = mapped_column(String(8))  # the current step's service
    number_service: Mapped[str] = mapped_column(String(8))  # the service that gave the number
    route: Mapped[str] = mapped_column(String(128))  # service codes, comma-separated, in order
    step: Mapped[int] = mapped_column(Integer, default=0)
    assigned_counter: Mapped[int | None] = mapped_column(Integer)
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    appointment_at: Mapped[datetime | None] = mapped_column(DateTime)
    prefix: Mapped[str] = mapped_column(String(8))
    sequence: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    counter: Mapped[int | None] = mapped_column(Integer)
    called_at: Mapped[datetime | None] = mapped_column(DateTime)
    recalls: Mapped[int] = mapped_column(Integer, default=0)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    printed: Mapped[bool] = mapped_column(Boolean, default=True)
    # Without paper because the kiosk's printer failed, not because it has none set up (migration 0009).
    print_failed: Mapped[bool] = mapped_column(Boolean, default=False)
    # 違うところがある at the kiosk: the resident said the card's data is wrong (migration 0008).
    correction_requested: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        # One number per numbering service per day per office: the database itself refuses a duplicate.
        Index("ux_tickets_number", "office", "business_date", "number_service", "sequence", unique=True),
        # First come, first served within today's open tickets.
        Index("ix_tickets_queue", "office", "business_date", "state", "service_code", "issued_at"),
        # The display's latest calls and a counter's current ticket.
        Index("ix_tickets_calls", "office", "business_date", "state", "called_at"),
    )


class TicketSequenceRow(Base):
    """The last number issued per office, day and service (a row lock makes numbering gap-free)."""

    __tablename__ = "ticket_sequences"

    office: Mapped[str] = mapped_column(String(32), primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    service_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class ApplicationRow(Base):
    """A form filled at the kiosk or the desk for a ticket: personal data, deleted after `keep_until`."""

    __tablename__ = "applications"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(32), index=True)
    form_id: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)  # forms.Application.to_json_dict() as JSON
    created_at: Mapped[datetime] = mapped_column(DateTime)
    keep_until: Mapped[datetime] = mapped_column(DateTime, index=True)
    # The keys of the boxes the card filled, as JSON, when the resident said the card's data is wrong
    # (which people of the form it concerns: "visitor.name", "members.0.sex"); never a value. NULL: none.
    flagged_boxes: Mapped[str | None] = mapped_column(Text)


class ClerkRow(Base):
    """A member of staff who logs in at a desk: the password only as a salted scrypt hash."""

    __tablename__ = "clerks"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(255))  # scrypt$params$salt$hash (casework.passwords)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime)


class ApplicationChangeRow(Base):
    """A clerk changed one field of an application (代行入力): personal data, purged with the application."""

    __tablename__ = "application_changes"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    application_id: Mapped[str] = mapped_column(String(32), index=True)
    field: Mapped[str] = mapped_column(String(128))
    old_value: Mapped[str] = mapped_column(Text)  # JSON: a str, int, bool or null
    new_value: Mapped[str] = mapped_column(Text)
    clerk_login: Mapped[str] = mapped_column(String(64))
    clerk_name: Mapped[str] = mapped_column(String(64))
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class AuditRow(Base):
    """Who viewed or changed personal data, when: ids and field names, never a value (outlives the purge)."""

    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    clerk_login: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    ticket_id: Mapped[str] = mapped_column(String(32), index=True)
    application_id: Mapped[str | None] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(128))


class TicketStepRow(Base):
    """The step log: one row per step of a ticket (the service it waited for, when it joined that line,
    was first and last called, and how the step ended). No personal data; statistics and the wait
    estimates read every step from here, not only a ticket's last. The ticket repository writes it with
    the ticket, by the rules of queueing.steps."""

    __tablename__ = "ticket_steps"

    ticket_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    step: Mapped[int] = mapped_column(Integer, primary_key=True)
    office: Mapped[str] = mapped_column(String(32))
    business_date: Mapped[date] = mapped_column(Date)
    service_code: Mapped[str] = mapped_column(String(8))
    prefix: Mapped[str] = mapped_column(String(8))
    sequence: Mapped[int] = mapped_column(Integer)
    # Joined this service's line: issued, or the previous step ended. NULL only for a later step of a
    # ticket issued before the step log (migration 0006 could not know it).
    entered_at: Mapped[datetime | None] = mapped_column(DateTime)
    first_called_at: Mapped[datetime | None] = mapped_column(DateTime)  # the wait ends here
    called_at: Mapped[datetime | None] = mapped_column(DateTime)  # the latest call (recalls move it)
    counter: Mapped[int | None] = mapped_column(Integer)
    recalls: Mapped[int] = mapped_column(Integer, default=0)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str | None] = mapped_column(String(16))  # queueing.steps.StepOutcome; None while open

    __table_args__ = (
        Index("ix_ticket_steps_day", "office", "business_date", "service_code"),
        Index("ix_ticket_steps_calls", "office", "business_date", "counter", "called_at"),
    )


class AppointmentRow(Base):
    """A reservation (予約) imported for check-in at the kiosk: a time, a service, the confirmation's
    reference; no name. Checking in issues a ticket and records it here (once only)."""

    __tablename__ = "appointments"

    office: Mapped[str] = mapped_column(String(32), primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    ticket_id: Mapped[str | None] = mapped_column(String(32))
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_appointments_at", "office", "at"),)


class NoticeRow(Base):
    """A notice staff set at a desk for the display's ticker (e.g. 「証明書の発行は16時まで」)."""

    __tablename__ = "notices"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(String(280))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)  # None: until removed

    __table_args__ = (Index("ix_notices_office", "office", "created_at"),)


views = MetaData()
"""Views, apart from Base.metadata: they are created by migrations with SQL, never by create_all()."""

queue_board = Table(
    "queue_board",
    views,
    # The open tickets without their ids or anything a person could be identified by: the only thing a
    # display's database role may read (store/roles.py). Every screen reads its snapshot from here.
    Column("office", String(32)),
    Column("business_date", Date),
    Column("service_code", String(8)),
    Column("prefix", String(8)),
    Column("sequence", Integer),
    Column("state", String(16)),
    Column("issued_at", DateTime),
    Column("counter", Integer),
    Column("called_at", DateTime),
    Column("recalls", Integer),
)

service_durations = Table(
    "service_durations",
    views,
    # The step log's steps finished done, every step of a route: service and times only (migration 0006).
    # The wait estimates learn service times from it; like the queue board, a display's role may read it.
    Column("office", String(32)),
    Column("business_date", Date),
    Column("service_code", String(8)),
    Column("called_at", DateTime),
    Column("closed_at", DateTime),
)

call_history = Table(
    "call_history",
    views,
    # Every call of the step log without ids (migration 0006): the display's last calls per counter.
    Column("office", String(32)),
    Column("business_date", Date),
    Column("service_code", String(8)),
    Column("prefix", String(8)),
    Column("sequence", Integer),
    Column("counter", Integer),
    Column("called_at", DateTime),
    Column("closed_at", DateTime),
    Column("outcome", String(16)),
)

"""The step log (one row per step of a ticket: when it joined the service's line, was first and last
called, and ended), the call history view a display may read, service_durations redefined over the step log
(the wait estimates learn from every finished step of a route, not only a ticket's last), appointments (予約)
imported for check-in at the kiosk, and the notices a desk sets for the display's ticker.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_steps",
        sa.Column("ticket_id", sa.String(32), primary_key=True),
        sa.Column("step", sa.Integer(), primary_key=True),
        sa.Column("office", sa.String(32), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("service_code", sa.String(8), nullable=False),
        sa.Column("prefix", sa.String(8), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=True),
        sa.Column("first_called_at", sa.DateTime(), nullable=True),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.Column("counter", sa.Integer(), nullable=True),
        sa.Column("recalls", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
    )
    op.create_index("ix_ticket_steps_day", "ticket_steps", ["office", "business_date", "service_code"])
    op.create_index("ix_ticket_steps_calls", "ticket_steps", ["office", "business_date", "counter", "called_at"])
    # The tickets issued before the step log: each one's current step is all that is known of it. When that
    # is not its first step, the time it joined the line is unknown (NULL: its wait is not measured, rather
    # than guessed); the latest call stands in for the first.
    op.execute(
        "INSERT INTO ticket_steps (ticket_id, step, office, business_date, service_code, prefix, sequence,"
        " entered_at, first_called_at, called_at, counter, recalls, closed_at, outcome)"
        " SELECT id, step, office, business_date, service_code, prefix, sequence,"
        " CASE WHEN step = 0 THEN issued_at END, called_at,"
        " called_at, counter, recalls, closed_at,"
        " CASE WHEN state IN ('waiting', 'called', 'held') THEN NULL ELSE state END"
        " FROM tickets"
    )
    # Calls without ids or anything personal: the display's "last calls per counter".
    op.execute(
        "CREATE VIEW call_history AS"
        " SELECT office, business_date, service_code, prefix, sequence, counter, called_at, closed_at, outcome"
        " FROM ticket_steps WHERE called_at IS NOT NULL AND counter IS NOT NULL"
    )
    # Every step finished done, not only tickets' last (a transferred step may have ended early: left out).
    op.execute("DROP VIEW service_durations")
    op.execute(
        "CREATE VIEW service_durations AS"
        " SELECT office, business_date, service_code, called_at, closed_at FROM ticket_steps"
        " WHERE outcome = 'done' AND called_at IS NOT NULL AND closed_at IS NOT NULL"
    )
    op.create_table(
        "appointments",
        sa.Column("office", sa.String(32), primary_key=True),
        sa.Column("reference", sa.String(32), primary_key=True),
        sa.Column("service_code", sa.String(8), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("ticket_id", sa.String(32), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_appointments_at", "appointments", ["office", "at"])
    op.create_table(
        "notices",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("office", sa.String(32), nullable=False),
        sa.Column("text", sa.String(280), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_notices_office", "notices", ["office", "created_at"])


def downgrade() -> None:
    op.drop_table("notices")
    op.drop_table("appointments")
    op.execute("DROP VIEW service_durations")
    op.execute(_SERVICE_DURATIONS_0005)
    op.execute("DROP VIEW call_history")
    op.drop_table("ticket_steps")


_SERVICE_DURATIONS_0005 = (
    "CREATE VIEW service_durations AS"
    " SELECT office, business_date, service_code, called_at, closed_at"
    " FROM tickets WHERE state = 'done' AND called_at IS NOT NULL AND closed_at IS NOT NULL"
)

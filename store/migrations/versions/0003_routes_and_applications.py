"""One ticket through several services (route, step, number_service), priority, appointments, counter
transfers; and the applications table (forms filled for a ticket; personal data with a retention time).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Columns are added in place (no table rebuild), so the queue_board view over tickets stays valid.
    op.add_column("tickets", sa.Column("number_service", sa.String(8), nullable=True))
    op.add_column("tickets", sa.Column("route", sa.String(128), nullable=True))
    op.add_column("tickets", sa.Column("step", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("tickets", sa.Column("assigned_counter", sa.Integer(), nullable=True))
    op.add_column("tickets", sa.Column("priority", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("tickets", sa.Column("appointment_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE tickets SET number_service = service_code, route = service_code")
    # Numbers are unique per numbering service: the current service changes as a ticket moves on.
    op.drop_index("ux_tickets_number", table_name="tickets")
    op.create_index(
        "ux_tickets_number", "tickets", ["office", "business_date", "number_service", "sequence"], unique=True
    )
    op.create_table(
        "applications",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("ticket_id", sa.String(32), nullable=False),
        sa.Column("form_id", sa.String(64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("keep_until", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_applications_ticket_id", "applications", ["ticket_id"])
    op.create_index("ix_applications_keep_until", "applications", ["keep_until"])


def downgrade() -> None:
    op.drop_table("applications")
    op.drop_index("ux_tickets_number", table_name="tickets")
    op.create_index(
        "ux_tickets_number", "tickets", ["office", "business_date", "service_code", "sequence"], unique=True
    )
    for column in ("appointment_at", "priority", "assigned_counter", "step", "route", "number_service"):
        op.drop_column("tickets", column)

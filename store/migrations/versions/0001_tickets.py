"""Tickets and their daily numbering.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tickets",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("office", sa.String(32), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("service_code", sa.String(8), nullable=False),
        sa.Column("prefix", sa.String(8), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=True),
        sa.Column("called_at", sa.DateTime(), nullable=True),
        sa.Column("recalls", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("printed", sa.Boolean(), nullable=False),
    )
    op.create_index(
        "ux_tickets_number", "tickets", ["office", "business_date", "service_code", "sequence"], unique=True
    )
    op.create_index(
        "ix_tickets_queue", "tickets", ["office", "business_date", "state", "service_code", "issued_at"]
    )
    op.create_index("ix_tickets_calls", "tickets", ["office", "business_date", "state", "called_at"])
    op.create_table(
        "ticket_sequences",
        sa.Column("office", sa.String(32), primary_key=True),
        sa.Column("business_date", sa.Date(), primary_key=True),
        sa.Column("service_code", sa.String(8), primary_key=True),
        sa.Column("last", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ticket_sequences")
    op.drop_table("tickets")

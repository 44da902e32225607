"""The queue board: open tickets without ids, the only thing a display's role may read.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No ticket id (the QR code's key to a ticket), no printed flag, no closed history: numbers, states
    # and counters of tickets still waiting or being served. Queries filter by office and day through
    # the tickets indexes (both SQLite and PostgreSQL fold the view into the query).
    op.execute(
        "CREATE VIEW queue_board AS"
        " SELECT office, business_date, service_code, prefix, sequence, state, issued_at,"
        " counter, called_at, recalls"
        " FROM tickets WHERE state IN ('waiting', 'called')"
    )


def downgrade() -> None:
    op.execute("DROP VIEW queue_board")

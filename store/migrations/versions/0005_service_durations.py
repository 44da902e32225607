"""service_durations: how long finished steps took, per service, without ids or anything personal, so that
every screen (a display's role included) can learn the service times behind its wait estimates.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIEW service_durations AS"
        " SELECT office, business_date, service_code, called_at, closed_at"
        " FROM tickets WHERE state = 'done' AND called_at IS NOT NULL AND closed_at IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP VIEW service_durations")

"""違うところがある: a resident who says at the kiosk that the card's data is wrong. The ticket says so
(tickets.correction_requested, for the desk's waiting list and current ticket), and each of its forms keeps
the keys of the boxes the card filled (applications.flagged_boxes: which people of the form, never a value;
purged with the form). Existing tickets asked for no correction.

Columns are added in place, so the views over tickets stay valid. The roles need nothing new: a kiosk
inserts whole rows into both tables, a desk reads them, a display reads neither (store/roles.py).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-14
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "tickets",
        sa.Column("correction_requested", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("applications", sa.Column("flagged_boxes", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("applications", "flagged_boxes")
    op.drop_column("tickets", "correction_requested")

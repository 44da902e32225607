"""A ticket printer that is not there is not a failure: tickets.print_failed tells the two apart.

A ticket without paper (tickets.printed false) was either taken at a kiosk with no ticket printer set up
(printers.ticket empty: the resident noted the number from the screen, as every resident there does) or
at one whose printer failed (a jam, a CUPS error: this resident expected paper). The desk shows the first
plainly and the second as a warning, and marks 札なし only for the second. Tickets already without paper
could have been either; they are kept as failures, which is how the desk showed them until now.

Added in place, so the views over tickets stay valid; a kiosk may set it with `printed` (store/roles.py),
and migration 0007's trigger lets it, as it lets the kiosk mark a ticket unprinted.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "tickets", sa.Column("print_failed", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.execute("UPDATE tickets SET print_failed = true WHERE NOT printed")


def downgrade() -> None:
    op.drop_column("tickets", "print_failed")

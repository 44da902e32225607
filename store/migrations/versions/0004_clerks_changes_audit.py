"""Clerks (salted scrypt password hashes), the changes clerks make to applications (personal data, purged
with them) and the audit log of who viewed or changed personal data (no values: it outlives the purge).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clerks",
        sa.Column("login", sa.String(64), primary_key=True),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "application_changes",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("application_id", sa.String(32), nullable=False),
        sa.Column("field", sa.String(128), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("clerk_login", sa.String(64), nullable=False),
        sa.Column("clerk_name", sa.String(64), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_application_changes_application_id", "application_changes", ["application_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("office", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("clerk_login", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("ticket_id", sa.String(32), nullable=False),
        sa.Column("application_id", sa.String(32), nullable=True),
        sa.Column("field", sa.String(128), nullable=True),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_ticket_id", "audit_log", ["ticket_id"])


def downgrade() -> None:
    op.drop_table("audit_log")
    op.drop_table("application_changes")
    op.drop_table("clerks")

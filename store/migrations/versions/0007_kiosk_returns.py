"""A kiosk puts a no-show back in line (the resident brings their ticket back), and nothing else.

A kiosk's role may update a ticket's state columns and reopen a step in the step log (store.roles), so
that QueueService.come_back works from the lobby. These triggers hold its logins to the one transition
that needs: a no-show back to waiting (and its step reopened), or a ticket marked unprinted. Anything
else a kiosk login tries (calling, finishing, cancelling, ending a step) fails as a privilege error.
Other logins and the administrator are not affected. PostgreSQL only: SQLite has no roles.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

IS_KIOSK = """
    IF NOT EXISTS (
        SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles u ON u.oid = m.member
        WHERE g.rolname = 'madoguchi_kiosk' AND u.rolname = current_user
    ) THEN
        RETURN NEW;
    END IF;
"""

REFUSE = (
    "RAISE EXCEPTION 'permission denied: a kiosk may only put a no-show back in line or mark a ticket"
    " unprinted' USING ERRCODE = 'insufficient_privilege';"
)

TICKETS = f"""
CREATE FUNCTION madoguchi_kiosk_ticket_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {IS_KIOSK}
    IF ROW(NEW.state, NEW.counter, NEW.assigned_counter, NEW.called_at, NEW.recalls, NEW.closed_at)
       IS NOT DISTINCT FROM ROW(OLD.state, OLD.counter, OLD.assigned_counter, OLD.called_at, OLD.recalls,
                                OLD.closed_at)
       AND NOT NEW.printed THEN
        RETURN NEW;  -- marked unprinted
    END IF;
    IF OLD.state = 'no_show' AND NEW.state = 'waiting' AND NEW.counter IS NULL AND NEW.called_at IS NULL
       AND NEW.recalls = 0 AND NEW.closed_at IS NULL AND NEW.printed = OLD.printed THEN
        RETURN NEW;  -- back in line
    END IF;
    {REFUSE}
END $$
"""

STEPS = f"""
CREATE FUNCTION madoguchi_kiosk_step_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {IS_KIOSK}
    IF OLD.outcome = 'no_show' AND NEW.outcome IS NULL AND NEW.closed_at IS NULL THEN
        RETURN NEW;  -- the no-show's step reopens
    END IF;
    {REFUSE}
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(TICKETS)
    op.execute(STEPS)
    op.execute(
        "CREATE TRIGGER kiosk_guard BEFORE UPDATE ON tickets"
        " FOR EACH ROW EXECUTE FUNCTION madoguchi_kiosk_ticket_guard()"
    )
    op.execute(
        "CREATE TRIGGER kiosk_guard BEFORE UPDATE ON ticket_steps"
        " FOR EACH ROW EXECUTE FUNCTION madoguchi_kiosk_step_guard()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER kiosk_guard ON ticket_steps")
    op.execute("DROP TRIGGER kiosk_guard ON tickets")
    op.execute("DROP FUNCTION madoguchi_kiosk_step_guard()")
    op.execute("DROP FUNCTION madoguchi_kiosk_ticket_guard()")

"""Database roles on PostgreSQL: what a display, a kiosk and a desk may read and change.

Three group roles (NOLOGIN) carry the privileges; each machine logs in with a login role that is a member
of exactly one of them (`db grant`). The privileges are declared here, table by table, for every table
and view the migrations create (a test checks that none is missing), and re-applied after every
migration, so a new table is reachable by nobody until this file says who may touch it.

- display: only the queue board (open tickets' numbers, states and counters; no ids, no names);
- kiosk: issues tickets and marks one unprinted; of a ticket's states it may only put a no-show back in line
  (the resident brought the ticket back; migration 0007's triggers refuse any other change);
- desk: reads and updates tickets (call, recall, finish, no-show); reads, corrects and purges applications;
  verifies clerks' passwords; appends to the audit log, which it cannot read back.

Personal data (applications, the changes made to them, the clerks' accounts) is in PERSONAL_DATA: a kiosk
may only insert applications (client-side ids, no RETURNING), a display nothing.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

GROUPS = ("display", "kiosk", "desk")

PRIVILEGES: dict[str, dict[str, str]] = {
    "alembic_version": {"display": "SELECT", "kiosk": "SELECT", "desk": "SELECT"},  # "is the schema current?"
    "queue_board": {"display": "SELECT", "kiosk": "SELECT", "desk": "SELECT"},
    "service_durations": {"display": "SELECT", "kiosk": "SELECT", "desk": "SELECT"},  # no ids, no names
    # A kiosk's UPDATE is held by triggers (migration 0007) to marking unprinted and a no-show's return.
    "tickets": {
        "kiosk": "SELECT, INSERT,"
        " UPDATE (printed, print_failed, state, counter, assigned_counter, called_at, recalls, closed_at)",
        "desk": "SELECT, UPDATE",
    },
    "ticket_sequences": {"kiosk": "SELECT, INSERT, UPDATE"},
    # Forms filled at the kiosk: it may add them, never read them back; a desk reads, corrects and purges.
    "applications": {"kiosk": "INSERT", "desk": "SELECT, UPDATE, DELETE"},
    # Clerks log in at a desk and may change their own password; accounts are made by the administrator.
    "clerks": {"desk": "SELECT, UPDATE (password_hash, password_changed_at)"},
    # What clerks changed in a form holds its values: read with the form, purged with it.
    "application_changes": {"desk": "SELECT, INSERT, DELETE"},
    # Who viewed or changed personal data: a desk appends, nobody but the administrator reads or edits.
    "audit_log": {"desk": "INSERT"},
    # The step log: a kiosk opens a ticket's first step, a desk moves tickets on (no personal data).
    # ... and reopens a no-show's step when the resident comes back (a trigger allows nothing else).
    # A desk's 元に戻す of a finish withdraws the step the finish opened (queueing.undo).
    "ticket_steps": {
        "kiosk": "INSERT, SELECT (ticket_id, step), UPDATE (closed_at, outcome)",
        "desk": "SELECT, INSERT, UPDATE, DELETE",
    },
    "call_history": {"display": "SELECT", "kiosk": "SELECT", "desk": "SELECT"},  # no ids, no names
    # Reservations: a kiosk finds one by its reference and records the check-in; a desk may import.
    "appointments": {
        "kiosk": "SELECT, UPDATE (ticket_id, checked_in_at)",
        "desk": "SELECT, INSERT, UPDATE, DELETE",
    },
    # Notices for the display's ticker, set at a desk.
    "notices": {"display": "SELECT", "kiosk": "SELECT", "desk": "SELECT, INSERT, UPDATE, DELETE"},
}
"""table or view -> group -> privileges (SQL, from this file only: never from input)."""

PERSONAL_DATA: frozenset[str] = frozenset({"applications", "application_changes", "clerks"})
"""Tables holding residents' personal data: never readable by a display or a kiosk (a test checks)."""

Connection = psycopg.Connection[Any]


class RoleError(Exception):
    """A role cannot be created or changed as asked; the message says why."""


def group_role(kind: str) -> str:
    return f"madoguchi_{kind}"


def role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [name]).fetchone()
    return found is not None


def ensure_groups(connection: Connection) -> list[str]:
    """Create the missing group roles; return the names of those created."""
    created = []
    for kind in GROUPS:
        name = group_role(kind)
        if not role_exists(connection, name):
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
            created.append(name)
    return created


def groups_exist(connection: Connection) -> bool:
    return all(role_exists(connection, group_role(kind)) for kind in GROUPS)


def apply_privileges(connection: Connection) -> None:
    """Grant each group exactly what PRIVILEGES says in this database, revoking anything else first."""
    database = sql.Identifier(connection.info.dbname)
    for kind in GROUPS:
        group = sql.Identifier(group_role(kind))
        connection.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, group))
        connection.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(group))
        for table, grants in PRIVILEGES.items():
            target = sql.Identifier(table)
            connection.execute(sql.SQL("REVOKE ALL ON {} FROM {}").format(target, group))
            if kind in grants:
                privileges = sql.SQL(grants[kind])  # a constant of this module
                connection.execute(sql.SQL("GRANT {} ON {} TO {}").format(privileges, target, group))


def grant_login(connection: Connection, kind: str, login: str, password: str) -> bool:
    """Create or update login role `login` as a member of `kind`'s group only; True if created.

    The password is hashed here (SCRAM, by libpq) and only the hash goes to the server, so it appears
    in no server log, no statement and no error message.
    """
    groups = _current_groups(connection, login)
    verifier = connection.pgconn.encrypt_password(password.encode(), login.encode()).decode()
    statement = "CREATE ROLE {} WITH LOGIN INHERIT PASSWORD {}"
    if groups is not None:
        statement = "ALTER ROLE {} WITH LOGIN INHERIT PASSWORD {}"
    connection.execute(sql.SQL(statement).format(sql.Identifier(login), sql.Literal(verifier)))
    user = sql.Identifier(login)
    for other in set(groups or ()) - {group_role(kind)}:
        connection.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), user))
    connection.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(kind)), user))
    return groups is None


def _current_groups(connection: Connection, login: str) -> list[str] | None:
    """None for a new role; else the Madoguchi groups it is in. Refuses administrators and group roles."""
    if login in {group_role(kind) for kind in GROUPS}:
        raise RoleError(f"{login} is a group role: choose another name for the login")
    row = connection.execute(
        "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls"
        " FROM pg_roles WHERE rolname = %s",
        [login],
    ).fetchone()
    if row is None:
        return None
    if row[0]:
        raise RoleError(f"{login} is an administrator's role: a screen's login must be a plain one")
    groups = connection.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
        [login],
    ).fetchall()
    ours = {group_role(kind) for kind in GROUPS}
    return [name for (name,) in groups if name in ours]

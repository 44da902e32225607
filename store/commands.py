"""`db init|migrate|grant`: the administrator's commands for the shared PostgreSQL server.

    db init                  the schema (migrations), the three group roles and their privileges
    db migrate               the schema to this version; privileges re-applied for new tables
    db grant KIND LOGIN      a login role for a display, kiosk or desk machine (created or updated)

All three connect with `--db URL`, which must name the administrator (the database's owner, with
CREATEROLE). A machine's own configuration names its login role instead. The password of `grant` comes
from an environment variable (MADOGUCHI_DB_PASSWORD unless `--password-env` names another) or, with
`--password-stdin`, from standard input (asked for without echo on a terminal); it is never printed.
Run standalone as `python -m store.commands --db URL ACTION ...`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from settings.secrets import add_password_options, read_password

if TYPE_CHECKING:  # loaded on use: main.py builds its command line from here, and `--help` stays quick
    import psycopg

    from store.database import Store

PASSWORD_ENV = "MADOGUCHI_DB_PASSWORD"
KINDS = ("display", "kiosk", "desk")  # store.roles.GROUPS, without loading psycopg for `--help`


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `init`, `migrate` and `grant` actions to `parser` (main.py's `db` sub-command)."""
    actions = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the schema, the group roles and their privileges")
    migrate = actions.add_parser("migrate", help="bring the schema to this version")
    grant = actions.add_parser("grant", help="create or update a machine's login role")
    grant.add_argument("kind", choices=KINDS, help="what the machine is")
    grant.add_argument("login", help="its login role, e.g. display_honcho")
    add_password_options(grant, PASSWORD_ENV)
    for action in (init, migrate, grant):  # `--db` after the action too; SUPPRESS keeps an earlier one
        action.add_argument("--db", default=argparse.SUPPRESS, help="the administrator's database URL")


def run(args: argparse.Namespace) -> int:
    """Carry out `args.db_command`; messages for the administrator, exit status 0, 1 (failed) or 2 (usage)."""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    from store.database import StoreError, default_database_url, open_store
    from store.roles import RoleError

    url = getattr(args, "db", None) or default_database_url()
    try:
        if args.db_command == "grant":
            return _grant(url, args)
        store = open_store(url)
        try:
            return _init(store) if args.db_command == "init" else _migrate(store)
        finally:
            store.close()
    except (StoreError, RoleError, psycopg.Error, DBAPIError) as exc:
        reason = exc.orig if isinstance(exc, DBAPIError) else exc  # the driver's words, without SQL
        print(f"db {args.db_command}: {' '.join(str(reason).split())}", file=sys.stderr)
        return 1


def _init(store: Store) -> int:
    from store import roles
    from store.database import SCHEMA_REVISION

    print(f"schema at revision {SCHEMA_REVISION}")
    if store.is_sqlite:
        print("SQLite: one PC's file, no roles to create")
        return 0
    with _admin_connection(store) as connection:
        created = roles.ensure_groups(connection)
        roles.apply_privileges(connection)
    for kind in roles.GROUPS:
        name = roles.group_role(kind)
        print(f"group role {name}: {'created' if name in created else 'exists'}, privileges granted")
    print("next: `db grant display|kiosk|desk LOGIN` for each machine's login")
    return 0


def _migrate(store: Store) -> int:
    from store import roles
    from store.database import SCHEMA_REVISION

    print(f"schema at revision {SCHEMA_REVISION}")
    if store.is_sqlite:
        return 0
    with _admin_connection(store) as connection:
        if roles.groups_exist(connection):
            roles.apply_privileges(connection)
            print("privileges re-applied")
    return 0


def _grant(url: str, args: argparse.Namespace) -> int:
    from store import roles
    from store.database import Store

    store = Store(url)
    try:
        if store.is_sqlite:
            print("db grant: SQLite has no roles (use PostgreSQL for a LAN)", file=sys.stderr)
            return 2
        password = read_password(args, "db grant")
        if password is None:
            return 2
        with _admin_connection(store) as connection:
            if not roles.groups_exist(connection):
                print("db grant: the group roles are missing: run `db init` first", file=sys.stderr)
                return 1
            created = roles.grant_login(connection, args.kind, args.login, password)
    finally:
        store.close()
    group = roles.group_role(args.kind)
    print(f"login role {args.login}: {'created' if created else 'updated'}, member of {group}")
    return 0


def _admin_connection(store: Store) -> psycopg.Connection[Any]:
    """One transaction as the administrator: committed when the block ends, rolled back on error."""
    from store.postgres import connect

    return connect(store.engine, autocommit=False, application_name="madoguchi-admin")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.commands", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the administrator's database URL")
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())

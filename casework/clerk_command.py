"""`python main.py clerk add|passwd|list`: the administrator's commands for the desk's clerk accounts.

    clerk add LOGIN --name 表示名     a new clerk
    clerk passwd LOGIN               a new password for a clerk who forgot theirs
    clerk list                       every clerk's login and name

The password comes from an environment variable (MADOGUCHI_CLERK_PASSWORD unless `--password-env` names
another) or, with `--password-stdin`, from standard input (asked for without echo on a terminal). It is
never printed. On PostgreSQL run `add` as the administrator: a desk's login may not create clerks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casework.errors import CaseworkError
from casework.service import Casework
from settings.secrets import add_password_options, read_password

PASSWORD_ENV = "MADOGUCHI_CLERK_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the `add`, `passwd` and `list` actions to `parser` (main.py's `clerk` sub-command)."""
    actions = parser.add_subparsers(dest="clerk_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create a clerk's account")
    add.add_argument("login", help="the name the clerk logs in with (letters, digits, . _ -)")
    add.add_argument("--name", required=True, help="the name the desk shows, e.g. 山田 花子")
    passwd = actions.add_parser("passwd", help="set a new password for a clerk")
    passwd.add_argument("login")
    listing = actions.add_parser("list", help="every clerk's login and name")
    for action in (add, passwd, listing):  # the common options after the action too; SUPPRESS keeps earlier
        action.add_argument("--db", default=argparse.SUPPRESS, help="the database URL")
        action.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="the office TOML file")
    for action in (add, passwd):
        add_password_options(action, PASSWORD_ENV)


def run(args: argparse.Namespace, casework: Casework) -> int:
    """Carry out `args.clerk_command`; exit status 0, 1 (refused) or 2 (no password given)."""
    try:
        if args.clerk_command == "list":
            for clerk in casework.clerks.all():
                print(f"{clerk.login}\t{clerk.display_name}")
            return 0
        password = read_password(args, f"clerk {args.clerk_command}")
        if password is None:
            return 2
        if args.clerk_command == "add":
            clerk = casework.clerks.create(args.login, args.name, password)
            print(f"clerk {clerk.login} ({clerk.display_name}): created")
        else:
            clerk = casework.clerks.reset_password(args.login, password)
            print(f"clerk {clerk.login}: password changed")
    except CaseworkError as exc:
        print(f"clerk {args.clerk_command}: {exc}", file=sys.stderr)
        return 1
    return 0

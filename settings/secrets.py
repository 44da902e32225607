"""Passwords given to the administrator's commands (`db grant`, `clerk add|passwd`): from an environment
variable or, with `--password-stdin`, from standard input — asked for without echo on a terminal. Never
from the command line (other users see it in `ps`), never printed."""

from __future__ import annotations

import argparse
import getpass
import os
import sys


def add_password_options(parser: argparse.ArgumentParser, default_env: str) -> None:
    """`--password-env VAR` (default `default_env`) or `--password-stdin`, one of them."""
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--password-env",
        metavar="VAR",
        default=default_env,
        help=f"read it from $VAR (default {default_env})",
    )
    source.add_argument("--password-stdin", action="store_true", help="read it from standard input")


def read_password(args: argparse.Namespace, command: str) -> str | None:
    """The password for `args.login` as the options say; None, after telling stderr, when there is none."""
    if args.password_stdin:
        if sys.stdin.isatty():
            password = getpass.getpass(f"password for {args.login}: ")
        else:
            password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = os.environ.get(args.password_env, "")
    if not password:
        where = "standard input" if args.password_stdin else f"${args.password_env}"
        print(f"{command}: no password in {where}", file=sys.stderr)
        return None
    return password

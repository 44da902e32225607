"""`python main.py purge`: delete the personal data whose retention has ended, now, and say how much.

The desk does the same at start and every ten minutes; this is for a cron job on a machine without a
desk, or to check. The audit log is kept (it holds no personal values).
"""

from __future__ import annotations

import argparse
import json

from casework.service import Casework


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace, casework: Casework) -> int:
    result = casework.purge()
    if args.json:
        print(json.dumps({"applications": result.applications, "changes": result.changes}))
    else:
        print(f"purged {result.applications} applications and {result.changes} recorded changes")
    return 0

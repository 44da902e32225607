"""`read-card`: read a My Number card or IC driver's licence from the command line.

For installers and support staff.

The PIN comes from standard input (typed without echo at a terminal), never from the command line. The
identity is printed as JSON on stdout, messages go to stderr, and the exit status says what happened:
0 read; 2 wrong PIN (or not 4 digits); 3 PIN blocked; 4 no card or unsupported card; 5 card removed or data
unreadable. The My Number itself is never read, so it cannot appear in any output.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from cardreader import reader, transport
from cardreader.apdu import Connection
from cardreader.errors import (
    CardError,
    CardRemoved,
    InvalidPinFormat,
    NoCard,
    PinBlocked,
    UnsupportedCard,
    UntrustedData,
    WrongPin,
)

EXIT_OK, EXIT_WRONG_PIN, EXIT_BLOCKED, EXIT_NO_CARD, EXIT_UNREADABLE = 0, 2, 3, 4, 5
_EXIT_CODES: dict[type[CardError], int] = {
    WrongPin: EXIT_WRONG_PIN,
    InvalidPinFormat: EXIT_WRONG_PIN,
    PinBlocked: EXIT_BLOCKED,
    NoCard: EXIT_NO_CARD,
    UnsupportedCard: EXIT_NO_CARD,
    CardRemoved: EXIT_UNREADABLE,
    UntrustedData: EXIT_UNREADABLE,
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare read-card's options on `parser` (main.py's sub-command parser)."""
    parser.add_argument(
        "--reader", metavar="NAME", help="the PC/SC reader to use (default: first with a card)"
    )
    parser.add_argument("--tries-only", action="store_true", help="print the PIN tries left; send no PIN")
    parser.add_argument("--list-readers", action="store_true", help="list the readers and exit")


def _say(message: str) -> None:
    print(f"read-card: {message}", file=sys.stderr)


def _read_pin() -> str:
    """The PIN from standard input: prompted without echo at a terminal, else one line."""
    if sys.stdin.isatty():
        return getpass.getpass("PIN (4 digits): ")
    line = sys.stdin.readline()
    if not line:
        raise InvalidPinFormat("No PIN on standard input. Nothing was sent to the card.")
    return line.rstrip("\r\n")


def _print_json(value: dict[str, object]) -> None:
    print(json.dumps(value, ensure_ascii=False))


def _list_readers() -> int:
    with_card = set(transport.readers_with_card())
    for name in transport.list_readers():
        print(f"{name}\t{'card' if name in with_card else 'empty'}")
    return EXIT_OK


def _read(conn: Connection, tries_only: bool) -> int:
    """Detect the card, report its tries, and (unless `tries_only`) read it with the PIN from stdin."""
    kind = reader.detect_card(conn)
    status = reader.pin_status(conn, kind)
    if status.blocked:
        raise PinBlocked()
    if tries_only:
        _print_json({"card_type": kind, "tries_left": status.tries_left, "pin_required": status.pin_required})
        return EXIT_OK
    _say(f"{kind}: {status.tries_left} PIN tries left")
    pin = _read_pin() if status.pin_required else ""
    _print_json(reader.read_identity(conn, pin, kind).to_json_dict())
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Run read-card with parsed `args`; return the exit status. No exception escapes."""
    try:
        if args.list_readers:
            return _list_readers()
        with transport.connect(args.reader) as conn:
            return _read(conn, args.tries_only)
    except CardError as exc:
        _say(exc.message)
        return _EXIT_CODES.get(type(exc), EXIT_UNREADABLE)
    except Exception as exc:
        _say(f"The card could not be read ({type(exc).__name__}).")
        return EXIT_UNREADABLE


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point (`python -m cardreader.cli`) until main.py wires the sub-command."""
    parser = argparse.ArgumentParser(prog="read-card", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())

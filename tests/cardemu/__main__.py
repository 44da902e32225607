"""`python -m tests.cardemu --identity yamada`: put a test resident's card into a vpcd reader until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib

from tests.cardemu.cards import Faults, build_card, load_identities
from tests.cardemu.vpcd import VpcdClient, reader_name


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.cardemu", description=__doc__)
    parser.add_argument("--identity", required=True, choices=sorted(load_identities()))
    parser.add_argument("--reader", type=int, default=0, help="vpcd reader index (0 = Virtual PCD 00 00)")
    parser.add_argument("--leave-after", type=int, help="leave the reader after N commands")
    parser.add_argument("--blocked", action="store_true", help="start with the PIN blocked")
    parser.add_argument("--malformed", action="store_true", help="hold malformed TLV")
    parser.add_argument("--unrelated", action="store_true", help="be an unrelated card (6A 82 to all)")
    parser.add_argument("--no-pin", action="store_true", help="licence whose holder set no PIN")
    args = parser.parse_args()
    faults = Faults(args.leave_after, args.blocked, args.malformed, args.unrelated, args.no_pin)
    client = VpcdClient(build_card(args.identity, faults), args.reader, args.leave_after)
    client.connect()
    print(f"{args.identity} is in {reader_name(args.reader)}; Ctrl-C removes it", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        client.serve()
    for entry in client.card.log:
        print(f"{entry.df:>14} {entry.apdu.hex(' ')} -> {entry.sw:04X}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Card reads over the real PC/SC stack: pcscd + vsmartcard's vpcd + the card emulator (tests/cardemu).

For a My Number basic-four read and a licence read: the commands sent and the wall time of
`reader.read_identity` (and of connect + detect + tries + read, as read-card does it), median of N runs.
Starts `pcscd -f` if none is running (needs root, as in CI). `--no-quickack` shows what TCP_QUICKACK saves.

    python bench/card_read.py [--runs 50] [--no-quickack]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable

from _common import summary

from cardreader import reader, transport
from cardreader.errors import CardError
from tests.cardemu import EmulatorThread, build_card, load_identities, reader_name

CASES = (("basic four (My Number)", "yamada", 0), ("licence", "licence_suzuki", 1))


def _vpcd_ready() -> bool:
    try:
        return {reader_name(0), reader_name(1)} <= set(transport.list_readers())
    except CardError:
        return False


def _until(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.02)


def ensure_pcscd() -> subprocess.Popen[bytes] | None:
    """A pcscd listing vpcd's readers: the running one, or one started here (returned to stop later)."""
    if _vpcd_ready():
        return None
    process = subprocess.Popen([shutil.which("pcscd") or "/usr/sbin/pcscd", "-f"], stderr=subprocess.DEVNULL)
    _until(_vpcd_ready, "pcscd to list the vpcd readers")
    return process


def bench_case(identity: str, index: int, runs: int, quickack: bool) -> tuple[int, list[float], list[float]]:
    """Commands per read, read times and full (connect + detect + tries + read) times for one card."""
    person = load_identities()[identity]
    pin = person.get("pin") or person["pin1"]
    emulator = EmulatorThread(build_card(identity), index, quickack=quickack)
    emulator.start()
    _until(lambda: emulator.reader in transport.readers_with_card(), f"the card in {emulator.reader}")
    reads, fulls, commands = [], [], set()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            with transport.connect(emulator.reader) as conn:
                kind = reader.detect_card(conn)
                reader.tries_left(conn, kind)
                before, read_start = emulator.client.commands, time.perf_counter()
                reader.read_identity(conn, pin, kind)
                reads.append(time.perf_counter() - read_start)
                commands.add(emulator.client.commands - before)
            fulls.append(time.perf_counter() - start)
    finally:
        emulator.stop()
    if len(commands) != 1:
        raise SystemExit(f"the command count varied between runs: {sorted(commands)}")
    return commands.pop(), reads, fulls


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--no-quickack", action="store_true", help="emulator without TCP_QUICKACK")
    args = parser.parse_args()
    pcscd = ensure_pcscd()
    try:
        for label, identity, index in CASES:
            commands, reads, fulls = bench_case(identity, index, args.runs, not args.no_quickack)
            per_command = statistics.median(reads) / commands * 1000
            print(
                f"{label}: {commands} commands; read_identity {summary(reads)}; {per_command:.2f} ms/command"
            )
            print(f"{' ' * len(label)}  connect + detect + tries + read: {summary(fulls)}")
    finally:
        if pcscd is not None:
            pcscd.terminate()
            pcscd.wait(timeout=10)


if __name__ == "__main__":
    main()

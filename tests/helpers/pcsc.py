"""pytest plugin: a real PC/SC stack (pcscd + vsmartcard's vpcd) with emulated cards in its virtual readers.

`pcscd` (session) uses a running pcscd or starts `pcscd -f` itself (we are root in CI; only one pcscd may run
per host) and waits until vpcd's readers are listed. If it cannot, the test FAILS with the reason: a card test
that silently skips proves nothing. `virtual_card` inserts a test resident's card (or any emulated `Card`)
into a virtual reader and removes it afterwards, each time waiting until pcscd has seen the change.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest

from cardreader import transport
from cardreader.errors import CardError
from cardreader.monitor import Presence, presence
from tests.cardemu import Card, EmulatorThread, Faults, build_card, reader_name
from tests.cardemu.vpcd import VPCD_BASE_PORT

VPCD_READERS = (reader_name(0), reader_name(1))
PCSCD_START_TIMEOUT = 20.0
PORTS_FREE_TIMEOUT = 90.0  # Linux keeps a closed connection's port in TIME_WAIT for 60 s
CARD_CHANGE_TIMEOUT = 15.0

InsertCard = Callable[..., EmulatorThread]
T = TypeVar("T")


def _readers() -> list[str]:
    try:
        return transport.list_readers()
    except CardError:
        return []


def _wait_for(fetch: Callable[[], T | None], what: str, timeout: float = CARD_CHANGE_TIMEOUT) -> T:
    """Poll `fetch` until it returns something true and return that; fail the test after `timeout` s."""
    deadline = time.monotonic() + timeout
    while not (value := fetch()):
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.02)
    return value


def _vpcd_ports_free() -> bool:
    """Whether vpcd can listen on its readers' ports. It binds without SO_REUSEADDR, so the connections of
    a pcscd that has just stopped (another test run's, a benchmark's) hold them for up to a minute, and a
    pcscd started meanwhile lists no virtual reader ("Address already in use")."""
    for port in (VPCD_BASE_PORT, VPCD_BASE_PORT + 1):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("", port))
            except OSError:
                return False
    return True


def _start_pcscd(log: Path) -> subprocess.Popen[bytes]:
    binary = shutil.which("pcscd") or "/usr/sbin/pcscd"
    if not Path(binary).exists():
        pytest.fail("pcscd is not installed: apt-get install pcscd vsmartcard-vpcd (see deps/apt-test.txt)")
    with log.open("wb") as out:
        return subprocess.Popen([binary, "-f"], stdout=out, stderr=subprocess.STDOUT)


@pytest.fixture(scope="session")
def pcscd() -> Iterator[tuple[str, ...]]:
    """A pcscd that lists vpcd's two virtual readers; yields their names."""
    process = None
    if not set(VPCD_READERS) <= set(_readers()):
        _wait_for(_vpcd_ports_free, "vpcd's ports to be free", PORTS_FREE_TIMEOUT)
        log = Path(tempfile.mkdtemp(prefix="madoguchi-pcscd-")) / "pcscd.log"
        process = _start_pcscd(log)
        deadline = time.monotonic() + PCSCD_START_TIMEOUT
        while not set(VPCD_READERS) <= set(_readers()):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(
                    "pcscd did not list the vpcd readers (is vsmartcard-vpcd installed and is another "
                    f"pcscd running without it?). pcscd said:\n{log.read_text(errors='replace')[-2000:]}"
                )
            time.sleep(0.05)
    yield VPCD_READERS
    if process is not None:
        process.terminate()
        process.wait(timeout=10)


def _presence(reader: str) -> Presence:
    """Whether pcscd sees a card in `reader`, and the event counter that moves when its poll sees a change."""
    context = transport.Context()
    try:
        ((_, state),) = context.states([(reader, transport.STATE_UNAWARE)], 0)
        return presence(state)
    finally:
        context.release()


def _inserted(reader: str) -> Presence | None:
    """The reader's Presence once a card is in it, else None."""
    try:
        now = _presence(reader)
    except CardError:
        return None
    return now if now.present else None


def _removed(reader: str, when_inserted: Presence) -> bool:
    """True once pcscd's own poll has seen the card go: absent, and the counter moved.

    A card that leaves in the middle of a command is first marked absent by the failed transmit; pcscd's
    poll notices a little later. A card inserted before that is never powered up, so wait for the poll.
    """
    try:
        now = _presence(reader)
    except CardError:
        return False
    return not now.present and now.counter != when_inserted.counter


@pytest.fixture
def virtual_card(pcscd: tuple[str, ...]) -> Iterator[InsertCard]:
    """`virtual_card("yamada", Faults(...), index=0)` (or a `Card`) inserts a card; removed after the test."""
    inserted: list[tuple[EmulatorThread, Presence]] = []

    def insert(card: str | Card, faults: Faults | None = None, index: int = 0) -> EmulatorThread:
        faults = faults or Faults()
        played = build_card(card, faults) if isinstance(card, str) else card
        emulator = EmulatorThread(played, index, faults.leave_after)
        emulator.start()
        when_inserted = _wait_for(lambda: _inserted(emulator.reader), f"a card in {emulator.reader}")
        inserted.append((emulator, when_inserted))
        return emulator

    yield insert
    for emulator, when_inserted in inserted:
        emulator.stop()
        _wait_for(partial(_removed, emulator.reader, when_inserted), f"{emulator.reader} to empty")

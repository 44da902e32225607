"""One inserted card, from insertion to removal, for the kiosk.

pyscard handles belong to the thread that made them, so every PC/SC call of a session runs on one worker
thread; the UI awaits the results on the loop. The PIN travels from the keypad to `read()` and on to the
card, and is kept nowhere.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol, TypeVar

from cardreader.errors import CardError, NoCard
from cardreader.identity import CardType, Identity
from cardreader.reader import PinStatus, pin_status, read_identity

T = TypeVar("T")


class Connection(Protocol):
    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...

    def close(self) -> None: ...


def pcsc_connect(reader: str) -> Connection:
    """An exclusive PC/SC connection (closing it resets the card, so no verified PIN outlives it)."""
    from cardreader.transport import PcscConnection

    try:
        return PcscConnection(reader)
    except CardError:
        raise
    except Exception as exc:  # anything else from the PC/SC stack means: no usable card there
        raise NoCard() from exc


class CardSession:
    """Talks to the card in one reader; `open()` on insertion, `close()` when the card's job is done."""

    def __init__(self, connect: Callable[[str], Connection] = pcsc_connect) -> None:
        self._connect = connect
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="card")
        self._connection: Connection | None = None
        self._card_type: CardType | None = None

    async def open(self, reader: str) -> PinStatus:
        """Connect and learn the card kind and PIN tries left; sends no PIN."""

        def work() -> PinStatus:
            self._close_now()
            self._connection = self._connect(reader)
            status = pin_status(self._connection)
            self._card_type = status.card_type
            return status

        return await self._run(work)

    async def read(self, pin: str) -> Identity:
        """Verify `pin` once and read the holder's identity (WrongPin, PinBlocked, CardRemoved, ...)."""

        def work() -> Identity:
            if self._connection is None:
                raise NoCard()
            return read_identity(self._connection, pin, self._card_type)

        return await self._run(work)

    async def close(self) -> None:
        await self._run(self._close_now)

    def shutdown(self) -> None:
        """End the worker thread (the kiosk is closing)."""
        self._executor.submit(self._close_now)
        self._executor.shutdown(wait=True)

    def _close_now(self) -> None:
        connection, self._connection, self._card_type = self._connection, None, None
        if connection is not None:
            with contextlib.suppress(Exception):  # the card is gone already: nothing left to reset
                connection.close()

    async def _run(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

"""Reader and card monitoring, delivered to an asyncio loop.

A background thread waits on PC/SC (`transport.Context.states`) and hands every `ReaderEvent` to the loop with
`loop.call_soon_threadsafe`; the callback runs on the loop's thread, so a Qt UI under qasync may touch widgets
from it. `watch()` wraps this as an async iterator. Start-up reports the readers and cards already present.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Literal

from cardreader import transport
from cardreader.errors import CardError

EventKind = Literal["reader_added", "reader_removed", "card_inserted", "card_removed"]
RETRY_SECONDS = 1.0


@dataclass(frozen=True)
class ReaderEvent:
    """A reader was plugged in or out, or a card was placed on or taken off `reader`."""

    kind: EventKind
    reader: str


@dataclass(frozen=True)
class Presence:
    """A reader's card state: present or not, and PC/SC's event counter (it moves on every insert/remove)."""

    present: bool
    counter: int


def presence(state: int) -> Presence:
    """The Presence a raw PC/SC reader state describes."""
    return Presence(transport.card_present(state), (state >> 16) & 0xFFFF)


def _reader_events(reader: str, old: Presence, new: Presence) -> list[ReaderEvent]:
    """Card events for one reader seen in both snapshots."""
    if old.present and new.present and old.counter != new.counter:
        return [ReaderEvent("card_removed", reader), ReaderEvent("card_inserted", reader)]
    if old.present != new.present:
        return [ReaderEvent("card_inserted" if new.present else "card_removed", reader)]
    return []


def diff(old: dict[str, Presence], new: dict[str, Presence]) -> list[ReaderEvent]:
    """The events that lead from snapshot `old` to snapshot `new` (reader name -> Presence)."""
    events: list[ReaderEvent] = []
    for reader, before in old.items():
        if reader not in new:
            events += [ReaderEvent("card_removed", reader)] if before.present else []
            events.append(ReaderEvent("reader_removed", reader))
    for reader, after in new.items():
        if reader in old:
            events += _reader_events(reader, old[reader], after)
            continue
        events.append(ReaderEvent("reader_added", reader))
        events += [ReaderEvent("card_inserted", reader)] if after.present else []
    return events


class CardWatcher:
    """Watches PC/SC in a daemon thread and calls `on_event` on `loop` for every change."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        on_event: Callable[[ReaderEvent], object],
        poll_ms: int = 500,
    ) -> None:
        self._loop, self._on_event, self._poll_ms = loop, on_event, poll_ms
        self._stopping = threading.Event()
        self._context: transport.Context | None = None
        self._thread = threading.Thread(target=self._run, name="card-watcher", daemon=True)
        self._known: dict[str, Presence] = {}

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and wait for the thread to end (it wakes at once)."""
        self._stopping.set()
        context = self._context
        if context is not None:
            context.cancel()
        self._thread.join()

    def _emit(self, new: dict[str, Presence]) -> None:
        for event in diff(self._known, new):
            self._loop.call_soon_threadsafe(self._on_event, event)
        self._known = new

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._context = transport.Context()
                self._watch(self._context)
            except CardError:
                self._emit({})  # pcscd went away: every reader with it
                self._stopping.wait(RETRY_SECONDS)
            finally:
                if self._context is not None:
                    self._context.release()
                    self._context = None

    def _watch(self, context: transport.Context) -> None:
        states: dict[str, int] = {}
        pnp = transport.STATE_UNAWARE
        while not self._stopping.is_set():
            names = context.readers()
            pairs = [(name, states.get(name, transport.STATE_UNAWARE)) for name in names]
            new = context.states([*pairs, (transport.PNP_NOTIFICATION, pnp)], self._poll_ms)
            raw = {name: state & ~transport.STATE_CHANGED for name, state in new}
            pnp = raw.pop(transport.PNP_NOTIFICATION, transport.STATE_UNAWARE)
            still_there = set(context.readers())
            states = {name: state for name, state in raw.items() if name in still_there}
            self._emit({name: presence(state) for name, state in states.items()})


async def watch(poll_ms: int = 500) -> AsyncGenerator[ReaderEvent, None]:
    """Reader and card events as an async iterator, starting with what is present now."""
    queue: asyncio.Queue[ReaderEvent] = asyncio.Queue()
    watcher = CardWatcher(asyncio.get_running_loop(), queue.put_nowait, poll_ms)
    watcher.start()
    try:
        while True:
            yield await queue.get()
    finally:
        watcher.stop()

"""The app's own event loop in tests: qasync on the test's QApplication.

Tests drive widgets, then `run(scenario())` runs a coroutine on the loop exactly as the app does
(`loop.run_until_complete`), so background tasks, executors and Qt signals all take part.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import pytest
import qasync


@pytest.fixture
def qloop(qapp: Any) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.run_until_complete(asyncio.sleep(0))
    asyncio.set_event_loop(None)
    loop.close()


@pytest.fixture
def run(qloop: qasync.QEventLoop) -> Callable[[Coroutine[Any, Any, Any]], Any]:
    return qloop.run_until_complete


async def until(predicate: Callable[[], object], timeout: float = 10.0, what: str = "condition") -> None:
    """Wait, letting the loop and Qt run, until `predicate()` is true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)

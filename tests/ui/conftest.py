"""Windows on a real SQLite queue, driven with pytest-qt on the app's own qasync loop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from queueing.services import IssuedTicket, QueueService


class PaperTray:
    """Stands in for the ticket printer where a test is about the screen, not the paper."""

    def __init__(self) -> None:
        self.printed: list[str] = []
        self.fail_with: Exception | None = None

    def __call__(self, issued: IssuedTicket) -> bool:
        if self.fail_with is not None:
            raise self.fail_with
        self.printed.append(issued.ticket.label)
        return True


@pytest.fixture
def tray() -> PaperTray:
    return PaperTray()


@pytest.fixture
def live_queue(queue: QueueService) -> QueueService:
    """The queue on the real clock, so other processes share its business day."""
    from queueing.services import local_now

    queue._clock = local_now
    return queue


@pytest.fixture
def listener(store: object) -> Iterator[object]:
    with store.listening() as opened:  # type: ignore[attr-defined]
        yield opened

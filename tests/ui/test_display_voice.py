"""The display speaks each call once when it appears, again when it is recalled, and never the old board."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from queue_display.window import DisplayWindow
from queueing.services import QueueService
from tests.helpers.qasync_loop import until


class AnnouncementLog:
    """Stands in for voice.Announcer (its queueing and sound are tested in tests/*/voice)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, tuple[str, ...], bool]] = []

    def announce_call(
        self, label: str, counter_name: str, languages: Sequence[str], recall: bool = False
    ) -> None:
        self.calls.append((label, counter_name, tuple(languages), recall))


@pytest.fixture
def spoken() -> AnnouncementLog:
    return AnnouncementLog()


@pytest.fixture
def display(qtbot: Any, qloop: Any, live_queue: QueueService, spoken: AnnouncementLog) -> DisplayWindow:
    window = DisplayWindow(live_queue, spoken, ("ja", "en"))
    qtbot.addWidget(window)
    return window


def show(display: DisplayWindow, run: Callable[..., Any]) -> None:
    before = display.snapshot
    display.refresh()
    run(until(lambda: display.snapshot is not before, what="a fresh snapshot"))


def test_the_board_a_display_starts_with_is_not_spoken_again(
    display: DisplayWindow, live_queue: QueueService, spoken: AnnouncementLog, run: Callable[..., Any]
) -> None:
    live_queue.issue("A")
    live_queue.call_next(1)
    show(display, run)
    assert spoken.calls == []


def test_a_new_call_is_spoken_once_and_a_recall_again(
    display: DisplayWindow, live_queue: QueueService, spoken: AnnouncementLog, run: Callable[..., Any]
) -> None:
    show(display, run)
    live_queue.issue("A")
    live_queue.call_next(1)
    show(display, run)
    show(display, run)  # nothing changed: nothing spoken
    assert spoken.calls == [("A-001", "1番窓口", ("ja", "en"), False)]
    live_queue.recall(1)
    show(display, run)
    assert spoken.calls[-1] == ("A-001", "1番窓口", ("ja", "en"), True)
    assert len(spoken.calls) == 2


def test_calls_arriving_together_are_spoken_oldest_first(
    display: DisplayWindow, live_queue: QueueService, spoken: AnnouncementLog, run: Callable[..., Any]
) -> None:
    show(display, run)
    for code in "AD":
        live_queue.issue(code)
    live_queue.call_next(1)
    live_queue.call_next(3)
    show(display, run)
    assert [call[:2] for call in spoken.calls] == [("A-001", "1番窓口"), ("D-001", "3番窓口")]

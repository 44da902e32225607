"""The waiting-room display fits its screen with a city's number of counters: 1 to 12 counters on one
display, every one of them calling, plus a notice, in landscape and in portrait (and a dozen counters with
eight services). Every call card and every counter's current call is on screen whole, no text is cut, and
the numbers stay large."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from bootstrap import make_queue
from queue_display.fitting import CallsArrangement, HistoryArrangement, card_layouts, search
from queue_display.window import DisplayWindow
from queueing.call_history import LAST_CALLS_PER_COUNTER
from queueing.notices import NoticeBoard
from queueing.services import QueueService
from settings import OfficeConfig
from settings.loader import default_config_path, parse_config
from tests.helpers.clipping import find_clipping
from tests.helpers.clock import FakeClock
from tests.helpers.qasync_loop import until
from ui import theme

Run = Callable[..., Any]
SCREENS = {"landscape": QSize(1920, 1080), "portrait": QSize(1080, 1920)}
SERVICES = "ABCDEF"  # the shipped services; counter n serves the n-th, round again from the 7th
MORE_SERVICES = {"G": "障害福祉", "H": "介護保険"}  # a larger city's
NOTICE = "本日の証明書の発行は16時30分までです。暗証番号の再設定は2階 5番窓口へお越しください。"


def office_with(counters: int, services: str = SERVICES) -> OfficeConfig:
    """The shipped office file with `counters` counters (and `services`), read as the app reads its
    settings."""
    data = tomllib.loads(default_config_path().read_text(encoding="utf-8"))
    data["services"] += [
        {"code": code, "name": MORE_SERVICES[code]} for code in services if code in MORE_SERVICES
    ]
    data["counters"] = [
        {"number": n, "name": f"{n}番窓口", "floor": "1階", "services": [services[(n - 1) % len(services)]]}
        for n in range(1, counters + 1)
    ]
    return parse_config(data)


def busy_queue(store: Any, clock: FakeClock, counters: int, services: str = SERVICES) -> QueueService:
    """Every counter has called three numbers today; the last is at the counter now. A notice is up."""
    queue = make_queue(office_with(counters, services), store.unit_of_work, clock)
    for n in range(1, counters + 1):
        for _ in range(LAST_CALLS_PER_COUNTER + 1):  # and one more waits
            queue.issue(services[(n - 1) % len(services)])
    for _ in range(LAST_CALLS_PER_COUNTER):
        for n in range(1, counters + 1):
            queue.call_next(n)
    NoticeBoard(office_code=queue.office_code, uow=store.unit_of_work, clock=clock).post(NOTICE)
    return queue


def open_display(qtbot: Any, run: Run, queue: QueueService, orientation: str) -> DisplayWindow:
    display = DisplayWindow(queue, orientation=orientation)
    qtbot.addWidget(display)
    display.resize(SCREENS[orientation])
    display.show()
    display.refresh()
    run(until(lambda: display.snapshot is not None and display.ticker.isVisible(), what="the board"))
    return display


def cut_off(widget: QWidget, window: QWidget) -> str:
    """Why `widget` is not seen whole in `window` ("" when it is): outside the window, or outside any
    widget holding it."""
    if widget.isHidden() or not widget.isVisibleTo(window):
        return "hidden"
    target = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    holder: QWidget | None = widget
    while holder is not None and holder is not window:
        holder = holder.parentWidget()
        if holder is None:
            return "not in the window"
        room = QRect(holder.mapTo(window, QPoint(0, 0)), holder.size())
        if not room.contains(target):
            return f"{target} outside {type(holder).__name__} {room}"
    return ""


@pytest.mark.parametrize(
    ("counters", "services"), [(1, SERVICES), (4, SERVICES), (8, SERVICES), (12, SERVICES), (12, "ABCDEFGH")]
)
@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_every_call_and_every_counter_fits_the_screen(
    qtbot: Any,
    qloop: Any,
    store: Any,
    clock: FakeClock,
    run: Run,
    orientation: str,
    counters: int,
    services: str,
) -> None:
    display = open_display(qtbot, run, busy_queue(store, clock, counters, services), orientation)
    snapshot = display.snapshot
    assert snapshot is not None and len(snapshot.calls) == counters
    screen = SCREENS[orientation]
    hint = display.minimumSizeHint()
    assert hint.width() <= screen.width() and hint.height() <= screen.height(), hint
    assert display.size() == screen  # it did not have to grow

    cards = display.shown_calls()
    assert [card.number.text() for card in cards] == [entry.label for entry in snapshot.calls]
    for card in cards:
        for part in (card, card.number, card.counter):
            assert cut_off(part, display) == "", (card.number.text(), cut_off(part, display))
        assert card.number.font().pixelSize() >= theme.DISPLAY_CALL_SIZES[-1][0]  # still large

    now_serving = {entry.counter: entry.label for entry in snapshot.calls}
    rows = display.history.rows_text()
    assert len(rows) == counters
    for row, counter in zip(rows, snapshot.counter_calls, strict=True):
        assert row.startswith(f"{counter.counter_name} {now_serving[counter.counter]}"), row
    for label in display.history.findChildren(QWidget):
        if not label.isHidden():
            assert cut_off(label, display) == "", cut_off(label, display)

    assert [card.property("newest") for card in cards] == ["true"] + ["false"] * (counters - 1)
    assert display.history.highlighted() == [snapshot.calls[0].label]

    moving = display.ticker.text if display.ticker.scrolling else None  # glides through its lane
    found = [c for c in find_clipping(display, screen=screen) if not (moving and c.text == moving.text())]
    assert not found, "\n".join(map(str, found))


def test_up_to_four_counters_keep_the_usual_large_cards_and_every_recent_call(
    qtbot: Any, qloop: Any, store: Any, clock: FakeClock, run: Run
) -> None:
    for orientation in SCREENS:
        display = open_display(qtbot, run, busy_queue(store, clock, 4), orientation)
        assert display.calls_arrangement == CallsArrangement(0, 2, stacked=orientation == "portrait")
        assert display.history.arrangement == HistoryArrangement(LAST_CALLS_PER_COUNTER, 1)
        assert all(row.count("←") == LAST_CALLS_PER_COUNTER - 1 for row in display.history.rows_text())
        display.close()


def test_the_display_rearranges_as_calls_come_and_go_and_as_the_screen_turns(
    qtbot: Any, qloop: Any, store: Any, clock: FakeClock, run: Run
) -> None:
    queue = busy_queue(store, clock, 12)
    display = open_display(qtbot, run, queue, "landscape")
    dense = display.calls_arrangement
    assert dense.size > 0 and dense.columns > 2
    for n in range(5, 13):
        queue.finish(n)
    display.refresh()
    run(until(lambda: len(display.shown_calls()) == 4, what="eight counters finished"))
    assert display.calls_arrangement.size < dense.size  # fewer calls: larger numbers again
    display.set_orientation("portrait")
    display.resize(SCREENS["portrait"])
    run(until(lambda: display.size() == SCREENS["portrait"], what="the screen turned"))
    hint = display.minimumSizeHint()
    assert hint.width() <= 1080 and hint.height() <= 1920, hint
    assert display.calls_arrangement.stacked


def test_the_search_takes_the_largest_cards_then_the_richest_panel_that_fit() -> None:
    tried: list[tuple[CallsArrangement, HistoryArrangement]] = []

    def overflow(cards: CallsArrangement, history: HistoryArrangement) -> int:
        """A screen where size 3 in three columns fits with the panel at two calls in two columns."""
        tried.append((cards, history))
        too_large = max(0, 3 - cards.size) + max(0, 3 - cards.columns)
        return too_large + max(0, history.calls - 2) + max(0, 2 - history.columns)

    cards, history = search(False, 12, 12, overflow)
    assert cards == CallsArrangement(3, 3, stacked=False)
    assert history == HistoryArrangement(2, 2)
    every = len(theme.DISPLAY_CALL_SIZES) * len(card_layouts(False, 12)) * theme.DISPLAY_HISTORY_COLUMNS
    assert len(tried) < every / 3  # bisection, not every size of every layout beside every panel

    def nothing_fits(cards: CallsArrangement, history: HistoryArrangement) -> int:
        return 100 + (len(theme.DISPLAY_CALL_SIZES) - cards.size) + abs(cards.columns - 3)

    cards, history = search(True, 12, 12, nothing_fits)
    assert cards.size == len(theme.DISPLAY_CALL_SIZES) - 1 and cards.columns == 3  # the least overflow

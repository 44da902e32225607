"""How the display fits one screen, whatever the number of counters and of calls at once.

The display tries arrangements from the roomiest to the densest and keeps the first whose widgets all fit
its window. The call cards come first: the largest number size with the fewest columns that fits, while
the per-counter panel is as dense as it gets. Then the panel: the most calls a counter in the fewest
columns. A counter's current call is always shown; its earlier calls are what gives way. When nothing
fits (many services as well as many counters), the waiting counts take body type and the display searches
again (DisplayWindow.fit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QWidget

from queueing.call_history import LAST_CALLS_PER_COUNTER
from ui import theme


@dataclass(frozen=True)
class CallsArrangement:
    """The call cards: a size (an index of theme.DISPLAY_CALL_SIZES), a number of columns, and whether
    each card has its number above the counter (narrow cards) or beside it."""

    size: int
    columns: int
    stacked: bool

    @property
    def dense(self) -> bool:
        """Smaller than the display's usual cards: the headings give up their second line too."""
        return self.size > 0


@dataclass(frozen=True)
class HistoryArrangement:
    """The per-counter panel: how many calls each counter shows (its current one first), in how many
    columns of counters."""

    calls: int
    columns: int


Overflow = Callable[[CallsArrangement, HistoryArrangement], int]


def card_layouts(portrait: bool, calls: int) -> list[tuple[int, bool]]:
    """(columns, stacked) in order of preference: fewer columns first; in portrait the number above the
    counter first (a card is at most half a narrow screen wide), in landscape beside it."""
    fewest, most = theme.DISPLAY_CALL_COLUMNS
    columns = range(fewest, max(fewest, min(most, calls)) + 1)
    return [(count, stacked) for count in columns for stacked in (portrait, not portrait)]


def history_arrangements(counters: int) -> Iterator[HistoryArrangement]:
    """Richest first: every remembered call in one column, down to only the current call in the most."""
    for calls in range(LAST_CALLS_PER_COUNTER, 0, -1):
        for columns in range(1, _most_history_columns(counters) + 1):
            yield HistoryArrangement(calls, columns)


def densest_histories(counters: int) -> Iterator[HistoryArrangement]:
    """The arrangements that take the least height: the current call only, in the most columns first
    (fewer columns are narrower, for where the most do not fit across)."""
    for columns in range(_most_history_columns(counters), 0, -1):
        yield HistoryArrangement(1, columns)


def _most_history_columns(counters: int) -> int:
    return max(1, min(counters, theme.DISPLAY_HISTORY_COLUMNS))


def search(
    portrait: bool, calls: int, counters: int, overflow: Overflow
) -> tuple[CallsArrangement, HistoryArrangement]:
    """The largest call cards (then the fewest columns) that fit beside the per-counter panel at its
    densest, then the richest panel that fits beside those cards. `overflow(cards, history)` arranges
    the display so and says by how many pixels it does not fit (0: it fits). When nothing fits: the
    arrangement tried that overflows least.
    """
    trials = _Trials(overflow)
    layouts = card_layouts(portrait, calls)
    best: tuple[int, int, HistoryArrangement] | None = None  # (size, layout, densest panel)
    for history in densest_histories(counters):
        for index, (columns, stacked) in enumerate(layouts):
            below = len(theme.DISPLAY_CALL_SIZES)
            if best is not None:
                below = best[0] + (1 if index < best[1] else 0)  # only what would beat the best so far
            size = _smallest_size(trials.fit, CallsArrangement(0, columns, stacked), history, below)
            if size is not None:
                best = (size, index, history)
    if best is None:
        return trials.least
    size, index, densest_history = best
    cards = CallsArrangement(size, *layouts[index])
    for history in history_arrangements(counters):
        if history == densest_history or trials.fit(cards, history):
            return (cards, history)
    return (cards, densest_history)  # not reached: the densest panel is among them


class _Trials:
    """Tries arrangements, remembering the one that overflowed least."""

    def __init__(self, overflow: Overflow) -> None:
        self._overflow = overflow
        self.least: tuple[CallsArrangement, HistoryArrangement] = (
            CallsArrangement(len(theme.DISPLAY_CALL_SIZES) - 1, theme.DISPLAY_CALL_COLUMNS[1], stacked=True),
            HistoryArrangement(1, 1),
        )
        self._least_by: int | None = None

    def fit(self, cards: CallsArrangement, history: HistoryArrangement) -> bool:
        by = self._overflow(cards, history)
        if self._least_by is None or by < self._least_by:
            self.least, self._least_by = (cards, history), by
        return by == 0


def _smallest_size(
    fits: Callable[[CallsArrangement, HistoryArrangement], bool],
    cards: CallsArrangement,
    history: HistoryArrangement,
    below: int,
) -> int | None:
    """The roomiest size (lowest index) under `below` in which `cards` fit, if any. A smaller size never
    needs more room than a larger one, so bisection finds it in a few trials, not one per size."""
    if below > 0 and fits(replace(cards, size=0), history):
        return 0  # the usual cards: most often they fit
    if below <= 1 or not fits(replace(cards, size=below - 1), history):
        return None
    low, high = 1, below - 1  # `high` fits, 0 does not
    while low < high:
        middle = (low + high) // 2
        if fits(replace(cards, size=middle), history):
            high = middle
        else:
            low = middle + 1
    return high


def needed_size(window: QWidget) -> QSize:
    """The least size `window` can lay its contents out in, as they are now.

    Qt updates its layouts' cached sizes only when it next lays them out; this asks every widget and
    layout afresh without laying anything out (which would make a window grow to a trial's size)."""
    for widget in window.findChildren(QWidget):
        widget.updateGeometry()
    for layout in window.findChildren(QLayout):
        layout.invalidate()
    return window.layout().totalMinimumSize()


def overflow(window: QWidget) -> int:
    """By how many pixels, across and down, the contents of `window` do not fit its present size."""
    needed = needed_size(window)
    return max(0, needed.width() - window.width()) + max(0, needed.height() - window.height())

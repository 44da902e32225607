"""Small builders the kiosk pages share, so every page has the same look and the same touch sizes."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from ui import theme, touches
from ui.i18n import LiveText
from ui.labels import PhraseLabel
from ui.phrases import joined


def label(text: str = "", role: str = "", *, wrap: bool = True, centered: bool = True) -> QLabel:
    widget = PhraseLabel()
    widget.setWordWrap(wrap)
    if centered:
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if role:
        widget.setProperty("role", role)
    widget.setText(text)
    return widget


def button(text: str = "", role: str = "", *, wrap: bool = False) -> QPushButton:
    """A kiosk button; a fixed text (a digit, a language's own name) is also its accessible name.

    With `wrap`, a long text (a form's title, a long answer) breaks into lines where the button is narrow
    (a portrait screen, a long translation) instead of making the page wider than the screen."""
    widget = WrapButton(text) if wrap else QPushButton(text)
    widget.setAccessibleName(text)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if role:
        widget.setProperty("role", role)
    return widget


COMMITS = "commits"  # the property of a button that commits something (SettleGuard)
SETTLE_S = 0.5  # a page's first half second: a touch meant for the page before may still land
PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease}


def commits(widget: QPushButton) -> QPushButton:
    """Mark `widget` as a button whose touch commits what the resident cannot take back on the next page
    (it issues a ticket, confirms the card's data, submits a PIN, ends the visit): while its page settles
    it ignores touches (SettleGuard)."""
    widget.setProperty(COMMITS, True)
    return widget


class SettleGuard(QObject):
    """A committing button (`commits`) ignores touches in the first `settle_s` after its page appears.

    A second touch meant for the page before (a double tap, a hand still on its way) lands where that page's
    button was: on the review page, 「この内容で番号札を取る」 sits where 次へ was, and a ticket came out
    unseen. Only touches on `window` count; `clock` (seconds, monotonic) is there for tests to advance.
    """

    settle_s = SETTLE_S

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self.clock = clock
        self._shown_at = float("-inf")
        touches.watch(self, window, PRESSES, lambda widget, _event: self.holds(widget))

    def page_shown(self) -> None:
        """A page appeared: its committing buttons wait `settle_s` before they take a touch."""
        self._shown_at = self.clock()

    def holds(self, widget: QObject) -> bool:
        """True while `widget` commits and its page has not settled: a touch now does nothing."""
        return bool(widget.property(COMMITS)) and self.clock() - self._shown_at < self.settle_s


# A focused button's ring is thicker than its border: the text's room changes with the focus too.
REFIT = {QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.FocusIn}
REFIT.add(QEvent.Type.FocusOut)


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines when it is narrower than the text; it grows taller.

    `text()` stays the whole text as given (tests and screen readers see it); it is drawn with its Japanese
    phrases held together (ui.phrases). The checker (tests.helpers.clipping) reads the `wraps` property
    and measures it wrapped."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setProperty("wraps", True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.align = Qt.AlignmentFlag.AlignCenter
        self._floor = self._floor_height = 0
        self._heights: dict[tuple[int, str, str, bool, str], int] = {}
        self._plain = ""
        self.setText(text)

    def setText(self, text: str) -> None:  # Qt's name
        """Shown with its Japanese phrases held together (ui.phrases.joined); `text()` is `text` as given."""
        self._plain = text
        super().setText(joined(text))
        self._fit_minimum()

    def text(self) -> str:  # Qt's name
        return self._plain

    def shown(self) -> str:
        """The text as drawn and measured: with the marks that keep its phrases whole."""
        return QPushButton.text(self)

    def event(self, event: QEvent) -> bool:  # Qt's name
        handled = super().event(event)
        if event.type() in REFIT:
            self._fit_minimum()
        return handled

    def _fit_minimum(self) -> None:
        """A style sheet's min-width is a floor (a touch target); the longest unbreakable part of the
        text is another: Qt's layouts take an explicit minimum width over the minimum size hint. The
        height starts again from the style sheet's min-height (resizeEvent raises it as the text needs)."""
        self._heights.clear()
        if self.minimumWidth() != getattr(self, "_minimum", -1):  # the style sheet set it (or none)
            self._floor = self.minimumWidth() if self.property("_q_stylesheet_minw") else 0
        if self.minimumHeight() != getattr(self, "_tall", -1):
            self._floor_height = self.minimumHeight() if self.property("_q_stylesheet_minh") else 0
        self._minimum = max(self._floor, self.minimumSizeHint().width())
        self.setMinimumWidth(self._minimum)
        self._tall = self._floor_height
        if self.width() > 1 and self.heightForWidth(self.width()) > self.height():
            self._tall = self.heightForWidth(self.width())
        self.setMinimumHeight(self._tall)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        """Narrower than its text: ask the layout for the lines' height (not every layout asks the
        height for a width of a widget in a row)."""
        super().resizeEvent(event)
        tall = max(self._floor_height, self.heightForWidth(self.width()))
        if tall != self.minimumHeight():  # up for more lines, and down again when it is wider
            self._tall = tall
            self.setMinimumHeight(tall)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _padding(self, size: QSize) -> QSize:
        """Border and padding around the text (from the style sheet), at `size`."""
        option = self._option()
        option.rect = QRect(0, 0, size.width(), size.height())
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return QSize(size.width() - room.width(), size.height() - room.height())

    def _flags(self) -> int:
        return int(self.align) | int(Qt.TextFlag.TextWordWrap)

    def _text_size(self, width: int) -> QSize:
        return (
            QFontMetrics(self.font())
            .boundingRect(QRect(0, 0, max(1, width), 100_000), self._flags(), self.shown())
            .size()
        )

    def minimumSizeHint(self) -> QSize:  # Qt's name
        """As narrow as its longest unbreakable part (Qt's own line breaking decides what breaks)."""
        plain = super().sizeHint()
        words = self._text_size(1).width()  # wrapped at every chance: the widest part that cannot break
        return QSize(min(plain.width(), words + self._padding(plain).width() + 1), plain.height())

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # Qt's name
        # Layouts ask often: remember, by all the padding (focus ring, chosen border) and the text hang on.
        key = (width, self.font().key(), self.shown(), self.hasFocus(), str(self.property("current")))
        if key not in self._heights:
            plain = super().sizeHint()
            pad = self._padding(QSize(width, plain.height()))
            self._heights[key] = max(
                plain.height(), self._text_size(width - pad.width()).height() + pad.height()
            )
        return self._heights[key]

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        """The button as the style draws it without its text, then the text wrapped inside the padding."""
        painter = QStylePainter(self)
        option = self._option()
        text, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        room = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        self.style().drawItemText(
            painter,
            room,
            self._flags(),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.ButtonText,
        )


class Panel(QWidget):
    """A part of a kiosk page whose texts follow the language (a keyboard, an editor, a whole page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = LiveText()
        self.narrow = False  # on a narrow (portrait) screen: what stands side by side is stacked
        self.stacking: list[QBoxLayout] = []

    def stacks(self, row: QBoxLayout) -> QBoxLayout:
        """`row` stands its widgets side by side, or one above the other on a narrow screen."""
        self.stacking.append(row)
        self._direct(row)
        return row

    def set_narrow(self, narrow: bool) -> None:
        """The kiosk's screen is narrow (portrait) or not: lay this part out for it."""
        self.narrow = narrow
        for row in self.stacking:
            self._direct(row)
        self.reflow()
        for layout in self.findChildren(QLayout):  # the sizes they remember are of the other arrangement
            layout.invalidate()
        self.updateGeometry()

    def reflow(self) -> None:
        """Rearrange for `self.narrow` beyond the stacking rows (grids that change their columns)."""

    def _direct(self, row: QBoxLayout) -> None:
        row.setDirection(
            QBoxLayout.Direction.TopToBottom if self.narrow else QBoxLayout.Direction.LeftToRight
        )

    def text(
        self,
        widget: QLabel | QPushButton,
        produce: Callable[[], str],
        *,
        spoken: Callable[[], str] | None = None,
    ) -> None:
        """Give `widget` the text `produce()` returns, now and in whatever language comes next.

        Buttons also get it (or `spoken()`) as their accessible name, for screen readers.
        """
        self.live.set(widget.setText, produce)
        if isinstance(widget, QPushButton):
            self.live.set(widget.setAccessibleName, lambda: (spoken or produce)().replace("\n", " "))

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.live.refresh()
        super().changeEvent(event)


class Page(Panel):
    """A full-screen kiosk page: white, with the kiosk's margins and spacing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.column = QVBoxLayout(self)
        space = theme.KIOSK.spacing
        self.column.setContentsMargins(space * 2, space, space * 2, space)
        self.column.setSpacing(space)

    def add(self, *widgets: QWidget, stretch: int = 0, layout: QBoxLayout | None = None) -> None:
        for widget in widgets:
            (layout or self.column).addWidget(widget, stretch)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless area that scrolls up and down where the page cannot hold it whole (a long
    list in a long translation at the largest text size; at the usual sizes it fits and shows no bar)."""
    area = QScrollArea()
    content.setObjectName("sheet")  # the page's background behind it (ui.theme)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def mark(widget: QPushButton, on: bool) -> None:
    """Show `widget` as the chosen one (or not): a thick border and a tint, from the theme."""
    widget.setProperty("current", "true" if on else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def drop_children(layout: QLayout) -> None:
    """Remove and delete every widget of `layout` (buttons made for one question or one review)."""
    while (item := layout.takeAt(0)) is not None:
        child = item.widget()
        if child is not None:
            child.hide()
            child.setParent(None)
            child.deleteLater()
        elif (inner := item.layout()) is not None:
            drop_children(inner)

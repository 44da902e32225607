"""Finds text a resident cannot read whole: a label or button too small for its words, or cut off by what
holds it.

`find_clipping(window)` walks every visible label and button under `window` and measures its text with the
widget's own font (style sheets applied) against the room the widget gives it:

- one-line text (labels without word wrap, buttons): the widest line against the contents' width, and the
  lines' height against the contents' height;
- word-wrapped labels: the text wrapped at the contents' width must fit its height, and no single word may be
  wider than the line; a Japanese text must break between phrases, never inside one (ui.phrases: Qt's
  own line breaking, laid out with the widget's font and width, against BudouX's phrases);
- a text shortened with an ellipsis (…) that its full text, the accessible name, lacks is clipping, unless
  the widget says it elides on purpose (the `elides` property: what is being typed, shown from its end);
- a widget that reaches outside an ancestor's visible rectangle is cut off, unless that ancestor is a
  scroll area's viewport (the resident can scroll to it; sideways does not count);
- two labels or buttons laid over one another (a row squeezed below its minimum) overlap;
- a control laid over the page (the kiosk's corner buttons: language, sound) must not cover any text;
- item views and tab bars: a table's header section (horizontal or vertical) too narrow for its title, a
  cell in the rows the viewport shows too narrow for its one-line text or (word-wrapped tables) too low for
  its wrapped lines, and a tab too narrow for its title. Qt cuts a header title and elides a cell or a tab
  by itself: each is clipping too, unless the view (or its table, or the tab bar) `elides` on purpose.

The tests drive the kiosk through every page, language and text size and expect no finding; the
pseudo-localisation (ui.i18n.PseudoTranslator) makes every text 40 % longer to find tight layouts early.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionHeader,
    QStyleOptionTab,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QWidget,
)

from ui.phrases import breaks_inside_phrase, is_phrased, plain

ELLIPSIS = "…"
TOLERANCE = 1  # px: rounding of font metrics
UNBOUNDED = 100_000
FOCUS_RING = 4  # px: how much thicker a focused button's border is than its usual one, at most (ui.theme)


@dataclass(frozen=True)
class Clipping:
    """One text that does not fit: where, which widget, the text, and the room it needs and has."""

    page: str
    widget: str
    text: str
    problem: str  # "too narrow", "too low", "a word too wide", "elided", "cut off by its parent"
    needed: tuple[int, int]
    available: tuple[int, int]

    def __str__(self) -> str:
        (nw, nh), (aw, ah) = self.needed, self.available
        text = self.text.replace("\n", "⏎")
        return f"{self.page}: {self.widget} {text!r}: {self.problem} (needs {nw}x{nh} px, has {aw}x{ah} px)"


def widget_name(widget: QWidget) -> str:
    """How a finding names a widget: its accessible name, object name, or class and role."""
    role = widget.property("role")
    kind = type(widget).__name__ + (f"[{role}]" if role else "")
    name = widget.accessibleName() or widget.objectName()
    return f"{kind} {name!r}" if name else kind


def find_clipping(root: QWidget, page: str = "", screen: QSize | None = None) -> list[Clipping]:
    """Every visible label or button under `root` (and `root` itself) whose text is not shown whole; and
    `root` itself if it had to grow beyond the `screen` it is meant for (its contents need more room)."""
    page = page or widget_name(root)
    found: list[Clipping] = []
    if screen is not None and (root.width() > screen.width() or root.height() > screen.height()):
        needed, available = (root.width(), root.height()), (screen.width(), screen.height())
        found.append(Clipping(page, widget_name(root), "", "larger than the screen", needed, available))
    for widget in _shown(root):
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            found += _label(widget, page)
        elif isinstance(widget, QAbstractButton):
            found += _button(widget, page)
        elif isinstance(widget, QHeaderView):
            found += _header(widget, page)
            continue
        elif isinstance(widget, QTableView):
            found += _cells(widget, page)
            continue
        elif isinstance(widget, QTabBar):
            found += _tabs(widget, page)
            continue
        else:
            continue
        found += _cut_off(widget, root, page)
    return found + _overlaps(root, page) + _covered(root, page)


def _floating(widget: QWidget) -> bool:
    """A button laid over its parent's other widgets: no layout places it (a notice laid over the top on
    purpose is a label, and an overlay such as "more time?" covers the page on purpose)."""
    parent = widget.parentWidget()
    if parent is None or not isinstance(widget, QAbstractButton) or widget.isHidden():
        return False
    layout = parent.layout()
    return layout is None or not _places(layout, widget)


def _places(layout: QLayout, widget: QWidget) -> bool:
    """Whether `layout` or one of the layouts in it holds `widget`."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        inner = item.layout()
        if item.widget() is widget or (inner is not None and _places(inner, widget)):
            return True
    return False


def _covered(root: QWidget, page: str) -> list[Clipping]:
    """Text under a floating control (a corner button over every page): the control hides part of it.
    A label's text counts where it is drawn (its centred heading may pass beside the control); a button
    counts whole."""
    floating = [w for w in _shown(root) if _floating(w)]
    found = []
    for control in floating:
        area = QRect(control.mapTo(root, QPoint(0, 0)), control.size())
        for widget in _shown(root):
            if widget is control or widget in floating or not isinstance(widget, QLabel | QAbstractButton):
                continue
            if control.isAncestorOf(widget) or not widget.text().strip():
                continue
            drawn = _drawn_rect(widget).translated(widget.mapTo(root, QPoint(0, 0)))
            common = drawn.intersected(area)
            if common.width() > TOLERANCE and common.height() > TOLERANCE:
                problem = f"covered by {widget_name(control)}"
                size = (drawn.width(), drawn.height())
                found.append(Clipping(page, widget_name(widget), widget.text(), problem, size, size))
    return found


def _drawn_rect(widget: QWidget) -> QRect:
    """Where a label draws its text (its alignment within its contents), or a button's whole rectangle."""
    if not isinstance(widget, QLabel):
        return widget.rect()
    room = widget.contentsRect()
    flags = int(widget.alignment()) | (int(Qt.TextFlag.TextWordWrap) if widget.wordWrap() else 0)
    return QFontMetrics(widget.font()).boundingRect(room, flags, QLabel.text(widget))


def _overlaps(root: QWidget, page: str) -> list[Clipping]:
    """Labels and buttons laid over one another (a row squeezed below its minimum width spills so)."""
    found = []
    for parent in _shown(root):
        texts = [
            w for w in parent.children()
            if isinstance(w, (QLabel, QAbstractButton)) and not w.isHidden() and w.text().strip()
        ]  # fmt: skip
        for index, first in enumerate(texts):
            for second in texts[index + 1 :]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > TOLERANCE and common.height() > TOLERANCE:
                    needed, available = (first.width(), first.height()), (common.width(), common.height())
                    problem = f"overlaps {widget_name(second)}"
                    found.append(Clipping(page, widget_name(first), first.text(), problem, needed, available))
    return found


def _shown(root: QWidget) -> Iterator[QWidget]:
    """`root` and every widget shown under it (a hidden widget's children are not even looked at: the
    pages a stacked widget is not showing cost nothing). A header view or a tab bar is checked whole, its
    own parts (a viewport, scroll buttons) are not: they hold no text, and a wrapper of one of them was
    seen deleted under the checker after its header had been measured."""
    stack = [root]
    while stack:
        widget = stack.pop()
        yield widget
        if not isinstance(widget, QHeaderView | QTabBar):
            stack += [c for c in widget.children() if isinstance(c, QWidget) and not c.isHidden()]


def _label(widget: QLabel, page: str) -> list[Clipping]:
    text = QLabel.text(widget)  # as drawn: a kiosk label's text() leaves out its phrase marks (ui.phrases)
    if not text.strip() or widget.textFormat() == Qt.TextFormat.RichText:
        return []
    room = widget.contentsRect()
    margin = widget.margin()
    room.adjust(margin, margin, -margin, -margin)
    indent = max(0, widget.indent())
    if widget.alignment() & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
        room.setWidth(room.width() - indent)
    flags = int(widget.alignment()) | (int(Qt.TextFlag.TextWordWrap) if widget.wordWrap() else 0)
    return _measure(widget, page, text, room, flags, wraps=widget.wordWrap())


def _button(widget: QAbstractButton, page: str) -> list[Clipping]:
    text = QAbstractButton.text(widget)  # as drawn (see _label)
    if not text.strip():
        return []
    room = widget.contentsRect()
    lines = QRect(room)
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
        lines = QRect(room)  # where kiosk.widgets.WrapButton draws its lines
        # A focused kiosk button's ring is thicker than its border: it may cover the padding's outer edge,
        # which the text never reaches; the text still has to stay clear of the border itself.
        if widget.hasFocus():
            room.adjust(-FOCUS_RING, -FOCUS_RING, FOCUS_RING, FOCUS_RING)
        if not widget.icon().isNull():
            room.setWidth(room.width() - widget.iconSize().width() - 4)
    wraps = bool(widget.property("wraps"))  # kiosk.widgets.WrapButton: its text breaks into lines
    flags = int(Qt.AlignmentFlag.AlignCenter) | (int(Qt.TextFlag.TextWordWrap) if wraps else 0)
    return _measure(widget, page, text, room, flags, wraps=wraps, lines=lines.width())


def _measure(
    widget: QWidget, page: str, text: str, room: QRect, flags: int, *, wraps: bool, lines: int | None = None
) -> list[Clipping]:
    """`text` as drawn in `room` with `flags`; a wrapped one broken into lines `lines` px wide (the room's
    width unless a focus ring lends the check a little more)."""
    metrics = QFontMetrics(widget.font())
    width = room.width() if wraps else UNBOUNDED
    needed = metrics.boundingRect(QRect(0, 0, max(1, width), UNBOUNDED), flags, text).size()
    available = (room.width(), room.height())
    size = (needed.width(), needed.height())

    def finding(problem: str) -> Clipping:
        return Clipping(page, widget_name(widget), plain(text), problem, size, available)

    if _elided(widget, text):
        return [finding("elided")]
    if needed.width() > room.width() + TOLERANCE:
        return [finding("a word too wide" if wraps else "too narrow")]
    if wraps and needed.height() > metrics.height() + TOLERANCE:
        too_low = needed.height() > room.height() + TOLERANCE  # wrapped onto lines: each needs its height
        broken = _phrases_broken(widget, text, room.width() if lines is None else lines)
        if broken and not too_low:
            return [finding(f"a phrase broken: {broken}")]
    else:
        too_low = not _ink_fits(metrics, text, room.height())
    return [finding("too low")] if too_low else []


def line_starts(font: QFont, text: str, width: int) -> list[int]:
    """Where Qt begins each line after the first when it wraps `text` at `width` px (as QPainter draws a
    word-wrapped text: a line break is a line separator)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    starts = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(max(1, width))
        starts.append(line.textStart())
    layout.endLayout()
    return [start for start in starts if start > 0]


def _phrases_broken(widget: QWidget, text: str, width: int) -> str:
    """A wrapped Japanese text broken inside a phrase (ui.phrases): the lines as shown, split by ／."""
    if not is_phrased(plain(text)):
        return ""
    starts = line_starts(widget.font(), text, width)
    if not breaks_inside_phrase(text, starts):
        return ""
    cuts = [0, *starts, len(text)]
    return "／".join(plain(text[a:b]).strip() for a, b in itertools.pairwise(cuts))


def _ink_fits(metrics: QFontMetrics, text: str, height: int) -> bool:
    """Lines centred as Qt draws them: do their glyphs (not the font's tall CJK line boxes) fit `height`?"""
    lines = text.split("\n")
    top = (height - metrics.height() - (len(lines) - 1) * metrics.lineSpacing()) / 2 + metrics.ascent()
    bottom = top + (len(lines) - 1) * metrics.lineSpacing()
    first, last = metrics.tightBoundingRect(lines[0]), metrics.tightBoundingRect(lines[-1])
    return top + first.top() >= -TOLERANCE and bottom + last.bottom() <= height + TOLERANCE


def _elided(widget: QWidget, text: str) -> bool:
    """Shortened with an ellipsis its full text (the accessible name) lacks, unless it `elides` on purpose
    (a literal "Reading…" is not elided)."""
    name = widget.accessibleName()
    shortened = ELLIPSIS in text and bool(name) and ELLIPSIS not in name and name != text
    return shortened and not widget.property("elides")


def _on_purpose(widget: QWidget) -> bool:
    """A view, its table or tab bar that elides on purpose (the `elides` property, as for labels)."""
    node: QWidget | None = widget
    while node is not None and not isinstance(node, QTableView | QTabBar):
        if node.property("elides"):
            return True
        node = node.parentWidget()
    return bool(node is not None and node.property("elides")) or bool(widget.property("elides"))


def _header(header: QHeaderView, page: str) -> list[Clipping]:
    """Each shown section's title against the room the style gives its label (SE_HeaderLabel: the section
    less the header margin and a sort indicator), measured with the font Qt draws it in."""
    model = header.model()
    if model is None or _on_purpose(header):
        return []
    found = []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    length = header.viewport().width() if horizontal else header.viewport().height()
    for logical in range(header.count()):
        position = header.sectionViewportPosition(logical)
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0 or not 0 <= position < length:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        option = QStyleOptionHeader()
        header.initStyleOptionForIndex(option, logical)
        size = header.sectionSize(logical)
        if horizontal:
            option.rect = QRect(position, 0, size, header.height())
        else:
            option.rect = QRect(0, position, header.width(), size)
        room = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
        found += _fits_line(header, page, text, option.fontMetrics, room, header.textElideMode())
    return found


def _cells(view: QTableView, page: str) -> list[Clipping]:
    """Each cell of the rows the viewport shows (scrolled-out rows the clerk scrolls to): its text against
    the room the style's item drawing gives it (SE_ItemViewItemText less the focus frame's margin), one
    line wide, or wrapped at that width and as high as the row."""
    model = view.model()
    if model is None or _on_purpose(view):
        return []
    found = []
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    height = view.viewport().height()
    for row in range(model.rowCount(view.rootIndex())):
        top = view.rowViewportPosition(row)
        if view.isRowHidden(row) or view.rowHeight(row) <= 0 or not 0 <= top < height:
            continue
        for column in range(model.columnCount(view.rootIndex())):
            if view.isColumnHidden(column) or view.columnWidth(column) <= 0:
                continue
            index = model.index(row, column, view.rootIndex())
            if view.indexWidget(index) is not None:
                continue
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = view.visualRect(index)
            delegate = view.itemDelegateForIndex(index)
            if isinstance(delegate, QStyledItemDelegate):
                delegate.initStyleOption(option, index)
            text = option.text
            if not text.strip():
                continue
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
            room.adjust(margin, 0, -margin, 0)
            metrics = QFontMetrics(option.font)
            if view.wordWrap():
                found += _fits_wrapped(view, page, text, metrics, room)
            else:
                found += _fits_line(view, page, text, metrics, room, view.textElideMode())
    return found


def _tabs(bar: QTabBar, page: str) -> list[Clipping]:
    """Each shown tab's title against its text rectangle (SE_TabBarTabText); Qt elides a title too long
    for it (elideMode), which is clipping too."""
    if _on_purpose(bar):
        return []
    found = []
    vertical = bar.shape() in (
        QTabBar.Shape.RoundedWest, QTabBar.Shape.RoundedEast, QTabBar.Shape.TriangularWest,
        QTabBar.Shape.TriangularEast,
    )  # fmt: skip
    for index in range(bar.count()):
        text = bar.tabText(index).replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not bar.isTabVisible(index) or not text.strip():
            continue
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)
        room = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        if vertical:
            room = QRect(room.x(), room.y(), room.height(), room.width())
        found += _fits_line(bar, page, text, option.fontMetrics, room, bar.elideMode())
    return found


def _fits_line(
    widget: QWidget, page: str, text: str, metrics: QFontMetrics, room: QRect, elide: Qt.TextElideMode
) -> list[Clipping]:
    """One-line text (its widest line) against the width Qt draws it in: elided there, or cut."""
    width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if width <= room.width() + TOLERANCE:
        return []
    problem = "too narrow" if elide == Qt.TextElideMode.ElideNone else "elided"
    needed, available = (width, metrics.height()), (room.width(), room.height())
    return [Clipping(page, widget_name(widget), text, problem, needed, available)]


def _fits_wrapped(
    widget: QWidget, page: str, text: str, metrics: QFontMetrics, room: QRect
) -> list[Clipping]:
    """Text wrapped at the room's width: no word wider than it, and its lines as high as the room."""
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = metrics.boundingRect(QRect(0, 0, max(1, room.width()), UNBOUNDED), flags, text).size()
    available = (room.width(), room.height())
    if needed.width() > room.width() + TOLERANCE:
        problem = "a word too wide"
    elif needed.height() > room.height() + TOLERANCE:
        problem = "too low"
    else:
        return []
    return [Clipping(page, widget_name(widget), text, problem, (needed.width(), needed.height()), available)]


def _cut_off(widget: QWidget, root: QWidget, page: str) -> list[Clipping]:
    """The part of `widget` an ancestor hides. Inside a scroll area's viewport only the width counts: the
    resident scrolls up and down (never sideways), and the viewport itself must then be seen whole."""
    target = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    node = widget
    while node is not root and (parent := node.parentWidget()) is not None:
        room = QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
        if isinstance(parent.parentWidget(), QAbstractScrollArea):  # the viewport: it scrolls vertically
            sideways = QRect(room.left(), target.top(), room.width(), target.height())
            if not sideways.contains(target):
                return [_hidden(widget, page, target, sideways)]
            target = room
        elif not room.contains(target):
            return [_hidden(widget, page, target, room)]
        node = parent
    return []


def _hidden(widget: QWidget, page: str, target: QRect, room: QRect) -> Clipping:
    shown = room.intersected(target)
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return Clipping(
        page,
        widget_name(widget),
        text,
        "cut off by its parent",
        (target.width(), target.height()),
        (shown.width(), shown.height()),
    )

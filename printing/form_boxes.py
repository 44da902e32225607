"""A section of labelled boxes in a grid: the body of every form.

A section has N columns; boxes flow left to right, each `span` columns wide, and a row that cannot take the
next box is closed with its last box stretched to the edge. A box holds one value (text wrapped over its
lines), a choice (every option with a tick on the chosen one), or a group of ticks or copy counts. A box
grows when its content needs more lines than the template gave it, so nothing is ever cut silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from forms.display import display
from forms.model import Application, Box, Field, FormTemplate, Section
from printing.a4draw import GETA, MARK_FILL, MM, STRIP_FILL, THICK, Pen, option_width
from printing.textfit import fit_lines

LABEL_SIZE = 6.5
VALUE_SIZES = (12.0, 7.0)
OPTION_SIZE = 8.5
LINE = 6.4 * MM
LABEL_ROOM = 3.6 * MM
PAD = 1.6 * MM
BOTTOM = 1.2 * MM
STRIP = 5.5 * MM
MARK_NOTE = "外字あり：職員確認"


@dataclass(frozen=True)
class Placed:
    """A box with its position in the section: x offset, width and its row."""

    box: Box
    x: float
    width: float
    row: int


def layout(section: Section, width: float) -> list[list[Placed]]:
    """The section's boxes in grid rows, each row's last box stretched to the right edge."""
    unit = width / section.columns
    rows: list[list[Placed]] = [[]]
    used = 0
    for box in section.boxes:
        if used + box.span > section.columns and rows[-1]:
            _stretch(rows[-1], width)
            rows.append([])
            used = 0
        rows[-1].append(Placed(box, used * unit, box.span * unit, len(rows) - 1))
        used += box.span
    _stretch(rows[-1], width)
    return [row for row in rows if row]


def _stretch(row: list[Placed], width: float) -> None:
    if row:
        last = row[-1]
        row[-1] = Placed(last.box, last.x, width - last.x, last.row)


class BoxSection:
    """Measures and draws one boxes section of one application."""

    def __init__(self, pen: Pen, template: FormTemplate, app: Application, section: Section, width: float):
        self.pen, self.template, self.app, self.section, self.width = pen, template, app, section, width
        self.rows = layout(section, width)

    def height(self) -> float:
        """Title strip plus every grid row."""
        return STRIP + sum(self._row_height(row) for row in self.rows)

    def draw(self, x: float, top: float) -> float:
        """Draw with the top-left corner at (x, top); returns the height used."""
        strip_title(self.pen, x, top, self.width, self.section.title)
        y = top - STRIP
        for row in self.rows:
            h = self._row_height(row)
            for placed in row:
                self._box(x + placed.x, y, placed.width, h, placed.box)
            y -= h
        self.pen.frame(x, y, self.width, top - y, THICK)
        return top - y

    def _row_height(self, row: list[Placed]) -> float:
        return max(LABEL_ROOM + max(p.box.lines, self._lines_needed(p)) * LINE + BOTTOM for p in row)

    def _fields(self, box: Box) -> list[Field]:
        return [f for name in box.fields if (f := self.template.field(name)) is not None]

    def _lines_needed(self, placed: Placed) -> int:
        fields = self._fields(placed.box)
        if len(fields) == 1 and fields[0].type not in ("choice", "checkbox"):
            return 1
        return len(self._arrange(fields, placed.width))

    def _arrange(self, fields: Sequence[Field], width: float) -> list[list[tuple[float, int]]]:
        """(x offset, option index) per line: a choice's options flow; a group's items align in columns."""
        widths = [option_width(self.pen, label, OPTION_SIZE) for label, _ in self._options(fields)]
        if len(fields) == 1:
            return [_offsets([(i, widths[i]) for i in line]) for line in _flow(widths, width)]
        room = width - 2 * PAD
        columns = max(1, min(len(widths), int(room // max(widths))))
        cell = room / columns
        return [
            [((i % columns) * cell, i) for i in range(start, min(start + columns, len(widths)))]
            for start in range(0, len(widths), columns)
        ]

    def _box(self, x: float, top: float, w: float, h: float, box: Box) -> None:
        self.pen.frame(x, top - h, w, h)
        self.pen.text(x + PAD, top - 2.7 * MM, box.label, self.pen.label_font, LABEL_SIZE)
        fields = self._fields(box)
        if len(fields) == 1 and fields[0].type not in ("choice", "checkbox"):
            self._value(x, top, w, h, fields[0])
        else:
            self._options_box(x, top, w, fields)

    def _value(self, x: float, top: float, w: float, h: float, field: Field) -> None:
        """The value wrapped over the box's lines, marks highlighted, a note when there are any."""
        text = display(field, self.app.values.get(field.id))
        marks = self.app.marks.get(field.id, ())
        lines_room = max(1, int((h - LABEL_ROOM - BOTTOM + 0.5) // LINE))
        draw_value(self.pen, x + PAD, top - LABEL_ROOM, w - 2 * PAD, lines_room, text, marks)
        if marks or GETA in text:
            mark_note(self.pen, x + w - PAD, top - 2.7 * MM)

    def _options(self, fields: Sequence[Field]) -> list[tuple[str, bool]]:
        """(label, ticked) for a choice's options, a tick box's はい/いいえ or a group's fields."""
        values = self.app.values
        if len(fields) == 1 and fields[0].type == "choice":
            return [(c, values.get(fields[0].id) == c) for c in fields[0].choices]
        if len(fields) == 1 and fields[0].type == "checkbox":
            value = values.get(fields[0].id)
            return [("はい", value is True), ("いいえ", value is False)]
        return [_group_item(f, values.get(f.id)) for f in fields]

    def _options_box(self, x: float, top: float, w: float, fields: Sequence[Field]) -> None:
        options = self._options(fields)
        for line_no, line in enumerate(self._arrange(fields, w)):
            baseline = top - LABEL_ROOM - (line_no + 1) * LINE + 2.0 * MM
            for offset, index in line:
                label, ticked = options[index]
                self.pen.option(x + PAD + offset, baseline, label, OPTION_SIZE, ticked)


def _group_item(field: Field, value: object) -> tuple[str, bool]:
    """A group's item: a tick for a checkbox; 「label 2通」 for a count, ticked when above zero."""
    if field.type == "number":
        count = value if isinstance(value, int) and not isinstance(value, bool) else 0
        shown = str(count) if count > 0 else "　"  # blank, not 0: the line stays writable by hand
        return (f"{field.label}　{shown}{'通' if field.copies else ''}", count > 0)
    return (field.label, value is True)


def _flow(widths: Sequence[float], room: float) -> list[list[int]]:
    """Indices of items per line, filled greedily left to right within `room` (less the padding)."""
    lines: list[list[int]] = [[]]
    used = 0.0
    for index, width in enumerate(widths):
        if lines[-1] and used + width > room - 2 * PAD:
            lines.append([])
            used = 0.0
        lines[-1].append(index)
        used += width
    return lines


def _offsets(items: Sequence[tuple[int, float]]) -> list[tuple[float, int]]:
    """Running x offsets of items laid side by side."""
    result, x = [], 0.0
    for index, width in items:
        result.append((x, index))
        x += width
    return result


def draw_value(
    pen: Pen, x: float, top: float, width: float, max_lines: int, text: str, marks: Sequence[int] = ()
) -> None:
    """`text` in the value font, wrapped into at most `max_lines` lines of LINE below `top`.

    Marked positions refer to `text`; each drawn line gets the positions that fall on it.
    """
    if not text:
        return
    size, lines = fit_lines(text, pen.value_font, VALUE_SIZES, width, max_lines)
    for number, (line, positions) in enumerate(zip(lines, align(text, lines, marks), strict=True)):
        baseline = top - number * LINE - LINE + (LINE - size) / 2 + size * 0.12
        pen.text(x, baseline, line, pen.value_font, size, marked=positions)


def align(text: str, lines: Sequence[str], marks: Sequence[int]) -> list[set[int]]:
    """For each wrapped line, the positions in that line of the marked characters of `text`.

    Wrapping only drops blanks at line ends and may end in "…", so walking both texts in step finds each
    drawn character's position in the original.
    """
    wanted = set(marks)
    source = 0
    result: list[set[int]] = []
    for line in lines:
        found: set[int] = set()
        for column, char in enumerate(line):
            while source < len(text) and text[source] != char:
                source += 1
            if source < len(text):
                if source in wanted:
                    found.add(column)
                source += 1
        result.append(found)
    return result


def mark_note(pen: Pen, right: float, baseline: float) -> None:
    """「外字あり：職員確認」 right-aligned at `right`, on yellow: a character needs the clerk's check."""
    width = pen.width(MARK_NOTE, pen.label_font, LABEL_SIZE)
    pen.fill_rect(right - width - 0.8, baseline - 1.6, width + 1.6, LABEL_SIZE + 2.2, MARK_FILL)
    pen.text(right - width, baseline, MARK_NOTE, pen.label_font, LABEL_SIZE)


def strip_title(pen: Pen, x: float, top: float, width: float, title: str) -> None:
    """The grey heading strip of a section."""
    pen.fill_rect(x, top - STRIP, width, STRIP, STRIP_FILL)
    pen.frame(x, top - STRIP, width, STRIP)
    pen.text(x + PAD, top - STRIP + 1.7 * MM, title, pen.label_font, 9)

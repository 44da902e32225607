"""Tables of the A4 forms: the repeating rows (one line per person) and the おくやみ checklist.

Rows tables print at least the template's `printed_rows` lines, so a family member the kiosk did not hear
about can still be added by hand. The checklist is the navigator's plan: a tick box, the procedure, the
counter, the deadline and a note per line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from forms.dates import wareki
from forms.display import display
from forms.model import Application, Field, RowGroup
from forms.navigator import Plan, Procedure
from printing.a4draw import GETA, MM, STRIP_FILL, THICK, Pen
from printing.form_boxes import PAD, STRIP, align, mark_note, strip_title
from printing.textfit import fit_lines, fit_text

HEAD = 5.0 * MM
ROW = 9.0 * MM
NUMBER_COLUMN = 6.0 * MM
CELL_SIZES = (10.0, 6.0)
READABLE = 8.0
NOTE_SIZE = 8.0
NOTE_LEADING = 3.6 * MM
NOTE_LINES = 6


class RowsTable:
    """One row group of an application as a table with a numbered line per person."""

    def __init__(self, pen: Pen, group: RowGroup, app: Application, title: str, width: float):
        self.pen, self.group, self.app, self.title, self.width = pen, group, app, title, width
        self.rows = app.rows.get(group.id, [])
        self.count = max(len(self.rows), group.printed_rows, 1)
        weights = group.widths or tuple(2 for _ in group.columns)
        unit = (width - NUMBER_COLUMN) / sum(weights)
        self.widths = [w * unit for w in weights]
        self.western = {
            c.id for c, w in zip(group.columns, self.widths, strict=True) if self._fits_western(c, w)
        }
        self.sizes = [self._column_size(c, w) for c, w in zip(group.columns, self.widths, strict=True)]

    def _text(self, column: Field, row: Mapping[str, object], *, western: bool | None = None) -> str:
        value = row.get(column.id)
        shown = column.id in self.western if western is None else western
        return display(column, value if isinstance(value, str | int | bool) else None, western=shown)

    def _column_size(self, column: Field, width: float, *, western: bool | None = None) -> float:
        """One size for the whole column (the smallest any of its values needs): a tidy table."""
        texts = [t for row in self.rows if (t := self._text(column, row, western=western))]
        fitted = [fit_text(t, self.pen.value_font, CELL_SIZES, width - 2 * PAD, 1)[0] for t in texts]
        return min(fitted, default=CELL_SIZES[0])

    def _fits_western(self, column: Field, width: float) -> bool:
        """Dates keep the Western year beside the 和暦 only where it still reads at 8 pt or more."""
        return column.type == "date" and self._column_size(column, width, western=True) >= READABLE

    def height(self) -> float:
        """Title strip, column heads and every printed line."""
        return STRIP + HEAD + self.count * ROW

    def draw(self, x: float, top: float) -> float:
        """Draw with the top-left corner at (x, top); returns the height used."""
        strip_title(self.pen, x, top, self.width, self.title)
        y = top - STRIP
        self._heads(x, y)
        y -= HEAD
        for index in range(self.count):
            row = self.rows[index] if index < len(self.rows) else {}
            self._line(x, y, index, row)
            y -= ROW
        self.pen.frame(x, y, self.width, top - y, THICK)
        return top - y

    def _heads(self, x: float, top: float) -> None:
        self.pen.fill_rect(x, top - HEAD, self.width, HEAD, STRIP_FILL)
        cx = x + NUMBER_COLUMN
        self.pen.frame(x, top - HEAD, NUMBER_COLUMN, HEAD)
        for column, w in zip(self.group.columns, self.widths, strict=True):
            self.pen.frame(cx, top - HEAD, w, HEAD)
            size, (label, *_) = fit_text(column.label, self.pen.label_font, (7, 5), w - 2 * PAD, 1)
            self.pen.text(cx + PAD, top - HEAD + 1.6 * MM, label, self.pen.label_font, size)
            cx += w

    def _line(self, x: float, top: float, index: int, row: Mapping[str, object]) -> None:
        self.pen.frame(x, top - ROW, NUMBER_COLUMN, ROW)
        self.pen.centred(
            x + NUMBER_COLUMN / 2, top - ROW / 2 - 1.2 * MM, str(index + 1), self.pen.label_font, 8
        )
        cx = x + NUMBER_COLUMN
        for column, w, size in zip(self.group.columns, self.widths, self.sizes, strict=True):
            self.pen.frame(cx, top - ROW, w, ROW)
            if column.type == "checkbox":
                box = 3.4 * MM
                self.pen.tick_box(cx + (w - box) / 2, top - (ROW + box) / 2, box, row.get(column.id) is True)
            else:
                marks = self.app.marks.get(f"{self.group.id}.{index}.{column.id}", ())
                self._cell(cx, top, w, size, self._text(column, row), marks)
            cx += w

    def _cell(self, x: float, top: float, w: float, size: float, text: str, marks: Sequence[int]) -> None:
        if not text:
            return
        size, lines = fit_text(text, self.pen.value_font, (size, CELL_SIZES[1]), w - 2 * PAD, 1)
        (positions,) = align(text, lines, marks)
        self.pen.text(
            x + PAD, top - ROW / 2 - size * 0.35, lines[0], self.pen.value_font, size, marked=positions
        )
        if marks or GETA in text:
            mark_note(self.pen, x + w - PAD, top - 2.4 * MM)


class ChecklistTable:
    """The personal checklist: one line per procedure, in the order to do them."""

    HEADS = ("", "お手続き", "窓口", "期限", "ご案内")
    WEIGHTS = (1.0, 9.0, 4.0, 7.0, 10.0)
    SIZES = (NOTE_SIZE, 9.5, NOTE_SIZE, NOTE_SIZE, NOTE_SIZE)  # the procedure's name a little larger

    def __init__(self, pen: Pen, plan: Plan, title: str, width: float, services: Mapping[str, str]):
        self.pen, self.plan, self.title, self.width, self.services = pen, plan, title, width, services
        unit = width / sum(self.WEIGHTS)
        self.widths = [w * unit for w in self.WEIGHTS]

    def cells(self, procedure: Procedure) -> list[str]:
        """The texts of one line (the tick box column is empty)."""
        service = self.services.get(procedure.service, "")
        due = f"{wareki(procedure.deadline, western=False)}まで" if procedure.deadline else ""
        deadline = "\n".join(t for t in (due, procedure.deadline_note) if t)
        note = "\n".join(t for t in (procedure.reason and f"（{procedure.reason}）", procedure.note) if t)
        return ["", procedure.title, f"{procedure.service} {service}".strip(), deadline, note]

    def _lines(self, procedure: Procedure) -> list[list[str]]:
        return [
            fit_lines(text, self.pen.label_font, (size, size), w - 2 * PAD, NOTE_LINES)[1] if text else []
            for text, w, size in zip(self.cells(procedure), self.widths, self.SIZES, strict=True)
        ]

    def _line_height(self, procedure: Procedure) -> float:
        return max(ROW, max(len(c) for c in self._lines(procedure)) * NOTE_LEADING + 2 * PAD)

    def height(self) -> float:
        """Title strip, heads and every procedure."""
        return STRIP + HEAD + sum(self._line_height(p) for p in self.plan.procedures)

    def draw(self, x: float, top: float) -> float:
        """Draw with the top-left corner at (x, top); returns the height used."""
        strip_title(self.pen, x, top, self.width, self.title)
        y = top - STRIP
        self.pen.fill_rect(x, y - HEAD, self.width, HEAD, STRIP_FILL)
        cx = x
        for head, w in zip(self.HEADS, self.widths, strict=True):
            self.pen.frame(cx, y - HEAD, w, HEAD)
            self.pen.text(cx + PAD, y - HEAD + 1.6 * MM, head, self.pen.label_font, 7)
            cx += w
        y -= HEAD
        for procedure in self.plan.procedures:
            y -= self._procedure(x, y, procedure)
        self.pen.frame(x, y, self.width, top - y, THICK)
        return top - y

    def _procedure(self, x: float, top: float, procedure: Procedure) -> float:
        h = self._line_height(procedure)
        cx = x
        for index, (lines, w) in enumerate(zip(self._lines(procedure), self.widths, strict=True)):
            self.pen.frame(cx, top - h, w, h)
            if index == 0:
                self.pen.tick_box(cx + (w - 3.6 * MM) / 2, top - PAD - 3.6 * MM, 3.6 * MM, False)
            for n, line in enumerate(lines):
                baseline = top - PAD - (n + 1) * NOTE_LEADING + 0.8 * MM
                self.pen.text(cx + PAD, baseline, line, self.pen.label_font, self.SIZES[index])
            cx += w
        return h

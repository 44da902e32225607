"""Drawing primitives of the A4 forms: text with the IPAmj fallback, marked characters, tick boxes, frames.

Every text goes through `Pen.text`, so each character is drawn from a font that has it (printing.fonts.runs)
and characters the card could not hold (`〓`, substitutions) get a yellow box the clerk cannot miss.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from reportlab.lib import units
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing import fonts

GETA = "〓"
MM: float = float(units.mm)  # typed: reportlab has no type hints
MARK_FILL = HexColor("#ffd43d")  # DADS yellow-300: prints as a light grey on a monochrome printer
STRIP_FILL = HexColor("#e6e6e6")
STAFF_FILL = HexColor("#f2f2f2")
INK = black
FAINT = HexColor("#555555")
THIN = 0.5
THICK = 1.0


@dataclass
class Pen:
    """A canvas and the two faces of the forms: Gothic for labels and headings, Mincho for values.

    Mincho for values because IPAmj明朝, the fallback for rare kanji, is a Mincho: a name keeps one style.
    """

    canvas: Canvas
    label_font: str
    value_font: str

    def width(self, text: str, font: str, size: float) -> float:
        """The drawn width of `text`, each run measured in the font it is drawn from."""
        return sum(float(stringWidth(run, f, size)) for f, run in fonts.runs(text, font))

    def text(
        self, x: float, y: float, text: str, font: str, size: float, *, marked: Collection[int] = ()
    ) -> float:
        """Draw `text` with its baseline at y; characters at `marked` positions (and every 〓) get a
        yellow box. Returns the width drawn."""
        if marked or GETA in text:
            self._highlight(x, y, text, font, size, marked)
        start = x
        for run_font, run in fonts.runs(text, font):
            self.canvas.setFont(run_font, size)
            self.canvas.setFillColor(INK)
            self.canvas.drawString(x, y, run)
            x += stringWidth(run, run_font, size)
        return x - start

    def _highlight(
        self, x: float, y: float, text: str, font: str, size: float, marked: Collection[int]
    ) -> None:
        """Yellow boxes behind the marked characters and every 〓."""
        for index, char in enumerate(text):
            advance = self.width(char, font, size)
            if char == GETA or index in marked:
                self.fill_rect(x - 0.3, y - size * 0.22, advance + 0.6, size * 1.12, MARK_FILL)
            x += advance

    def centred(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """`text` centred on x."""
        self.text(x - self.width(text, font, size) / 2, y, text, font, size)

    def fill_rect(self, x: float, y: float, w: float, h: float, color: Color) -> None:
        """A filled rectangle without a border."""
        self.canvas.setFillColor(color)
        self.canvas.rect(x, y, w, h, stroke=0, fill=1)
        self.canvas.setFillColor(INK)

    def frame(self, x: float, y: float, w: float, h: float, width: float = THIN) -> None:
        """A rectangle's border."""
        self.canvas.setStrokeColor(INK)
        self.canvas.setLineWidth(width)
        self.canvas.rect(x, y, w, h, stroke=1, fill=0)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = THIN) -> None:
        """A straight line."""
        self.canvas.setLineWidth(width)
        self.canvas.line(x1, y1, x2, y2)

    def tick_box(self, x: float, y: float, size: float, ticked: bool) -> None:
        """A square with its lower-left corner at (x, y), with a check mark when ticked."""
        self.canvas.setFillColor(white)
        self.frame(x, y, size, size, 0.6)
        if ticked:
            self.canvas.setLineWidth(1.3)
            path = self.canvas.beginPath()
            path.moveTo(x + size * 0.18, y + size * 0.52)
            path.lineTo(x + size * 0.42, y + size * 0.2)
            path.lineTo(x + size * 0.86, y + size * 0.86)
            self.canvas.drawPath(path, stroke=1, fill=0)
        self.canvas.setFillColor(INK)

    def option(self, x: float, y: float, label: str, size: float, ticked: bool) -> float:
        """「☑ label」 on baseline y; returns its width including the gap after it."""
        box = size * 0.9
        self.tick_box(x, y - size * 0.08, box, ticked)
        drawn = self.text(x + box + 1.2, y, label, self.label_font, size)
        return box + 1.2 + drawn + 3.5 * MM


def option_width(pen: Pen, label: str, size: float) -> float:
    """The width `Pen.option` will take for `label`."""
    return size * 0.9 + 1.2 + pen.width(label, pen.label_font, size) + 3.5 * MM

"""The queue ticket (整理券): one 80 mm receipt-printer slip as a PDF.

Thermal receipt printers are monochrome, print about 72 mm of their 80 mm paper and cut after the page, so
the slip is black on white and keeps 5 mm side margins. It is TICKET_LENGTH_MM long, or longer when its
texts need more (a resident's language adds a few lines): the spooler passes the length on as the media
size (`ticket_media`). Every text is measured and shrunk or wrapped to the printable width, so a long
office or service name never runs off the paper.
"""

from __future__ import annotations

import functools
import io
import math
from dataclasses import dataclass
from datetime import datetime

import segno
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing import fonts
from printing.resident_lines import ResidentLines
from printing.textfit import fit_lines, fit_text

TICKET_WIDTH_MM = 80
TICKET_LENGTH_MM = 120

# Binary instead of ASCII85 streams: reportlab's pure-Python ASCII85 encoder alone costs ~4 ms a ticket.
# rl_config is process-wide, which is fine: printing is the only package that imports reportlab.
rl_config.useA85 = 0

_WIDTH = TICKET_WIDTH_MM * mm
_MEASURING_LENGTH = 1000 * mm  # the page a slip is first drawn on to learn how long it is
_MARGIN = 5 * mm
_TEXT_WIDTH = _WIDTH - 2 * _MARGIN
_LEADING = 1.3  # line height over font size; DADS's 1.75 is for reading paragraphs, not a slip
_CAP = 0.88  # height above the baseline of IPAex digits and kana, as a fraction of the font size
_QR_SIZE = 26 * mm
_PRINTER_DOT = 25.4 / 203 * mm  # a 203 dpi thermal head: QR modules snap to whole dots


@dataclass(frozen=True)
class TicketSlip:
    """What a ticket shows. No personal data: slips get left behind in the lobby."""

    office_name: str
    number: str  # e.g. "A-001"
    service_name: str
    issued_at: datetime
    people_ahead: int
    qr_payload: str
    notice: str = ""
    next_services: tuple[str, ...] = ()  # the rest of the route: called there next under the same number
    estimate: str = ""  # the expected wait as residents read it, e.g. 約10分 (queueing.estimates)
    resident: ResidentLines | None = None  # the same again in the resident's language, when not Japanese


@dataclass(frozen=True)
class TicketLabels:
    """The slip's fixed wording; the UI may hand in translated strings (printing imports no Qt)."""

    heading: str = "受付番号"
    waiting_before: str = "お待ちの方"
    waiting_after: str = "人"
    then: str = "このあと：{services}"  # one number through several counters
    estimate: str = "待ち時間の目安 {estimate}"
    issued: str = "{year}年{month}月{day}日 {hour:02d}:{minute:02d} 発行"
    missed: str = "呼び出しに間に合わなかったときは、このQRコードを受付機にかざしてください"

    def issued_text(self, at: datetime) -> str:
        """The issue time in this label's format, e.g. 2026年11月21日 14:05 発行."""
        return self.issued.format(year=at.year, month=at.month, day=at.day, hour=at.hour, minute=at.minute)


def render_ticket(
    slip: TicketSlip, labels: TicketLabels | None = None, *, length_mm: int | None = None
) -> bytes:
    """`slip` as a one-page PDF TICKET_WIDTH_MM wide and `length_mm` long (by default `ticket_length_mm`,
    which a caller that needs the length for the media too passes in), its fonts embedded.

    The canvas starts in the embedded font: otherwise reportlab lists an unembedded Helvetica.
    """
    length = (length_mm or ticket_length_mm(slip, labels)) * mm
    out = io.BytesIO()
    canvas = _canvas(out, length)
    canvas.setTitle(f"Ticket {slip.number}")  # CUPS and cups-pdf show it: never personal data
    canvas.setCreator("Madoguchi")
    _Slip(canvas, fonts.GOTHIC, length).draw(slip, labels or TicketLabels())
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def ticket_length_mm(slip: TicketSlip, labels: TicketLabels | None = None) -> int:
    """How long the slip is: TICKET_LENGTH_MM, or the whole millimetres its texts need beyond that.

    Measured by drawing it once on a page that is never saved (no font subsetting, no PDF written)."""
    measuring = _Slip(_canvas(io.BytesIO(), _MEASURING_LENGTH), fonts.GOTHIC, _MEASURING_LENGTH)
    measuring.draw(slip, labels or TicketLabels())
    used = _MEASURING_LENGTH - measuring.y + _MARGIN
    return max(TICKET_LENGTH_MM, math.ceil(float(used / mm) - 0.01))


def ticket_media(length_mm: int) -> str:
    """The CUPS media option for a slip `length_mm` long (`ticket_length_mm`)."""
    return f"Custom.{TICKET_WIDTH_MM}x{length_mm}mm"


TICKET_MEDIA = ticket_media(TICKET_LENGTH_MM)


def _canvas(out: io.BytesIO, length: float) -> Canvas:
    font = fonts.register(fonts.GOTHIC)
    return Canvas(out, pagesize=(_WIDTH, length), initialFontName=font, initialFontSize=10)


@functools.lru_cache(maxsize=8)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR symbol for `payload`: modules per side and its dark modules as (row, column, length) runs.

    Kept for the last few payloads: a ticket is drawn twice (measured, then rendered), and encoding the
    symbol is most of a drawing's cost.

    UTF-8 with an ECI header: without the ECI, zbar and many phones guess Shift_JIS and garble Japanese.
    Byte mode is forced: segno otherwise picks Kanji mode whenever the UTF-8 bytes happen to look like
    Shift_JIS pairs (e.g. "窓口"), and every reader then shows mojibake (遯灘哨). Error correction M
    survives a smudged thermal print. Runs keep the single vector path short.
    """
    matrix = segno.make(payload, encoding="utf-8", eci=True, mode="byte", error="m", micro=False).matrix
    runs: list[tuple[int, int, int]] = []
    for r, row in enumerate(matrix):
        start = -1
        for c, dark in enumerate((*row, 0)):
            if dark and start < 0:
                start = c
            elif not dark and start >= 0:
                runs.append((r, start, c - start))
                start = -1
    return len(matrix), tuple(runs)


class _Slip:
    """Draws the slip from the top down; `y` is a cursor in points above the bottom edge."""

    def __init__(self, canvas: Canvas, font: str, length: float) -> None:
        self.canvas = canvas
        self.font = font
        self.y = length - _MARGIN

    def draw(self, slip: TicketSlip, labels: TicketLabels) -> None:
        """In the order a resident looks: where, which number, for what, how long; then the QR code."""
        self.lines(slip.office_name, (13, 8), max_lines=2)
        self.rule(gap=2 * mm)
        self.lines(labels.heading, (10, 8), max_lines=1, gap=3 * mm)
        self.number(slip.number)
        self.lines(slip.service_name, (15, 8), max_lines=2, gap=3 * mm)
        if slip.next_services:
            then = labels.then.format(services=" → ".join(slip.next_services))
            self.lines(then, (10, 7), max_lines=2, gap=1 * mm)
        self.waiting(labels, slip.people_ahead)
        if slip.estimate:
            self.lines(labels.estimate.format(estimate=slip.estimate), (10, 8), max_lines=1, gap=1 * mm)
        self.lines(labels.issued_text(slip.issued_at), (9, 7), max_lines=1, gap=2 * mm)
        if slip.resident is not None:
            self.resident(slip.resident)
        self.rule(gap=1 * mm)
        self.qr(slip.qr_payload)
        self.lines(labels.missed, (8, 7), max_lines=2)
        if slip.resident is not None and slip.resident.missed:
            self.lines(
                slip.resident.missed, (9, 7), max_lines=3, font=fonts.for_language(slip.resident.language)
            )
        if slip.notice:
            self.lines(slip.notice, (8.5, 8.5), max_lines=3, gap=1 * mm)

    def resident(self, resident: ResidentLines) -> None:
        """The service, where the ticket goes next and what to do, in the resident's language and font."""
        font = fonts.register(fonts.for_language(resident.language))
        self.rule(gap=1 * mm)
        self.lines(resident.service, (13, 8), max_lines=2, gap=1 * mm, font=font)
        for text in (resident.then, resident.estimate, resident.wait):
            if text:
                self.lines(text, (10, 8), max_lines=3, gap=1 * mm, font=font)

    def lines(
        self, text: str, sizes: tuple[float, float], *, max_lines: int, gap: float = 0, font: str = ""
    ) -> None:
        """`text` centred, shrunk or wrapped to the printable width; wrapped text is set flush left. In a
        font of its own (a resident's language) it keeps the largest size at which it fits wrapped, and
        breaks between words."""
        if font:
            font = fonts.register(font)
            size, lines = fit_lines(text, font, sizes, _TEXT_WIDTH, max_lines, words=True)
        else:
            font = self.font
            size, lines = fit_text(text, font, sizes, _TEXT_WIDTH, max_lines)
        self.canvas.setFont(font, size)
        self.y -= gap
        for line in lines:
            self.y -= size
            if len(lines) == 1:
                self.canvas.drawCentredString(_WIDTH / 2, self.y, line)
            else:
                self.canvas.drawString(_MARGIN, self.y, line)
            self.y -= size * (_LEADING - 1)

    def number(self, number: str) -> None:
        """The ticket number as large as the width allows.

        Plain filled text on purpose: an outline "bold" (text render mode 2) turns into paths on its way
        through CUPS, and the number must stay searchable in the spooled PDF.
        """
        size, (line, *_) = fit_text(number, self.font, (72, 24), _TEXT_WIDTH, max_lines=1)
        self.y -= 1 * mm + size * _CAP
        self.canvas.setFont(self.font, size)
        self.canvas.drawCentredString(_WIDTH / 2, self.y, line)

    def waiting(self, labels: TicketLabels, people: int) -> None:
        """「お待ちの方 3人」 on one baseline with the count larger, scaled down together if too wide."""
        parts = [(f"{labels.waiting_before} ", 12.0), (str(people), 24.0), (labels.waiting_after, 12.0)]
        scale = min(1.0, _TEXT_WIDTH / sum(stringWidth(t, self.font, s) for t, s in parts))
        x = (_WIDTH - scale * sum(stringWidth(t, self.font, s) for t, s in parts)) / 2
        self.y -= 4 * mm + 24 * scale * _CAP
        for text, size in parts:
            self.canvas.setFont(self.font, size * scale)
            self.canvas.drawString(x, self.y, text)
            x += stringWidth(text, self.font, size * scale)

    def rule(self, *, gap: float) -> None:
        """A thin line across the printable width, `gap` below the cursor."""
        self.y -= gap
        self.canvas.setLineWidth(0.6)
        self.canvas.line(_MARGIN, self.y, _WIDTH - _MARGIN, self.y)

    def qr(self, payload: str) -> None:
        """The QR code, centred with its quiet zone, as ONE filled path of whole-module rectangles.

        Drawn in module units under a scaling matrix, so the path holds small integers only; modules snap
        to whole printer dots (at least two) and the symbol never exceeds the printable width.
        """
        count, runs = qr_runs(payload)
        dots = max(2, int(_QR_SIZE / count / _PRINTER_DOT))
        module = min(dots * _PRINTER_DOT, _TEXT_WIDTH / count)
        quiet = 4 * module
        self.y -= quiet + count * module
        self.canvas.saveState()
        self.canvas.translate((_WIDTH - count * module) / 2, self.y)
        self.canvas.scale(module, module)
        self.canvas.addLiteral(" ".join(f"{c} {count - 1 - r} {n} 1 re" for r, c, n in runs) + " f")
        self.canvas.restoreState()
        self.y -= quiet

"""Pre-filled A4 forms as PDF: what the clerk prints and the resident signs.

One form flows from the top of the page down: heading, the template's sections (boxes, rows tables), notes,
the 署名欄 and the staff-only box; a block that does not fit starts a new page. A checklist section (おくやみ)
follows on its own page. Fonts: IPAex Gothic for labels, IPAex Mincho for values, IPAmj明朝 for characters
IPAex lacks; all embedded, and the canvas starts in an embedded font so that no Helvetica is listed.
"""

from __future__ import annotations

import datetime
import functools
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from forms.display import fill
from forms.events import LifeEvent, load_life_events
from forms.mapping import facts_for
from forms.model import Application, FormTemplate, Section
from forms.navigator import plan
from printing import fonts
from printing.a4draw import MM, Pen
from printing.form_boxes import BoxSection
from printing.form_parts import Notes, Signature, StaffBox, checklist_heading, heading
from printing.form_tables import ChecklistTable, RowsTable
from queueing.clock import OfficeClock

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 12 * MM
MARGIN_TOP = 10 * MM
MARGIN_BOTTOM = 11 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
GAP = 2.5 * MM

# Binary instead of ASCII85 streams, as for the ticket: the pure-Python encoder costs milliseconds a page.
rl_config.useA85 = 0


class Block(Protocol):
    """Anything the page flow places: it knows its height before it draws."""

    def height(self) -> float: ...

    def draw(self, x: float, top: float) -> float: ...


@dataclass(frozen=True)
class PrintContext:
    """What the forms need besides the application: the day, the services' names, the life events.

    `today` is the office's calendar date (OfficeClock.calendar_date(): main.py passes it); left out, the
    default office zone's (Asia/Tokyo), never this machine's."""

    today: datetime.date | None = None
    service_names: Mapping[str, str] = field(default_factory=dict)
    events: Mapping[str, LifeEvent] | None = None


def render_form(template: FormTemplate, app: Application, context: PrintContext | None = None) -> bytes:
    """One application as an A4 PDF (one page, or more for long forms and checklists)."""
    return render_forms([(template, app)], context)


def render_forms(
    items: Sequence[tuple[FormTemplate, Application]], context: PrintContext | None = None
) -> bytes:
    """Several applications in one PDF, each starting on a new page: one print job for the desk."""
    if not items:
        raise ValueError("render_forms needs at least one application")
    context = context or PrintContext()
    gothic, mincho = fonts.register(fonts.GOTHIC), fonts.register(fonts.MINCHO)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=gothic, initialFontSize=10)
    canvas.setTitle(items[0][0].title if len(items) == 1 else "申請書")  # no personal data: CUPS shows it
    canvas.setCreator("Madoguchi")
    pen = Pen(canvas, gothic, mincho)
    for template, app in items:
        _FormFlow(pen, template, app, context).draw()
    canvas.save()
    return out.getvalue()


class _FormFlow:
    """Places one form's blocks top to bottom, starting new pages as needed."""

    def __init__(self, pen: Pen, template: FormTemplate, app: Application, context: PrintContext) -> None:
        self.pen, self.template, self.app, self.context = pen, template, app, context
        self.today = context.today or OfficeClock().calendar_date()
        self.page = 1
        self.top = PAGE_HEIGHT - MARGIN_TOP

    def draw(self) -> None:
        """Heading, sections, notes, signature, staff box; then each checklist on a page of its own."""
        self.top -= heading(self.pen, self.template, self.app, MARGIN_X, self.top, CONTENT_WIDTH)
        visible = [s for s in self.template.layout if self._shown(s)]
        for section in visible:
            if section.kind != "checklist":
                self.place(self._block(section))
        self.place(Notes(self.pen, self.template.notes, CONTENT_WIDTH))
        self.place(
            Signature(self.pen, self.template.signature_label, self.template.declaration, CONTENT_WIDTH)
        )
        self.place(StaffBox(self.pen, self.template, self.app, CONTENT_WIDTH, self.today), at_bottom=True)
        for section in visible:
            if section.kind == "checklist":
                self.new_page(continued=False)
                self.top -= checklist_heading(
                    self.pen,
                    section.title,
                    fill(section.text, self.template, self.app),
                    MARGIN_X,
                    self.top,
                    CONTENT_WIDTH,
                )
                self.place(self._checklist(section))
        self._footer()
        self.pen.canvas.showPage()

    def _shown(self, section: Section) -> bool:
        if section.show_if is None:
            return True
        return section.show_if.holds(facts_for(self.template, self.app, self.today))

    def _block(self, section: Section) -> Block:
        if section.kind == "rows":
            group = self.template.row_group(section.rows)
            if group is not None:
                return RowsTable(self.pen, group, self.app, section.title or group.label, CONTENT_WIDTH)
        if section.kind == "note":
            return Notes(self.pen, (section.text,), CONTENT_WIDTH)
        return BoxSection(self.pen, self.template, self.app, section, CONTENT_WIDTH)

    def _checklist(self, section: Section) -> Block:
        events = self.context.events or _default_events()
        event = next((e for e in events.values() if e.form == self.template.id), None)
        if event is None:
            return Notes(self.pen, ("（この様式に対応する手続きの一覧がありません）",), CONTENT_WIDTH)
        checklist = plan(event, self.app.values, today=self.today)
        return ChecklistTable(
            self.pen,
            checklist,
            "手続きの一覧（済んだものに✓をつけてください）",
            CONTENT_WIDTH,
            self.context.service_names,
        )

    def place(self, block: Block, *, at_bottom: bool = False) -> None:
        """Draw `block` below the previous one, on a new page when it does not fit; `at_bottom` puts it at
        the foot of the page, where staff look for their box on every form."""
        height = block.height()
        if height <= 0:
            return
        if self.top - height < MARGIN_BOTTOM and self.top < PAGE_HEIGHT - MARGIN_TOP - 20 * MM:
            self.new_page()
        if at_bottom:
            self.top = min(self.top, MARGIN_BOTTOM + height)
        self.top -= block.draw(MARGIN_X, self.top) + GAP

    def new_page(self, *, continued: bool = True) -> None:
        """Finish this page and start the next, with a short heading naming the form when it continues."""
        self._footer()
        self.pen.canvas.showPage()
        self.page += 1
        self.top = PAGE_HEIGHT - MARGIN_TOP
        if continued:
            self.pen.text(
                MARGIN_X, self.top - 5 * MM, f"{self.template.title}（続き）", self.pen.label_font, 10
            )
            self.top -= 9 * MM

    def _footer(self) -> None:
        text = f"{self.template.id} ・ {self.page}"
        width = self.pen.width(text, self.pen.label_font, 6.5)
        self.pen.text(PAGE_WIDTH - MARGIN_X - width, MARGIN_BOTTOM - 6 * MM, text, self.pen.label_font, 6.5)


@functools.cache
def _default_events() -> Mapping[str, LifeEvent]:
    """The shipped life events, loaded once per process (checklists only)."""
    return load_life_events()

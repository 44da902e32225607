"""The parts every form has besides its sections: heading, notes, the 署名欄 and the staff-only box.

The staff box (職員記入欄) carries the ID check that 戸籍法 requires on the request (one photo ID, or two
lesser documents), the related departments of the one-stop routing, the clerks' stamps and the fee.
"""

from __future__ import annotations

import datetime

from forms.display import display
from forms.fees import fee_lines, yen
from forms.mapping import facts_for
from forms.model import Application, FormTemplate
from printing.a4draw import MM, STAFF_FILL, THICK, Pen, option_width
from printing.form_boxes import PAD, STRIP, strip_title
from printing.textfit import fit_lines, fit_text

PHOTO_IDS = ("マイナンバーカード", "運転免許証", "パスポート", "在留カード", "障害者手帳", "運転経歴証明書")
LESSER_IDS = ("資格確認書", "年金手帳", "介護保険証", "学生証", "社員証", "その他（　　　　）")
CHECKS = ("委任状", "印鑑登録証", "代理人の本人確認")
STAMPS = ("受付", "審査", "入力", "交付")
LABEL_COLUMN = 20 * MM
OPTION_LINE = 6.0 * MM
STAMP_HEIGHT = 15 * MM
NOTE_SIZE = 7.5


def heading(pen: Pen, template: FormTemplate, app: Application, x: float, top: float, width: float) -> float:
    """Title, addressee and the date of the request; returns the height used."""
    pen.centred(x + width / 2, top - 8 * MM, template.title, pen.label_font, 17)
    pen.line(x + width / 2 - 55 * MM, top - 10 * MM, x + width / 2 + 55 * MM, top - 10 * MM, 0.8)
    if template.addressee:
        pen.text(x, top - 16 * MM, f"（あて先）{template.addressee}", pen.label_font, 9.5)
    dated = next((f for f in template.fields if f.source == "today"), None)
    if dated is not None:
        text = f"{dated.label}　{display(dated, app.values.get(dated.id), western=False)}"
        pen.text(x + width - pen.width(text, pen.label_font, 9.5), top - 16 * MM, text, pen.label_font, 9.5)
    return 19 * MM


def checklist_heading(pen: Pen, title: str, intro: str, x: float, top: float, width: float) -> float:
    """The checklist page's title and its line about whom it concerns; returns the height used."""
    pen.centred(x + width / 2, top - 8 * MM, title, pen.label_font, 15)
    if intro:
        size, lines = fit_lines(intro, pen.value_font, (11, 8), width, 2)
        for n, line in enumerate(lines):
            pen.text(x, top - 16 * MM - n * (size + 3), line, pen.value_font, size)
    return 20 * MM


class Notes:
    """The form's printed notes (ご注意), small, one paragraph each."""

    def __init__(self, pen: Pen, notes: tuple[str, ...], width: float) -> None:
        self.pen, self.width = pen, width
        self.lines = [
            line
            for note in notes
            for line in fit_lines(f"・{note}", pen.label_font, (NOTE_SIZE, NOTE_SIZE), width - 2 * PAD, 4)[1]
        ]

    def height(self) -> float:
        """Nothing when there are no notes."""
        return len(self.lines) * 3.6 * MM + 1 * MM if self.lines else 0.0

    def draw(self, x: float, top: float) -> float:
        """Draw the lines below `top`."""
        for number, line in enumerate(self.lines):
            self.pen.text(
                x + PAD, top - (number + 1) * 3.6 * MM + 0.6 * MM, line, self.pen.label_font, NOTE_SIZE
            )
        return self.height()


class Signature:
    """The 署名欄 for the person at the counter: signed by hand on the printed form."""

    HEIGHT = 15 * MM

    def __init__(self, pen: Pen, label: str, declaration: str, width: float) -> None:
        self.pen, self.label, self.declaration, self.width = pen, label, declaration, width

    def height(self) -> float:
        """One tall row."""
        return self.HEIGHT

    def draw(self, x: float, top: float) -> float:
        """A labelled cell and an empty field to sign in."""
        h = self.HEIGHT
        self.pen.fill_rect(x, top - h, 38 * MM, h, STAFF_FILL)
        self.pen.frame(x, top - h, 38 * MM, h)
        size, lines = fit_text(self.label, self.pen.label_font, (9, 6.5), 38 * MM - 2 * PAD, 2)
        for n, line in enumerate(lines):
            self.pen.text(x + PAD, top - h / 2 + 1 * MM - n * (size + 2), line, self.pen.label_font, size)
        self.pen.text(x + 40 * MM, top - 4 * MM, self.declaration, self.pen.label_font, 7.5)
        self.pen.text(x + self.width - 18 * MM, top - h + 2.2 * MM, "（自署）", self.pen.label_font, 7)
        self.pen.frame(x, top - h, self.width, h, THICK)
        return h


class StaffBox:
    """職員記入欄: ID check, related departments, stamps and the fee. Drawn on a light grey ground."""

    TITLE = "職員記入欄（ここには記入しないでください）"

    def __init__(
        self, pen: Pen, template: FormTemplate, app: Application, width: float, today: datetime.date
    ) -> None:
        self.pen, self.template, self.app, self.width = pen, template, app, width
        facts = facts_for(template, app, today)
        self.flags = [(f.label, f.when is not None and f.when.holds(facts)) for f in template.staff_flags]
        self.rows: list[tuple[str, list[tuple[str, bool]]]] = [
            ("本人確認（1点）", [(name, False) for name in PHOTO_IDS]),
            ("本人確認（2点）", [(name, False) for name in LESSER_IDS]),
            ("確認", [(name, False) for name in CHECKS]),
        ]
        if self.flags:
            self.rows.append(("関係課への連絡", self.flags))

    def height(self) -> float:
        """Title strip, one line per check row, the stamps row."""
        return STRIP + len(self.rows) * OPTION_LINE + STAMP_HEIGHT

    def draw(self, x: float, top: float) -> float:
        """Draw with the top-left corner at (x, top); returns the height used."""
        self.pen.fill_rect(x, top - self.height(), self.width, self.height(), STAFF_FILL)
        strip_title(self.pen, x, top, self.width, self.TITLE)
        y = top - STRIP
        for label, options in self.rows:
            self._options_row(x, y, label, options)
            y -= OPTION_LINE
        self._stamps(x, y)
        self.pen.frame(x, top - self.height(), self.width, self.height(), THICK)
        return self.height()

    def _options_row(self, x: float, top: float, label: str, options: list[tuple[str, bool]]) -> None:
        self.pen.frame(x, top - OPTION_LINE, LABEL_COLUMN, OPTION_LINE)
        self.pen.frame(x + LABEL_COLUMN, top - OPTION_LINE, self.width - LABEL_COLUMN, OPTION_LINE)
        baseline = top - OPTION_LINE + 2 * MM
        self.pen.text(x + PAD, baseline, label, self.pen.label_font, 7)
        cx = x + LABEL_COLUMN + PAD
        room = self.width - LABEL_COLUMN - 2 * PAD
        size = 8.0
        while size > 5.5 and sum(option_width(self.pen, t, size) for t, _ in options) > room:
            size -= 0.5
        for text, ticked in options:
            cx += self.pen.option(cx, baseline, text, size, ticked)

    def _stamps(self, x: float, top: float) -> None:
        cell = 17 * MM
        for n, name in enumerate(STAMPS):
            cx = x + n * cell
            self.pen.frame(cx, top - STAMP_HEIGHT, cell, STAMP_HEIGHT)
            self.pen.centred(cx + cell / 2, top - 3 * MM, name, self.pen.label_font, 7)
            self.pen.line(cx, top - 4.2 * MM, cx + cell, top - 4.2 * MM, 0.3)
        self._fee(x + len(STAMPS) * cell, top, self.width - len(STAMPS) * cell)

    def _fee(self, x: float, top: float, width: float) -> None:
        """「手数料」 with one line per kind of copy and the total, or 「無料」."""
        self.pen.frame(x, top - STAMP_HEIGHT, width, STAMP_HEIGHT)
        self.pen.text(x + PAD, top - 3 * MM, "手数料", self.pen.label_font, 7)
        lines = fee_lines(self.template, self.app)
        total = sum(line.amount for line in lines)
        texts = [f"{line.label}　{line.copies}通 × {yen(line.unit)}" for line in lines[:3]]
        texts.append(f"合計　{yen(total)}" if lines else "無料")
        for n, text in enumerate(texts):
            size, (shown, *_) = fit_text(text, self.pen.label_font, (8, 5.5), width - 2 * PAD, 1)
            is_total = n == len(texts) - 1
            y = top - STAMP_HEIGHT + 2 * MM if is_total else top - 6.3 * MM - n * 3.2 * MM
            font_size = 10.5 if is_total else size
            self.pen.text(
                x + width - PAD - self.pen.width(shown, self.pen.label_font, font_size),
                y,
                shown,
                self.pen.label_font,
                font_size,
            )

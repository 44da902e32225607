"""予約の方: the resident types the reservation number on a big keypad or scans the confirmation's QR code.

Kiosks read QR codes with a 2D scanner in keyboard mode: it types the code's text and then Enter into the
focused widget, so this page takes key presses as well as touches (queueing.appointments defines what a
confirmation's QR code holds). A camera is not wired in yet (kiosk.confirmation_scan decodes an image).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk.widgets import Page, Panel, button, label
from queueing.appointment_service import CheckIn
from queueing.appointments import Refusal, normalise_reference, reference_from_confirmation

DIGIT_ROW = "1234567890-"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
COLUMNS = len(DIGIT_ROW)
TYPED_LIMIT = 32  # the longest reference (queueing.appointments)
SCANNED_LIMIT = 512  # a confirmation URL


def shown_reference(text: str) -> str:
    """What the entry box shows: the reference typed so far, or the one a scanned URL carries."""
    if "?" in text or "/" in text:
        return reference_from_confirmation(text) or ""
    return normalise_reference(text)


class ReferencePad(Panel):
    """Digits, a hyphen and the letters A-Z in alphabetical order, 訂正 and 全部消す, with big keys.

    Signals:
        typed(str): a key's character.
        deleted: 訂正 (the last character).
        cleared: 全部消す.
    """

    typed = Signal(str)
    deleted = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for index, char in enumerate(DIGIT_ROW + LETTERS):
            key = self.keys[char] = button(char, "kana")
            key.clicked.connect(lambda _c=False, ch=char: self.typed.emit(ch))
            grid.addWidget(key, index // COLUMNS, index % COLUMNS)
        self.delete_key = button(role="kana-secondary")
        self.text(self.delete_key, lambda: self.tr("訂正"), spoken=lambda: self.tr("1文字消す"))
        self.delete_key.clicked.connect(self.deleted)
        self.clear_key = button(role="kana-secondary")
        self.text(self.clear_key, lambda: self.tr("全部消す"))
        self.clear_key.clicked.connect(self.cleared)
        used = len(DIGIT_ROW + LETTERS) % COLUMNS
        left = COLUMNS - used
        grid.addWidget(self.delete_key, 3, used, 1, left // 2)
        grid.addWidget(self.clear_key, 3, used + left // 2, 1, left - left // 2)


class AppointmentPage(Page):
    """The reservation number, typed or scanned, and why a check-in was refused.

    Signals:
        submitted(str): the text to check in (a reference or a confirmation's QR text).
        late_ticket(str): too late for the appointment: the resident takes a normal ticket instead.
        back: the resident changed their mind.
    """

    submitted = Signal(str)
    late_ticket = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._scan_starts_over = False
        self.column.setSpacing(12)  # as the question pages: the keys and a refusal fit at the largest size
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heading = label("", "heading")
        self.text(self.heading, lambda: self.tr("予約番号を入力してください"))
        self.hint = label("", "muted")
        self.text(
            self.hint, lambda: self.tr("予約確認のQRコードをお持ちの方は、読み取り機にかざしてください")
        )
        self.entry = label("", "input")
        self.live.set(self.entry.setAccessibleName, lambda: self.tr("入力した予約番号"))
        self.message = label("", "error")
        self.message.hide()
        self.pad = ReferencePad()
        self.pad.typed.connect(self._type)
        self.pad.deleted.connect(lambda: self._set(shown_reference(self._text)[:-1]))
        self.pad.cleared.connect(lambda: self._set(""))
        self.add(self.heading, self.hint, self.entry, self.message)
        self.add(self.pad, stretch=1)
        self.column.addLayout(self._buttons())
        self._set("")

    def _buttons(self) -> QHBoxLayout:
        self.back_button = button(role="nav-secondary", wrap=True)
        self.text(self.back_button, lambda: self.tr("もどる"))
        self.back_button.clicked.connect(self.back)
        self.late_button = button(role="nav", wrap=True)
        self.text(self.late_button, lambda: self.tr("通常の番号札を取る"))
        self.late_button.clicked.connect(lambda: self.late_ticket.emit(self._text))
        self.late_button.hide()
        self.ok = button(role="nav", wrap=True)
        self.text(self.ok, lambda: self.tr("受付する"), spoken=lambda: self.tr("この予約番号で受付する"))
        self.ok.clicked.connect(self._submit)
        row = QHBoxLayout()
        row.addWidget(self.back_button, 1)
        row.addWidget(self.late_button, 2)
        row.addWidget(self.ok, 2)
        return row

    def value(self) -> str:
        return self._text

    def _type(self, char: str) -> None:
        typed = shown_reference(self._text)
        if len(typed) < TYPED_LIMIT:
            self._set(typed + char)

    def _set(self, text: str) -> None:
        self._text = text
        self.entry.setText(shown_reference(text))
        self.ok.setEnabled(bool(shown_reference(text)))
        self.late_button.hide()

    def _submit(self) -> None:
        if shown_reference(self._text):
            self._scan_starts_over = True
            self.submitted.emit(self._text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        """A QR scanner in keyboard mode (or a keyboard): the code's text, then Enter."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self._set(shown_reference(self._text)[:-1])
        elif event.text() and event.text().isprintable():
            text = "" if self._scan_starts_over else self._text
            self._scan_starts_over = False
            if len(text) < SCANNED_LIMIT:
                self._set(text + event.text())
        else:
            super().keyPressEvent(event)

    def prepare(self) -> None:
        """An empty number, no message, ready for a scan."""
        self._set("")
        self._scan_starts_over = False
        self.message.hide()
        self.hint.show()
        self.set_busy(False)
        self.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the kiosk checks the number in: no second submit."""
        self.ok.setEnabled(not busy and bool(shown_reference(self._text)))
        self.late_button.setEnabled(not busy)

    def show_refusal(self, outcome: CheckIn, late_minutes: int) -> None:
        """Why the appointment did not check in, in the resident's language; too late: a normal ticket."""
        at = outcome.appointment.at if outcome.appointment is not None else None
        self.text(
            self.message, lambda: self._explain(outcome.refusal, at, outcome.ticket_label, late_minutes)
        )
        self.message.show()
        self.hint.hide()  # the refusal takes its place (the keys fit at the largest text size)
        self.set_busy(False)
        self.late_button.setVisible(outcome.refusal is Refusal.TOO_LATE)
        self.setFocus()

    def _explain(self, refusal: Refusal | None, at: datetime | None, number: str, late_minutes: int) -> str:
        when = f"{at:%H:%M}" if at is not None else ""
        month, day = (str(at.month), str(at.day)) if at is not None else ("", "")
        if refusal is Refusal.OTHER_OFFICE:
            return self.tr("この予約はほかの庁舎のものです。ご予約の庁舎でお手続きください。")
        if refusal is Refusal.LATER_DAY:
            text = self.tr("ご予約は%1月%2日 %3です。当日にお越しください。")
            return text.replace("%1", month).replace("%2", day).replace("%3", when)
        if refusal is Refusal.PAST_DAY:
            text = self.tr("ご予約の日（%1月%2日）は過ぎています。お近くの係員にお声がけください。")
            return text.replace("%1", month).replace("%2", day)
        if refusal is Refusal.CHECKED_IN:
            return self.tr("この予約は受付済みです。あなたの番号は %1 です。").replace("%1", number)
        if refusal is Refusal.TOO_LATE:
            text = self.tr(
                "ご予約の時刻（%1）を%2分以上過ぎています。通常の順番の番号札をお取りいただけます。"
            )
            return text.replace("%1", when).replace("%2", str(late_minutes))
        return self.tr("この予約番号は見つかりませんでした。番号をお確かめください。")

    def clear(self) -> None:
        """Forget the number (the visit ended)."""
        self._set("")
        self.message.hide()
        self.text(self.message, str)

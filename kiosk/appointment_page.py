"""予約の方: the resident types the reservation number on a big keypad or scans the confirmation's QR code.

A 2D scanner types the confirmation's QR code (kiosk.code_entry; queueing.appointments defines what it
holds). A camera is not wired in yet (kiosk.confirmation_scan decodes an image).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.code_entry import CodeEntryPage
from kiosk.widgets import button, commits
from queueing.appointment_service import CheckIn
from queueing.appointments import Refusal, normalise_reference, reference_from_confirmation


def shown_reference(text: str) -> str:
    """What the entry box shows: the reference typed so far, or the one a scanned URL carries."""
    if "?" in text or "/" in text:
        return reference_from_confirmation(text) or ""
    return normalise_reference(text)


class AppointmentPage(CodeEntryPage):
    """The reservation number, typed or scanned, and why a check-in was refused.

    Signals:
        late_ticket(str): too late for the appointment: the resident takes a normal ticket instead.
    """

    late_ticket = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text(self.heading, lambda: self.tr("予約番号を入力してください"))
        self.text(
            self.hint, lambda: self.tr("予約確認のQRコードをお持ちの方は、読み取り機にかざしてください")
        )
        self.live.set(self.entry.setAccessibleName, lambda: self.tr("入力した予約番号"))
        self.text(self.back_button, lambda: self.tr("もどる"), spoken=lambda: self.tr("前の画面にもどる"))
        self.late_button = commits(button(role="nav", wrap=True))  # a ticket at once
        self.text(self.late_button, lambda: self.tr("通常の番号札を取る"))
        self.late_button.clicked.connect(lambda: self.late_ticket.emit(self._text))
        self.late_button.hide()
        self.text(self.ok, lambda: self.tr("受付する"), spoken=lambda: self.tr("この予約番号で受付する"))
        row = QHBoxLayout()
        row.addWidget(self.back_button, 1)
        row.addWidget(self.late_button, 2)
        row.addWidget(self.ok, 2)
        self.column.addLayout(row)
        self._set("")

    def shown(self, text: str) -> str:
        return shown_reference(text)

    def _set(self, text: str) -> None:
        super()._set(text)
        self.late_button.hide()

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.late_button.setEnabled(not busy)

    def show_refusal(self, outcome: CheckIn, late_minutes: int) -> None:
        """Why the appointment did not check in, in the resident's language; too late: a normal ticket."""
        at = outcome.appointment.at if outcome.appointment is not None else None
        self.show_message(lambda: self._explain(outcome.refusal, at, outcome.ticket_label, late_minutes))
        self.late_button.setVisible(outcome.refusal is Refusal.TOO_LATE)

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

"""番号札をお持ちの方: a resident shows the kiosk the ticket they hold, by its QR code or its number.

A resident who missed their call (a no-show) is put back in line at their original place; anyone else
learns where their ticket stands: still waiting (how many ahead, how long), being called (at which
counter), held for a document, or finished (queueing.services.QueueService.come_back). The answer for a
ticket in line is the result page's large number; the others are a message here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.code_entry import CodeEntryPage
from kiosk.widgets import button
from queueing.services import Standing


class TicketPage(CodeEntryPage):
    """The ticket's number typed, or its QR code scanned; why nothing more can be done here. もどる goes one
    page back (the start page or the services), やめる ends the visit.

    Signals:
        cancelled: やめる.
    """

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cancel_button = button(role="nav-secondary", wrap=True)
        self.cancel_button.clicked.connect(self.cancelled)
        self.text(self.heading, lambda: self.tr("番号札の番号を入力してください"))
        self.text(self.hint, lambda: self.tr("番号札のQRコードを読み取り機にかざすこともできます"))
        self.live.set(self.entry.setAccessibleName, lambda: self.tr("入力した番号"))
        self.text(self.back_button, lambda: self.tr("もどる"), spoken=lambda: self.tr("前の画面にもどる"))
        self.text(
            self.cancel_button, lambda: self.tr("やめる"), spoken=lambda: self.tr("やめて最初の画面にもどる")
        )
        self.text(self.ok, lambda: self.tr("確認する"), spoken=lambda: self.tr("この番号を確認する"))
        row = QHBoxLayout()
        row.addWidget(self.back_button, 1)
        row.addWidget(self.cancel_button, 1)
        row.addWidget(self.ok, 2)
        self.column.addLayout(row)
        self._set("")

    def show_standing(self, standing: Standing | None) -> None:
        """A ticket that is held, finished or unknown (None: the queue could not be read): what the resident
        can do, in their language."""
        if standing is None:
            self.show_message(
                lambda: self.tr("ただいま番号札を確認できません。お近くの係員にお声がけください。")
            )
        elif standing is Standing.HELD:
            self.show_message(
                lambda: self.tr(
                    "この番号札は、書類をお待ちいただいている状態です。窓口の係員にお声がけください。"
                )
            )
        elif standing is Standing.FINISHED:
            self.show_message(
                lambda: self.tr(
                    "この番号札の手続きは終わっています。ご用件があれば、新しい番号札をお取りください。"
                )
            )
        else:
            self.show_message(
                lambda: self.tr("この番号は見つかりませんでした。本日の番号札の番号をお確かめください。")
            )

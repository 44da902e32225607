"""Kiosk v1: choose a service, get a numbered ticket, see how many are ahead.

If the ticket printer fails, the ticket stays in the queue and its number is shown large on screen to
note or photograph; the ticket is recorded as unprinted so the desk knows the resident holds no paper.
Nobody loses a place they were given, and the numbering stays gap-free.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from queueing.services import IssuedTicket, QueueService, QueueSnapshot
from ui import theme
from ui.app import run_blocking
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)

PrintTicket = Callable[[IssuedTicket], None]
"""Renders and spools a ticket; raises on any printer failure."""


def _label(text: str, role: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if role:
        label.setProperty("role", role)
    return label


class StartPage(QWidget):
    """The service buttons, each with how many wait for it."""

    def __init__(self, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, theme.KIOSK.spacing)
        layout.setSpacing(theme.KIOSK.spacing)
        self.banner = _label(office_name, "banner")
        layout.addWidget(self.banner)
        self.prompt = _label(self.tr("ご用件を選んで、番号札をお取りください"), "heading")
        layout.addWidget(self.prompt)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(theme.KIOSK.spacing * 2, 0, theme.KIOSK.spacing * 2, 0)
        self.grid.setSpacing(theme.KIOSK.spacing)
        layout.addLayout(self.grid, 1)
        self.buttons: dict[str, QPushButton] = {}

    def set_services(self, snapshot: QueueSnapshot) -> None:
        for index, (service, waiting) in enumerate(snapshot.waiting):
            button = self.buttons.get(service.code)
            if button is None:
                button = QPushButton(self)
                button.setProperty("role", "service")
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                self.buttons[service.code] = button
                self.grid.addWidget(button, index // 2, index % 2)
            button.setText(self.tr("%1\n待ち %2人").replace("%1", service.name).replace("%2", str(waiting)))
            button.setAccessibleName(service.name)


class ResultPage(QWidget):
    """The issued number, large, and what to do next."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.KIOSK.spacing)
        layout.setContentsMargins(
            theme.KIOSK.spacing * 2, theme.KIOSK.spacing, theme.KIOSK.spacing * 2, theme.KIOSK.spacing
        )
        self.instruction = _label("", "heading")
        layout.addWidget(self.instruction)
        self.card = QWidget(self)
        self.card.setProperty("role", "ticket")
        card_layout = QVBoxLayout(self.card)
        self.service = _label("", "heading")
        self.number = _label("", "huge")
        self.number.setAccessibleName(self.tr("あなたの番号"))
        self.ahead = _label("")
        for widget in (self.service, self.number, self.ahead):
            card_layout.addWidget(widget)
        layout.addWidget(self.card, 1)
        self.problem = _label("", "error")
        layout.addWidget(self.problem)
        self.ok = QPushButton(self.tr("OK"), self)
        self.ok.clicked.connect(self.done)
        layout.addWidget(self.ok)

    def show_ticket(self, issued: IssuedTicket, printed: bool) -> None:
        self.card.show()
        self.service.setText(issued.service.name)
        self.number.setText(issued.ticket.label)
        if issued.people_ahead:
            self.ahead.setText(
                self.tr("あなたの前に %1人 お待ちです").replace("%1", str(issued.people_ahead))
            )
        else:
            self.ahead.setText(self.tr("まもなくお呼びします"))
        if printed:
            self.instruction.setText(self.tr("番号札をお取りください"))
            self.problem.setText("")
        else:
            self.instruction.setText(self.tr("この番号をお控えください"))
            self.problem.setText(
                self.tr(
                    "番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。"
                )
            )

    def show_failure(self) -> None:
        self.card.hide()
        self.instruction.setText(self.tr("申し訳ありません"))
        self.problem.setText(self.tr("番号札を発行できませんでした。お近くの係員にお声がけください。"))


class KioskWindow(QWidget):
    """The kiosk: start page -> (issue, print) -> result page -> back to start.

    Signals:
        ticket_issued(str): the label of a ticket just issued (for tests and logs; no personal data).
    """

    ticket_issued = Signal(str)

    def __init__(
        self,
        queue: QueueService,
        print_ticket: PrintTicket,
        result_seconds: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("窓口 受付"))
        self.setStyleSheet(theme.kiosk_stylesheet())
        self._queue = queue
        self._print_ticket = print_ticket
        self._tasks = TaskGroup()
        self._busy = False
        self._refreshing = False
        self.pages = QStackedWidget(self)
        self.start = StartPage(queue.office_name)
        self.result = ResultPage()
        self.pages.addWidget(self.start)
        self.pages.addWidget(self.result)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._back_timer = QTimer(self)
        self._back_timer.setSingleShot(True)
        self._back_timer.setInterval(result_seconds * 1000)
        self._back_timer.timeout.connect(self.back_to_start)
        self.result.done.connect(self.back_to_start)

    def set_snapshot(self, snapshot: QueueSnapshot) -> None:
        """Show the services and their waiting counts."""
        new_codes = [s.code for s, _ in snapshot.waiting if s.code not in self.start.buttons]
        self.start.set_services(snapshot)
        for code in new_codes:
            self.start.buttons[code].clicked.connect(partial(self.choose_service, code))
        self._set_enabled(not self._busy)

    def refresh(self) -> None:
        """Read the waiting counts again (after a change announcement)."""
        if not self._refreshing:
            self._refreshing = True
            self._tasks.spawn(self._refresh())

    async def _refresh(self) -> None:
        try:
            self.set_snapshot(await run_blocking(self._queue.snapshot))
        except Exception:
            log.exception("kiosk could not read the queue")
        finally:
            self._refreshing = False

    def choose_service(self, code: str, _checked: bool = False) -> None:
        """A service button was pressed; a second press while a ticket is being issued does nothing."""
        if self._busy:
            return
        self._busy = True
        self._set_enabled(False)
        self._tasks.spawn(self._issue(code))

    async def _issue(self, code: str) -> None:
        try:
            issued = await run_blocking(self._queue.issue, code)
        except Exception:
            log.exception("could not issue a ticket for service %s", code)
            self.result.show_failure()
            self._show_result()
            return
        printed = await self._print(issued)
        self.result.show_ticket(issued, printed)
        self._show_result()
        self.ticket_issued.emit(issued.ticket.label)

    async def _print(self, issued: IssuedTicket) -> bool:
        try:
            await run_blocking(self._print_ticket, issued)
            return True
        except Exception as exc:
            log.error("ticket %s was not printed: %s", issued.ticket.label, exc)
            try:
                await run_blocking(self._queue.mark_unprinted, issued.ticket.id)
            except Exception:
                log.exception("could not record ticket %s as unprinted", issued.ticket.label)
            return False

    def _show_result(self) -> None:
        self.pages.setCurrentWidget(self.result)
        self.result.ok.setFocus()
        self._back_timer.start()

    def back_to_start(self) -> None:
        self._back_timer.stop()
        self._busy = False
        self.pages.setCurrentWidget(self.start)
        self._set_enabled(True)
        self.refresh()

    def _set_enabled(self, enabled: bool) -> None:
        for button in self.start.buttons.values():
            button.setEnabled(enabled)

    def closeEvent(self, event: object) -> None:
        self._tasks.cancel_all()
        super().closeEvent(event)  # type: ignore[arg-type]

"""The counter's current ticket, large: its number, its route with the current step highlighted, when it
was called, and when the resident holds no paper ticket, why (a warning if the kiosk's printer failed,
a plain line if the kiosk has none). Above
all of it, when the resident said at the kiosk that the card's data is wrong (違うところがある), a notice
naming the forms and people it concerns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from queueing.model import Ticket
from ui import theme
from ui.labels import PhraseLabel


class RouteView(QWidget):
    """証明書 ▶ 国保・年金 ▶ 福祉・子育て: the services of a ticket, done ones muted, the current one bold."""

    def __init__(self, service_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service_name = service_name
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.DESK.spacing // 2)
        self.steps: list[QLabel] = []

    def show_route(self, ticket: Ticket | None) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.steps = []
        if ticket is None:
            return
        self._layout.addStretch(1)
        for index, code in enumerate(ticket.route):
            if index:
                self._layout.addWidget(QLabel("▶"))
            step = QLabel(self._service_name(code))
            step.setProperty("role", self._role(index, ticket.step))
            self._layout.addWidget(step)
            self.steps.append(step)
        self._layout.addStretch(1)
        self.setAccessibleName(self.tr("手続きの順番"))

    @staticmethod
    def _role(index: int, current: int) -> str:
        return "step-current" if index == current else "step-done" if index < current else "step"

    def current_step(self) -> str:
        """The name of the highlighted step ("" when none)."""
        return next((s.text() for s in self.steps if s.property("role") == "step-current"), "")


NUMBER_HEIGHT = theme.DESK.huge * 11 // 10  # its glyphs, not the font's tall line box
# Under the correction notice the number gives up some of its margin (its ink still fits, as the clipping
# checker, tests.helpers.clipping, checks): the desk keeps its height, on a 1366x768 screen too.
NUMBER_UNDER_NOTICE = theme.DESK.huge * 15 // 16

FlaggedForms = Sequence[tuple[str, Sequence[str]]]
"""(a form's title, the people of it the resident's 違うところがある concerns), per form."""


class CurrentTicketView(QWidget):
    """The ticket the counter serves now (or — when none)."""

    def __init__(
        self,
        service_name: Callable[[str], str],
        local: Callable[[datetime], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service_name = service_name
        self._local = local  # stored (UTC) times on the office's clock
        self._ticket: Ticket | None = None
        self._flagged: tuple[str, FlaggedForms] = ("", ())  # by ticket id, once its forms are read
        self.setProperty("role", "current")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(self)
        column.setContentsMargins(theme.DESK.spacing, 0, theme.DESK.spacing, 0)
        column.setSpacing(0)
        self.correction = PhraseLabel("")  # before anything else: the clerk reads it first
        self.correction.setProperty("role", "alert")
        self.correction.setWordWrap(True)
        self.correction.setAccessibleName(self.tr("訂正の申し出"))
        self.correction.setVisible(False)
        column.addSpacing(theme.DESK.spacing // 3)
        column.addWidget(self.correction)
        row = QHBoxLayout()
        column.addLayout(row)
        caption = QLabel(self.tr("対応中の番号"))
        caption.setProperty("role", "caption")
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number = QLabel("—")
        self.number.setProperty("role", "huge")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setMinimumWidth(theme.DESK.huge * 4)  # C-1000 fits; the number never jumps sideways
        self.number.setFixedHeight(NUMBER_HEIGHT)  # its glyphs, not the font's tall line box
        self.number.setAccessibleName(self.tr("対応中の番号"))
        row.addWidget(self.number)
        about = QVBoxLayout()
        self.route = RouteView(service_name)
        self.details = PhraseLabel("")
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.unprinted = PhraseLabel("")  # the resident holds no paper: why (show_ticket)
        self.unprinted.setWordWrap(True)
        self.unprinted.setVisible(False)
        about.addStretch(1)
        for widget in (caption, self.route, self.details, self.unprinted):
            about.addWidget(widget)
        about.addStretch(1)
        row.addLayout(about, 1)

    def show_ticket(self, ticket: Ticket | None) -> None:
        self._ticket = ticket
        self._show_correction()
        self.number.setText(ticket.label if ticket else "—")
        self.route.show_route(ticket)
        self._show_paper(ticket)
        if ticket is None:
            self.details.setText("")
            return
        called = self._local(ticket.called_at or ticket.issued_at).strftime("%H:%M")
        parts = [self._service_name(ticket.service_code), self.tr("%1 呼び出し").replace("%1", called)]
        if ticket.recalls:
            parts.append(self.tr("再呼び出し %1回").replace("%1", str(ticket.recalls)))
        if ticket.priority:
            parts.append(self.tr("優先"))
        self.details.setText("　".join(parts))  # 番号札なし: the warning under it says so

    def _show_paper(self, ticket: Ticket | None) -> None:
        """No paper ticket: a warning when the kiosk's printer failed (the resident expected one), a plain
        line when the kiosk has no ticket printer (nobody there gets one)."""
        self.unprinted.setVisible(ticket is not None and not ticket.printed)
        failed = ticket is not None and ticket.print_failed
        self.unprinted.setText(
            self.tr("番号札なし：発券機で印刷できませんでした。\n番号を口頭で確かめてください。")
            if failed
            else self.tr("番号札なし（発券機に印刷機がありません）")
        )
        role = "warning" if failed else "muted"
        if self.unprinted.property("role") != role:
            self.unprinted.setProperty("role", role)
            self.unprinted.style().unpolish(self.unprinted)
            self.unprinted.style().polish(self.unprinted)

    def show_flagged(self, ticket_id: str, forms: FlaggedForms) -> None:
        """The forms and people the resident's 違うところがある concerns, once the forms are read."""
        self._flagged = (ticket_id, tuple((title, tuple(people)) for title, people in forms))
        self._show_correction()

    def _show_correction(self) -> None:
        ticket = self._ticket
        asked = ticket is not None and ticket.correction_requested
        self.correction.setVisible(asked)
        self.number.setFixedHeight(NUMBER_UNDER_NOTICE if asked else NUMBER_HEIGHT)
        if ticket is None or not asked:
            self.correction.setText("")
            return
        forms = self._flagged[1] if self._flagged[0] == ticket.id else ()
        where = "、".join(f"{title}（{'・'.join(people)}）" if people else title for title, people in forms)
        said = self.tr("住民の方から訂正の申し出があります")
        notice = f"{said}：{where}" if where else said
        self.correction.setText(notice)  # one line where it fits: the forms
        self.correction.setToolTip(  # keep their height on a 1366x768 screen
            self.tr("カードから読み取った内容に違うところがあるそうです。ご本人に確かめて直してください。")
        )

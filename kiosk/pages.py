"""The ticket pages: choose a service; the issued number."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QMouseEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.widgets import Page, button, commits, label
from queueing.estimates import ShownWait
from queueing.services import IssuedTicket, QueueSnapshot, Standing
from ui import theme
from ui.i18n import current_language

SERVICE_COLUMNS, SERVICE_COLUMNS_NARROW = 3, 2
COUNTDOWN_TICK_MS = 250  # the idle warning's seconds: read often enough that none is skipped


class ServicePage(Page):
    """The service buttons, each with how many wait for it. Reached from the choice of procedures
    (番号札だけ取る), もどる goes back there and やめる ends the visit; as the first page it has neither.

    Signals:
        back: もどる, to the choice of procedures.
        cancelled: やめる, the visit ends.
    """

    back = Signal()
    cancelled = Signal()

    def __init__(self, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.setContentsMargins(0, 0, 0, theme.KIOSK.spacing)
        self.banner = label(office_name, "banner")
        self.prompt = label("", "heading")
        self.text(self.prompt, lambda: self.tr("ご用件を選んで、番号札をお取りください"))
        self.add(self.banner, self.prompt)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(theme.KIOSK.spacing * 2, 0, theme.KIOSK.spacing * 2, 0)
        self.grid.setSpacing(theme.KIOSK.spacing)
        self.column.addLayout(self.grid, 1)
        self.buttons: dict[str, QPushButton] = {}
        # In the line of もどる and やめる, as they look (hidden where appointments are not offered).
        self.reservation = button(role="nav-secondary", wrap=True)
        self.text(self.reservation, lambda: self.tr("予約の方"), spoken=lambda: self.tr("予約の方の受付"))
        self.ticket_holder = button(role="nav-secondary", wrap=True)
        self.text(self.ticket_holder, lambda: self.tr("番号札をお持ちの方"))
        self.below = QGridLayout()
        self.below.setContentsMargins(theme.KIOSK.spacing * 2, 0, theme.KIOSK.spacing * 2, 0)
        self.below.setSpacing(theme.KIOSK.spacing)
        self.column.addLayout(self.below)
        self._way_out()
        self.reflow()

    def _way_out(self) -> None:
        """もどる and やめる as the choice of procedures has them, at the bottom (やめる right), beside
        予約の方 and 番号札をお持ちの方 (or under them on a narrow screen): the services keep the room."""
        # One line each, as wide as their word: 予約の方 and 番号札をお持ちの方 between them take the rest.
        self.back_button = button(role="nav-secondary")
        self.text(self.back_button, lambda: self.tr("もどる"), spoken=lambda: self.tr("前の画面にもどる"))
        self.cancel_button = button(role="nav-secondary")
        self.text(
            self.cancel_button, lambda: self.tr("やめる"), spoken=lambda: self.tr("やめて最初の画面にもどる")
        )
        self.back_button.clicked.connect(self.back)
        self.cancel_button.clicked.connect(self.cancelled)

    def set_way_out(self, shown: bool) -> None:
        """もどる and やめる, or neither where this is the kiosk's first page (nothing before it)."""
        self.back_button.setVisible(shown)
        self.cancel_button.setVisible(shown)
        self.reflow()

    def set_services(self, snapshot: QueueSnapshot) -> list[str]:
        """Show each service with its waiting count; return the codes of buttons made just now."""
        made = []
        for service, waiting in snapshot.waiting:
            widget = self.buttons.get(service.code)
            if widget is None:
                widget = self.buttons[service.code] = commits(button(role="service", wrap=True))
                widget.align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # type: ignore[attr-defined]
                made.append(service.code)
            self.text(
                widget,
                lambda service=service, count=waiting: self.tr("%1\n待ち %n人", "", count).replace(
                    "%1", service.name_in(current_language())
                ),
            )
        if made:
            self.reflow()
        return made

    def reflow(self) -> None:
        """Three services to a line on a wide screen (so that 予約の方 fits below them with every text 40 %
        longer at the largest size), two on a narrow one."""
        columns = SERVICE_COLUMNS_NARROW if self.narrow else SERVICE_COLUMNS
        for column in range(SERVICE_COLUMNS):  # equal columns: a short name leaves no column too narrow
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        for widget in self.buttons.values():
            self.grid.removeWidget(widget)
        for index, widget in enumerate(self.buttons.values()):
            self.grid.addWidget(widget, index // columns, index % columns)
        # Wide: もどる 予約の方 番号札をお持ちの方 やめる in one line; narrow: もどる over やめる at its end.
        places = {
            self.back_button: (0, 2, 1, 1) if self.narrow else (0, 0, 1, 1),
            self.reservation: (0, 0, 2, 1) if self.narrow else (0, 1, 1, 1),
            self.ticket_holder: (0, 1, 2, 1) if self.narrow else (0, 2, 1, 1),
            self.cancel_button: (1, 2, 1, 1) if self.narrow else (0, 3, 1, 1),
        }
        for widget, at in places.items():
            self.below.removeWidget(widget)
            self.below.addWidget(widget, *at)
        for column in range(4):  # 予約の方 and 番号札をお持ちの方 share what is left, when they are there
            shown = [w for w, at in places.items() if at[1] == column and not w.isHidden()]
            wide = any(w in (self.reservation, self.ticket_holder) for w in shown)
            self.below.setColumnStretch(column, 1 if wide else 0)


class ResultPage(Page):
    """The issued number, large, and what to do next.

    Signals:
        done: the resident pressed OK.
    """

    done = Signal()

    def __init__(self, local: Callable[[datetime], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._local = local  # a stored (UTC) time on the office's clock
        self.instruction = label("", "heading")
        self.card = QWidget(self)
        self.card.setProperty("role", "ticket")
        inner = QVBoxLayout(self.card)
        self.service = label("", "heading")
        self.number = label("", "huge")
        self.ahead = label("")
        self.estimate = label("")
        for widget in (self.service, self.number, self.ahead, self.estimate):
            inner.addWidget(widget)
        self.problem = label("", "error")
        self.forms = label("")
        self.forms.hide()
        self.ok = commits(button(role=""))  # ends the visit: the number leaves the screen
        self.text(self.ok, lambda: self.tr("OK"), spoken=lambda: self.tr("はじめの画面にもどる"))
        self.ok.clicked.connect(self.done)
        self.live.set(self.number.setAccessibleName, lambda: self.tr("あなたの番号"))
        self.add(self.instruction)
        self.add(self.card, stretch=1)
        self.add(self.problem, self.forms, self.ok)

    def show_ticket(self, issued: IssuedTicket, printed: bool, failed: bool = False) -> None:
        """The number; `printed` False: no paper, because the kiosk has no ticket printer set up (said
        plainly: every resident here notes the number) or, `failed` True, the printer failed (in red)."""
        self.show_forms(None)
        self.card.show()
        self.text(self.service, lambda: issued.service.name_in(current_language()))
        self.number.setText(issued.ticket.label)
        ahead = issued.people_ahead
        self.text(
            self.ahead,
            lambda: (
                self.tr("あなたの前に %n人 お待ちです", "", ahead)
                if ahead
                else self.tr("まもなくお呼びします")
            ),
        )
        booked = issued.ticket.appointment_at
        if booked is not None:  # a checked-in appointment goes ahead from its time, not by who is ahead
            self._show_booked(self._local(booked), issued.ticket.issued_at)
        wait = issued.wait if ahead else None  # nobody ahead: "まもなくお呼びします" says it
        self.text(self.estimate, lambda: self.wait_text(wait) if wait is not None else "")
        self.text(
            self.instruction,
            lambda: self.tr("番号札をお取りください") if printed else self.tr("この番号をお控えください"),
        )
        self._say_paper(printed, failed)

    def _say_paper(self, printed: bool, failed: bool) -> None:
        """Why no paper came out, under the number: a failure in red, no printer in the page's colour."""
        self.problem.setProperty("role", "error" if failed else "")
        self.problem.style().unpolish(self.problem)
        self.problem.style().polish(self.problem)
        self.text(
            self.problem,
            lambda: (
                self.tr(
                    "番号札を印刷できませんでした。画面の番号を写真に撮るか、メモしてください。順番は確保されています。"
                )
                if failed
                else self.tr(
                    "この受付機では番号札を印刷しません（印刷機がありません）。画面の番号を写真に撮るか、メモしてください。"
                )
                if not printed
                else ""
            ),
        )

    def wait_text(self, wait: ShownWait) -> str:
        """The wait as the kiosk and the ticket's lines in the resident's language say it: the wording of
        queueing.estimates.shown_wait (in Japanese "待ち時間の目安：" + `wait.japanese`), translated."""
        if wait.minutes is None:
            words = self.tr("まもなく")
        elif wait.longest:
            words = self.tr("3時間以上")
        elif wait.minutes < 60:
            words = self.tr("約%n分", "", wait.minutes)
        elif wait.minutes % 60:
            hours, minutes = divmod(wait.minutes, 60)
            words = self.tr("約%1時間%2分").replace("%1", str(hours)).replace("%2", str(minutes))
        else:
            words = self.tr("約%n時間", "", wait.minutes // 60)
        return self.tr("待ち時間の目安：%1").replace("%1", words)

    def show_standing(self, standing: Standing, issued: IssuedTicket, counter_name: str = "") -> None:
        """A ticket brought back to the kiosk and still in line: back in line now (a no-show), waiting,
        or being called at `counter_name`. The resident holds its paper already."""
        self.show_ticket(issued, printed=True)
        if standing is Standing.CALLED:
            self.text(self.instruction, lambda: self.tr("ただいまお呼びしています"))
            self.text(self.ahead, lambda: self.tr("%1へお越しください").replace("%1", counter_name))
        elif standing is Standing.RETURNED:
            self.text(self.instruction, lambda: self.tr("順番にもどりました"))
        else:
            self.text(self.instruction, lambda: self.tr("順番にお待ちください"))

    def _show_booked(self, booked: datetime, now: datetime) -> None:
        when = f"{booked:%H:%M}"
        self.text(
            self.ahead,
            lambda: (
                self.tr("ご予約の時刻（%1）から、優先してお呼びします").replace("%1", when)
                if booked > now
                else self.tr("ご予約の方として、まもなくお呼びします")
            ),
        )

    def show_forms(self, printed: bool | None) -> None:
        """Whether the pre-printed forms came out: True yes, False the printer failed, None none to print."""
        self.text(
            self.forms,
            lambda: (
                self.tr("申請書を印刷しました。番号札と一緒にお取りになり、窓口でお名前を書いてください。")
                if printed
                else self.tr("申請書を印刷できませんでした。窓口で職員が印刷します。順番は確保されています。")
                if printed is False
                else ""
            ),
        )
        self.forms.setVisible(printed is not None)

    def show_failure(self) -> None:
        self.show_forms(None)
        self.card.hide()
        self.text(self.instruction, lambda: self.tr("申し訳ありません"))
        self._say_paper(printed=True, failed=True)  # red, as a failure
        self.text(
            self.problem, lambda: self.tr("番号札を発行できませんでした。お近くの係員にお声がけください。")
        )


class MoreTimePanel(Page):
    """Asks, over whatever page is showing, whether the resident needs more time, and counts the seconds
    left down. Any touch on it is a yes (続ける is the obvious one): it covers the page, so the touch does
    nothing else.

    Signals:
        more_time: the resident is still there.
    """

    more_time = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "overlay")
        self.heading = label("", "heading-large")
        self.countdown = label("", "heading")
        self.detail = label("")
        self.keep_going = button()
        self.text(self.heading, lambda: self.tr("まだ続けますか？"))
        self.text(
            self.detail,
            lambda: self.tr("操作がないため、まもなく最初の画面にもどります。入力した内容は消えます。"),
        )
        self.text(self.keep_going, lambda: self.tr("続ける"))
        self.keep_going.clicked.connect(self.more_time)
        self.seconds_left: Callable[[], int] = lambda: 0
        self._ticker = QTimer(self)
        self._ticker.setInterval(COUNTDOWN_TICK_MS)
        self._ticker.timeout.connect(self.count_down)
        self.column.addStretch(1)
        self.add(self.heading, self.countdown, self.detail, self.keep_going)
        self.column.addStretch(1)
        self.hide()

    def cover(self, parent: QWidget, seconds_left: Callable[[], int] | None = None) -> None:
        """Lie over the whole of `parent`, take the focus, and count `seconds_left()` down."""
        if seconds_left is not None:
            self.seconds_left = seconds_left
        self.count_down()
        self._ticker.start()
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.keep_going.setFocus()

    def count_down(self) -> None:
        """Show the seconds left now (the ticker calls it a few times a second)."""
        left = self.seconds_left()
        self.text(self.countdown, lambda: self.tr("あと%n秒", "", left))

    def hideEvent(self, event: QHideEvent) -> None:  # Qt's name
        self._ticker.stop()
        super().hideEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt's name
        """A touch anywhere on the question (its texts pass their touches on to it) is a yes."""
        event.accept()
        self.more_time.emit()

"""A desk left alone logs its clerk out: a resident's forms on an unattended screen are a privacy leak.

After `desk.idle_logout_minutes` without a click or a key on the desk's window the clerk is logged out and
every personal value leaves the widget tree (as at a manual logout); `desk.idle_warning_seconds` before
that, a bar says so with a 続ける button. Any click or key on the desk counts, not only 続ける. The timing
is the kiosk's (ui.idle.IdleWatch): only input on this window counts, so in `main.py all` a resident at
the kiosk does not keep the desk open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desk.operations import InPlace
from ui import theme
from ui.idle import IdleWatch
from ui.labels import PhraseLabel

DEFAULT_IDLE = (4 * 60, 5 * 60)  # (warn, log out) in seconds: desk.idle_* settings' defaults


class DeskIdleWatch(IdleWatch):
    """The kiosk's idle timing, telling also when the clerk is active again (the warning then goes).

    Signals:
        restarted: counting starts again (a login, or a click or key on the desk).
    """

    restarted = Signal()

    def start(self) -> None:
        super().start()
        self.restarted.emit()


class IdleWarning(InPlace):
    """まもなくログアウトします, with 続ける: in the place of the counter's operations before an idle logout.

    Signals:
        keep_going: the clerk is still there.
    """

    keep_going = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        row = QHBoxLayout(self)
        s = theme.DESK.spacing
        row.setContentsMargins(s, s // 2, s, s // 2)
        self.text = PhraseLabel(
            self.tr(
                "まもなくログアウトします（操作がないまま約%1秒たつと、表示中の申請書も閉じます）"
            ).replace("%1", str(seconds))
        )
        self.text.setProperty("role", "warning")
        self.text.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("続ける"))
        self.continue_button.setProperty("role", "compact")
        self.continue_button.setAccessibleName(self.tr("ログインしたまま続ける"))
        self.continue_button.clicked.connect(self.keep_going)
        row.addWidget(self.text, 1)
        row.addWidget(self.continue_button)
        self.hide()

"""The clerk's login at the start of the desk: login name and password, and why a login was refused.

The password leaves the field the moment it is submitted: the panel hands it on once and keeps nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui import theme
from ui.labels import PhraseLabel


class LoginPanel(QWidget):
    """A centred card asking for the clerk's login name and password.

    Signals:
        submitted(str, str): the login name and the password, once per press of ログイン.
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QWidget(self)
        card.setProperty("role", "login")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setFixedWidth(theme.DESK_LOGIN_WIDTH)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(*(theme.DESK.spacing * 3,) * 4)
        inner.setSpacing(theme.DESK.spacing)
        heading = QLabel(self.tr("職員ログイン"))
        heading.setProperty("role", "heading")
        inner.addWidget(heading)
        inner.addLayout(self._fields())
        self.login_button = QPushButton(self.tr("ログイン"))
        self.login_button.clicked.connect(self._submit)
        inner.addWidget(self.login_button)
        self.error = PhraseLabel("")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        inner.addWidget(self.error)
        self.hint = PhraseLabel("")
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        inner.addWidget(self.hint)

    def _fields(self) -> QFormLayout:
        form = QFormLayout()
        self.login_name = QLineEdit()
        self.login_name.setAccessibleName(self.tr("ログイン名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("パスワード"))
        self.login_name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        form.addRow(self.tr("ログイン名"), self.login_name)
        form.addRow(self.tr("パスワード"), self.password)
        return form

    def _submit(self) -> None:
        login, password = self.login_name.text().strip(), self.password.text()
        self.password.clear()
        if not login or not password:
            self.error.setText(self.tr("ログイン名とパスワードを入力してください。"))
            return
        self.error.setText("")
        self.set_waiting(True)
        self.submitted.emit(login, password)

    def set_waiting(self, waiting: bool) -> None:
        """While a login is checked (a slow hash, on purpose) the button cannot be pressed again."""
        self.login_button.setEnabled(not waiting)
        self.login_button.setText(self.tr("確認しています…") if waiting else self.tr("ログイン"))

    def refuse(self, message: str) -> None:
        self.set_waiting(False)
        self.error.setText(message)
        self.password.setFocus()

    def reset(self) -> None:
        """Empty, ready for the next clerk."""
        self.set_waiting(False)
        self.login_name.clear()
        self.password.clear()
        self.error.setText("")
        self.login_name.setFocus()

    def set_no_clerks(self, none: bool) -> None:
        """Say how to create the first account when there is none."""
        self.hint.setText(
            self.tr("職員が登録されていません。管理者が python main.py clerk add で登録してください。")
            if none
            else ""
        )

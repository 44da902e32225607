"""The card pages: choose a card, place it, type the PIN, check what was read, take the card back.

Every text a resident reads goes through tr(). Personal data is shown only on the confirmation page and
leaves it (`clear()`) when the visit ends.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from cardreader.dates import format_wareki
from cardreader.identity import CardType, Identity
from kiosk.widgets import Page, button, commits, label
from ui import theme
from ui.i18n import Language

PIN_LENGTH = 4
LANGUAGE_COLUMNS, LANGUAGE_COLUMNS_NARROW = 4, 3
NARROWEST_KIOSK = 1080  # px: a portrait Full HD touchscreen


class WelcomePage(Page):
    """How the resident will identify: My Number card, driver's licence, or no card.

    Signals:
        chosen(str): "mynumber", "drivers_license", "none", "appointment" (予約の方) or "ticket"
            (番号札をお持ちの方: offered here where reservations are not, for want of room).
        language_chosen(str): a language's code.
        view_wanted: the resident wants to change the text size, the contrast or where controls are.

    The languages stay on this page, each in its own script; the view options wait one touch away, behind
    one button beside them, so the page fits with every text 40 % longer at the largest size.
    """

    chosen = Signal(str)
    language_chosen = Signal(str)
    view_wanted = Signal()  # 見やすく: text size, contrast and low reach (kiosk.view_page)

    def __init__(self, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.banner = label(office_name, "banner")
        self.add(self.banner)
        self.heading = label("", "heading")
        self.hint = label("", "muted")
        self.mynumber = button(role="choice", wrap=True)
        self.licence = button(role="choice", wrap=True)
        self.no_card = button(role="choice-secondary", wrap=True)
        self.no_reader = label("", "error")
        self.text(self.heading, lambda: self.tr("お持ちのカードを選んでください"))
        self.text(self.hint, lambda: self.tr("カードを使うと、申請書にお名前やご住所を書かずにすみます"))
        self.text(self.mynumber, lambda: self.tr("マイナンバーカード"))
        self.text(self.licence, lambda: self.tr("運転免許証"))
        self.text(self.no_card, lambda: self.tr("カードを使わない"))
        self.reservation = button(
            role="choice-secondary", wrap=True
        )  # hidden where appointments are not offered
        self.text(self.reservation, lambda: self.tr("予約の方"), spoken=lambda: self.tr("予約の方の受付"))
        self.ticket_holder = button(role="choice-secondary", wrap=True)  # shown where 予約の方 is not
        self.text(self.ticket_holder, lambda: self.tr("番号札をお持ちの方"))
        self.text(
            self.no_reader, lambda: self.tr("カードリーダーが使えません。カードを使わずにお進みください")
        )
        body = Page(self)
        body.add(self.heading, self.hint)
        cards = self.stacks(QHBoxLayout())
        cards.setSpacing(body.column.spacing())
        cards.addWidget(self.mynumber)
        cards.addWidget(self.licence)
        body.column.addLayout(cards)
        others = QHBoxLayout()
        others.setSpacing(body.column.spacing())
        others.addWidget(self.no_card)
        others.addWidget(self.reservation)
        others.addWidget(self.ticket_holder)
        body.column.addLayout(others)
        body.add(self.no_reader)
        body.column.addStretch(1)
        self.view_button = button(role="view", wrap=True)
        self.text(self.view_button, lambda: self.tr("文字を大きく・見やすく"))
        self.view_button.clicked.connect(self.view_wanted)
        self.languages = QGridLayout()
        self.language_buttons: dict[str, QPushButton] = {}
        # The languages and the view button side by side, or the button above the languages when narrow.
        self.bottom = QHBoxLayout()
        self.bottom.setSpacing(body.column.spacing() * 2)
        self.bottom.addLayout(self.languages, LANGUAGE_COLUMNS)
        self.bottom.addWidget(self.view_button, 1)
        body.column.addLayout(self.bottom)
        self.add(body, stretch=1)
        self.mynumber.clicked.connect(lambda: self.chosen.emit("mynumber"))
        self.licence.clicked.connect(lambda: self.chosen.emit("drivers_license"))
        self.no_card.clicked.connect(lambda: self.chosen.emit("none"))
        self.reservation.clicked.connect(lambda: self.chosen.emit("appointment"))
        self.ticket_holder.clicked.connect(lambda: self.chosen.emit("ticket"))
        self.set_reader_available(False)

    def set_languages(self, languages: list[Language]) -> None:
        """One button per language, each written in its own script."""
        for language in languages:
            widget = button(language.native_name, "small", wrap=True)
            widget.setAccessibleName(language.native_name)
            widget.clicked.connect(lambda _checked=False, code=language.code: self.language_chosen.emit(code))
            self.language_buttons[language.code] = widget
        self.reflow()

    def reflow(self) -> None:
        """The languages four to a line, or three on a narrow screen with the view button above them."""
        narrow = QBoxLayout.Direction.BottomToTop
        self.bottom.setDirection(narrow if self.narrow else QBoxLayout.Direction.LeftToRight)
        columns = LANGUAGE_COLUMNS_NARROW if self.narrow else LANGUAGE_COLUMNS
        for index, widget in enumerate(self.language_buttons.values()):
            self.languages.addWidget(widget, index // columns, index % columns)

    def mark_language(self, code: str) -> None:
        for key, widget in self.language_buttons.items():
            widget.setProperty("current", "true" if key == code else "false")
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def set_reader_available(self, available: bool) -> None:
        self.mynumber.setEnabled(available)
        self.licence.setEnabled(available)
        self.no_reader.setVisible(not available)


class InsertCardPage(Page):
    """Waits for the card on the reader.

    Signals:
        back: the resident changed their mind.
    """

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "heading")
        self.hint = label("")
        self.back_button = button(role="secondary")
        self.text(self.hint, lambda: self.tr("読み取りが終わるまで、カードは置いたままにしてください"))
        self.text(self.back_button, lambda: self.tr("もどる"))
        self.back_button.clicked.connect(self.back)
        self.column.addStretch(1)
        self.add(self.heading, self.hint)
        self.column.addStretch(1)
        self.add(self.back_button)

    def ask_for(self, card_type: str) -> None:
        self.text(
            self.heading,
            lambda: (
                self.tr("運転免許証をカードリーダーに置いてください")
                if card_type == "drivers_license"
                else self.tr("マイナンバーカードをカードリーダーに置いてください")
            ),
        )


class PinPadPage(Page):
    """Four masked digits, large keys, the tries left, and a clear warning when one try remains.

    The digits live only in this widget until `submitted` hands them on; they are cleared at once.

    Signals:
        submitted(str): the four digits the resident typed.
        cancelled: the resident gave up on the card.
    """

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits: list[str] = []
        self.heading = label("", "heading")
        self.text(self.heading, lambda: self.tr("暗証番号（数字4桁）を入力してください"))
        self.which = label("", "muted")
        self.boxes = [label("", "pin-digit", wrap=False) for _ in range(PIN_LENGTH)]
        row = QHBoxLayout()
        row.addStretch(1)
        for box in self.boxes:
            row.addWidget(box)
        row.addStretch(1)
        self.refused = label("", "alert")  # a refused PIN: not a hint (colour, and a mark for who sees none)
        self.refused.hide()
        self.tries = label("")
        self.warning = label("", "warning")
        for wrapped in (self.which, self.refused, self.tries, self.warning):
            wrapped.setMinimumWidth(NARROWEST_KIOSK - 80)  # so size hints wrap them as the screen will
        self.add(self.heading, self.which)
        self.column.addLayout(row)
        self.add(self.refused, self.tries, self.warning)
        self.column.setSpacing(12)
        self.column.setContentsMargins(
            self.column.contentsMargins().left(), 8, self.column.contentsMargins().right(), 8
        )
        self.keys: dict[str, QWidget] = {}
        self.column.addLayout(self._keypad(), 1)
        self._show_digits()

    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        positions = [(str(n), (n - 1) // 3, (n - 1) % 3) for n in range(1, 10)] + [("0", 3, 1)]
        for digit, row, column in positions:
            key = button(digit, "key")
            key.clicked.connect(lambda _checked=False, d=digit: self.press(d))
            grid.addWidget(key, row, column)
            self.keys[digit] = key
        self.correct = button(role="key-secondary", wrap=True)
        self.text(self.correct, lambda: self.tr("訂正"), spoken=lambda: self.tr("1文字消す"))
        self.correct.clicked.connect(self.delete)
        grid.addWidget(self.correct, 3, 0)
        self.cancel = button(role="key-secondary", wrap=True)
        self.text(self.cancel, lambda: self.tr("やめる"), spoken=lambda: self.tr("カードを使うのをやめる"))
        self.cancel.clicked.connect(self._cancel)
        grid.addWidget(self.cancel, 3, 2)
        self.enter = commits(button())  # a wrong PIN counts against the card's tries
        self.enter.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.text(self.enter, lambda: self.tr("確定"))
        self.enter.clicked.connect(self._submit)
        self.keypad = grid
        self.reflow()
        return grid

    def reflow(self) -> None:
        """確定 a tall key beside the digits (the warnings keep their room on a landscape screen), or a
        wide one under them on a narrow screen."""
        self.keypad.removeWidget(self.enter)
        if self.narrow:
            self.keypad.addWidget(self.enter, 4, 0, 1, 3)
        else:
            self.keypad.addWidget(self.enter, 0, 3, 4, 1)

    def prepare(self, card_type: CardType, tries_left: int, wrong: bool = False) -> None:
        """Clear the digits and show the tries left; `wrong` when the last PIN was refused."""
        self._digits.clear()
        self._show_digits()
        self.text(
            self.which,
            lambda: (
                self.tr("券面事項入力補助用の暗証番号です")
                if card_type == "mynumber"
                else self.tr("免許証の暗証番号1です")
            ),
        )
        # Refused: the tries left are part of the alert (one line, as the hint it replaces).
        self.text(
            self.refused,
            lambda: (
                theme.ALERT_MARK + " " + self.tr("暗証番号が違います。") + self.left(tries_left)
                if wrong
                else ""
            ),
        )
        self.refused.setVisible(wrong)
        self.text(self.tries, lambda: "" if wrong else self.left(tries_left))
        self.tries.setVisible(not wrong)
        self.text(
            self.warning,
            lambda: (
                self.tr(
                    "あと1回間違えるとロックされ、窓口での解除が必要になります。わからないときは係員にお尋ねください"
                )
                if tries_left == 1
                else ""
            ),
        )
        self.warning.setVisible(tries_left == 1)

    def left(self, tries_left: int) -> str:
        return self.tr("あと%n回入力できます", "", tries_left)

    def reset(self) -> None:
        """No digits, no tries: the pad as the next resident must find it."""
        self._digits.clear()
        self._show_digits()
        for widget in (self.which, self.refused, self.tries, self.warning):
            self.text(widget, str)
        self.refused.hide()
        self.tries.show()
        self.warning.hide()

    def press(self, digit: str) -> None:
        if len(self._digits) < PIN_LENGTH:
            self._digits.append(digit)
            self._show_digits()

    def delete(self) -> None:
        if self._digits:
            self._digits.pop()
            self._show_digits()

    def _show_digits(self) -> None:
        for index, box in enumerate(self.boxes):
            box.setText("●" if index < len(self._digits) else "")
        self.enter.setEnabled(len(self._digits) == PIN_LENGTH)
        typed = len(self._digits)
        self.live.set(self.heading.setAccessibleDescription, lambda: self.tr("%n桁入力済み", "", typed))

    def _submit(self) -> None:
        if len(self._digits) == PIN_LENGTH:
            pin = "".join(self._digits)
            self._digits.clear()
            self._show_digits()
            self.submitted.emit(pin)

    def _cancel(self) -> None:
        self._digits.clear()
        self._show_digits()
        self.cancelled.emit()

    @property
    def typed(self) -> int:
        """How many digits are typed (never which)."""
        return len(self._digits)


class ReadingPage(Page):
    """Shown while the card is read (a fraction of a second on a real reader)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "heading")
        self.hint = label("")
        self.text(self.heading, lambda: self.tr("読み取り中です"))
        self.text(self.hint, lambda: self.tr("カードを動かさないでください"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.column.addStretch(1)
        self.add(self.heading, self.hint, self.bar)
        self.column.addStretch(1)


class ConfirmPage(Page):
    """What the card said, in large type, for the resident to confirm.

    Signals:
        confirmed(bool): True "this is right"; False "something is wrong" (a clerk will correct it).
    """

    confirmed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "heading")
        self.text(self.heading, lambda: self.tr("カードから読み取った内容をご確認ください"))
        # In a scroll area: a long address in a long translation at the largest size still fits a
        # landscape screen (the values scroll; the answers stay on screen).
        self.sheet = QWidget()
        self.sheet.setObjectName("sheet")
        self.grid = QGridLayout(self.sheet)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(32)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        captions: tuple[tuple[str, Callable[[], str]], ...] = (
            ("name", lambda: self.tr("お名前")),
            ("reading", lambda: self.tr("ふりがな")),
            ("address", lambda: self.tr("ご住所")),
            ("birth_date", lambda: self.tr("生年月日")),
            ("sex", lambda: self.tr("性別")),
        )
        for row, (key, caption) in enumerate(captions):
            name = label("", "field-name", centered=False)
            self.text(name, caption)
            value = label("", "field-value", centered=False)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(value, row, 1)
            self.values[key] = value
            self.captions[key] = name
        self.grid.setColumnStretch(1, 1)
        self.note = label("", "warning")
        self.right = commits(button(wrap=True))
        self.wrong = commits(button(role="secondary", wrap=True))
        self.text(self.right, lambda: self.tr("この内容で正しい"))
        self.text(self.wrong, lambda: self.tr("違うところがある\n（窓口で職員が直します）"))
        self.right.clicked.connect(lambda: self.confirmed.emit(True))
        self.wrong.clicked.connect(lambda: self.confirmed.emit(False))
        self.add(self.heading)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.sheet)
        self.add(area, stretch=1)
        answers = self.stacks(QHBoxLayout())
        answers.setSpacing(self.column.spacing())
        answers.addWidget(self.right)
        answers.addWidget(self.wrong)
        self.add(self.note)
        self.column.addLayout(answers)

    def show_identity(self, identity: Identity) -> None:
        day = identity.birth_date
        sex = identity.sex
        producers: dict[str, Callable[[], str]] = {
            "name": lambda: identity.name,
            "reading": lambda: identity.name_reading or "",
            "address": lambda: identity.address,
            "birth_date": lambda: (
                self.tr("%1（%2年%3月%4日）")
                .replace("%1", format_wareki(day))
                .replace("%2", str(day.year))
                .replace("%3", str(day.month))
                .replace("%4", str(day.day))
            ),
            "sex": lambda: {
                "male": self.tr("男"),
                "female": self.tr("女"),
                "not_applicable": self.tr("適用不能"),
            }.get(sex or "", ""),
        }
        for key, produce in producers.items():
            self.text(self.values[key], produce)
            self.values[key].setVisible(bool(produce()))
            self.captions[key].setVisible(bool(produce()))
        has_marks = bool(identity.substitutions)
        self.text(
            self.note,
            lambda: (
                self.tr("「〓」の文字はカードに登録できない文字です。窓口で正しい文字を確認します")
                if has_marks
                else ""
            ),
        )
        self.note.setVisible(has_marks)

    def clear(self) -> None:
        """Take every personal value off the page (and out of the bindings that could show it again)."""
        for key in ("name", "reading", "address", "birth_date", "sex"):
            self.text(self.values[key], str)
        self.text(self.note, str)


class TakeCardPage(Page):
    """Stays until the card leaves the reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "heading-large")
        self.hint = label("")
        self.text(self.heading, lambda: self.tr("カードをお取りください"))
        self.text(self.hint, lambda: self.tr("カードを取ると、次の画面に進みます"))
        self.column.addStretch(1)
        self.add(self.heading, self.hint)
        self.column.addStretch(1)


class ProblemPage(Page):
    """A card problem in plain words, and what the resident can do now.

    Signals:
        retry: try the card again.
        without_card: go on without the card.
    """

    retry = Signal()
    without_card = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = label("", "heading")
        self.detail = label("")
        self.retry_button = button(wrap=True)
        self.without_button = button(role="secondary", wrap=True)
        self.text(self.retry_button, lambda: self.tr("もう一度カードを置く"))
        self.text(self.without_button, lambda: self.tr("カードを使わずに進む"))
        self.retry_button.clicked.connect(self.retry)
        self.without_button.clicked.connect(self.without_card)
        self.column.addStretch(1)
        self.add(self.heading, self.detail)
        self.column.addStretch(1)
        self.add(self.retry_button, self.without_button)

    def show_problem(self, heading: Callable[[], str], detail: Callable[[], str], can_retry: bool) -> None:
        """Show a problem; `heading` and `detail` produce the texts in the current language."""
        self.text(self.heading, heading)
        self.text(self.detail, detail)
        self.retry_button.setVisible(can_retry)

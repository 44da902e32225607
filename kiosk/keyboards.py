"""On-screen input for residents who never touch a physical keyboard or an IME: a 50音 kana keyboard (that
also offers the Latin alphabet), a numeric keypad and a 和暦 date picker, all with big keys.

Each pad owns the value being typed (nothing else sees it until the resident presses 次へ) and tells its
page through `changed(str)`; `clear()` forgets it when the visit ends.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from forms.dates import ERAS, era_of, wareki
from kiosk.widgets import Panel, button, label, mark
from ui import theme

# The 50音 table, one column per consonant (left to right), rows あ い う え お; None leaves a gap.
KANA_COLUMNS: tuple[tuple[str | None, ...], ...] = (
    ("あ", "い", "う", "え", "お"),
    ("か", "き", "く", "け", "こ"),
    ("さ", "し", "す", "せ", "そ"),
    ("た", "ち", "つ", "て", "と"),
    ("な", "に", "ぬ", "ね", "の"),
    ("は", "ひ", "ふ", "へ", "ほ"),
    ("ま", "み", "む", "め", "も"),
    ("や", None, "ゆ", None, "よ"),
    ("ら", "り", "る", "れ", "ろ"),
    ("わ", "を", "ん", "ー", None),
)
_PLAIN, _VOICED = "かきくけこさしすせそたちつてとはひふへほう", "がぎぐげござじずぜぞだぢづでどばびぶべぼゔ"
_HALF_PLAIN, _HALF_VOICED = "はひふへほばびぶべぼ", "ぱぴぷぺぽぱぴぷぺぽ"
_BIG, _SMALL = "あいうえおつやゆよわ", "ぁぃぅぇぉっゃゅょゎ"
SPACE = "　"  # between family and given name, as the card writes it
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ'-"  # a foreign resident's name, as registered: O'BRIEN, SMITH-JONES
LATIN_SPACE = " "
SWITCH_AT = (4, 9)  # the free cell under ー: the key between kana and the Latin alphabet
DIGITS = "1234567890-"
ERA_NAMES = tuple(name for name, _ in ERAS[:4])  # 令和 平成 昭和 大正: the living are born in these
YEAR_COLUMNS = 22  # 昭和 has 64 years: three rows of 22 keys
NARROW_PICK_COLUMNS = 13  # keys of 16 mm (70 px with their border) in a line of a portrait screen
YEAR_GROUP = 10  # compact: the years in tens (1–9, 10–19, ...), then the ten years of the one chosen


def toggled(char: str, plain: str, changed: str) -> str:
    """`char` with the mark added (plain -> changed) or taken away again (changed -> plain)."""
    if char in plain:
        return changed[plain.index(char)]
    if char in changed:
        return plain[changed.index(char)]
    return char


def half_voiced(char: str) -> str:
    """は -> ぱ (and ば -> ぱ), ぱ -> は."""
    if char in "ぱぴぷぺぽ":
        return "はひふへほ"["ぱぴぷぺぽ".index(char)]
    return toggled(char, _HALF_PLAIN, _HALF_VOICED)


def keystrokes(text: str) -> list[str]:
    """The keys of the KanaPad that type `text` ("が" is か then "voiced"): for tests and the touch bench."""
    keys = []
    for char in text:
        for plain, changed, key in ((_PLAIN, _VOICED, "voiced"), (_HALF_PLAIN[:5], "ぱぴぷぺぽ", "half")):
            if char in changed:
                keys += [plain[changed.index(char)], key]
                break
        else:
            if char in _SMALL:
                keys += [_BIG[_SMALL.index(char)], "small"]
            else:
                keys.append("space" if char == SPACE else char)
    return keys


class KanaPad(Panel):
    """The 50音 keyboard: hiragana keys, 濁点 / 半濁点 / 小文字 that change the last character, のばす音,
    a space, 訂正 and 全部消す; a row of digits for addresses when `digits` is on.

    The key ABC (where the table has a gap, under ー) shows the Latin alphabet in the kana's place, in
    capitals as a foreign resident's name is registered, with an apostrophe and a hyphen (O'BRIEN,
    SMITH-JONES; Nguyễn is registered NGUYEN) and a half-width space; かな goes back. `set_latin()`
    chooses which comes first (a resident reading a Latin-script language: the alphabet).

    Signals:
        changed(str): the text typed so far.
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._limit: int | None = None
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for column, kana in enumerate(KANA_COLUMNS):
            for row, char in enumerate(kana):
                if char is not None:
                    grid.addWidget(self._key(char, lambda _c=False, ch=char: self.type(ch)), row, column)
        self.latin = False
        self.latin_keys: dict[str, QPushButton] = {}
        for index, char in enumerate(LATIN):
            key = self.latin_keys[char] = button(char, "kana")
            key.clicked.connect(lambda _c=False, ch=char: self.type(ch))
            key.hide()
            grid.addWidget(key, index // 10, index % 10)
        self.switch = button(role="kana")
        self.switch.clicked.connect(lambda: self.set_latin(not self.latin))
        grid.addWidget(self.switch, *SWITCH_AT)
        self._modifiers(grid)
        self.digit_keys = [self._key(d, lambda _c=False, ch=d: self.type(ch)) for d in DIGITS]
        for column, key in enumerate(self.digit_keys):
            grid.addWidget(key, 5, column)
        self._word_switch()

    def _key(self, char: str, on_click: object) -> QPushButton:
        key = self.keys[char] = button(char, "kana")
        key.clicked.connect(on_click)
        return key

    def _modifiers(self, grid: QGridLayout) -> None:
        """The keys that change what was typed, right of the table."""
        voiced, small = (lambda: self._change(_PLAIN, _VOICED)), (lambda: self._change(_BIG, _SMALL))
        half = self._half
        specs: tuple[tuple[str, Callable[[], str], Callable[[], str], Callable[[], None], int, int], ...] = (
            ("voiced", lambda: self.tr("濁点 ゛"), lambda: self.tr("濁点（゛）をつける"), voiced, 0, 10),
            ("half", lambda: self.tr("半濁点 ゜"), lambda: self.tr("半濁点（゜）をつける"), half, 1, 10),
            ("small", lambda: self.tr("小"), lambda: self.tr("小さい文字にする"), small, 2, 10),
            ("space", lambda: self.tr("空白"), lambda: self.tr("空白を入れる"), self._space, 3, 10),
            ("delete", lambda: self.tr("訂正"), lambda: self.tr("1文字消す"), self.delete, 0, 11),
            ("clear", lambda: self.tr("全部\n消す"), lambda: self.tr("全部消す"), self.clear_typed, 2, 11),
        )
        self.grid, self.modifiers = grid, []
        for name, shown, spoken, action, row, column in specs:
            key = button(role="kana-secondary", wrap=True)
            key.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            self.text(key, shown, spoken=spoken)
            key.clicked.connect(lambda _c=False, act=action: act())
            self.modifiers.append((key, row, column))
            self.keys[name] = key
        self.reflow()

    def reflow(self) -> None:
        """The changing keys right of the table, or on a narrow screen in two rows under it (the table
        keeps room for ten columns of kana)."""
        for index, (key, row, column) in enumerate(self.modifiers):
            self.grid.removeWidget(key)
            if self.narrow:
                self.grid.addWidget(key, 6 + index // 3, (index % 3) * 10 // 3, 1, 10 // 3 + (index % 3 == 2))
            else:
                self.grid.addWidget(key, row, column, 2 if column == 11 else 1, 1)

    def set_latin(self, on: bool) -> None:
        """The Latin alphabet (True) or the kana in the keys' place; what was typed stays."""
        self.latin = on
        kana = [key for char, key in self.keys.items() if len(char) == 1 and char not in DIGITS]
        for key in kana:
            key.setVisible(not on)
        for key in self.latin_keys.values():
            key.setVisible(on)
        for name in ("voiced", "half", "small"):  # marks of kana only
            self.keys[name].setVisible(not on)
        self._word_switch()

    def allow_latin(self, allowed: bool) -> None:
        """Whether ABC is offered (not for a reading, which is kana)."""
        self.switch.setVisible(allowed)
        if not allowed and self.latin:
            self.set_latin(False)

    def _word_switch(self) -> None:
        self.text(
            self.switch,
            lambda: "かな" if self.latin else "ABC",
            spoken=lambda: self.tr("ひらがなにする") if self.latin else self.tr("ローマ字（A〜Z）にする"),
        )

    def set_digits(self, on: bool) -> None:
        """Digits and a hyphen under the table (addresses, house numbers); off for a reading."""
        for key in self.digit_keys:
            key.setVisible(on)

    def set_limit(self, limit: int | None) -> None:
        self._limit = limit

    def value(self) -> str:
        return self._text

    def set_value(self, text: str) -> None:
        self._text = text
        self.changed.emit(self._text)

    def type(self, chars: str) -> None:
        if self._limit is None or len(self._text) + len(chars) <= self._limit:
            self.set_value(self._text + chars)

    def delete(self) -> None:
        self.set_value(self._text[:-1])

    def _space(self) -> None:
        self.type(LATIN_SPACE if self.latin else SPACE)

    def clear_typed(self) -> None:
        self.set_value("")

    def _change(self, plain: str, changed: str) -> None:
        if self._text:
            self.set_value(self._text[:-1] + toggled(self._text[-1], plain, changed))

    def _half(self) -> None:
        if self._text:
            self.set_value(self._text[:-1] + half_voiced(self._text[-1]))

    def clear(self) -> None:
        """Forget what was typed (the visit ended)."""
        self._text = ""


class NumberPad(Panel):
    """A large numeric keypad (phone numbers, postal codes, numbers), laid out like a telephone's.

    Signals:
        changed(str): the digits typed so far.
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self._limit = 11
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        places = [(str(n), (n - 1) // 3, (n - 1) % 3) for n in range(1, 10)] + [("0", 3, 1)]
        for digit, row, column in places:
            key = self.keys[digit] = button(digit, "key")
            key.clicked.connect(lambda _c=False, d=digit: self.type(d))
            grid.addWidget(key, row, column)
        self.delete_key = button(role="key-secondary", wrap=True)
        self.text(self.delete_key, lambda: self.tr("訂正"), spoken=lambda: self.tr("1文字消す"))
        self.delete_key.clicked.connect(self.delete)
        grid.addWidget(self.delete_key, 3, 2)
        self.clear_key = button(role="key-secondary", wrap=True)
        self.text(self.clear_key, lambda: self.tr("全部消す"))
        self.clear_key.clicked.connect(lambda: self.set_value(""))
        grid.addWidget(self.clear_key, 3, 0)
        for key in (*self.keys.values(), self.delete_key, self.clear_key):
            key.setFixedWidth(theme.KEY_HEIGHT * 3)

    def set_limit(self, limit: int) -> None:
        self._limit = limit

    def value(self) -> str:
        return self._digits

    def set_value(self, digits: str) -> None:
        self._digits = digits
        self.changed.emit(digits)

    def type(self, digit: str) -> None:
        if len(self._digits) < self._limit:
            self.set_value(self._digits + digit)

    def delete(self) -> None:
        self.set_value(self._digits[:-1])

    def clear(self) -> None:
        """Forget the digits (the visit ended)."""
        self._digits = ""


class DatePicker(Panel):
    """元号, then the year in it, the month and the day, each a big button; the date is shown in 和暦
    with the Western year.

    Compact (a portrait screen in low reach, where the page must fit the lower part of the screen): the
    years come in two steps, their tens (1–9, 10–19 ... 60–64) and then the years of the tens chosen, two
    lines of keys instead of five; the tens of the year already chosen are shown at once.

    An impossible day (2月30日) is allowed here: the form's check says what is wrong with it.

    Signals:
        changed(str): the date as ISO 'YYYY-MM-DD'; partly chosen it has gaps ('1980--'), "" for nothing.
    """

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._era: str | None = None
        self._year: int | None = None
        self._month: int | None = None
        self._day: int | None = None
        self._last_reiwa = 1
        self.shown = label("", "input", centered=False)
        self.eras = {name: self._pick(name, "era", name) for name in ERA_NAMES}
        self.years = [self._pick(str(n), "year", n) for n in range(1, YEAR_COLUMNS * 3 + 1)]
        self.compact = False
        self._tens = 0  # compact: the years shown are those of these tens (0: 1–9, 1: 10–19, ...)
        self.groups = [self._pick("", "tens", n) for n in range(len(self.years) // YEAR_GROUP + 1)]
        tens = QHBoxLayout()
        tens.setSpacing(6)
        for key in self.groups:
            tens.addWidget(key, 1)
        self.months = [self._pick(str(n), "month", n) for n in range(1, 13)]
        self.days = [self._pick(str(n), "day", n) for n in range(1, 32)]
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        top = self.stacks(QHBoxLayout())  # the date above the eras on a narrow screen
        top.addWidget(self.shown, 6)
        eras = QHBoxLayout()
        for key in self.eras.values():
            eras.addWidget(key, 1)  # wide enough for a finger and the era's name at any text size
        top.addLayout(eras, 5)
        box.addLayout(top)
        self.captions: dict[str, QLabel] = {}
        self.grids: list[tuple[QGridLayout, list[QPushButton], tuple[int, int]]] = []
        box.addLayout(self._grid("year", lambda: self.tr("年"), self.years, YEAR_COLUMNS, above=tens))
        box.addLayout(self._grid("month", lambda: self.tr("月"), self.months, 12))
        box.addLayout(self._grid("day", lambda: self.tr("日"), self.days, 16))
        self.reflow()
        self.set_range(datetime.date.today())
        self._show()

    def _pick(self, text: str, part: str, value: object) -> QPushButton:
        key = button(text, "pick")
        key.clicked.connect(lambda _c=False: self.choose(part, value))
        return key

    def _grid(
        self,
        part: str,
        caption: object,
        keys: list[QPushButton],
        columns: int,
        above: QHBoxLayout | None = None,
    ) -> QHBoxLayout:
        """The caption beside its keys, or above them on a narrow screen (where fewer keys fit a line)."""
        row = self.stacks(QHBoxLayout())
        name = self.captions[part] = label("", "caption")  # a long translation of 年 wraps beside the keys
        name.setMinimumWidth(theme.PICK_HEIGHT)
        name.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.text(name, caption)  # type: ignore[arg-type]
        row.addWidget(name)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.grids.append((grid, keys, (columns, min(columns, NARROW_PICK_COLUMNS))))
        keys_box = QVBoxLayout()
        keys_box.setSpacing(6)
        if above is not None:
            keys_box.addLayout(above)
        keys_box.addLayout(grid)
        row.addLayout(keys_box, 1)
        return row

    def reflow(self) -> None:
        for caption in self.captions.values():
            caption.setWordWrap(not self.narrow)  # beside the keys it may wrap; above them it has the width
        for grid, keys, (wide, narrow) in self.grids:
            columns = narrow if self.narrow else wide
            if keys is self.years and self.compact:
                columns = YEAR_GROUP
            for key in keys:  # all out first: a key put back must not share a cell with one still there
                grid.removeWidget(key)
            for index, key in enumerate(keys):
                at = (index + 1) % YEAR_GROUP if keys is self.years and self.compact else index
                grid.addWidget(key, at // columns, at % columns)

    def set_compact(self, compact: bool) -> None:
        """Years in two steps (tens, then the year) or all at once."""
        if compact != self.compact:
            self.compact = compact
            self.reflow()
            self._show()

    def set_range(self, today: datetime.date) -> None:
        """Years of 令和 up to next year (a planned move), so the picker also takes near future dates."""
        self._last_reiwa = today.year - 2018 + 1

    def choose(self, part: str, value: object) -> None:
        """One touch on a key: a 元号, a year, a month or a day."""
        if part == "era":
            self._era, self._year, self._tens = str(value), None, 0
        elif part == "tens":
            self._tens = int(value)  # type: ignore[call-overload]
        elif part == "year":
            self._year = int(value)  # type: ignore[call-overload]
        elif part == "month":
            self._month = int(value)  # type: ignore[call-overload]
        else:
            self._day = int(value)  # type: ignore[call-overload]
        self._show()
        self.changed.emit(self.value())

    def value(self) -> str:
        """ISO when complete; gaps where a part is missing; "" when nothing is chosen."""
        western = self._western_year()
        if western is None and self._month is None and self._day is None:
            return ""
        parts = (f"{western:04d}" if western else "", f"{self._month:02d}" if self._month else "")
        return f"{parts[0]}-{parts[1]}-{f'{self._day:02d}' if self._day else ''}"

    def set_value(self, iso: str) -> None:
        """Show an ISO date (or nothing) as 元号, year, month and day."""
        self._era = self._year = self._month = self._day = None
        try:
            day = datetime.date.fromisoformat(iso) if iso else None
        except ValueError:
            day = None
        era = era_of(day) if day else None
        if day is not None and era is not None and era[0] in ERA_NAMES:
            self._era, self._year, self._month, self._day = era[0], era[1], day.month, day.day
        self._tens = (self._year or 0) // YEAR_GROUP
        self._show()

    def _western_year(self) -> int | None:
        start = dict(ERAS).get(self._era or "")
        return start.year + self._year - 1 if start is not None and self._year is not None else None

    def _years_in_era(self) -> int:
        if self._era is None:
            return 0
        starts = [start for _, start in ERAS]
        index = ERA_NAMES.index(self._era)
        return self._last_reiwa if index == 0 else starts[index - 1].year - starts[index].year + 1

    def _show(self) -> None:
        """Mark the chosen keys and write the date: 「昭和55年1月1日（1980年）」."""
        for name, key in self.eras.items():
            mark(key, name == self._era)
        count = self._years_in_era()
        for number, key in enumerate(self.years, start=1):
            key.setVisible(number <= count and (not self.compact or number // YEAR_GROUP == self._tens))
            mark(key, number == self._year)
            western = dict(ERAS)[self._era].year + number - 1 if self._era else None
            key.setAccessibleName(f"{self._era}{number}年（{western}年）" if western else str(number))
        for tens, key in enumerate(self.groups):
            first, last = max(1, tens * YEAR_GROUP), min(count, tens * YEAR_GROUP + YEAR_GROUP - 1)
            key.setVisible(self.compact and first <= count)
            key.setText(f"{first}–{last}")
            key.setAccessibleName(f"{self._era}{first}年から{last}年" if self._era else f"{first}–{last}")
            mark(key, tens == self._tens)
        for number, key in enumerate(self.months, start=1):
            mark(key, number == self._month)
        for number, key in enumerate(self.days, start=1):
            mark(key, number == self._day)
        self.shown.setText(self._words())

    def _words(self) -> str:
        western = self._western_year()
        if western and self._month and self._day:
            try:
                return wareki(datetime.date(western, self._month, self._day))
            except ValueError:
                pass  # an impossible day: shown as chosen, the check explains
        era = f"{self._era or '　'}{self._year or '　'}年" + (f"（{western}年）" if western else "")
        return f"{era}{self._month or '　'}月{self._day or '　'}日" if self._era or self._month else ""

    def clear(self) -> None:
        """Forget the date (the visit ended)."""
        self._era = self._year = self._month = self._day = None
        self._tens = 0
        self._show()

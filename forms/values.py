"""One field's value: tidy what was typed, then say in plain Japanese what is wrong with it, if anything.

Messages speak to the resident at the kiosk (and the clerk at the desk): they name the box by its label and
show an example of what fits. Checking never raises, whatever it is given.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from forms.dates import NotInEra, era_year_text, parse_date, reiwa_year, wareki
from forms.model import Field, Value

_DASHES = str.maketrans({c: "-" for c in "－‐‑–—―ー−ｰ"})
_POSTAL = re.compile(r"^(\d{3})-?(\d{4})$")
_PHONE_KEEP = re.compile(r"[\s()（）-]")
_KANA = re.compile(r"^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc\u30fd\u30fe・\s　]+$")
TRUE_WORDS = frozenset({"true", "yes", "1", "はい", "有", "あり"})
FALSE_WORDS = frozenset({"false", "no", "0", "いいえ", "無", "なし", ""})


def normalize(field: Field, raw: object) -> Value | None:
    """`raw` as this field stores it, or None when nothing was given.

    What cannot be tidied is kept as text, so that `check` can say what is wrong with it.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if field.type == "checkbox":
        return _to_bool(raw)
    if field.type == "number":
        return _to_int(raw)
    text = raw.strip() if isinstance(raw, str) else str(raw)
    if field.type in ("postal_code", "phone"):
        return _tidy_digits(field, text)
    if field.type == "date":
        return _tidy_date(text)
    return text


def default_value(field: Field, today: datetime.date) -> Value | None:
    """The field's default as a value; a relative number's default counts from this 令和 year too."""
    value = normalize(field, field.default)
    if field.relative_to == "reiwa_year" and isinstance(value, int) and not isinstance(value, bool):
        return reiwa_year(today) + value
    return value


def _to_bool(raw: object) -> Value:
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().lower()
    if word in TRUE_WORDS or word in FALSE_WORDS:
        return word in TRUE_WORDS
    return str(raw)


def _to_int(raw: object) -> Value:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    return int(text) if re.fullmatch(r"[+-]?\d{1,9}", text) else str(raw)


def _tidy_digits(field: Field, text: str) -> str:
    """Full-width digits and dashes made plain; a postal code gets its hyphen: 1234567 -> 123-4567."""
    plain = unicodedata.normalize("NFKC", text).translate(_DASHES).strip()
    found = _POSTAL.match(plain)
    if field.type == "postal_code" and found:
        return f"{found.group(1)}-{found.group(2)}"
    return plain


def _tidy_date(text: str) -> str:
    """A valid date in any accepted spelling becomes ISO; anything else stays as typed."""
    try:
        day = parse_date(text)
    except ValueError:
        return text
    return day.isoformat() if day else text


def check(field: Field, value: Value, today: datetime.date) -> str | None:
    """What is wrong with `value` for `field`, in words for the resident; None when it is fine."""
    checker = _CHECKS.get(field.type, _check_text)
    problem = checker(field, value, today)
    if problem and field.message:
        return f"{field.display}：{field.message}"
    return problem


def _check_text(field: Field, value: Value, today: datetime.date) -> str | None:
    if not isinstance(value, str):
        return f"{field.display}：文字で入力してください。"
    if field.max_length is not None and len(value) > field.max_length:
        return (
            f"{field.display}は{field.max_length}文字以内で入力してください（いまは{len(value)}文字です）。"
        )
    if any(unicodedata.category(c) == "Cc" and c not in "\n" for c in value):
        return f"{field.display}に使えない文字が入っています。"
    return None


def _check_kana(field: Field, value: Value, today: datetime.date) -> str | None:
    if not isinstance(value, str) or not _KANA.match(value):
        return f"{field.display}は、ひらがなかカタカナで入力してください（例：やまだ　たろう）。"
    return _check_text(field, value, today)


def _check_choice(field: Field, value: Value, today: datetime.date) -> str | None:
    if value in field.choices:
        return None
    return f"{field.display}は、次の中から選んでください：{'、'.join(field.choices)}。"


def _check_checkbox(field: Field, value: Value, today: datetime.date) -> str | None:
    return None if isinstance(value, bool) else f"{field.display}：「はい」か「いいえ」で答えてください。"


def _check_postal(field: Field, value: Value, today: datetime.date) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"\d{3}-\d{4}", value):
        return None
    return f"{field.display}は「123-4567」のように7桁の数字で入力してください。"


def _check_phone(field: Field, value: Value, today: datetime.date) -> str | None:
    digits = _PHONE_KEEP.sub("", value) if isinstance(value, str) else ""
    if re.fullmatch(r"0\d{9,10}", digits):
        return None
    return f"{field.display}は、0から始まる10桁か11桁の数字で入力してください（例：03-1234-5678）。"


def _check_date(field: Field, value: Value, today: datetime.date) -> str | None:
    text = value if isinstance(value, str) else str(value)
    try:
        day = parse_date(text)
    except NotInEra as exc:
        return f"{field.display}：「{text}」という日付はありません。{exc}"
    except ValueError:
        return f"{field.display}：「{text}」という日付はありません。月と日を確かめてください。"
    if day is None:
        return f"{field.display}は「1980-01-31」か「昭和55年1月31日」のように年・月・日で入力してください。"
    if day.year < 1868:
        return f"{field.display}：{day.year}年は古すぎます。年を確かめてください。"
    if field.past_only and day > today:
        return f"{field.display}が今日より後の日付（{wareki(day)}）になっています。"
    return None


def _check_number(field: Field, value: Value, today: datetime.date) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return f"{field.display}は数字で入力してください。"
    low, high = number_range(field, today)
    if (low is not None and value < low) or (high is not None and value > high):
        return f"{field.display}は{_range_text(field, low, high)}で入力してください。"
    return None


def number_range(field: Field, today: datetime.date) -> tuple[int | None, int | None]:
    """The lowest and highest allowed number; relative ranges count from this 令和 year."""
    if field.relative_to != "reiwa_year":
        return field.min, field.max
    base = reiwa_year(today)
    return (
        None if field.min is None else base + field.min,
        None if field.max is None else base + field.max,
    )


def _range_text(field: Field, low: int | None, high: int | None) -> str:
    def shown(n: int) -> str:
        return f"{era_year_text('令和', n)}度" if field.relative_to == "reiwa_year" else str(n)

    if low is not None and high is not None:
        return f"{shown(low)}から{shown(high)}まで"
    return f"{shown(low)}以上" if low is not None else f"{shown(high or 0)}以下"


_CHECKS = {
    "text": _check_text,
    "kana": _check_kana,
    "choice": _check_choice,
    "checkbox": _check_checkbox,
    "postal_code": _check_postal,
    "phone": _check_phone,
    "date": _check_date,
    "number": _check_number,
}

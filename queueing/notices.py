"""Notices for the display's ticker (e.g. 「証明書の発行は16時で終了します」), set and removed at a desk.

A notice is one line of text, shown until it is removed or its end time passes. Each change is one
transaction, announced on the change feed like a call, so every display of the office follows at once;
a display also hides a notice whose end time passes without waiting for any announcement.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from datetime import datetime, time

from queueing.clock import OfficeClock
from queueing.errors import QueueError
from queueing.model import Notice
from queueing.ports import UnitOfWorkFactory

MAX_LENGTH = 280
_REFUSED_CATEGORIES = {"Cc", "Zl", "Zp"}  # control characters, line and paragraph separators


class NoticeError(QueueError):
    """A notice cannot be set as asked; the message says why, for the clerk."""


def current(notices: Iterable[Notice], moment: datetime) -> tuple[Notice, ...]:
    """The notices still showing at `moment`, in the order given."""
    return tuple(notice for notice in notices if notice.shows_at(moment))


def check_text(text: str) -> str:
    """The text as it will be shown (surrounding spaces removed), or NoticeError saying what is wrong."""
    text = text.strip()
    if not text:
        raise NoticeError("お知らせの文を入力してください")
    if len(text) > MAX_LENGTH:
        raise NoticeError(f"お知らせは{MAX_LENGTH}字までです（いま{len(text)}字）")
    if any(unicodedata.category(char) in _REFUSED_CATEGORIES for char in text):
        raise NoticeError("お知らせに改行や制御文字は使えません（1行で入力してください）")
    return text


def until_today(hh_mm: str, now: datetime) -> datetime:
    """Today's `hh_mm` ("16:00") in `now`'s time zone (the office's, from its clock); NoticeError if
    malformed or already past."""
    hours, colon, minutes = hh_mm.strip().replace("：", ":").partition(":")
    try:
        if not colon:
            raise ValueError(hh_mm)
        moment = datetime.combine(now.date(), time(int(hours), int(minutes)), now.tzinfo)
    except ValueError:
        raise NoticeError(f"終了時刻は 16:00 のように入力してください（{hh_mm!r}）") from None
    if moment <= now:
        raise NoticeError(f"終了時刻 {moment:%H:%M} は過ぎています")
    return moment


class NoticeBoard:
    """Post, list and remove an office's notices."""

    def __init__(self, *, office_code: str, uow: UnitOfWorkFactory, clock: OfficeClock) -> None:
        self.office_code = office_code
        self._uow = uow
        self._clock = clock

    def now(self) -> datetime:
        """Now on the office's clock."""
        return self._clock()

    def local(self, moment: datetime) -> datetime:
        """A notice's (stored, UTC) time as the office's clock shows it."""
        return self._clock.local(moment)

    def post_until(self, text: str, hh_mm: str) -> Notice:
        """Post until today's `hh_mm` ("16:00"); until removed when `hh_mm` is blank."""
        until = until_today(hh_mm, self._clock()) if hh_mm.strip() else None
        return self.post(text, until)

    def post(self, text: str, until: datetime | None = None) -> Notice:
        """Show `text` on the office's displays until removed, or until `until`."""
        now = self._clock()
        if until is not None and until <= now:
            raise NoticeError(f"終了時刻 {until.astimezone(now.tzinfo):%H:%M} は過ぎています")
        notice = Notice(id=uuid.uuid4().hex, text=check_text(text), created_at=now, ends_at=until)
        with self._uow(write=True) as uow:
            uow.notices.clear(self.office_code, ended_by=now)  # ended ones are of no use to anyone
            uow.notices.add(self.office_code, notice)
            uow.commit()
        return notice

    def current(self) -> list[Notice]:
        """The notices showing now, oldest first."""
        with self._uow(write=False) as uow:
            return uow.notices.current(self.office_code, self._clock())

    def remove(self, notice_id: str) -> None:
        with self._uow(write=True) as uow:
            if not uow.notices.remove(self.office_code, notice_id):
                raise NoticeError("そのお知らせはもうありません")
            uow.commit()

    def clear(self) -> int:
        """Remove every notice of the office; how many there were."""
        with self._uow(write=True) as uow:
            removed = uow.notices.clear(self.office_code)
            uow.commit()
        return removed

"""The display's notices in the `notices` table (queueing.notices)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from queueing.model import Notice
from store.repository import _from_db, _to_db
from store.tables import NoticeRow


class SqlNoticeRepository:
    """Implements queueing.ports.NoticeRepository. `offices`: the offices whose notices this unit of work
    changed, announced on the change feed like a change to their queue."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.offices: set[str] = set()

    def add(self, office: str, notice: Notice) -> None:
        self.offices.add(office)
        self._session.execute(
            insert(NoticeRow).values(
                id=notice.id,
                office=office,
                text=notice.text,
                created_at=_to_db(notice.created_at),
                ends_at=_to_db(notice.ends_at),
            )
        )

    def current(self, office: str, now: datetime) -> list[Notice]:
        notices = NoticeRow.__table__.c
        stmt = (
            select(notices.id, notices.text, notices.created_at, notices.ends_at)
            .where(notices.office == office, or_(notices.ends_at.is_(None), notices.ends_at > _to_db(now)))
            .order_by(notices.created_at, notices.id)
        )
        return [
            Notice(row.id, row.text, _from_db(row.created_at) or now, _from_db(row.ends_at))
            for row in self._session.execute(stmt)
        ]

    def remove(self, office: str, notice_id: str) -> bool:
        stmt = delete(NoticeRow).where(NoticeRow.office == office, NoticeRow.id == notice_id)
        removed = int(self._session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]
        if removed:
            self.offices.add(office)
        return removed > 0

    def clear(self, office: str, ended_by: datetime | None = None) -> int:
        stmt = delete(NoticeRow).where(NoticeRow.office == office)
        if ended_by is not None:
            stmt = stmt.where(NoticeRow.ends_at <= _to_db(ended_by))
        removed = int(self._session.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]
        if removed:
            self.offices.add(office)
        return removed

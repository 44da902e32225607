"""Clerks, the changes they make to applications, and the audit log, in and out of their tables.

Ids are made here, never by the database, and nothing is inserted with RETURNING: on PostgreSQL a desk's
role may append to the audit log without being able to read it back (store/roles.py).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from casework.model import AuditAction, AuditEntry, Change, ClerkAccount
from forms.model import Value
from store.repository import _from_db, _to_db, purge_changes
from store.tables import ApplicationChangeRow, AuditRow, ClerkRow


def _moment(value: datetime) -> datetime:
    moment = _from_db(value)
    assert moment is not None
    return moment


def _stored_value(value: Value | None) -> str:
    return json.dumps(value, ensure_ascii=False)


def _read_value(text: str) -> Value | None:
    value = json.loads(text)
    return value if value is None or isinstance(value, str | int | bool) else str(value)


class SqlClerkRepository:
    """Implements casework.ports.ClerkRepository."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, login: str) -> ClerkAccount | None:
        row = self._session.get(ClerkRow, login, populate_existing=True)
        return None if row is None else self._account(row)

    def add(self, account: ClerkAccount) -> None:
        self._session.execute(
            insert(ClerkRow).values(
                login=account.login,
                display_name=account.display_name,
                password_hash=account.password_hash,
                created_at=_to_db(account.created_at),
                password_changed_at=_to_db(account.password_changed_at),
            )
        )

    def set_password(self, login: str, password_hash: str, changed_at: datetime) -> None:
        self._session.execute(
            update(ClerkRow)
            .where(ClerkRow.login == login)
            .values(password_hash=password_hash, password_changed_at=_to_db(changed_at))
        )

    def all(self) -> list[ClerkAccount]:
        return [
            self._account(row) for row in self._session.scalars(select(ClerkRow).order_by(ClerkRow.login))
        ]

    @staticmethod
    def _account(row: ClerkRow) -> ClerkAccount:
        return ClerkAccount(
            login=row.login,
            display_name=row.display_name,
            password_hash=row.password_hash,
            created_at=_moment(row.created_at),
            password_changed_at=_moment(row.password_changed_at),
        )


class SqlChangeRepository:
    """Implements casework.ports.ChangeRepository."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, change: Change) -> None:
        self._session.execute(
            insert(ApplicationChangeRow).values(
                id=change.id,
                application_id=change.application_id,
                field=change.field,
                old_value=_stored_value(change.old),
                new_value=_stored_value(change.new),
                clerk_login=change.clerk_login,
                clerk_name=change.clerk_name,
                changed_at=_to_db(change.at),
            )
        )

    def for_application(self, application_id: str) -> list[Change]:
        stmt = (
            select(ApplicationChangeRow)
            .where(ApplicationChangeRow.application_id == application_id)
            .order_by(ApplicationChangeRow.changed_at, ApplicationChangeRow.id)
        )
        return [
            Change(
                id=row.id,
                application_id=row.application_id,
                field=row.field,
                old=_read_value(row.old_value),
                new=_read_value(row.new_value),
                clerk_login=row.clerk_login,
                clerk_name=row.clerk_name,
                at=_moment(row.changed_at),
            )
            for row in self._session.scalars(stmt)
        ]

    def purge(self, now: datetime) -> int:
        return purge_changes(self._session, now)


class SqlAuditLog:
    """Implements casework.ports.AuditLog; `entries` is for administrators and tests (a desk may not read)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entry: AuditEntry) -> None:
        self._session.execute(
            insert(AuditRow).values(
                id=entry.id,
                office=entry.office,
                at=_to_db(entry.at),
                clerk_login=entry.clerk_login,
                action=entry.action.value,
                ticket_id=entry.ticket_id,
                application_id=entry.application_id,
                field=entry.field,
            )
        )

    def entries(self, ticket_id: str | None = None) -> list[AuditEntry]:
        """Every entry (or a ticket's), oldest first."""
        stmt = select(AuditRow).order_by(AuditRow.at, AuditRow.id)
        if ticket_id is not None:
            stmt = stmt.where(AuditRow.ticket_id == ticket_id)
        return [
            AuditEntry(
                id=row.id,
                office=row.office,
                at=_moment(row.at),
                clerk_login=row.clerk_login,
                action=AuditAction(row.action),
                ticket_id=row.ticket_id,
                application_id=row.application_id,
                field=row.field,
            )
            for row in self._session.scalars(stmt)
        ]

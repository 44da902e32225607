"""The desk's casework values: clerks, changes to an application, audit entries, and a case file.

A `Change` holds personal data (the old and new value) and is purged with its application; an
`AuditEntry` holds none — who did what to which application, when — so it may outlive the purge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from forms.model import Application, FormTemplate, Problem, Value


@dataclass(frozen=True)
class Clerk:
    """A logged-in member of staff: their login and the name the desk shows."""

    login: str
    display_name: str


@dataclass(frozen=True)
class ClerkAccount:
    """A clerk as stored: with the password's hash (never the password)."""

    login: str
    display_name: str
    password_hash: str = field(repr=False)
    created_at: datetime
    password_changed_at: datetime

    @property
    def clerk(self) -> Clerk:
        return Clerk(self.login, self.display_name)


@dataclass(frozen=True)
class Change:
    """One field of one application changed by a clerk (代行入力): personal data, purged with it."""

    id: str
    application_id: str
    field: str  # a field id ("visitor.name") or a row cell ("members.0.name")
    old: Value | None
    new: Value | None
    clerk_login: str
    clerk_name: str
    at: datetime


class AuditAction(StrEnum):
    """What a clerk did with personal data."""

    VIEW = "view"  # the desk showed a ticket's applications
    CORRECT = "correct"  # a field changed
    ADD = "add"  # a form added at the desk
    PRINT = "print"  # forms printed on A4
    PRINT_BLANK = "print_blank"  # printed with this box left blank for handwriting (it had a problem)
    # The desk showed the resident's 「違うところがある」: on this application, about this person ("visitor",
    # "subject", "members.0"); with no application when the resident took only a ticket.
    CORRECTION_ASKED = "correction_asked"


@dataclass(frozen=True)
class AuditEntry:
    """Who viewed or changed personal data, when: ids and a field's name only, never a value."""

    id: str
    office: str
    at: datetime
    clerk_login: str
    action: AuditAction
    ticket_id: str
    application_id: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class StoredApplication:
    """An application as the store holds it: its id, ticket, the form's values, and when it was made."""

    id: str
    ticket_id: str
    application: Application
    created_at: datetime
    keep_until: datetime


@dataclass(frozen=True)
class CaseFile:
    """One of a ticket's forms as the desk shows it: template, values, problems and change history."""

    id: str
    ticket_id: str
    template: FormTemplate
    application: Application
    problems: tuple[Problem, ...]
    changes: tuple[Change, ...]
    flagged: tuple[str, ...] = ()  # boxes the card filled that the resident said are wrong (違うところがある)

    def problem_for(self, key: str) -> Problem | None:
        """The first problem of one field or row cell (errors come first), if any."""
        return next((p for p in self.problems if p.field == key), None)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)


@dataclass(frozen=True)
class PurgeResult:
    """How many applications and recorded changes a purge deleted."""

    applications: int
    changes: int

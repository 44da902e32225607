"""Casework at the desk: clerks' accounts, a ticket's applications (view, correct, add, print), the audit
log and the purge of personal data. Pure Python over the store's unit of work: no Qt, no SQL, no PDF.

    casework = Casework(office_code="main", uow=store.unit_of_work, catalog=load_catalog,
                        retention=retention_policy(0, queue.end_of_business_day), clock=queue.clock,
                        printer=print_forms)
    clerk = casework.clerks.verify("yamada", password)
    files = casework.applications_for(ticket.id, clerk)          # audited as a view
    casework.correct(files[0].id, "visitor.name", "𠮷川　髙美", clerk)
    casework.print_forms(ticket.id, clerk)
    casework.purge()
"""

from casework.clerks import ClerkAccounts
from casework.errors import CaseworkError, LoginRefused, PasswordRejected
from casework.fields import FieldLine, InvalidCorrection, lines
from casework.model import AuditAction, AuditEntry, CaseFile, Change, Clerk, PurgeResult
from casework.retention import Retention, keep_for_hours, retention_policy
from casework.service import Casework, FormPrinter, IncompleteForms

__all__ = [
    "AuditAction",
    "AuditEntry",
    "CaseFile",
    "Casework",
    "CaseworkError",
    "Change",
    "Clerk",
    "ClerkAccounts",
    "FieldLine",
    "FormPrinter",
    "IncompleteForms",
    "InvalidCorrection",
    "LoginRefused",
    "PasswordRejected",
    "PurgeResult",
    "Retention",
    "keep_for_hours",
    "lines",
    "retention_policy",
]

"""The desk's casework on a ticket's applications: view, correct (代行入力), add a form, print, purge.

Every view or change of personal data writes an audit entry in the same transaction, naming the clerk,
the ticket and the application — never a value, so the audit outlives the purge. Corrections are
validated with the form's own rules and kept with who changed what and when (purged with the form).
Printing goes through an injected callable (main.py renders with printing.forms_pdf), so this module
stays free of reportlab and CUPS.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import logging
import secrets
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from casework import fields
from casework.clerks import ClerkAccounts
from casework.errors import CaseworkError
from casework.flags import flagged_people
from casework.model import AuditAction, AuditEntry, CaseFile, Change, Clerk, PurgeResult
from casework.passwords import DEFAULT_PARAMS, ScryptParams
from casework.ports import CaseworkUnitOfWork, CaseworkUnitOfWorkFactory
from casework.retention import Retention
from forms.mapping import build_application
from forms.model import Application, FormTemplate
from forms.validation import validate
from queueing.clock import OfficeClock

log = logging.getLogger(__name__)

FormPrinter = Callable[[Sequence[tuple[FormTemplate, Application]], str], bool]
"""Render the forms on A4 and print them as one job titled `title` (no personal data in it). Returns
False when printing is switched off; raises (printing.spooler.PrintError) when the printer fails."""


_SEQUENCE = itertools.count()


def new_id() -> str:
    """A 32-hex-digit id that sorts by creation (nanoseconds, then a counter), then random: changes and
    audit entries made in one moment keep their order."""
    return f"{time.time_ns():016x}{next(_SEQUENCE) % 256:02x}{secrets.token_hex(7)}"


class IncompleteForms(CaseworkError):
    """Forms with errors are not printed; the message lists the first few."""


class Casework:
    """A ticket's applications at the desk, over the store's unit of work."""

    def __init__(
        self,
        *,
        office_code: str,
        uow: CaseworkUnitOfWorkFactory,
        catalog: Callable[[], Mapping[str, FormTemplate]],
        retention: Retention,
        clock: OfficeClock,
        printer: FormPrinter | None = None,
        password_params: ScryptParams = DEFAULT_PARAMS,
    ) -> None:
        self.office_code = office_code
        self._uow = uow
        self._load_catalog = catalog
        self._retention = retention
        self._clock = clock
        self._printer = printer
        self.clerks = ClerkAccounts(uow, clock, password_params)

    @property
    def can_print(self) -> bool:
        """Whether an A4 printer is set up (printers.a4): without one the desk says so before 印刷."""
        return self._printer is not None

    @functools.cached_property
    def catalog(self) -> Mapping[str, FormTemplate]:
        """The form templates, loaded on first use (commands that never touch a form skip it)."""
        return self._load_catalog()

    def applications_for(self, ticket_id: str, clerk: Clerk) -> list[CaseFile]:
        """The ticket's forms with their problems and change history; each view is audited, and so is the
        resident's 「違うところがある」 shown with them (which form, which person; never a value)."""
        with self._uow(write=True) as uow:
            flagged = uow.applications.flagged(ticket_id)
            read = functools.partial(self._case_file, uow, ticket_id)
            files = [
                case for app_id, data in uow.applications.for_ticket(ticket_id)
                if (case := read(app_id, data, flagged.get(app_id, ()))) is not None
            ]  # fmt: skip
            for case in files:
                uow.audit.add(self._entry(AuditAction.VIEW, clerk, ticket_id, case.id))
            self._audit_correction(uow, clerk, ticket_id, files)
            uow.commit()
        return files

    def _audit_correction(
        self, uow: CaseworkUnitOfWork, clerk: Clerk, ticket_id: str, files: Sequence[CaseFile]
    ) -> None:
        """One entry per person of each form the resident said the card is wrong about (the person in the
        entry's field); one without a form when the resident asked with only a ticket."""
        asked: list[tuple[str | None, str | None]] = [
            (case.id, person) for case in files for person in flagged_people(case.template, case.flagged)
        ]
        if not asked:
            ticket = uow.tickets.get(ticket_id)
            asked = [(None, None)] if ticket is not None and ticket.correction_requested else []
        for app_id, person in asked:
            uow.audit.add(self._entry(AuditAction.CORRECTION_ASKED, clerk, ticket_id, app_id, person))

    def correct(self, application_id: str, key: str, raw: object, clerk: Clerk) -> CaseFile:
        """Set one box from what the clerk typed (代行入力). Raises fields.InvalidCorrection (nothing
        kept) when the value does not fit; else the changed boxes are recorded and audited."""
        return self._change(
            application_id, clerk, lambda t, app: fields.correct(t, app, key, raw, self._today())[:2]
        )

    def add_row(self, application_id: str, group_id: str, clerk: Clerk) -> CaseFile:
        """An empty row at the end of a form's rows (異動する方 one more), recorded and audited like a
        correction; its boxes are then filled one by one. InvalidCorrection when the rows are full."""

        def add(template: FormTemplate, app: Application) -> tuple[Application, list[fields.Edit]]:
            updated, edit, _ = fields.add_row(template, app, group_id, self._today())
            return updated, [edit]

        return self._change(application_id, clerk, add)

    def remove_row(self, application_id: str, group_id: str, index: int, clerk: Clerk) -> CaseFile:
        """Take row `index` off a form's rows (what it held is recorded, and purged with the form);
        InvalidCorrection when there is no such row or the form needs it."""

        def remove(template: FormTemplate, app: Application) -> tuple[Application, list[fields.Edit]]:
            updated, edit, _ = fields.remove_row(template, app, group_id, index, self._today())
            return updated, [edit]

        return self._change(application_id, clerk, remove)

    def _change(
        self,
        application_id: str,
        clerk: Clerk,
        change: Callable[[FormTemplate, Application], tuple[Application, list[fields.Edit]]],
    ) -> CaseFile:
        """Apply `change` to the stored form in one transaction: each edited box recorded and audited."""
        with self._uow(write=True) as uow:
            ticket_id, data = self._application(uow, application_id)
            updated, edits = change(self._template(data), Application.from_json_dict(data))
            now = self._clock()
            if edits:
                uow.applications.replace(application_id, updated.to_json_dict())
            for edited, old, new in edits:
                who = (clerk.login, clerk.display_name)
                uow.changes.add(Change(new_id(), application_id, edited, old, new, *who, now))
                uow.audit.add(self._entry(AuditAction.CORRECT, clerk, ticket_id, application_id, edited, now))
            flagged = uow.applications.flagged(ticket_id).get(application_id, ())
            case = self._case_file(uow, ticket_id, application_id, updated.to_json_dict(), flagged)
            uow.commit()
        assert case is not None
        return case

    def add_form(
        self,
        ticket_id: str,
        form_id: str,
        clerk: Clerk,
        *,
        identity: object | None = None,
        answers: Mapping[str, object] | None = None,
    ) -> CaseFile:
        """A form filled at the desk for a resident without a card (or for one more procedure): made
        from the answers given (others take the form's defaults), then completed box by box."""
        template = self.catalog.get(form_id)
        if template is None:
            raise CaseworkError(f"様式「{form_id}」はありません。")
        known = {f.id for f in template.fields} | {g.id for g in template.rows}
        given = {k: v for k, v in (answers or {}).items() if k in known}
        app = build_application(template, identity, given, today=self._today())
        now = self._clock()
        with self._uow(write=True) as uow:
            if uow.tickets.get(ticket_id) is None:
                raise CaseworkError("この番号札はありません。")
            app_id = uow.applications.add(ticket_id, app.to_json_dict(), self._retention(now))
            uow.audit.add(self._entry(AuditAction.ADD, clerk, ticket_id, app_id, None, now))
            case = self._case_file(uow, ticket_id, app_id, app.to_json_dict())
            uow.commit()
        assert case is not None
        return case

    def print_forms(self, ticket_id: str, clerk: Clerk, *, leave_blank: bool = False) -> int:
        """Print the ticket's forms on A4 as one job; how many. Forms with errors are refused first
        (IncompleteForms) unless `leave_blank` (空欄のまま印刷, after the clerk confirmed): then every box
        with an error is printed empty, for handwriting, and each is named in the audit (print_blank).
        A printer failure propagates and nothing is recorded as printed."""
        with self._uow(write=False) as uow:
            ticket = uow.tickets.get(ticket_id)
            stored = uow.applications.for_ticket(ticket_id)
        items = [(self._template(data), Application.from_json_dict(data)) for _, data in stored]
        if ticket is None or not items:
            raise CaseworkError("印刷する申請書がありません。")
        blanks: list[list[str]] = [[] for _ in items]
        if leave_blank:
            items, blanks = self._blanked(items)
        else:
            self._refuse_incomplete(items)
        if self._printer is None or not self._printer(items, f"申請書 {ticket.label}"):
            raise CaseworkError("A4プリンターが設定されていません（設定 printers.a4）。")
        now = self._clock()
        with self._uow(write=True) as uow:
            for (app_id, _), blank in zip(stored, blanks, strict=True):
                entries: list[tuple[AuditAction, str | None]] = [(AuditAction.PRINT, None)]
                if blank:
                    entries = [(AuditAction.PRINT_BLANK, key) for key in blank]
                for action, key in entries:
                    uow.audit.add(self._entry(action, clerk, ticket_id, app_id, key, now))
            uow.commit()
        return len(items)

    def _blanked(
        self, items: list[tuple[FormTemplate, Application]]
    ) -> tuple[list[tuple[FormTemplate, Application]], list[list[str]]]:
        """Each form with its erroneous boxes emptied, and which boxes those are."""
        printed, blanks = [], []
        for template, app in items:
            updated, blank = fields.blanked(template, app, validate(template, app, today=self._today()))
            printed.append((template, updated))
            blanks.append(blank)
        return printed, blanks

    def purge(self, now: datetime.datetime | None = None) -> PurgeResult:
        """Delete every application whose retention has ended, with its recorded changes; the audit
        stays (it holds no values)."""
        moment = now or self._clock()
        with self._uow(write=True) as uow:
            changes = uow.changes.purge(moment)
            applications = uow.applications.purge(moment)
            uow.commit()
        if applications or changes:
            log.info("purged %d applications and %d recorded changes", applications, changes)
        return PurgeResult(applications=applications, changes=changes)

    def _refuse_incomplete(self, items: list[tuple[FormTemplate, Application]]) -> None:
        problems = [
            f"{template.title}：{problem.message}"
            for template, app in items
            for problem in validate(template, app, today=self._today())
            if problem.is_error
        ]
        if problems:
            more = f"（ほか{len(problems) - 3}件）" if len(problems) > 3 else ""
            raise IncompleteForms("直すところがあるため印刷しません。" + " ".join(problems[:3]) + more)

    def _case_file(
        self,
        uow: CaseworkUnitOfWork,
        ticket_id: str,
        app_id: str,
        data: dict[str, Any],
        flagged: tuple[str, ...] = (),
    ) -> CaseFile | None:
        template = self.catalog.get(str(data.get("form_id", "")))
        if template is None:  # a town removed the template after the kiosk used it
            log.warning("application %s names no form of the catalog: not shown", app_id)
            return None
        app = Application.from_json_dict(data)
        problems = tuple(validate(template, app, today=self._today()))
        changes = tuple(uow.changes.for_application(app_id))
        return CaseFile(app_id, ticket_id, template, app, problems, changes, flagged)

    def _application(self, uow: CaseworkUnitOfWork, application_id: str) -> tuple[str, dict[str, Any]]:
        found = uow.applications.get(application_id)
        if found is None:
            raise CaseworkError("この申請書はありません（保存期間が過ぎて削除された可能性があります）。")
        return found

    def _template(self, data: Mapping[str, Any]) -> FormTemplate:
        template = self.catalog.get(str(data.get("form_id", "")))
        if template is None:
            raise CaseworkError(f"様式「{data.get('form_id')}」が見つかりません。")
        return template

    def _entry(
        self,
        action: AuditAction,
        clerk: Clerk,
        ticket_id: str,
        application_id: str | None,
        field: str | None = None,
        at: datetime.datetime | None = None,
    ) -> AuditEntry:
        return AuditEntry(
            new_id(), self.office_code, at or self._clock(), clerk.login, action, ticket_id,
            application_id, field,
        )  # fmt: skip

    def _today(self) -> datetime.date:
        """The day forms are checked and dated on: the office's calendar, not this machine's."""
        return self._clock.calendar_date()

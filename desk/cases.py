"""The forms of the ticket at the counter: loaded when a ticket arrives (an audited view), corrected,
completed and printed through casework, and dropped from the panel the moment the ticket leaves.

The window says which ticket is at the counter (`follow`) and when personal data must go (`forget`);
everything else about a ticket's forms happens here, off the GUI thread, one task per request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from casework import CaseFile, Casework, CaseworkError, Clerk, IncompleteForms, InvalidCorrection
from desk.applications import ApplicationsPanel
from printing.spooler import PrintError
from queueing.model import Ticket
from ui.app import run_blocking
from ui.tasks import TaskGroup

log = logging.getLogger(__name__)


class TicketCases(QObject):
    """Connects the applications panel to casework for the ticket at the counter.

    Signals:
        problem(str): the forms could not be read (for the window's message line).
        shown(str, object): a ticket's id and its forms (a list of CaseFile), just put on screen.
    """

    problem = Signal(str)
    shown = Signal(str, object)

    def __init__(
        self,
        casework: Casework,
        panel: ApplicationsPanel,
        clerk: Callable[[], Clerk | None],
        tasks: TaskGroup,
    ) -> None:
        super().__init__(panel)
        self._casework, self.panel, self._clerk, self._tasks = casework, panel, clerk, tasks
        self.ticket_id: str | None = None  # the ticket whose forms are on screen
        panel.correction_requested.connect(lambda *request: tasks.spawn(self._correct(*request)))
        panel.add_requested.connect(lambda form_id: tasks.spawn(self._add_form(form_id)))
        panel.row_add_requested.connect(lambda app_id, group: tasks.spawn(self._add_row(app_id, group)))
        panel.row_remove_requested.connect(lambda *row: tasks.spawn(self._remove_row(*row)))
        panel.print_requested.connect(lambda: tasks.spawn(self._print()))
        panel.print_blank_requested.connect(lambda: tasks.spawn(self._print(leave_blank=True)))

    async def follow(self, current: Ticket | None) -> None:
        """Load the forms of a ticket newly at the counter; drop the previous ticket's."""
        ticket_id = current.id if current is not None else None
        if ticket_id == self.ticket_id:
            return
        self.forget()
        self.ticket_id = ticket_id
        clerk = self._clerk()
        if current is None or clerk is None:
            return
        try:
            cases = await run_blocking(self._casework.applications_for, current.id, clerk)
        except Exception:
            log.exception("desk could not read the ticket's applications")
            self.ticket_id = None  # the next read tries again
            self.problem.emit(self.tr("申請書を読み込めませんでした。もう一度お試しください"))
            return
        if self.ticket_id == current.id:  # still the ticket at the counter
            self.show(current, cases)

    def show(self, ticket: Ticket, cases: Sequence[CaseFile]) -> None:
        """Show the forms of the ticket at the counter (read with Casework.applications_for)."""
        self.ticket_id = ticket.id
        self.panel.offer_forms(ticket.service_code)
        self.panel.show_cases(cases)
        self.shown.emit(ticket.id, list(cases))

    def forget(self) -> None:
        """Every form off the screen (the ticket left, the clerk logged out)."""
        self.ticket_id = None
        self.panel.clear()

    async def _correct(self, application_id: str, key: str, text: str) -> None:
        clerk = self._clerk()
        if clerk is None:
            return
        try:
            case = await run_blocking(self._casework.correct, application_id, key, text, clerk)
        except InvalidCorrection as exc:
            self.panel.refuse(application_id, key, text, str(exc))
            return
        except Exception as exc:
            self._failed(exc)
            self.panel.refuse(application_id, key, text, self.panel.status.text(), tell=False)  # not saved
            return
        if case.ticket_id == self.ticket_id:
            self.panel.update_case(case, saved=key)
            view = self.panel.view(case.id)
            name = next((line.label for line in view.lines if line.key == key), key) if view else key
            self.panel.set_status(self.tr("「%1」を保存しました。").replace("%1", name))

    async def _add_row(self, application_id: str, group_id: str) -> None:
        case = await self._change_rows(lambda clerk: self._casework.add_row(application_id, group_id, clerk))
        if case is not None:
            view = self.panel.view(case.id)
            if view is not None:
                view.show_row(group_id, len(case.application.rows.get(group_id, [])) - 1)
            self.panel.set_status(self.tr("行を追加しました。空欄を埋めてください。"))

    async def _remove_row(self, application_id: str, group_id: str, index: int) -> None:
        remove = self._casework.remove_row
        if await self._change_rows(lambda clerk: remove(application_id, group_id, index, clerk)) is not None:
            self.panel.set_status(self.tr("行を削除しました（変更履歴に残ります）。"))

    async def _change_rows(self, change: Callable[[Clerk], CaseFile]) -> CaseFile | None:
        """Run a change of a form's household rows; the form as stored after it, or None (refused)."""
        clerk = self._clerk()
        if clerk is None:
            return None
        try:
            case = await run_blocking(change, clerk)
        except Exception as exc:
            self._failed(exc)
            return None
        if case.ticket_id != self.ticket_id:
            return None
        self.panel.update_case(case)
        return case

    async def _add_form(self, form_id: str) -> None:
        clerk, ticket_id = self._clerk(), self.ticket_id
        if clerk is None or ticket_id is None:
            return
        first = self.panel.cases()[:1]  # the visitor is the same person on every form of the ticket
        visitor = {
            k: v for case in first for k, v in case.application.values.items() if k.startswith("visitor.")
        }
        try:
            case = await run_blocking(
                lambda: self._casework.add_form(ticket_id, form_id, clerk, answers=visitor)
            )
        except Exception as exc:
            self._failed(exc)
            return
        if case.ticket_id == self.ticket_id:
            self.panel.add_case(case)
            self.panel.set_status(self.tr("様式を追加しました。空欄を埋めてください。"))

    async def _print(self, *, leave_blank: bool = False) -> None:
        clerk, ticket_id, panel = self._clerk(), self.ticket_id, self.panel
        if clerk is None or ticket_id is None:
            return
        panel.print_button.setEnabled(False)
        panel.withdraw_blank_print()
        panel.set_status(self.tr("印刷しています…"))
        try:
            count = await run_blocking(
                lambda: self._casework.print_forms(ticket_id, clerk, leave_blank=leave_blank)
            )
        except IncompleteForms as exc:
            panel.set_status(str(exc), error=True)
            panel.offer_blank_print()
        except PrintError as exc:
            again = self.tr(
                "申請書は保存されています。プリンターを確かめてから、もう一度「印刷」を押してください。"
            )
            panel.set_status(f"{exc.message}\n{again}", error=True)
        except Exception as exc:
            self._failed(exc)
        else:
            done = self.tr("申請書を印刷しました（%1件）。")
            if leave_blank:
                done = self.tr(
                    "申請書を印刷しました（%1件、直すところは空欄のまま）。手書きで記入してください。"
                )
            panel.set_status(done.replace("%1", str(count)))
        finally:
            panel.print_button.setEnabled(panel.tabs.count() > 0 and panel.can_print)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, CaseworkError):
            self.panel.set_status(str(exc), error=True)
        else:
            log.error("casework failed", exc_info=exc)
            self.panel.set_status(self.tr("データベースに接続できません。もう一度お試しください"), error=True)

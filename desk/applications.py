"""The current ticket's applications at the desk: one tab per form, adding a form, printing them on A4.

This panel is the only place on the desk that holds residents' personal data. `clear()` takes all of it
out of the widget tree: the window calls it when the ticket is finished, passed on or put aside, and when
the clerk logs out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from casework import CaseFile
from desk.form_view import FormView
from desk.operations import confirm_row
from forms.model import FormTemplate
from ui.labels import PhraseLabel


class ApplicationsPanel(QWidget):
    """The ticket's forms, editable, with 様式を追加 and 印刷.

    Signals:
        correction_requested(str, str, str): application id, box key, the typed text.
        row_add_requested(str, str): application id, rows' id (a household member more).
        row_remove_requested(str, str, int): application id, rows' id, the row's index.
        add_requested(str): the id of the form to add.
        print_requested(): print every form of the ticket on A4.
        print_blank_requested(): print them with the boxes that have errors left blank (confirmed).
    """

    correction_requested = Signal(str, str, str)
    row_add_requested = Signal(str, str)
    row_remove_requested = Signal(str, str, int)
    add_requested = Signal(str)
    print_requested = Signal()
    print_blank_requested = Signal()

    def __init__(
        self,
        catalog: Callable[[], Mapping[str, FormTemplate]],
        service_names: Mapping[str, str],
        parent: QWidget | None = None,
        *,
        local: Callable[[datetime], datetime],
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._local = local  # the office's clock, for the times of the forms' changes
        self._service_names = service_names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("この番号の申請書はありません。様式を追加できます。"))
        self.empty.setProperty("role", "muted")
        layout.addWidget(self.empty)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("申請書"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._actions())
        self.status = PhraseLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.clear()

    def _blank_confirmation(self) -> QWidget:
        """空欄のまま印刷: offered when printing was refused for errors, and asked once more before it."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.blank_question = PhraseLabel(
            self.tr("直すところの欄を空欄にして印刷します（窓口で手書き。記録されます）")
        )
        self.blank_question.setProperty("role", "warning")
        self.blank_question.setWordWrap(True)
        self.blank_confirm_button, self.blank_cancel_button = confirm_row(
            row, self.blank_question, self.tr("空欄のまま印刷する"), self.tr("やめる")
        )
        self.blank_confirm_button.clicked.connect(self._confirm_blank_print)
        self.blank_cancel_button.clicked.connect(self.offer_blank_print)
        self.blank_confirmation = box
        return box

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.form_choice = QComboBox()
        self.form_choice.setAccessibleName(self.tr("追加する様式"))
        self.add_button = QPushButton(self.tr("様式を追加"))
        self.add_button.setProperty("role", "compact-secondary")
        self.print_button = QPushButton(self.tr("印刷（A4）"))
        self.print_button.setProperty("role", "compact")
        self.printer_missing = QLabel(self.tr("A4プリンターが設定されていないため、印刷できません"))
        self.printer_missing.setProperty("role", "muted")
        self.printer_missing.setToolTip(
            self.tr("設定ファイルの printers.a4 に CUPS のプリンター名を書いてください")
        )
        self.printer_missing.hide()
        self._can_print = True
        self.blank_button = QPushButton(self.tr("空欄のまま印刷…"))
        self.blank_button.setProperty("role", "compact-secondary")
        self.blank_button.clicked.connect(self._ask_blank_print)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(str(self.form_choice.currentData())))
        self.history_button = QPushButton(self.tr("変更履歴"))  # in place of the form's boxes, when on
        self.history_button.setProperty("role", "compact-secondary")
        self.history_button.setCheckable(True)
        self.history_button.setAccessibleName(self.tr("変更履歴を表示"))
        self.history_button.toggled.connect(self._show_history)
        self.print_button.clicked.connect(self._print)
        row.addWidget(self.form_choice, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.history_button)
        row.addSpacing(24)
        row.addWidget(self.blank_button)
        row.addWidget(self.printer_missing)
        row.addWidget(self.print_button)
        row.addWidget(self._blank_confirmation(), 1)  # in place of the row's buttons while it asks
        return row

    def _print(self) -> None:
        """印刷: not while a box's edit is not stored (the paper would not show it)."""
        if unsaved := self.unsaved():
            names = "、".join(f"「{name}」" for name in unsaved[:3])
            text = self.tr("%1 の修正が保存されていません。直してから印刷してください。").replace("%1", names)
            self.set_status(text, error=True)
            return
        self.print_requested.emit()

    @property
    def can_print(self) -> bool:
        return self._can_print

    def set_printer(self, available: bool) -> None:
        """Whether an A4 printer is set up: without one, 印刷 cannot be pressed and the row says why
        (no PDF is offered instead: a resident's form in a file would escape the purge)."""
        self._can_print = available
        self.printer_missing.setVisible(not available)
        self.print_button.setEnabled(available and self.print_button.isEnabled())

    def offer_blank_print(self) -> None:
        """Printing was refused for errors: offer 空欄のまま印刷 (it asks before printing)."""
        self._asking(False)
        if not self._can_print:
            return
        self.blank_button.show()

    def withdraw_blank_print(self) -> None:
        self._asking(False)
        self.blank_button.hide()

    def _ask_blank_print(self) -> None:
        self.blank_button.hide()
        self._asking(True)

    def _asking(self, asking: bool) -> None:
        """The confirmation replaces the row's other controls while it asks."""
        self.blank_confirmation.setVisible(asking)
        for widget in (self.form_choice, self.add_button, self.print_button):
            widget.setVisible(not asking)
        self.printer_missing.setVisible(not asking and not self._can_print)

    def _confirm_blank_print(self) -> None:
        self.withdraw_blank_print()
        self.print_blank_requested.emit()

    def offer_forms(self, service_code: str) -> None:
        """The catalog in the add-form list, the current service's forms first."""
        self.form_choice.clear()
        ordered = sorted(self._catalog().values(), key=lambda t: (t.service != service_code, t.service, t.id))
        for template in ordered:
            service = self._service_names.get(template.service, template.service)
            self.form_choice.addItem(f"{template.title}（{service}）", template.id)

    def choose_form(self, form_id: str) -> None:
        index = self.form_choice.findData(form_id)
        if index < 0:
            raise ValueError(f"no form {form_id}")
        self.form_choice.setCurrentIndex(index)

    def show_cases(self, cases: Sequence[CaseFile]) -> None:
        """Show a ticket's forms (replacing whatever was shown)."""
        self.clear()
        for case in cases:
            self._add_view(case)
        self._set_active(True)

    def add_case(self, case: CaseFile) -> None:
        """A form just added: its tab, selected."""
        self.tabs.setCurrentWidget(self._add_view(case))
        self._set_active(True)

    def update_case(self, case: CaseFile, saved: str | None = None) -> None:
        """A form after a change (`saved`: the box a correction saved): its tab shows the stored values
        and the new history line."""
        view = self.view(case.id)
        if view is not None:
            view.set_case(case, saved)

    def refuse(self, application_id: str, key: str, text: str, message: str, *, tell: bool = True) -> None:
        """A correction not saved: the box keeps the text in red, and the status line says which box
        (unless `tell` is False: it says already why nothing could be saved)."""
        view = self.view(application_id)
        if view is not None:
            view.refuse(key, text, message)
            if not tell:
                return
            name = next((line.label for line in view.lines if line.key == key), key)
            self.set_status(
                self.tr("「%1」は保存されていません。赤い欄を直してください。").replace("%1", name),
                error=True,
            )

    def unsaved(self) -> list[str]:
        """The boxes of every form whose edit is not stored (refused, or being saved)."""
        return [name for view in self.views() for name in view.unsaved()]

    def views(self) -> list[FormView]:
        return [view for i in range(self.tabs.count()) if isinstance(view := self.tabs.widget(i), FormView)]

    def view(self, application_id: str) -> FormView | None:
        return next((v for v in self.views() if v.application_id == application_id), None)

    def cases(self) -> list[CaseFile]:
        return [view.case for view in self.views()]

    def _show_history(self, shown: bool) -> None:
        for view in self.views():
            view.show_history(shown)

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))  # no empty line taking the form table's height
        self.status.setProperty("role", "error" if error else "ok")
        self.status.style().polish(self.status)

    def clear(self) -> None:
        """Take every form out of the widget tree, emptied first; nothing personal stays behind."""
        for view in self.views():
            view.clear()
        while (page := self.tabs.widget(0)) is not None:
            self.tabs.removeTab(0)
            page.setParent(None)  # out of the tree now; deleted by Qt soon after
            page.deleteLater()
        self.status.clear()
        self.status.hide()
        self.history_button.setChecked(False)  # the next ticket's forms open on their boxes
        self.withdraw_blank_print()
        self._set_active(False)

    def _add_view(self, case: CaseFile) -> FormView:
        view = FormView(case, self._local)
        view.correction_requested.connect(self.correction_requested)
        view.row_add_requested.connect(self.row_add_requested)
        view.row_remove_requested.connect(self.row_remove_requested)
        view.show_history(self.history_button.isChecked())
        self.tabs.addTab(view, case.template.title)
        self.empty.setVisible(False)
        return view

    def _set_active(self, active: bool) -> None:
        """With a ticket at the counter forms can be added and printed; without one, nothing shows."""
        self.empty.setVisible(active and self.tabs.count() == 0)
        self.tabs.setVisible(self.tabs.count() > 0)
        self.history_button.setVisible(self.tabs.count() > 0)
        for widget in (self.form_choice, self.add_button, self.print_button):
            widget.setEnabled(active)
        self.print_button.setEnabled(active and self.tabs.count() > 0 and self._can_print)

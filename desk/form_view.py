"""One of the ticket's forms on the desk: every box in a table the clerk edits in place (代行入力), the
form's validation message beside each box, and the history of changes (who, when, old, new).

An edit is not written into the table: it is handed on as a correction request, and the table shows the
stored value again once the correction is kept, or the typed text in red with the reason when refused.

One source of truth per form: what is stored (its values, problems and changes) and the edits not stored
yet (being saved, or refused). The cells and the summary above them are drawn from both on every change, so
a refused box's 「保存されていません」 and the summary never disagree, and a box refused stays red (with what
was typed) while another box of the form is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casework import CaseFile, Change, FieldLine, lines
from casework.fields import current_keys, field_at, key_label
from forms.display import display
from forms.fees import fee_total, yen
from ui import theme
from ui.labels import PhraseLabel

LABEL, VALUE, CHECK = range(3)
AnyIndex = QModelIndex | QPersistentModelIndex


class ValueDelegate(QStyledItemDelegate):
    """Edits a box as its type wants: a list of choices, はい/いいえ, or a line of text."""

    def __init__(self, view: FormView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        line = self._view.lines[index.row()]
        if line.field.type in ("choice", "checkbox"):
            combo = QComboBox(parent)
            choices = line.field.choices if line.field.type == "choice" else ("はい", "いいえ")
            combo.addItems(["", *choices] if not line.field.required else list(choices))
            return combo
        editor = QLineEdit(parent)
        editor.setPlaceholderText(_hint(line))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.UserRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(text)))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()  # type: ignore[attr-defined]
        self._view.edited(index.row(), text)


class FieldsTable(QTableWidget):
    """The form's boxes: 項目 and 確認 take a share of the width (at most their theme widths), the value
    the rest; long texts wrap and the rows grow, so a 1366 px wide desk still shows a value whole."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        header = self.horizontalHeader()
        header.resizeSection(LABEL, min(theme.DESK_LABEL_COLUMN_WIDTH, width * 30 // 100))
        header.resizeSection(CHECK, min(theme.DESK_CHECK_COLUMN_WIDTH, width * 28 // 100))


DATE_HINT = "令和6年4月1日・R6.4.1・2024-04-01"


def _hint(line: FieldLine) -> str:
    return {"date": DATE_HINT, "postal_code": "123-4567", "phone": "03-1234-5678"}.get(line.field.type, "")


class FormView(QWidget):
    """A form's boxes and its change history.

    Signals:
        correction_requested(str, str, str): application id, box key, the text the clerk typed.
        row_add_requested(str, str): application id, rows' id (異動する方 one more).
        row_remove_requested(str, str, int): application id, rows' id, the row's index.
    """

    correction_requested = Signal(str, str, str)
    row_add_requested = Signal(str, str)
    row_remove_requested = Signal(str, str, int)

    def __init__(
        self, case: CaseFile, local: Callable[[datetime], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.case = case
        self._local = local  # a change's (stored, UTC) time on the office's clock
        self.lines: list[FieldLine] = []
        self._saving: dict[str, str] = {}  # box key -> the text being saved
        self._refused: dict[str, tuple[str, str]] = {}  # box key -> (the text typed, why it was refused)
        layout = QVBoxLayout(self)
        s = theme.DESK.spacing
        layout.setContentsMargins(s // 2, s // 2, s // 2, s // 2)
        layout.setSpacing(s // 2)
        self.summary = PhraseLabel("")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()  # the household's row buttons beside the summary: the table keeps the height
        top.addWidget(self.summary, 1)
        self.table = self._fields_table()
        self.row_buttons = self._row_buttons(case)  # before set_case, which enables them
        if self.row_buttons is not None:
            top.addLayout(self.row_buttons)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)  # or (変更履歴) the history in its place: room for both
        self.history_box = QWidget()
        changes = QVBoxLayout(self.history_box)
        changes.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("変更履歴（新しい順）"))
        heading.setProperty("role", "caption")
        changes.addWidget(heading)
        self.history = self._history_table()
        changes.addWidget(self.history, 1)
        self.history_box.hide()
        layout.addWidget(self.history_box, 1)
        self.set_case(case)

    def show_history(self, shown: bool) -> None:
        """The history of changes in place of the boxes, or the boxes again (each box's 確認 says its
        latest change)."""
        self.table.setVisible(not shown)
        self.history_box.setVisible(shown)
        if self.row_buttons is not None:
            for button in (*self.add_row_buttons.values(), self.remove_row_button):
                button.setVisible(not shown)

    def _fields_table(self) -> QTableWidget:
        table = FieldsTable(0, 3)
        table.setHorizontalHeaderLabels(
            [self.tr("項目"), self.tr("内容（ダブルクリックで修正）"), self.tr("確認")]
        )
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )  # wrapped text fits
        header = table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.Interactive)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setItemDelegateForColumn(VALUE, ValueDelegate(self))
        table.setWordWrap(True)
        table.setAccessibleName(self.tr("申請書の項目"))
        header_height = theme.DESK_TABLE_ROW_HEIGHT + 12  # styled: padding and a border
        table.setMinimumHeight(header_height + theme.DESK_FORM_MIN_ROWS * theme.DESK_TABLE_ROW_HEIGHT + 4)
        return table

    def _row_buttons(self, case: CaseFile) -> QHBoxLayout | None:
        """「異動する方を追加」 per group of rows, and 「…を削除」 for the row of the selected box."""
        if not case.template.rows:
            return None
        row = QHBoxLayout()
        self.add_row_buttons: dict[str, QPushButton] = {}
        for group in case.template.rows:
            button = QPushButton(self.tr("%1を追加").replace("%1", group.label))
            button.setProperty("role", "compact-secondary")
            button.clicked.connect(lambda _=False, g=group.id: self.row_add_requested.emit(self.case.id, g))
            self.add_row_buttons[group.id] = button
            row.addWidget(button)
        self.remove_row_button = QPushButton(self.tr("選んだ行を削除"))
        self.remove_row_button.setProperty("role", "compact-secondary")
        self.remove_row_button.setEnabled(False)
        self.remove_row_button.clicked.connect(self._remove_selected_row)
        row.addWidget(self.remove_row_button)
        self.table.itemSelectionChanged.connect(self._offer_removal)
        return row

    def selected_row(self) -> tuple[str, int] | None:
        """(rows' id, index) of the household row whose box is selected, if one is."""
        selected = self.table.selectionModel().selectedRows()
        if not selected or selected[0].row() >= len(self.lines):
            return None
        group_id, _, rest = self.lines[selected[0].row()].key.partition(".")
        index, _, column = rest.partition(".")
        return (group_id, int(index)) if column and index.isdigit() else None

    def _offer_removal(self) -> None:
        chosen = self.selected_row()
        self.remove_row_button.setEnabled(chosen is not None)
        label = key_label(self.case.template, f"{chosen[0]}.{chosen[1]}") if chosen else ""
        self.remove_row_button.setText(
            self.tr("%1を削除").replace("%1", label) if chosen else self.tr("選んだ行を削除")
        )

    def _remove_selected_row(self) -> None:
        chosen = self.selected_row()
        if chosen is not None:
            self.row_remove_requested.emit(self.case.id, *chosen)

    def _history_table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        headers = [self.tr("日時"), self.tr("職員"), self.tr("項目"), self.tr("変更前"), self.tr("変更後")]
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(theme.DESK_TABLE_ROW_HEIGHT)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("変更履歴"))
        return table

    @property
    def application_id(self) -> str:
        return self.case.id

    def set_case(self, case: CaseFile, saved: str | None = None) -> None:
        """Show the form as stored now (`saved`: the box whose correction it holds, if any): every box,
        its problem, and the history, with the edits not stored yet still in their boxes."""
        self.case = case
        self.lines = lines(case.template, case.application, case.problems)
        keys = current_keys(case.changes)  # a removed household row moves the later rows' changes up
        self._latest: dict[str, Change] = {k: c for c, k in zip(case.changes, keys, strict=True) if k}
        self._forget_stored_edits(saved)
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            self._fill_row(row, line)
            self._show_unsaved(row, line.key)
        self.table.resizeRowsToContents()
        self._fill_history()
        self._fill_summary()
        if self.row_buttons is not None:
            for group in case.template.rows:
                full = len(case.application.rows.get(group.id, [])) >= group.max_rows
                self.add_row_buttons[group.id].setEnabled(not full)
            self._offer_removal()

    def show_row(self, group_id: str, index: int) -> None:
        """Select and scroll to the first box of a household row (one just added, to fill)."""
        first = next(
            (i for i, line in enumerate(self.lines) if line.key.startswith(f"{group_id}.{index}.")), None
        )
        if first is not None:
            self.table.selectRow(first)
            self.table.scrollToItem(self._item(first, VALUE))

    def _fill_row(self, row: int, line: FieldLine) -> None:
        label = QTableWidgetItem(line.label)
        value = QTableWidgetItem(line.shown)
        value.setData(Qt.ItemDataRole.UserRole, line.edit_text)
        tip = self.tr("ダブルクリックで修正")
        if line.field.type == "date":
            tip = self.tr("ダブルクリックで修正（和暦でも西暦でも：%1）").replace("%1", DATE_HINT)
        value.setData(Qt.ItemDataRole.ToolTipRole, tip)
        if line.marked:
            value.setBackground(QColor(theme.DESK_CELL_MARK_BACKGROUND))
        label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, LABEL, label)
        self.table.setItem(row, VALUE, value)
        self.table.setItem(row, CHECK, self._check_item(line))

    def _check_item(self, line: FieldLine) -> QTableWidgetItem:
        text, colour = self._check(line)
        item = QTableWidgetItem(text)
        item.setForeground(QColor(colour))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def _check(self, line: FieldLine) -> tuple[str, str]:
        """What the 確認 column says about a box: its problem, a 〓 to check, who corrected it, that the
        resident said the card's data is wrong, or ✓."""
        if line.problem is not None:
            return (
                line.problem.message,
                theme.DESK_CELL_ERROR if line.problem.is_error else theme.DESK_CELL_NOTICE,
            )
        if line.marked:
            return self.tr(
                "〓 カードで表せない文字があります。正しい字を確かめてください。"
            ), theme.DESK_CELL_ERROR
        change = self._last_change(line.key)
        if change is not None:
            old = display(line.field, change.old) or self.tr("空欄")
            when = self._local(change.at).strftime("%H:%M")
            text = self.tr("✓ 修正済み（%1 %2、元：%3）").replace("%1", when).replace("%2", change.clerk_name)
            return text.replace("%3", old), theme.DESK_CELL_OK
        if line.key in self.case.flagged:  # 違うところがある, and no clerk has changed it yet
            said = self.tr("要訂正の申し出：ご本人に確かめてください")  # the card filled it
            return said, theme.DESK_CELL_ERROR
        return ("✓" if line.value is not None else ""), theme.DESK_CELL_OK

    def _last_change(self, key: str) -> Change | None:
        return self._latest.get(key)

    def _fill_history(self) -> None:
        changes = list(reversed(self.case.changes))  # newest first
        self.history.setRowCount(len(changes))
        for row, change in enumerate(changes):
            key_field = field_at(self.case.template, change.field)
            shown = (display(key_field, v) if key_field else str(v or "") for v in (change.old, change.new))
            cells = (
                self._local(change.at).strftime("%H:%M:%S"),
                change.clerk_name,
                key_label(self.case.template, change.field),  # as the box was called then
                *shown,
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def _fill_summary(self) -> None:
        """The form's state in one line: its fee, and what is left to do (what is stored with problems,
        what is refused or being saved); 入力はそろっています only when nothing is."""
        errors = len(self.case.errors)
        fee = fee_total(self.case.template, self.case.application)
        parts = [self.tr("手数料 %1").replace("%1", yen(fee))]  # the form's title is on its tab
        if self._refused:
            parts.append(self.tr("保存されていない修正 %1件").replace("%1", str(len(self._refused))))
        if errors:
            parts.append(self.tr("直すところ %1件").replace("%1", str(errors)))
        if self._saving:
            parts.append(self.tr("保存しています…"))
        elif not errors and not self._refused:
            parts.append(self.tr("入力はそろっています"))
        errors += len(self._refused)
        general = [
            p.message
            for p in self.case.problems
            if p.field is None or p.field in {g.id for g in self.case.template.rows}
        ]
        self.summary.setText("　".join(parts) + ("\n" + "\n".join(general) if general else ""))
        self.summary.setProperty("role", "error" if errors else "ok")
        self.summary.style().polish(self.summary)

    def edited(self, row: int, text: str) -> None:
        """The clerk finished editing a box: ask for the correction unless nothing changed (typing the
        stored value again over a refused text takes the refusal back)."""
        line = self.lines[row]
        if line.unchanged_by(text):
            if self._refused.pop(line.key, None) is not None:
                self._fill_row(row, line)
                self._fill_summary()
            return
        self._refused.pop(line.key, None)
        self._saving[line.key] = text
        self._show_unsaved(row, line.key)
        self._fill_summary()
        self.correction_requested.emit(self.case.id, line.key, text)

    def refuse(self, key: str, text: str, message: str) -> None:
        """Keep the refused text in its box, in red, with the reason beside it (nothing was saved)."""
        self._saving.pop(key, None)
        self._refused[key] = (text, message)
        if key in (keys := [line.key for line in self.lines]):
            self._show_unsaved(keys.index(key), key)
        self._fill_summary()

    def unsaved(self) -> list[str]:
        """The names of the boxes whose edit is not stored (refused, or being saved)."""
        keys = [*self._refused, *(k for k in self._saving if k not in self._refused)]
        names = {line.key: line.label for line in self.lines}
        return [names.get(key, key) for key in keys]

    def _forget_stored_edits(self, saved: str | None) -> None:
        """Edits the stored form now holds are no longer unsaved (the box shows the stored value): the one
        just `saved`, and any whose box now holds what was typed."""
        self._saving.pop(saved or "", None)
        stored = {line.key: line for line in self.lines}

        def kept(key: str, text: str) -> bool:
            return key not in stored or stored[key].unchanged_by(text)

        self._saving = {key: text for key, text in self._saving.items() if not kept(key, text)}
        self._refused = {key: why for key, why in self._refused.items() if not kept(key, why[0])}

    def _show_unsaved(self, row: int, key: str) -> None:
        """A box whose edit is being saved, or was refused: the typed text, and what became of it."""
        value, check = self._item(row, VALUE), self._item(row, CHECK)
        if key in self._refused:
            text, message = self._refused[key]
            value.setText(text)
            value.setForeground(QColor(theme.DESK_CELL_ERROR))
            value.setBackground(QColor(theme.DESK_CELL_ERROR_BACKGROUND))
            check.setText(self.tr("保存されていません：%1").replace("%1", message))
            check.setForeground(QColor(theme.DESK_CELL_ERROR))
            self.table.resizeRowToContents(row)
        elif key in self._saving:
            value.setText(self._saving[key])
            check.setText(self.tr("保存しています…"))

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # set_case fills every cell
        return item

    def row_of(self, key: str) -> int:
        """The table row of a box (ValueError when the form has no such box)."""
        return [line.key for line in self.lines].index(key)

    def texts(self) -> list[Any]:
        """Every text the view holds (for the privacy tests: nothing may stay after clear)."""
        tables = (self.table, self.history)
        cells = [t.item(r, c) for t in tables for r in range(t.rowCount()) for c in range(t.columnCount())]
        return [self.summary.text(), *(cell.text() for cell in cells if cell is not None)]

    def clear(self) -> None:
        """Forget the form: every cell and the summary emptied (the widget is then thrown away)."""
        for table in (self.table, self.history):
            table.clearContents()
            table.setRowCount(0)
        self.summary.clear()
        self.lines = []
        self._latest = {}
        self._saving, self._refused = {}, {}

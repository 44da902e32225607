"""Household lists (異動する方, 対象となる児童): each person typed box by box with the same editors as any
question, kept like every answer, and persons typed once offered again to the next list.

A mixin of kiosk.flow.ProcedureFlow: it works on the flow's kept answers and walks.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

from forms import Application, Field, FormTemplate, Problem, Question, validate
from forms.model import Row, RowGroup
from forms.questions import choices_for
from kiosk.screens import Key, RowSpot, Screen, Walk


@dataclass
class RowEdit:
    """A household row being typed, box by box; `draft` keeps what was typed."""

    key: Key
    index: int
    columns: tuple[str, ...]
    position: int = 0
    draft: Row = field(default_factory=dict)


class HouseholdRows:
    """Typing, completing and removing the rows of the household list on screen."""

    kept: dict[Key, object]
    identity: object | None
    today: datetime.date
    _row: RowEdit | None

    def current(self) -> Screen | None:
        raise NotImplementedError

    def _walks(self) -> list[Walk]:
        raise NotImplementedError

    def _build(self, template: FormTemplate, answers: Mapping[str, object]) -> Application:
        raise NotImplementedError

    def edit_row(self, index: int) -> None:
        """Type (or complete) row `index` of the current household list, one box per screen: the boxes
        still empty, or every box of a complete row."""
        screen = self.current()
        assert screen is not None and screen.group is not None
        rows = self._rows_of(screen)
        self.kept[screen.key] = rows
        row = self._row_as_built(screen, rows, index)
        missing = tuple(c.id for c in screen.group.columns if row.get(c.id) in (None, ""))
        columns = missing or tuple(c.id for c in screen.group.columns)
        self._row = RowEdit(screen.key, index, columns, 0, row)

    def add_person(self, person: Row) -> None:
        """Add someone typed elsewhere in this visit to the current list; ask only for what is missing."""
        screen = self.current()
        assert screen is not None and screen.group is not None
        rows = self._rows_of(screen)
        rows.append({c.id: person[c.id] for c in screen.group.columns if c.id in person})
        self.kept[screen.key] = rows
        built = self._row_as_built(screen, rows, len(rows) - 1)
        if any(c.required and built.get(c.id) in (None, "") for c in screen.group.columns):
            self.edit_row(len(rows) - 1)

    def _row_as_built(self, screen: Screen, rows: list[Row], index: int) -> Row:
        """Row `index` with the form's defaults and the card holder's boxes (their typed reading too)."""
        walk = next(w for w in self._walks() if w.scope == screen.scope)
        group = screen.group
        assert group is not None
        app = self._build(walk.template, {**walk.answers, group.id: rows})
        built = app.rows.get(group.id, [])
        row = dict(built[index]) if index < len(built) else {}
        if index == 0 and self.identity is not None and group.card_row_when is not None and built:
            for column in group.columns:
                typed = walk.answers.get(f"visitor.{column.from_card}") if column.from_card else None
                if row.get(column.id) in (None, "") and isinstance(typed, str) and typed:
                    row[column.id] = typed
        return row

    def remove_row(self, index: int) -> None:
        screen = self.current()
        assert screen is not None and screen.group is not None
        rows = self._rows_of(screen)
        if 0 <= index < len(rows):
            rows.pop(index)
        self.kept[screen.key] = rows

    def _rows_of(self, screen: Screen) -> list[Row]:
        value = screen.value if isinstance(screen.value, list) else []
        return [dict(r) for r in value]

    def _row_screen(self, walks: list[Walk]) -> Screen:
        edit = self._row
        assert edit is not None
        walk = next(w for w in walks if w.scope == edit.key[0])
        group = walk.template.row_group(walk.applicable[edit.key[1]].fields[0])
        assert group is not None
        column = next(c for c in group.columns if c.id == edit.columns[edit.position])
        spot = RowSpot(group.id, group.label, edit.index, column)
        question = _column_question(group, edit.index, column, self.today)
        return Screen(
            scope=walk.scope,
            title=walk.template.title,
            question=question,
            value=edit.draft.get(column.id),
            field=column,
            group=group,
            row=spot,
            suggestions=_with_reading(column, edit.draft),
        )

    def _answer_row_box(self, screen: Screen, value: object) -> list[Problem]:
        edit = self._row
        assert edit is not None and screen.row is not None and screen.group is not None
        edit.draft[screen.row.column.id] = value  # type: ignore[assignment]
        rows = self._rows_of(self._rows_screen())
        rows[edit.index : edit.index + 1] = [dict(edit.draft)]
        template = next(w.template for w in self._walks() if w.scope == screen.scope)
        app = self._build(template, {screen.group.id: rows})
        where = f"{screen.group.id}.{edit.index}.{screen.row.column.id}"
        errors = [p for p in validate(template, app, today=self.today) if p.field == where and p.is_error]
        if errors:
            return errors
        edit.position += 1
        if edit.position >= len(edit.columns):
            self._commit_row()
        return []

    def _rows_screen(self) -> Screen:
        """The household list screen under the row being typed."""
        edit, self._row = self._row, None
        try:
            screen = self.current()
        finally:
            self._row = edit
        assert screen is not None
        return screen

    def _row_back(self) -> None:
        edit = self._row
        assert edit is not None
        if edit.position > 0:
            edit.position -= 1
        else:
            self._commit_row()

    def _commit_row(self) -> None:
        """Put the typed row into its list (kept, like every answer) and show the list again."""
        edit = self._row
        assert edit is not None
        screen = self._rows_screen()
        rows = self._rows_of(screen)
        typed = {k: v for k, v in edit.draft.items() if v not in (None, "")}
        if edit.index < len(rows):
            rows[edit.index] = typed
        elif typed:
            rows.append(typed)
        self.kept[edit.key] = rows
        self._row = None


def _column_question(group: RowGroup, index: int, column: Field, today: datetime.date) -> Question:
    """A household row's box as a question of its own (the page words it 「異動する方（2人目）の氏名」)."""
    kind = "yes_no" if column.type == "checkbox" else column.type
    return Question(
        id=f"{group.id}.{index}.{column.id}",
        kind=kind,
        text="",
        fields=(column.id,),
        choices=choices_for(column, today) if column.type in ("choice", "checkbox") else (),
        examples=column.examples,
        required=column.required,
    )


def _with_reading(column: Field, row: Row) -> tuple[str, ...]:
    """A row's name is offered as its reading typed just before, then the column's examples."""
    reading = row.get("name_reading") if column.id == "name" else None
    first = (reading,) if isinstance(reading, str) and reading.strip() else ()
    return (*first, *(e for e in column.examples if e not in first))

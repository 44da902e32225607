"""What the procedure flow shows: one screen, and which household row's box it fills.

Plain data (no Qt) shared by the flow (kiosk.flow), its household lists (kiosk.household) and the pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms import Field, FormTemplate, Question
from forms.model import Row, RowGroup

Key = tuple[str, str]  # (scope, question id)


@dataclass(frozen=True)
class RowSpot:
    """Which box of which household row a screen fills: 「異動する方（2人目）の氏名」."""

    group: str
    group_label: str
    index: int
    column: Field


@dataclass(frozen=True)
class Screen:
    """One question on one screen, with everything its editor needs to start from.

    `value` is the kept answer, else the form's current value (a default, the card): a single value, a
    {field: value} table for checks and counts, or a list of rows for a household list. `suggestions`
    are answers offered as buttons for free text; `people` are persons typed elsewhere in this visit that
    a household list can take with one touch.
    """

    scope: str
    title: str
    question: Question
    value: object
    field: Field | None = None
    group: RowGroup | None = None
    row: RowSpot | None = None
    suggestions: tuple[str, ...] = ()
    people: tuple[Row, ...] = ()
    from_review: bool = False
    names: tuple[tuple[str, str], ...] = ()  # the form's (or event's) name in the kiosk's other languages

    def title_in(self, language: str) -> str:
        """The form's name in the resident's language (its Japanese title in Japanese)."""
        return dict(self.names).get(language, self.title)

    @property
    def key(self) -> Key:
        return (self.scope, self.question.id)


@dataclass
class Walk:
    """One scope walked: its template, the answers that count, the questions that apply, the next screen."""

    scope: str
    template: FormTemplate
    answers: dict[str, object]
    applicable: dict[str, Question]
    next: Question | None = None

"""The values the catalog is made of: templates (fields, rows, questions, rules, layout) and applications.

Templates are immutable and come from data files (assets/forms/*.toml, read by forms.schema). An
`Application` is what one resident asks for with one form: plain values that the store can save as JSON and
the desk can edit field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from forms.conditions import Condition

Value = str | int | bool
"""A field's value: text (dates as ISO 'YYYY-MM-DD'), a number, or a tick."""

FieldType = Literal["text", "kana", "date", "postal_code", "phone", "choice", "number", "checkbox"]
FIELD_TYPES: tuple[FieldType, ...] = (
    "text",
    "kana",
    "date",
    "postal_code",
    "phone",
    "choice",
    "number",
    "checkbox",
)
Level = Literal["error", "notice"]
SOURCES = ("answer", "today", "card.name", "card.name_reading", "card.address", "card.birth_date", "card.sex")


@dataclass(frozen=True)
class Choice:
    """One answer a resident can touch: the stored value and the words shown for it."""

    value: Value
    label: str


@dataclass(frozen=True)
class Field:
    """One box of a form: what it holds, where its value comes from and what makes it valid.

    source: "answer" (asked or typed), "today", "card.<key>" (the card read fills it), or another field's
    id (a copy of that field's value, e.g. the subject's name from the visitor's "for myself"); card and
    copy apply when `source_when` holds or is absent. `copies` marks a number field counting copies,
    charged `fee` yen each (or the form's fee when `fee` is None).
    """

    id: str
    label: str
    type: FieldType
    required: bool = False
    required_when: Condition | None = None
    source: str = "answer"
    source_when: Condition | None = None
    default: Value | None = None
    choices: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    max_length: int | None = None
    min: int | None = None
    max: int | None = None
    relative_to: str | None = None  # "reiwa_year": min/max count from this 令和 year
    past_only: bool = False
    copies: bool = False
    fee: int | None = None
    help: str = ""
    message: str = ""  # the template's own wording for an invalid value
    printed: bool = True  # False for a helper answer that only steers questions and rules
    context: str = ""  # whose box it is, e.g. 証明が必要な方: messages say 「証明が必要な方の住所…」

    @property
    def display(self) -> str:
        """The field's name in messages: its label, after whose box it is when that matters."""
        return f"{self.context}の{self.label}" if self.context else self.label

    @property
    def copy_of(self) -> str | None:
        """The field whose value this one copies, or None."""
        return None if self.source in ("answer", "today") or self.from_card else self.source

    @property
    def from_card(self) -> str | None:
        """The card key this field is filled from ("name", "address", ...), or None."""
        return self.source.removeprefix("card.") if self.source.startswith("card.") else None


@dataclass(frozen=True)
class RowGroup:
    """Repeating rows (household members, children): one row per person, the same columns each.

    `printed_rows` blank rows are printed at least, so that the clerk or resident can add by hand; when
    `card_row_when` holds, the first row is the card holder and its card-sourced columns come from the card.
    """

    id: str
    label: str
    columns: tuple[Field, ...]
    widths: tuple[int, ...] = ()  # relative column widths in the printed table
    min_rows: int = 0
    max_rows: int = 10
    printed_rows: int = 3
    card_row_when: Condition | None = None

    def column(self, column_id: str) -> Field | None:
        """The column with this id, if any."""
        return next((c for c in self.columns if c.id == column_id), None)


QuestionKind = Literal[
    "text", "kana", "date", "postal_code", "phone", "choice", "number", "yes_no", "counts", "checks", "rows"
]
QUESTION_KINDS: tuple[QuestionKind, ...] = get_args(QuestionKind)


def question_kind(name: object) -> QuestionKind | None:
    """`name` as a question kind, or None when it is not one."""
    return next((k for k in QUESTION_KINDS if k == name), None)


@dataclass(frozen=True)
class Question:
    """One kiosk screen: a question, its big choices or input kind, and the field(s) it fills.

    kind follows the field: kana -> 50音 keyboard, phone/postal_code/number -> keypad, choice -> buttons,
    yes_no -> two buttons; "counts" shows a stepper per field (copies of each kind), "checks" a tick per
    field, "rows" the editor of a row group (household members).
    """

    id: str
    kind: QuestionKind
    text: str
    fields: tuple[str, ...]
    help: str = ""
    choices: tuple[Choice, ...] = ()
    default: Value | None = None
    required: bool = False
    ask_if: Condition | None = None
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """A rule across fields: when `when` holds, the resident is told `message` (an error blocks)."""

    when: Condition
    message: str
    level: Level = "error"
    field: str | None = None


@dataclass(frozen=True)
class Box:
    """A labelled box in a section's grid: one field, or a group of ticks/counts under one label."""

    fields: tuple[str, ...]
    label: str
    span: int = 1
    lines: int = 1


SectionKind = Literal["boxes", "rows", "checklist", "note"]


@dataclass(frozen=True)
class Section:
    """A block of the A4 page, top to bottom: a grid of boxes, a rows table, a checklist or a note."""

    title: str
    kind: SectionKind = "boxes"
    columns: int = 4
    boxes: tuple[Box, ...] = ()
    rows: str = ""
    text: str = ""
    show_if: Condition | None = None


@dataclass(frozen=True)
class StaffFlag:
    """A related department the staff box lists (the one-stop routing); ticked when `when` holds."""

    label: str
    when: Condition | None = None


NAME_LANGUAGES = ("ja_easy", "en", "zh_CN", "ko", "vi", "pt_BR", "es")
"""The kiosk's languages besides Japanese (ui.i18n.LANGUAGES): every form and life event has a name in each
(`names`), on the button a resident chooses it by. The form itself stays Japanese."""


@dataclass(frozen=True)
class FormTemplate:
    """One form as a town defines it in assets/forms/<id>.toml."""

    id: str
    title: str
    title_en: str
    service: str
    fee: int
    fields: tuple[Field, ...]
    questions: tuple[Question, ...]
    layout: tuple[Section, ...]
    rows: tuple[RowGroup, ...] = ()
    rules: tuple[Rule, ...] = ()
    relationships: tuple[str, ...] = ()
    staff_flags: tuple[StaffFlag, ...] = ()
    signature_label: str = "窓口に来た方の署名"
    declaration: str = "上記のとおり請求します。"
    addressee: str = ""
    notes: tuple[str, ...] = ()
    example: dict[str, object] = field(default_factory=dict)
    source: str = ""
    names: tuple[tuple[str, str], ...] = ()  # (language code, name) in every NAME_LANGUAGES

    def name_in(self, language: str) -> str:
        """The form's name in a kiosk language (its Japanese title in Japanese)."""
        return dict(self.names).get(language, self.title)

    def field(self, field_id: str) -> Field | None:
        """The field with this id, if any."""
        return next((f for f in self.fields if f.id == field_id), None)

    def row_group(self, group_id: str) -> RowGroup | None:
        """The row group with this id, if any."""
        return next((g for g in self.rows if g.id == group_id), None)

    @property
    def fee_fields(self) -> tuple[Field, ...]:
        """The number fields that count copies, in order."""
        return tuple(f for f in self.fields if f.copies)


Row = dict[str, Value]


@dataclass
class Application:
    """One form a resident asks for: the template id, the field values, the raw answers and the rows.

    `marks` records characters the card could not hold (`〓` and the card's substitutions), by value key
    ("visitor.name", "members.0.name") and position, so the clerk's copy can highlight them.
    """

    form_id: str
    values: dict[str, Value] = field(default_factory=dict)
    answers: dict[str, object] = field(default_factory=dict)
    rows: dict[str, list[Row]] = field(default_factory=dict)
    marks: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> Application:
        """The application `to_json_dict` wrote (as the store reads it back)."""
        return cls(
            form_id=data["form_id"],
            values=dict(data.get("values", {})),
            answers=dict(data.get("answers", {})),
            rows={k: [dict(r) for r in v] for k, v in data.get("rows", {}).items()},
            marks={k: tuple(v) for k, v in data.get("marks", {}).items()},
        )

    def to_json_dict(self) -> dict[str, object]:
        """The application as JSON-ready values (for the store)."""
        return {
            "form_id": self.form_id,
            "values": dict(self.values),
            "answers": dict(self.answers),
            "rows": {k: [dict(r) for r in v] for k, v in self.rows.items()},
            "marks": {k: list(v) for k, v in self.marks.items()},
        }


@dataclass(frozen=True)
class Problem:
    """Something a resident (or clerk) must fix, or should know; `field` points at the box concerned."""

    message: str
    field: str | None = None
    level: Level = "error"

    @property
    def is_error(self) -> bool:
        """True when the problem blocks the application (a notice does not)."""
        return self.level == "error"

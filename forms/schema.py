"""A form template from its parsed TOML: every key read, checked and named in each problem.

The file's layout is described in docs/forms.md. Parsing collects problems instead of stopping at the first;
forms.references then checks that questions, rules and the layout only name fields the form has.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from forms import people
from forms.model import (
    FIELD_TYPES,
    NAME_LANGUAGES,
    QUESTION_KINDS,
    Box,
    Field,
    FieldType,
    FormTemplate,
    Question,
    QuestionKind,
    RowGroup,
    Rule,
    Section,
    SectionKind,
    StaffFlag,
    question_kind,
)
from forms.tables import Table


@dataclass(frozen=True)
class Known:
    """The fields and row groups parsed so far, for what refers to them (question kinds, box labels)."""

    fields: dict[str, Field]
    rows: dict[str, RowGroup]


_SECTION_KINDS: tuple[str, ...] = (*get_args(SectionKind), "visitor", "subject")
_KIND_OF_TYPE: dict[str, QuestionKind] = {"checkbox": "yes_no"}


def parse_template(data: dict[str, Any], source: str, problems: list[str]) -> FormTemplate:
    """The template in `data` (read from `source`); problems are appended as 'key: what is wrong'."""
    top = Table(data, "", problems)
    relationships, visitor, subject = _people(top)
    fields = [*_person_fields(visitor, subject, relationships), *_fields(top.tables("fields"))]
    rows = tuple(_row_group(t) for t in top.tables("rows"))
    known = Known({f.id: f for f in fields}, {g.id: g for g in rows})
    template = FormTemplate(
        id=top.text("id", required=True),
        title=top.text("title", required=True),
        title_en=top.text("title_en", required=True),
        service=top.text("service", required=True),
        fee=top.integer("fee", 0, low=0) or 0,
        fields=tuple(fields),
        questions=(
            *_person_questions(visitor, subject, relationships),
            *_questions(top.tables("questions"), known),
        ),
        layout=tuple(_section(t, visitor, subject, known) for t in top.tables("layout")),
        rows=rows,
        rules=tuple(r for r in (_rule(t) for t in top.tables("rules")) if r),
        relationships=relationships,
        staff_flags=tuple(_staff_flag(t) for t in top.tables("staff_flags")),
        signature_label=top.text("signature_label", "窓口に来た方の署名"),
        declaration=top.text("declaration", "上記のとおり請求します。"),
        addressee=top.text("addressee", ""),
        notes=top.texts("notes"),
        example=dict(top.raw("example") or {}),
        source=source,
        names=top.names("names", NAME_LANGUAGES),
    )
    top.finish()
    return template


def _people(top: Table) -> tuple[tuple[str, ...], people.Person | None, people.Person | None]:
    """The `[people]` table: which standard boxes each person has and the relationship choices."""
    table = top.table("people")
    if table is None:
        return (), None, None
    visitor_items = _person_items(table, "visitor")
    subject_items = _person_items(table, "subject")
    relationships = table.texts("relationships") or (people.RELATIONSHIPS if subject_items else ())
    visitor = people.Person("visitor", table.text("visitor_label", "窓口に来た方"), visitor_items)
    subject = people.Person("subject", table.text("subject_label", "証明が必要な方"), subject_items)
    table.finish()
    return relationships, visitor if visitor_items else None, subject if subject_items else None


def _person_items(table: Table, name: str) -> tuple[str, ...]:
    items = table.texts(name)
    for item in items:
        if item not in people.ITEMS:
            table.problem(name, f"unknown item {item!r}; one of: {', '.join(people.ITEMS)}")
    return tuple(i for i in items if i in people.ITEMS)


def _person_fields(
    visitor: people.Person | None, subject: people.Person | None, relationships: tuple[str, ...]
) -> list[Field]:
    fields = people.person_fields(visitor, relationships) if visitor else []
    if subject:
        fields += [
            people.relationship_field(relationships),
            *people.person_fields(subject, relationships, visitor),
        ]
    return fields


def _person_questions(
    visitor: people.Person | None, subject: people.Person | None, relationships: tuple[str, ...]
) -> list[Question]:
    questions = people.person_questions(visitor) if visitor else []
    if subject:
        questions += [people.relationship_question(subject.label, relationships)]
        questions += people.person_questions(subject)
    return questions


def _fields(tables: list[Table]) -> list[Field]:
    fields = [parse_field(t) for t in tables]
    for t in tables:
        t.finish()
    return fields


def parse_field(t: Table) -> Field:
    """One field (or row column) table."""
    type_ = t.choice("type", FIELD_TYPES, "text")
    field_type: FieldType = next(ft for ft in FIELD_TYPES if ft == type_)
    source = t.text("source", "answer")  # or another field's id, checked by forms.references
    field = Field(
        id=t.text("id", required=True),
        label=t.text("label", required=True),
        type=field_type,
        required=t.flag("required"),
        required_when=t.condition("required_when"),
        source=source,
        source_when=t.condition("source_when"),
        default=_default(t),
        choices=t.texts("choices"),
        examples=t.texts("examples"),
        max_length=t.integer("max_length", low=1),
        min=t.integer("min"),
        max=t.integer("max"),
        relative_to=_relative_to(t),
        past_only=t.flag("past_only"),
        copies=t.flag("copies"),
        fee=t.integer("fee", low=0),
        help=t.text("help"),
        message=t.text("message"),
        printed=t.flag("printed", True),
        context=t.text("context"),
    )
    if field.type == "choice" and not field.choices:
        t.problem("choices", "a choice field needs its choices")
    if field.copies and field.type != "number":
        t.problem("copies", "only a number field can count copies")
    return field


def _default(t: Table) -> str | int | bool | None:
    value = t.raw("default")
    if value is not None and not isinstance(value, str | int | bool):
        t.problem("default", f"must be text, a number or true/false, got {value!r}")
        return None
    return value


def _relative_to(t: Table) -> str | None:
    value = t.raw("relative_to")
    if value is None or value == "reiwa_year":
        return None if value is None else "reiwa_year"
    t.problem("relative_to", f"unknown value {value!r}; the only one is 'reiwa_year'")
    return None


def _row_group(t: Table) -> RowGroup:
    tables = t.tables("columns")
    columns = [parse_field(c) for c in tables]
    widths = tuple(c.integer("width", 2, low=1) or 2 for c in tables)
    for c in tables:
        c.finish()
    if not columns:
        t.problem("columns", "a row group needs at least one column")
    group = RowGroup(
        id=t.text("id", required=True),
        label=t.text("label", required=True),
        columns=tuple(columns),
        widths=widths,
        min_rows=t.integer("min_rows", 0, low=0) or 0,
        max_rows=t.integer("max_rows", 10, low=1) or 10,
        printed_rows=t.integer("printed_rows", 3, low=0) or 0,
        card_row_when=t.condition("card_row_when"),
    )
    t.finish()
    return group


def _questions(tables: list[Table], known: Known) -> list[Question]:
    questions = [_question(t, known) for t in tables]
    for t in tables:
        t.finish()
    return questions


def _question(t: Table, known: Known) -> Question:
    fields = t.texts("fields") or ((t.text("field"),) if t.has("field") else ())
    if not fields:
        t.problem("field", "a question fills a `field` (or `fields` for counts and checks)")
    raw_kind = t.raw("kind")
    kind = question_kind(raw_kind)
    if raw_kind is not None and kind is None:
        t.problem("kind", f"unknown kind {raw_kind!r}; one of: {', '.join(QUESTION_KINDS)}")
    return Question(
        id=t.text("id") or (fields[0] if fields else ""),
        kind=kind or default_kind(fields, known),
        text=t.text("text", required=True),
        fields=fields,
        help=t.text("help"),
        ask_if=t.condition("ask_if"),
    )


def default_kind(fields: tuple[str, ...], known: Known) -> QuestionKind:
    """Without a `kind`: the rows editor for a row group, else the input the first field's type calls for."""
    if fields and fields[0] in known.rows:
        return "rows"
    field = known.fields.get(fields[0]) if fields else None
    return question_kind(_KIND_OF_TYPE.get(field.type, field.type) if field else "text") or "text"


def _rule(t: Table) -> Rule | None:
    when = t.condition("when")
    if when is None and not t.has("when"):
        t.problem("when", "missing: when does the rule apply?")
    level = t.choice("level", ("error", "notice"), "error")
    rule = (
        Rule(
            when=when,
            message=t.text("message", required=True),
            level="error" if level == "error" else "notice",
            field=t.text("field") or None,
        )
        if when
        else None
    )
    t.finish()
    return rule


def _staff_flag(t: Table) -> StaffFlag:
    flag = StaffFlag(label=t.text("label", required=True), when=t.condition("when"))
    t.finish()
    return flag


def _section(t: Table, visitor: people.Person | None, subject: people.Person | None, known: Known) -> Section:
    kind = t.choice("kind", _SECTION_KINDS, "boxes")
    columns = t.integer("columns", 4, low=1) or 4
    boxes = [
        *_standard_boxes(t, kind, visitor, subject),
        *(_box(b, t, i, columns, known) for i, b in enumerate(_list(t))),
    ]
    person = {"visitor": visitor, "subject": subject}.get(kind)
    section = Section(
        title=t.text("title", person.label if person else "", required=person is None and kind != "note"),
        kind="boxes"
        if kind in ("visitor", "subject")
        else next(k for k in get_args(SectionKind) if k == kind),
        columns=columns,
        boxes=tuple(b for b in boxes if b),
        rows=t.text("rows"),
        text=t.text("text"),
        show_if=t.condition("show_if"),
    )
    t.finish()
    return section


def _standard_boxes(
    t: Table, kind: str, visitor: people.Person | None, subject: people.Person | None
) -> list[Box]:
    """A visitor/subject section starts with the person's standard boxes (and the relationship)."""
    if kind == "visitor":
        return people.person_boxes(visitor) if visitor else _missing_person(t, "visitor")
    if kind == "subject":
        if not subject:
            return _missing_person(t, "subject")
        return [Box((people.RELATIONSHIP,), "窓口に来た方との関係", 4), *people.person_boxes(subject)]
    return []


def _missing_person(t: Table, who: str) -> list[Box]:
    t.problem("kind", f"a {who} section needs `{who}` items in [people]")
    return []


def _list(t: Table) -> list[Any]:
    boxes = t.raw("boxes")
    if boxes is None:
        return []
    if not isinstance(boxes, list):
        t.problem("boxes", "must be a list of field ids or tables")
        return []
    return boxes


def _box(data: Any, section: Table, index: int, columns: int, known: Known) -> Box | None:
    """A box: a field id, or { field = id, span, lines, label } / { fields = [...], label, span }.

    Without a label the box takes its (first) field's label.
    """
    if isinstance(data, str):
        return Box((data,), _label(data, known), 1, 1)
    if not isinstance(data, dict):
        section.problem(f"boxes[{index}]", "must be a field id or a table")
        return None
    t = Table(data, section.key(f"boxes[{index}]"), section.problems)
    fields = t.texts("fields") or ((t.text("field", required=True),) if not t.has("fields") else ())
    span = t.integer("span", 1, low=1) or 1
    if span > columns:
        t.problem("span", f"{span} is wider than the section's {columns} columns")
    label = t.text("label") or (_label(fields[0], known) if fields else "")
    box = Box(fields, label, min(span, columns), t.integer("lines", 1, low=1) or 1)
    t.finish()
    return box


def _label(field_id: str, known: Known) -> str:
    field = known.fields.get(field_id)
    return field.label if field else ""

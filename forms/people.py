"""The two people of a form, written once here instead of in every template.

「窓口に来た方」 (visitor.*: filled from the card read) and 「証明が必要な方」 (subject.*: filled
from the card too when the relationship is 本人, i.e. "for myself"; the address also for 同一世帯).
A template's `[people]` table only says which of these boxes it has; the fields, their kiosk questions
and their boxes come from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms.conditions import Condition
from forms.model import Box, Choice, Field, FieldType, Question, question_kind

RELATIONSHIPS = ("本人", "同一世帯", "配偶者・直系", "代理人（委任状）", "法定代理人", "第三者")
SELF = "本人"
SAME_HOUSEHOLD = "同一世帯"
RELATIONSHIP = "relationship"


@dataclass(frozen=True)
class PersonItem:
    """One standard box of a person: label, type, card key, box width in grid columns, kiosk question."""

    label: str
    type: FieldType
    card: str | None
    span: int
    lines: int
    ask: str


ITEMS: dict[str, PersonItem] = {
    "address": PersonItem("住所", "text", "address", 4, 2, "{who}の住所を入力してください。"),
    "name_reading": PersonItem(
        "ふりがな", "kana", "name_reading", 2, 1, "{who}のお名前のふりがなを入力してください。"
    ),
    "name": PersonItem("氏名", "text", "name", 2, 1, "{who}のお名前を入力してください。"),
    "birth_date": PersonItem("生年月日", "date", "birth_date", 2, 1, "{who}の生年月日を入力してください。"),
    "sex": PersonItem("性別", "choice", "sex", 1, 1, "{who}の性別を選んでください。"),
    "phone": PersonItem("電話番号", "phone", None, 2, 1, "日中に連絡のつく電話番号を入力してください。"),
}
# Optional boxes: a My Number card has no reading, a licence no sex; a daytime phone number is asked for
# but not required (the clerk can still ask): the kiosk then offers them on its review page, not as screens.
_OPTIONAL = frozenset({"name_reading", "sex", "phone"})


@dataclass(frozen=True)
class Person:
    """Which standard boxes one of the two people has on a form, and what the form calls them."""

    prefix: str  # "visitor" or "subject"
    label: str
    items: tuple[str, ...]


def person_fields(
    person: Person, relationships: tuple[str, ...], visitor: Person | None = None
) -> list[Field]:
    """The fields `prefix.item` of one person. The visitor's come from the card where the card knows the
    item; the subject's copy the visitor's "for myself" (so typed input works as the card does)."""
    return [_field(person, item, relationships, visitor) for item in person.items]


def _field(person: Person, item: str, relationships: tuple[str, ...], visitor: Person | None) -> Field:
    spec = ITEMS[item]
    if person.prefix == "subject" and visitor is not None and item in visitor.items:
        source = f"visitor.{item}"
    else:
        source = f"card.{spec.card}" if spec.card else "answer"
    when = _card_applies(person.prefix, item, relationships) if source != "answer" else None
    return Field(
        id=f"{person.prefix}.{item}",
        label=spec.label,
        type=spec.type,
        required=item not in _OPTIONAL,
        source=source,
        source_when=when,
        choices=("男", "女") if item == "sex" else (),
        max_length=120 if item == "address" else 40 if item == "name" else None,
        past_only=item == "birth_date",
        context=person.label,
    )


def _card_applies(prefix: str, item: str, relationships: tuple[str, ...]) -> Condition | None:
    """The visitor is always the card holder; the subject only "for myself" (and shares the address in
    the same household)."""
    if prefix == "visitor":
        return None
    same = (SELF, SAME_HOUSEHOLD) if item == "address" and SAME_HOUSEHOLD in relationships else (SELF,)
    return Condition("in", RELATIONSHIP, same)


def person_questions(person: Person) -> list[Question]:
    """One kiosk question per box; the kiosk skips those the card already filled."""
    who = "あなた" if person.prefix == "visitor" else person.label
    questions = []
    for item in person.items:
        spec = ITEMS[item]
        kind = question_kind(spec.type) or "text"
        questions.append(
            Question(
                id=f"{person.prefix}.{item}",
                kind=kind,
                text=spec.ask.format(who=who),
                fields=(f"{person.prefix}.{item}",),
                required=item not in _OPTIONAL,
            )
        )
    return questions


def person_boxes(person: Person) -> list[Box]:
    """The person's standard boxes in print order."""
    return [
        Box((f"{person.prefix}.{item}",), ITEMS[item].label, ITEMS[item].span, ITEMS[item].lines)
        for item in person.items
    ]


def relationship_field(relationships: tuple[str, ...]) -> Field:
    """The relationship of the visitor to the subject, one of the template's choices."""
    return Field(
        id=RELATIONSHIP, label="窓口に来た方との関係", type="choice", required=True, choices=relationships
    )


def relationship_question(subject_label: str, relationships: tuple[str, ...]) -> Question:
    """「…はどなたですか？」: the first touch of a certificate request; 本人 means "for myself"."""
    choices = tuple(Choice(r, "わたし（本人）" if r == SELF else r) for r in relationships)
    return Question(
        id=RELATIONSHIP,
        kind="choice",
        text=f"{subject_label}は、あなたから見てどなたですか？",
        help="ご自身の分なら「本人」を選んでください。",
        fields=(RELATIONSHIP,),
        choices=choices,
        required=True,
    )

"""The resident's 「違うところがある」 at the desk: which people of a form it concerns, in the form's words.

The kiosk keeps, with each form, the keys of the boxes the card filled (forms.card_filled). A box belongs
to a person: 窓口に来た方 (visitor.*), the person the form is about (subject.*), a household row
("members.0"); a box that copies another (旧住所 from the visitor's address) belongs to that one's person.
"""

from __future__ import annotations

from collections.abc import Sequence

from casework.fields import key_label
from casework.model import CaseFile
from forms.model import FormTemplate

PEOPLE = ("visitor", "subject")


def person_of(template: FormTemplate, key: str) -> str:
    """The person a box belongs to: "visitor", "subject", a row ("members.0"), else the box itself."""
    seen = set()
    while key not in seen:
        seen.add(key)
        head, _, rest = key.partition(".")
        if head in PEOPLE and rest:
            return head
        if template.row_group(head) is not None and rest.partition(".")[0].isdigit():
            return f"{head}.{rest.partition('.')[0]}"
        found = template.field(key)
        if found is None or found.copy_of is None:
            break
        key = found.copy_of
    return key


def flagged_people(template: FormTemplate, keys: Sequence[str]) -> list[str]:
    """The people of these boxes, once each, in the order of the boxes."""
    return list(dict.fromkeys(person_of(template, key) for key in keys))


def person_label(template: FormTemplate, person: str) -> str:
    """What the form calls a person: 届出人, 証明が必要な方, 異動する方の1人目."""
    if person in PEOPLE:
        field = next((f for f in template.fields if f.id.startswith(f"{person}.") and f.context), None)
        if field is not None:
            return field.context
    head, _, index = person.partition(".")
    group = template.row_group(head)
    if group is not None and index.isdigit():
        return f"{group.label}の{int(index) + 1}人目"
    return key_label(template, person)


def flagged_forms(cases: Sequence[CaseFile]) -> list[tuple[str, list[str]]]:
    """(form title, the people it concerns) for each of a ticket's forms with flagged boxes, in order."""
    return [
        (
            case.template.title,
            [person_label(case.template, p) for p in flagged_people(case.template, case.flagged)],
        )
        for case in cases
        if case.flagged
    ]

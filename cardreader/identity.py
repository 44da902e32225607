"""The one value a card read produces: `Identity`, and where its text had substitute characters."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

CardType = Literal["mynumber", "drivers_license"]
Sex = Literal["male", "female", "not_applicable"]
SubstitutionKind = Literal["substitute", "gaiji", "missing"]

GETA = "〓"  # U+3013: the customary mark for a character the card could not hold; also shown for gaiji


@dataclass(frozen=True)
class Substitution:
    """A character in `field` at `position` (code points, so 𠮷 counts as one) that is not the real one.

    kind: "substitute" = the card holds a `〓`; "gaiji" = the licence's gaiji `gaiji_number` (1-7, glyph image
    only); "missing" = the licence's 欠字 mark. Gaiji and 欠字 appear in the text as `〓` too.
    """

    field: str
    position: int
    kind: SubstitutionKind
    gaiji_number: int | None = None

    def to_json_dict(self) -> dict[str, object]:
        """The substitution as JSON-ready values."""
        return {
            "field": self.field,
            "position": self.position,
            "kind": self.kind,
            "gaiji_number": self.gaiji_number,
        }


@dataclass(frozen=True)
class Identity:
    """What a card says about its holder: enough to fill a form, never the My Number."""

    card_type: CardType
    name: str
    name_reading: str | None
    address: str
    birth_date: datetime.date
    sex: Sex | None
    substitutions: tuple[Substitution, ...] = ()

    def to_json_dict(self) -> dict[str, object]:
        """The identity as JSON-ready values with the keys `read-card` prints."""
        return {
            "card_type": self.card_type,
            "name": self.name,
            "name_reading": self.name_reading,
            "address": self.address,
            "birth_date": self.birth_date.isoformat(),
            "sex": self.sex,
            "substitutions": [s.to_json_dict() for s in self.substitutions],
        }


def substitutes_in(text: str, field: str) -> list[Substitution]:
    """Every `〓` in `text`, recorded as a substitute in `field`."""
    return [Substitution(field, i, "substitute") for i, c in enumerate(text) if c == GETA]

"""What a resident pays: copies times the fee per copy, per kind of copy, over every form they ask for.

Fees are set by each town's ordinance: a template carries a typical default and the office configuration
overrides it (forms.catalog.apply_fees). Forms without copies fields (届出) are free.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from forms.model import Application, FormTemplate


@dataclass(frozen=True)
class FeeLine:
    """One kind of copy on the bill: e.g. 全部事項証明 2通 x 450円."""

    label: str
    copies: int
    unit: int

    @property
    def amount(self) -> int:
        """Copies times the fee per copy, in yen."""
        return self.copies * self.unit


def fee_lines(template: FormTemplate, application: Application) -> list[FeeLine]:
    """The kinds of copy asked for (at least one copy), with their fee per copy."""
    lines = []
    for field in template.fee_fields:
        copies = application.values.get(field.id)
        if isinstance(copies, int) and not isinstance(copies, bool) and copies > 0:
            lines.append(FeeLine(field.label, copies, template.fee if field.fee is None else field.fee))
    return lines


def fee_total(template: FormTemplate, application: Application) -> int:
    """The application's fee in yen."""
    return sum(line.amount for line in fee_lines(template, application))


def total_for(catalog: Mapping[str, FormTemplate], applications: Iterable[Application]) -> int:
    """The fee of several applications (the kiosk's review screen shows this total)."""
    return sum(fee_total(catalog[a.form_id], a) for a in applications)


def yen(amount: int) -> str:
    """「1,350円」."""
    return f"{amount:,}円"

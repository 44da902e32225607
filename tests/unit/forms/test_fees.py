"""Fees: copies times the fee per copy, per kind, over every form; towns override them."""

from __future__ import annotations

from forms import Catalog, apply_fees, build_application, fee_lines, fee_total, total_for
from forms.fees import FeeLine, yen
from tests.unit.forms.conftest import TODAY, YAMADA


def test_copies_times_the_fee(catalog: Catalog) -> None:
    template = catalog["juminhyo"]
    app = build_application(template, YAMADA, {"copies": 3}, today=TODAY)

    assert fee_total(template, app) == 900


def test_koseki_adds_each_kind_at_its_own_fee(catalog: Catalog) -> None:
    template = catalog["koseki"]
    app = build_application(
        template, YAMADA, {"full": 2, "removed": 1, "original": 1, "attached": 1}, today=TODAY
    )

    assert fee_lines(template, app) == [
        FeeLine("戸籍全部事項証明（謄本）", 2, 450),
        FeeLine("除籍全部事項証明（除籍謄本）", 1, 750),
        FeeLine("改製原戸籍謄本", 1, 750),
        FeeLine("戸籍の附票", 1, 300),
    ]
    assert fee_total(template, app) == 2700


def test_the_vehicle_inspection_tax_certificate_is_free(catalog: Catalog) -> None:
    template = catalog["zei_shomei"]
    app = build_application(template, YAMADA, {"payment_vehicle": 2, "income": 1}, today=TODAY)

    assert fee_total(template, app) == 300


def test_notifications_are_free(catalog: Catalog) -> None:
    template = catalog["idou"]
    assert fee_total(template, build_application(template, YAMADA, template.example, today=TODAY)) == 0


def test_a_towns_fees_apply(catalog: Catalog) -> None:
    town = apply_fees(catalog, {"juminhyo": 200, "koseki.full": 500})
    apps = [
        build_application(town["juminhyo"], YAMADA, {"copies": 2}, today=TODAY),
        build_application(town["koseki"], YAMADA, {"full": 1, "individual": 1}, today=TODAY),
    ]

    assert total_for(town, apps) == 2 * 200 + 500 + 450
    assert total_for(catalog, apps) == 2 * 300 + 450 + 450


def test_yen_is_written_with_separators() -> None:
    assert yen(2700) == "2,700円"

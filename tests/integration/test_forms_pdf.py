"""Every form, pre-filled for every shared test resident as their card reads, checked with poppler's tools.

The identities come from the card emulator through cardreader's real parser, as at the kiosk. Each PDF must
be A4, embed every font (no Helvetica), and hold the exact name and address in its text layer: 𠮷 as 𠮷,
and the long address whole, however the box wraps it (pdftotext turns spaces and line breaks into
whitespace of its own, so the comparison ignores whitespace and nothing else).
"""

from __future__ import annotations

import datetime
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

from cardreader import reader
from cardreader.identity import Identity
from forms import Catalog, build_application, load_catalog
from printing.forms_pdf import PrintContext, render_form, render_forms
from tests.cardemu import DirectConnection, build_card, load_identities
from tests.helpers.cups import pdf_page_size, pdf_text

TODAY = datetime.date(2026, 11, 21)
PEOPLE = load_identities()
CATALOG = load_catalog()
A4_POINTS = (595.28, 841.89)
CONTEXT = PrintContext(
    today=TODAY, service_names={"A": "証明書", "B": "住民異動", "E": "国保・年金", "F": "福祉・子育て"}
)


@cache
def identity(key: str) -> Identity:
    """The resident's card as the kiosk reads it (in process, through the emulator)."""
    person = PEOPLE[key]
    return reader.read_identity(DirectConnection(build_card(key)), person.get("pin") or person["pin1"])


def no_space(text: str) -> str:
    return re.sub(r"\s", "", text)


def fonts_of(pdf: Path) -> list[tuple[str, str]]:
    """(name, emb) for every font pdffonts lists."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [(line.split()[0], line.split()[-5]) for line in listing.splitlines()[2:]]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return CATALOG


@pytest.mark.parametrize("form_id", sorted(CATALOG))
@pytest.mark.parametrize("key", sorted(PEOPLE))
def test_every_form_for_every_resident(tmp_path: Path, catalog: Catalog, form_id: str, key: str) -> None:
    template = catalog[form_id]
    card = identity(key)
    app = build_application(template, card, template.example, today=TODAY)
    pdf = tmp_path / f"{form_id}-{key}.pdf"
    pdf.write_bytes(render_form(template, app, CONTEXT))

    assert pdf_page_size(pdf) == pytest.approx(A4_POINTS, abs=0.5)
    found = fonts_of(pdf)
    assert found and all(emb == "yes" for _, emb in found), found
    assert not any("Helvetica" in name for name, _ in found)
    text = no_space(pdf_text(pdf, "-raw"))
    assert no_space(card.name) in text
    assert no_space(card.address) in text


def test_the_rare_kanji_is_drawn_from_ipamj_and_extracts_exactly(tmp_path: Path, catalog: Catalog) -> None:
    template = catalog["juminhyo"]
    app = build_application(template, identity("yoshino"), template.example, today=TODAY)
    pdf = tmp_path / "yoshino.pdf"
    pdf.write_bytes(render_form(template, app, CONTEXT))

    assert "IPAmjMincho" in " ".join(name for name, _ in fonts_of(pdf))
    text = pdf_text(pdf, "-raw")
    assert text.count("\U00020bb7川") == 2  # 窓口に来た方 and 証明が必要な方 (for myself)
    assert "\u20bb" not in text


def test_the_long_address_is_whole_even_where_it_wraps(tmp_path: Path, catalog: Catalog) -> None:
    template = catalog["idou"]
    card = identity("yoshino")
    pdf = tmp_path / "idou.pdf"
    pdf.write_bytes(
        render_form(template, build_application(template, card, template.example, today=TODAY), CONTEXT)
    )

    assert no_space(pdf_text(pdf, "-raw")).count(no_space(card.address)) == 2  # 前の住所 and 届出人


@pytest.mark.parametrize("key", ["geta", "licence_gaiji"])
def test_substitute_marks_are_flagged_for_the_clerk(tmp_path: Path, catalog: Catalog, key: str) -> None:
    template = catalog["juminhyo"]
    pdf = tmp_path / "marks.pdf"
    pdf.write_bytes(
        render_form(template, build_application(template, identity(key), template.example, today=TODAY))
    )

    assert pdf_text(pdf, "-raw").count("外字あり：職員確認") == 2


def test_no_mark_note_without_marks(tmp_path: Path, catalog: Catalog) -> None:
    template = catalog["juminhyo"]
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(
        render_form(template, build_application(template, identity("yamada"), template.example, today=TODAY))
    )

    assert "外字あり" not in pdf_text(pdf)


def test_the_staff_box_signature_and_fee_are_on_every_form(tmp_path: Path, catalog: Catalog) -> None:
    template = catalog["koseki"]
    app = build_application(
        template, identity("yamada"), {**template.example, "full": 2, "removed": 1}, today=TODAY
    )
    pdf = tmp_path / "koseki.pdf"
    pdf.write_bytes(render_form(template, app, CONTEXT))

    text = no_space(pdf_text(pdf, "-raw"))
    for expected in (
        "職員記入欄",
        "本人確認（1点）",
        "本人確認（2点）",
        "窓口に来た方の署名",
        "合計1,650円",
        "令和8年11月21日",
    ):
        assert expected in text, expected


def test_the_bereavement_sheet_prints_the_checklist_on_its_own_page(tmp_path: Path, catalog: Catalog) -> None:
    template = catalog["okuyami"]
    pdf = tmp_path / "okuyami.pdf"
    pdf.write_bytes(
        render_form(
            template, build_application(template, identity("yamada"), template.example, today=TODAY), CONTEXT
        )
    )

    pages = pdf_text(pdf).split("\f")
    assert "おくやみ手続きのご案内" in pages[1]
    assert "世帯主変更届" in no_space(pages[1])
    assert "令和8年11月24日まで" in no_space(pages[1])


def test_several_forms_in_one_job_start_on_new_pages(tmp_path: Path, catalog: Catalog) -> None:
    card = identity("yamada")
    items = [
        (catalog[f], build_application(catalog[f], card, catalog[f].example, today=TODAY))
        for f in ("idou", "juminhyo")
    ]
    pdf = tmp_path / "both.pdf"
    pdf.write_bytes(render_forms(items, CONTEXT))

    pages = pdf_text(pdf).split("\f")
    assert "住民異動届" in pages[0] and "住民票の写し等交付請求書" in pages[1]

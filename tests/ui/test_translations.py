"""Languages: every committed translation is complete and matches the code; the kiosk switches live."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from kiosk.card_session import CardSession
from kiosk.window import KioskWindow
from queueing.services import QueueService
from tests.conftest import REPO
from tests.ui.conftest import PaperTray
from ui.i18n import I18N_DIR, LANGUAGES, Translations, translation_file

TS_FILES = sorted(I18N_DIR.glob("madoguchi_*.ts"))
PLACEHOLDER = re.compile(r"%\d")  # %1 ... ; the count %n is checked on its own
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message.find("translation")  # type: ignore[misc]
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_there_is_a_translation_for_every_language_file() -> None:
    codes = {lang.code for lang in LANGUAGES}
    assert TS_FILES, "no translations in assets/i18n"
    for ts in TS_FILES:
        assert ts.stem.removeprefix("madoguchi_") in codes, ts.name


def forms_of(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus ("%n") message."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def placeholders(text: str) -> list[str]:
    """%1, %2 ... each as often as it occurs, and %n (the count of a plural message) once if present."""
    return sorted(PLACEHOLDER.findall(text)) + (["%n"] if "%n" in text else [])


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_every_entry_is_translated_and_keeps_its_placeholders(ts: Path) -> None:
    for (context, source), translation in messages(ts).items():
        where = f"{ts.name} {context}: {source!r}"
        assert translation is not None, where
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        for text in forms_of(translation):
            assert text.strip(), f"untranslated: {where}"
            assert placeholders(source) == placeholders(text), where


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_translations_cover_exactly_the_strings_in_the_code(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "kiosk").glob("*.py"))
    subprocess.run(
        [str(REPO / ".venv/bin/pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(fresh)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    assert set(messages(ts)) == set(messages(fresh)), "run scripts/update-translations.sh and translate"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_the_compiled_translation_is_built(ts: Path) -> None:
    qm = translation_file(ts.stem.removeprefix("madoguchi_"))
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime, "scripts/setup.sh builds the .qm files"


@pytest.fixture
def translations() -> Iterator[Translations]:
    languages = Translations()
    yield languages
    languages.use("ja")  # the translator is application-wide: leave Japanese for the next test


def visible_texts(widget: Any) -> list[str]:
    return [
        w.text()
        for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
        if w.isVisibleTo(widget) and w.text()
    ]


def test_a_resident_switches_to_english_and_the_next_visit_starts_in_japanese(
    qtbot: Any, qloop: Any, queue: QueueService, tray: PaperTray, translations: Translations
) -> None:
    kiosk = KioskWindow(queue, tray, cards=CardSession(), translations=translations)
    qtbot.addWidget(kiosk)
    kiosk.welcome.set_reader_available(True)
    kiosk.show()
    assert set(kiosk.welcome.language_buttons) >= {"ja", "en"}
    qtbot.mouseClick(kiosk.welcome.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.welcome.heading.text() == "Which card do you have?")
    assert kiosk.welcome.mynumber.accessibleName() == "My Number card"
    native_names = {lang.native_name for lang in LANGUAGES}
    leftovers = [
        text for text in visible_texts(kiosk.welcome)
        if JAPANESE.search(text) and text not in native_names and text != queue.office_name
    ]  # fmt: skip
    assert leftovers == []
    kiosk.pin_pad.prepare("mynumber", 1, wrong=True)
    assert kiosk.pin_pad.refused.text() == "⚠ Wrong PIN. 1 try left"
    kiosk.pin_pad.prepare("mynumber", 2, wrong=True)
    assert kiosk.pin_pad.refused.text() == "⚠ Wrong PIN. 2 tries left"
    kiosk.back_to_start()
    qtbot.waitUntil(lambda: kiosk.welcome.heading.text() == "お持ちのカードを選んでください")
    assert kiosk.welcome.language_buttons["ja"].property("current") == "true"


def test_every_form_is_named_in_every_kiosk_language() -> None:
    """The catalog requires a name in each of forms.model.NAME_LANGUAGES: the kiosk's languages."""
    from forms.model import NAME_LANGUAGES

    assert list(NAME_LANGUAGES) == [lang.code for lang in LANGUAGES if lang.code != "ja"]


def test_the_forms_words_for_the_translations_are_those_of_the_shipped_forms() -> None:
    """kiosk/form_words_extracted.py lists every question, help and answer of the shipped forms, so that
    the completeness tests above cover them: a new question without its translations fails here or there."""
    from kiosk.form_words import EXTRACTED, shipped_source

    assert EXTRACTED.read_text(encoding="utf-8") == shipped_source(), "run scripts/update-translations.sh"
    assert "あなたの住所を入力してください。" in shipped_source()


def test_a_forms_words_are_shown_in_the_residents_language(translations: Translations) -> None:
    from kiosk.form_words import translated

    assert translated("あなたの住所を入力してください。") == "あなたの住所を入力してください。"
    translations.use("en")
    assert translated("あなたの住所を入力してください。") == "Enter your address."
    assert (
        translated("a town's own question, not yet translated") == "a town's own question, not yet translated"
    )

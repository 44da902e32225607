"""Languages: Qt Linguist translations (`assets/i18n/*.ts` -> `.qm`, built by scripts/setup.sh) and live
switching.

Source strings are Japanese (the product's first language). A page binds each text as a (setter, producer)
pair in its `LiveText`; when the language changes Qt sends every widget a LanguageChange event and the page
produces its texts again, so dynamic texts (tries left, a ticket's number) follow the language too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
SOURCE_LANGUAGE = "ja"


@dataclass(frozen=True)
class Language:
    code: str  # the .ts/.qm file suffix
    native_name: str  # written in its own script, as the resident looks for it


LANGUAGES: tuple[Language, ...] = (
    Language("ja", "日本語"),
    Language("ja_easy", "やさしい にほんご"),
    Language("en", "English"),
    Language("zh_CN", "简体中文"),
    Language("ko", "한국어"),
    Language("vi", "Tiếng Việt"),
    Language("pt_BR", "Português (Brasil)"),
    Language("es", "Español"),
)


def translation_file(code: str) -> Path:
    return I18N_DIR / f"madoguchi_{code}.qm"


def available_languages() -> list[Language]:
    """The source language and every language whose compiled translation is present."""
    return [
        lang for lang in LANGUAGES if lang.code == SOURCE_LANGUAGE or translation_file(lang.code).exists()
    ]


class Translations:
    """The one installed translator of the application; `use()` switches language for every window."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.current = SOURCE_LANGUAGE

    def use(self, code: str) -> bool:
        """Switch to `code`; False (and no change) if its translation is missing."""
        if code == self.current:
            return True
        translator: QTranslator | None = None
        if code != SOURCE_LANGUAGE:
            translator = QTranslator()
            if not translator.load(str(translation_file(code))):
                return False
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
        self._translator = translator
        if translator is not None:
            QCoreApplication.installTranslator(translator)
        self.current = code
        return True


class LiveText:
    """Texts that follow the language: each setter gets its text produced again on a language change."""

    def __init__(self) -> None:
        self._bindings: dict[tuple[int, str], Callable[[], None]] = {}

    def set(self, setter: Callable[[str], object], produce: Callable[[], str]) -> None:
        """Show `produce()` through `setter` now and after every language change (replacing an earlier
        binding of the same setter)."""
        key = (id(getattr(setter, "__self__", setter)), getattr(setter, "__name__", ""))

        def apply() -> None:
            setter(produce())

        self._bindings[key] = apply
        apply()

    def refresh(self) -> None:
        for apply in list(self._bindings.values()):
            apply()

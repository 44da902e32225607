"""Languages: Qt Linguist translations (`assets/i18n/*.ts` -> `.qm`, built by scripts/setup.sh) and live
switching.

Source strings are Japanese (the product's first language). A page binds each text as a (setter, producer)
pair in its `LiveText`; when the language changes Qt sends every widget a LanguageChange event and the page
produces its texts again, so dynamic texts (tries left, a ticket's number) follow the language too.
"""

from __future__ import annotations

import math
import re
import unicodedata
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


PSEUDO_GROWTH = 0.4  # pseudo-localisation: every text this much wider (40 %), to find tight layouts
PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
ACCENTED = str.maketrans(
    "AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖöŠšÛûÝýŽž"
)  # still readable, and visibly not a text that bypassed tr()


def _columns(text: str) -> int:
    """Width in half-width columns: a kanji or kana counts two, a Latin letter one."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def pseudo(text: str) -> str:
    """`text` made at least 40 % wider between visible brackets, line by line, keeping %1 / %n intact.

    「番号札を取る」 -> "［番号札を取る～～～］", "Take a ticket" -> "［Tåké å tîçkét ·~~~~ ~］"."""

    def longer(line: str) -> str:
        if not line:
            return line
        parts = PLACEHOLDER.split(line)
        kept = PLACEHOLDER.findall(line)
        accented = parts[0].translate(ACCENTED) + "".join(
            k + p.translate(ACCENTED) for k, p in zip(kept, parts[1:], strict=True)
        )
        extra = math.ceil(_columns(PLACEHOLDER.sub("", line)) * PSEUDO_GROWTH)
        wide = _columns(line) > len(line)  # mostly CJK: pad with full-width marks
        tildes = "·" + "~" * max(0, extra - 1)
        # words of its own, of at most five, so a lengthened text still wraps where its language would
        words = " " + " ".join(tildes[i : i + 5] for i in range(0, extra, 5))
        padding = "～" * math.ceil(extra / 2) if wide else words
        return f"［{accented}{padding}］"

    return "\n".join(longer(line) for line in text.split("\n"))


class PseudoTranslator(QTranslator):
    """Pseudo-localisation: every text of `inner` (or the Japanese source) made 40 % longer, bracketed.

    Installed by `Translations(pseudo=True)` (`python main.py kiosk --pseudo`) over whichever language the
    resident chooses, so each language's layout can be tried with room to spare; it is never offered as a
    language of its own."""

    def __init__(self, inner: QTranslator | None = None) -> None:
        super().__init__()
        self.inner = inner

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:  # Qt's name
        text = self.inner.translate(context, source_text, disambiguation, n) if self.inner else ""
        return pseudo(text or source_text)

    def isEmpty(self) -> bool:  # Qt's name
        return False


_shown_language = SOURCE_LANGUAGE


def current_language() -> str:
    """The code of the language the application shows now (the installed translator is process-wide):
    for what is not a tr() text, such as a service's name in the office's configuration."""
    return _shown_language


class Translations:
    """The one installed translator of the application; `use()` switches language for every window.

    With `pseudo`, every language (the Japanese source too) is pseudo-localised (PseudoTranslator)."""

    def __init__(self, pseudo: bool = False) -> None:
        self._translator: QTranslator | None = None
        self.current = SOURCE_LANGUAGE
        self.pseudo = pseudo
        if pseudo:
            self._install(PseudoTranslator())

    def use(self, code: str) -> bool:
        """Switch to `code`; False (and no change) if its translation is missing."""
        if code == self.current:
            return True
        translator: QTranslator | None = None
        if code != SOURCE_LANGUAGE:
            translator = QTranslator()
            if not translator.load(str(translation_file(code))):
                return False
        if self.pseudo:
            translator = PseudoTranslator(translator)
        self._install(translator)
        self.current = code
        global _shown_language
        _shown_language = code
        return True

    def _install(self, translator: QTranslator | None) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
        self._translator = translator
        if translator is not None:
            QCoreApplication.installTranslator(translator)


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

"""Find and register the TrueType fonts the PDF renderers embed.

reportlab embeds TrueType (glyf) subsets only: it cannot load CFF-flavoured OpenType (Noto CJK; a .ttc
collection of TrueType fonts such as WenQuanYi Micro Hei is fine), and the built-in CID fonts
(HeiseiKakuGo-W5) are never embedded, so a printer would substitute or drop every Japanese glyph. We
therefore look for the IPAex fonts by their Debian path first and ask fontconfig second, and refuse anything
that is not a .ttf file. IPAmj明朝 supplies, character by character, the rare kanji of names and addresses
that IPAex lacks (`runs`); WenQuanYi Micro Hei draws the ticket's lines in a resident's other language.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from printing.tounicode import UnicodeTTFont

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"
MJ_MINCHO = "IPAmjMincho"  # ~60,000 glyphs of the government character set: 𠮷 and other rare kanji
WORLD = "WenQuanYiMicroHei"  # Hangul, simplified Chinese and Vietnamese as well as Latin: the ticket's
# lines in a resident's language (its kanji take Chinese forms, so Japanese keeps IPAex)


@dataclass(frozen=True)
class FontSpec:
    """Where a font usually lives and which apt package ships it."""

    name: str
    paths: tuple[Path, ...]
    package: str


FONTS: dict[str, FontSpec] = {
    GOTHIC: FontSpec(
        GOTHIC,
        (
            Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
        ),
        "fonts-ipaexfont-gothic",
    ),
    MINCHO: FontSpec(
        MINCHO,
        (
            Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
            Path("/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf"),
        ),
        "fonts-ipaexfont-mincho",
    ),
    MJ_MINCHO: FontSpec(
        MJ_MINCHO,
        (
            Path("/usr/share/fonts/truetype/ipamj/ipamjm.ttf"),
            Path("/usr/share/fonts/opentype/ipamj/ipamjm.ttf"),
        ),
        "fonts-ipamj-mincho",
    ),
    WORLD: FontSpec(WORLD, (Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),), "fonts-wqy-microhei"),
}
JAPANESE_LANGUAGES = frozenset({"ja", "ja_easy"})


def for_language(code: str) -> str:
    """The font to draw a text in language `code` (ui.i18n's codes) with: IPAex Gothic for Japanese,
    else WenQuanYi Micro Hei."""
    return GOTHIC if code in JAPANESE_LANGUAGES else WORLD


class FontMissingError(RuntimeError):
    """A font the PDFs must embed is not installed (or only in a form reportlab cannot embed)."""

    def __init__(self, spec: FontSpec) -> None:
        super().__init__(
            f"font {spec.name} not found (looked in {', '.join(map(str, spec.paths))} and fontconfig); "
            f"install the Debian package {spec.package}"
        )
        self.spec = spec


def _ask_fontconfig(name: str) -> Path | None:
    """The file fontconfig matches for `name`, if it really is that family and a TrueType file."""
    if shutil.which("fc-match") is None:
        return None
    try:
        done = subprocess.run(
            ["fc-match", "--format=%{file}\n%{family}", name],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    file, _, families = done.stdout.partition("\n")
    path = Path(file)
    if done.returncode != 0 or name not in families.split(",") or path.suffix.lower() != ".ttf":
        return None
    return path if path.is_file() else None


def locate(name: str) -> Path | None:
    """The path of font `name` (a key of FONTS), or None when it is not installed."""
    spec = FONTS[name]
    for path in spec.paths:
        if path.is_file():
            return path
    return _ask_fontconfig(name)


def find_fonts() -> dict[str, Path | None]:
    """Every font the renderers use, with its path or None: what `doctor` reports."""
    return {name: locate(name) for name in FONTS}


@functools.cache
def register(name: str = GOTHIC) -> str:
    """Register font `name` with reportlab once and return the name to draw with.

    Parsing the 4 MB font file takes far longer than a render, hence the cache. The font's ToUnicode CMaps
    carry surrogate pairs (printing.tounicode), so that text beyond the BMP extracts correctly.
    Raises FontMissingError when the font is not installed.
    """
    path = locate(name)
    if path is None:
        raise FontMissingError(FONTS[name])
    pdfmetrics.registerFont(EmbeddedTTFont(name, str(path)))
    return name


class _GlyfTable:
    """A font's 'glyf' table read in place: slicing it returns one glyph's bytes from the font file's data.

    reportlab's subsetting copies the whole table (`get_table`) and then slices one glyph at a time out of
    the copy; for IPAmj明朝's 45 MB table that copy cost ~70 ms a PDF. Slicing is all makeSubset does with it.
    """

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self.data, self.start, self.length = data, start, length

    def __getitem__(self, part: slice) -> bytes:
        begin, end, _ = part.indices(self.length)
        return self.data[self.start + begin : self.start + end]

    def __len__(self) -> int:
        return self.length


class EmbeddedTTFont(UnicodeTTFont):
    """The fonts the PDFs embed: surrogate-safe ToUnicode (UnicodeTTFont), and subsets cut without copying
    the glyph table."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        face = self.face
        whole_table = face.get_table

        def get_table(tag: str) -> object:
            if tag == "glyf":
                return _GlyfTable(face._ttf_data, *face.get_table_pos(tag))
            return whole_table(tag)

        face.get_table = get_table


def has_glyph(name: str, char: str) -> bool:
    """Whether registered font `name` draws `char` (and not its empty .notdef box)."""
    return ord(char) in _glyphs(name)


@functools.cache
def _glyphs(name: str) -> dict[int, int]:
    """Code point -> glyph of a registered font (looked up once: runs() asks for every character)."""
    font: TTFont = pdfmetrics.getFont(name)
    glyphs: dict[int, int] = font.face.charToGlyph
    return glyphs


def runs(text: str, font: str, fallback: str = MJ_MINCHO) -> list[tuple[str, str]]:
    """`text` cut into (font, text) runs: characters `font` lacks are drawn from `fallback` (IPAmj明朝).

    The one place of the per-character fallback: IPAex lacks 𠮷 (U+20BB7) and other rare kanji of names and
    addresses. IPAmj明朝 (46 MB) is only loaded when a character needs it; if it lacks the character too,
    or is not installed, the character stays in `font`.
    """
    result: list[tuple[str, str]] = []
    for char in text:
        chosen = font if has_glyph(font, char) or char.isspace() else _fallback_for(char, font, fallback)
        if result and result[-1][0] == chosen:
            result[-1] = (chosen, result[-1][1] + char)
        else:
            result.append((chosen, char))
    return result


def _fallback_for(char: str, font: str, fallback: str) -> str:
    return fallback if _available(fallback) and has_glyph(fallback, char) else font


@functools.cache
def _available(name: str) -> bool:
    """Whether font `name` could be registered; asked once, so that a missing IPAmj costs one lookup."""
    try:
        register(name)
    except FontMissingError:
        return False
    return True

"""Find and register the Japanese TrueType fonts the PDF renderers embed.

reportlab embeds TrueType (glyf) subsets only: it cannot load CFF-flavoured OpenType or .ttc collections
(Noto CJK), and the built-in CID fonts (HeiseiKakuGo-W5) are never embedded, so a printer would substitute
or drop every Japanese glyph. We therefore look for the IPAex fonts by their Debian path first and ask
fontconfig second, and refuse anything that is not a .ttf file.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

GOTHIC = "IPAexGothic"
MINCHO = "IPAexMincho"


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
}


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

    Parsing the 4 MB font file takes far longer than a render, hence the cache.
    Raises FontMissingError when the font is not installed.
    """
    path = locate(name)
    if path is None:
        raise FontMissingError(FONTS[name])
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name

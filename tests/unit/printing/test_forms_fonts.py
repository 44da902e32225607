"""The two font fixes the A4 forms rely on: the ToUnicode CMap for non-BMP characters, the IPAmj fallback."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont, makeToUnicodeCMap
from reportlab.pdfgen.canvas import Canvas

from printing import fonts
from printing.tounicode import fix_cmap, utf16_hex

YOSHI = "\U00020bb7"  # 𠮷, beyond the BMP; IPAex lacks it, IPAmj明朝 has it


@pytest.mark.parametrize(
    ("code", "hex_"), [(0x20BB7, "D842DFB7"), (0x5409, "5409"), (0x10000, "D800DC00"), (0x41, "0041")]
)
def test_code_points_become_utf16(code: int, hex_: str) -> None:
    assert utf16_hex(code) == hex_


def test_reportlabs_cmap_gets_surrogate_pairs_and_keeps_everything_else() -> None:
    original = makeToUnicodeCMap("AAAAAA+IPAmjMincho", [0, 0x20BB7, 0x5DDD, 0x2A6B2])

    fixed = fix_cmap(original)

    assert "<01> <20BB7>" in original  # reportlab 5.1's bug, so we notice when it is fixed upstream
    assert "<01> <D842DFB7>" in fixed
    assert "<03> <D869DEB2>" in fixed
    assert fixed.replace("<D842DFB7>", "<20BB7>").replace("<D869DEB2>", "<2A6B2>") == original


def pdf_with(text: str, *, compress: int) -> bytes:
    font = fonts.register(fonts.MINCHO)
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=font, pageCompression=compress)
    x = 72.0
    for run_font, run in fonts.runs(text, font):
        canvas.setFont(run_font, 12)
        canvas.drawString(x, 700, run)
        x += 12 * len(run)
    canvas.save()
    return out.getvalue()


def test_the_written_pdf_carries_the_surrogate_pair() -> None:
    pdf = pdf_with(f"{YOSHI}川", compress=0)

    assert b"<D842DFB7>" in pdf
    assert b"<20BB7>" not in pdf


def test_pdftotext_extracts_the_real_character(tmp_path: Path) -> None:
    path = tmp_path / "yoshi.pdf"
    path.write_bytes(pdf_with(f"{YOSHI}川　髙美", compress=1))

    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout

    assert f"{YOSHI}川" in text
    assert "\u20bb" not in text


def test_only_characters_ipaex_lacks_come_from_ipamj() -> None:
    mincho = fonts.register(fonts.MINCHO)

    assert fonts.runs(f"{YOSHI}川　髙美", mincho) == [(fonts.MJ_MINCHO, YOSHI), (mincho, "川　髙美")]
    assert fonts.runs("山田　太郎", mincho) == [(mincho, "山田　太郎")]


def test_a_character_no_font_has_stays_in_the_primary_font() -> None:
    mincho = fonts.register(fonts.MINCHO)

    assert fonts.runs("\U000f0000", mincho) == [(mincho, "\U000f0000")]  # private use: in neither font


def test_without_ipamj_the_fallback_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    mincho = fonts.register(fonts.MINCHO)
    missing = fonts.FontSpec("NoMj", (Path("/nonexistent/nomj.ttf"),), "fonts-nomj")
    monkeypatch.setitem(fonts.FONTS, "NoMj", missing)
    monkeypatch.setattr(fonts, "_ask_fontconfig", lambda name: None)

    assert fonts.runs(YOSHI, mincho, fallback="NoMj") == [(mincho, YOSHI)]


def test_subsets_cut_in_place_are_the_ones_reportlab_cuts() -> None:
    path = str(fonts.locate(fonts.MINCHO))
    subset = [0, *map(ord, "山田太郎髙〓　１２３ＡＢＣ（）ー…々")]
    plain = TTFont("PlainMincho", path).face.makeSubset(subset)

    assert fonts.EmbeddedTTFont("FastMincho", path).face.makeSubset(subset) == plain

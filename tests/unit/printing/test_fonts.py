"""Finding the IPAex fonts: by Debian path, through fontconfig, or a clear error naming the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from printing import fonts


def test_ipaex_gothic_is_found_as_a_truetype_file() -> None:
    found = fonts.find_fonts()[fonts.GOTHIC]

    assert found is not None
    assert found.suffix == ".ttf"


def test_register_returns_the_name_to_draw_with() -> None:
    assert fonts.register(fonts.GOTHIC) == "IPAexGothic"


def test_missing_font_names_the_package_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = fonts.FontSpec("NoSuchFont", (Path("/nonexistent/nosuch.ttf"),), "fonts-nosuch")
    monkeypatch.setitem(fonts.FONTS, "NoSuchFont", missing)

    assert fonts.find_fonts()["NoSuchFont"] is None
    with pytest.raises(fonts.FontMissingError, match="fonts-nosuch"):
        fonts.register("NoSuchFont")

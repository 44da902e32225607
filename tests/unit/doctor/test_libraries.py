"""ldd's "not found" lines become the names the doctor reports."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from doctor import libraries


def _fake_ldd(tmp_path: Path, output: str) -> None:
    script = tmp_path / "ldd"
    script.write_text(f"#!/bin/sh\ncat <<'OUT'\n{output}\nOUT\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)


def test_missing_libraries_are_read_from_ldd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_ldd(
        tmp_path,
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibglib-2.0.so.0 => not found\n"
        "\tlibQt6Core.so.6 => /x/libQt6Core.so.6 (0x7f)\n"
        "\tlibwayland-cursor.so.0 => not found\n"
        "\tlibglib-2.0.so.0 => not found\n",
    )
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    assert libraries.missing_libraries(Path("/bin/true")) == ["libglib-2.0.so.0", "libwayland-cursor.so.0"]


def test_a_part_the_wheel_lacks_is_reported_not_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(libraries, "pyside_directory", lambda: tmp_path)
    rows = libraries.check_qt_libraries()
    assert [found for _part, found, _missing in rows] == [
        f"{part.path} not in PySide6" for part in libraries.QT_PARTS
    ]

"""The shared libraries that Qt's wheels load from the system, checked with ldd.

PySide6's wheels bring Qt itself but load glib, fontconfig, EGL, xkbcommon and the xcb libraries from the
system. A missing one shows only when a program starts (`libglib-2.0.so.0: cannot open shared object file`),
so the doctor asks ldd about the parts Madoguchi uses: Qt's core libraries, the platform plugins (X11,
Wayland, offscreen) and the translation compiler that set-up runs.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


@dataclass(frozen=True)
class QtPart:
    name: str
    path: str  # relative to the PySide6 package
    required: bool


QT_PARTS = (
    QtPart("Qt core libraries", "Qt/lib/libQt6Widgets.so.6", True),
    QtPart("Qt translations tool", "lrelease", True),
    QtPart("Qt offscreen platform", "Qt/plugins/platforms/libqoffscreen.so", True),
    QtPart("Qt X11 platform", "Qt/plugins/platforms/libqxcb.so", True),
    QtPart("Qt Wayland platform", "Qt/plugins/platforms/libqwayland.so", False),
)


def pyside_directory() -> Path | None:
    """Found without importing Qt (only the UI packages import PySide6)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def missing_libraries(binary: Path) -> list[str]:
    """The shared libraries that `binary` needs and the system lacks (by ldd's account)."""
    result = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, timeout=20, check=False)
    return sorted(set(_NOT_FOUND.findall(result.stdout)))


def check_qt_libraries() -> list[tuple[QtPart, str, list[str] | None]]:
    """Each part Madoguchi uses, what was found, and the libraries it misses.

    A part the wheel does not ship (a newer Qt moves a file) misses None: not found, never passed.
    """
    base = pyside_directory()
    if base is None or shutil.which("ldd") is None:
        return []
    rows: list[tuple[QtPart, str, list[str] | None]] = []
    for part in QT_PARTS:
        binary = base / part.path
        if not binary.exists():
            rows.append((part, f"{part.path} not in PySide6", None))
            continue
        missing = missing_libraries(binary)
        rows.append((part, binary.name, missing))
    return rows

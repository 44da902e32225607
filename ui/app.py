"""Application set-up shared by every role: the QApplication, its font, and the asyncio loop (qasync)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui import theme

T = TypeVar("T")


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of the process, with the house font."""
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(argv or ["madoguchi"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Madoguchi")
    font = QFont(theme.FONT_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return app


async def run_blocking(func: Callable[..., T], *args: Any) -> T:
    """Run blocking work (SQL, PDF rendering, lp) in the default executor; widgets stay on this thread."""
    return await asyncio.get_running_loop().run_in_executor(None, func, *args)

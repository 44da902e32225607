"""Guards against PySide6 6.12 on Python 3.11, which aborts after a few thousand void-returning calls.

If an unsuitable PySide6 ever comes back through the version pins, this test kills the test process
(Fatal Python error: none_dealloc) instead of letting the kiosk die in the lobby.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton


def test_many_thousand_qt_calls_under_qasync(qtbot: Any, run: Callable[..., Any]) -> None:
    label = QLabel()
    button = QPushButton()
    qtbot.addWidget(label)
    qtbot.addWidget(button)

    async def hammer() -> int:
        for i in range(30_000):
            label.setText(str(i))  # void-returning calls, the ones that dropped a reference to None
            button.setEnabled(i % 2 == 0)
            label.update()
            if i % 1000 == 0:
                await asyncio.sleep(0)
        return i

    assert run(hammer()) == 29_999
    assert label.text() == "29999"

"""Reading the waiting-room display the way a resident does, for the display tests."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from queue_display.window import DisplayWindow


def waiting_text(display: DisplayWindow) -> list[str]:
    """Each waiting row as "service count", e.g. "税 2人" (the wait estimate beside it is read on its own)."""
    rows = [display.waiting_rows.itemAt(i).widget() for i in range(display.waiting_rows.count())]
    return [
        " ".join(
            label.text() for label in row.findChildren(QLabel) if label.property("role") != "waiting-estimate"
        )
        for row in rows
        if row
    ]

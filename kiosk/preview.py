"""A kiosk in a window (`main.py all`, `--windowed`): the kiosk at the size of a kiosk's screen, drawn scaled
into a window of any size.

The kiosk lays out at the sizes its screens have (a 1080p touchscreen, landscape or portrait: the clipping
tests walk every page at each); a window on a laptop's desktop is smaller than that. Instead of squeezing
the pages into it (at 1280x800 the welcome page's buttons lay over one another), the window shows the
1920x1080 kiosk made smaller, as a picture of the real one; touches reach its buttons through the scaling.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

KIOSK_SCREEN = QSize(1920, 1080)  # a 21.5-inch 1080p touchscreen, as the kiosk's pages are laid out for


class KioskPreview(QGraphicsView):
    """Shows `kiosk` at `screen` size, scaled to fit this window (its aspect kept); closing the window
    closes the kiosk."""

    def __init__(self, kiosk: QWidget, screen: QSize = KIOSK_SCREEN) -> None:
        super().__init__()
        self.kiosk = kiosk
        self.setWindowTitle(kiosk.windowTitle())
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setScene(QGraphicsScene(self))
        kiosk.resize(screen)
        self.proxy = self.scene().addWidget(kiosk)
        self.setSceneRect(self.proxy.boundingRect())

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self.fitInView(self.proxy, Qt.AspectRatioMode.KeepAspectRatio)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        self.kiosk.close()  # its tasks end with it
        super().closeEvent(event)

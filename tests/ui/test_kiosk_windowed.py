"""The kiosk in a window (`main.py all`, `--windowed`) lays out as on its own screen: its 1920x1080 pages
drawn scaled into the window, never squeezed into 1280x720 (at 1280x800 the welcome buttons overlapped)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest

from kiosk.preview import KIOSK_SCREEN, KioskPreview
from kiosk.window import KioskWindow
from tests.helpers.clipping import find_clipping
from tests.helpers.qasync_loop import until
from tests.ui.conftest import Run
from ui.watcher import ChangeWatcher


@pytest.mark.parametrize("cards", [True, False], ids=["welcome", "services first"])
def test_a_windowed_kiosk_lays_out_at_its_screens_size_and_takes_touches_through_the_scaling(
    qtbot: Any, qloop: Any, database_url: str, run: Run, cards: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import main
    from settings import load_config

    monkeypatch.setattr(main, "watch_cards", lambda on_event: None)  # no PC/SC here: the page is the point
    config = dataclasses.replace(load_config(), kiosk_card_reader=cards)
    app = main.build_app(config, database_url)
    try:
        with app.store.listening() as listener:
            kiosk, preview = main.open_windows(app, "kiosk", listener, fullscreen=False)
            qtbot.addWidget(preview)
            assert isinstance(kiosk, KioskWindow) and isinstance(preview, KioskPreview)
            assert preview.size() == QSize(*main.WINDOW_SIZES["KioskWindow"])  # fits a laptop's desktop
            assert kiosk.size() == KIOSK_SCREEN  # ... and the kiosk has the room its pages are made for
            run(until(lambda: bool(kiosk.services.buttons), what="the services read"))
            kiosk.welcome.set_reader_available(cards)
            assert find_clipping(kiosk, "windowed", KIOSK_SCREEN) == []
            if cards:  # a touch where the window shows カードを使わない reaches it
                target = kiosk.welcome.no_card
                centre = target.mapTo(kiosk, target.rect().center())
                spot = preview.mapFromScene(preview.proxy.mapToScene(centre.toPointF()))
                QTest.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(spot))
                run(until(lambda: kiosk.pages.currentWidget() is kiosk.choose, what="the procedures"))
            kiosk.findChild(ChangeWatcher).stop()  # before its listener closes
            preview.close()
            assert not kiosk.isVisible()  # closing the window closes the kiosk
    finally:
        app.close()

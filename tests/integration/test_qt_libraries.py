"""Every system library that the Qt parts Madoguchi uses load is on this machine (set-up installs them).

A minimal Debian lacks libglib2.0-0, and pyside6-lrelease then fails at set-up; a missing xcb or wayland
library shows only when a window opens. ldd tells before either happens.
"""

from __future__ import annotations

from doctor.checks import check_qt_libraries
from doctor.libraries import QT_PARTS
from doctor.libraries import check_qt_libraries as find_missing


def test_every_qt_part_that_madoguchi_uses_finds_its_libraries() -> None:
    rows = find_missing()
    assert [part for part, _found, _missing in rows] == list(QT_PARTS)
    problems = {part.name: (found, missing) for part, found, missing in rows if missing or missing is None}
    assert problems == {}, "install the packages of deps/apt-run.txt (./run.sh does)"


def test_the_doctor_reports_each_part_as_a_row() -> None:
    rows = check_qt_libraries()
    assert {row.name for row in rows} == {part.name for part in QT_PARTS}
    assert all(row.status == "ok" for row in rows)

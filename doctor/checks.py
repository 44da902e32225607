"""Each check returns a row: what, status, what was found, and the remedy when it is not ok.

A required part that fails makes the command exit non-zero; optional parts (a card reader on a desk-only
machine, a printer on a display) only warn.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from queueing.clock import OfficeClock
from settings import OfficeConfig

Status = Literal["ok", "warn", "fail"]


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    found: str
    remedy: str = ""
    required: bool = True


def check_python() -> Check:
    version = sys.version_info
    found = f"Python {version.major}.{version.minor}.{version.micro}"
    if version < (3, 11):
        return Check("Python", "fail", found, "install Python 3.11 or newer (./run.sh uses Debian's python3)")
    try:
        from importlib.metadata import version as package_version

        qt = package_version("PySide6-Essentials")
    except Exception:
        return Check("Python", "fail", found + ", PySide6 missing", "run ./run.sh (or pip install -e .)")
    if version < (3, 12) and tuple(int(p) for p in qt.split(".")[:2]) >= (6, 12):
        return Check(
            "Python",
            "fail",
            f"{found}, PySide6 {qt}",
            "PySide6 6.12 crashes on 3.11: pip install 'PySide6-Essentials<6.12'",
        )
    return Check("Python", "ok", f"{found}, PySide6 {qt}")


def check_qt_platform() -> Check:
    """Start a QApplication in a child process: without a display Qt aborts the whole process."""
    code = "from PySide6.QtWidgets import QApplication; a = QApplication([]); print(a.platformName())"
    try:
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=False
        )
    except subprocess.TimeoutExpired:
        return Check("Qt platform", "fail", "QApplication did not start within 30 s", "check the display")
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
            last = "no display: DISPLAY and WAYLAND_DISPLAY are not set"
        return Check(
            "Qt platform",
            "fail",
            last[:120],
            "start a display (DISPLAY / WAYLAND_DISPLAY) or set QT_QPA_PLATFORM=offscreen; "
            "for X11 install libxcb-cursor0 libxkbcommon-x11-0 (./run.sh does)",
        )
    return Check("Qt platform", "ok", result.stdout.strip())


def check_qt_libraries() -> list[Check]:
    """The system libraries Qt's wheels load (glib, xcb, ...), for the parts Madoguchi uses."""
    from doctor.libraries import check_qt_libraries as find_missing

    checks = []
    for part, found, missing in find_missing():
        if missing:
            checks.append(
                Check(
                    part.name,
                    "fail" if part.required else "warn",
                    f"{found} misses " + ", ".join(missing),
                    "run ./run.sh (deps/apt-run.txt lists the packages); apt-file search names the package",
                    required=part.required,
                )
            )
        elif missing is None:
            checks.append(Check(part.name, "warn", found, "reinstall PySide6 (./run.sh)", required=False))
        else:
            checks.append(Check(part.name, "ok", found, required=part.required))
    return checks


def check_fonts() -> list[Check]:
    checks = []
    listed = _run(["fc-list", ":lang=ja", "family"])
    if "Noto Sans CJK JP" in listed:
        checks.append(Check("Screen font", "ok", "Noto Sans CJK JP"))
    else:
        checks.append(
            Check("Screen font", "fail", "Noto Sans CJK JP not found", "apt-get install fonts-noto-cjk")
        )
    from printing.fonts import FONTS, find_fonts

    for name, path in find_fonts().items():
        if path is not None:
            checks.append(Check(f"PDF font {name}", "ok", str(path)))
        else:
            package = FONTS[name].package
            checks.append(Check(f"PDF font {name}", "fail", "not found", f"apt-get install {package}"))
    return checks


def check_card_readers() -> Check:
    try:
        from cardreader.transport import list_readers
    except ImportError as exc:
        return Check(
            "Card readers",
            "warn",
            f"pyscard unavailable: {exc}",
            "apt-get install libpcsclite-dev; pip install pyscard",
            required=False,
        )
    try:
        readers = list_readers()
    except Exception as exc:
        return Check(
            "Card readers",
            "warn",
            f"pcscd not reachable: {exc}",
            "apt-get install pcscd; start it (systemctl start pcscd)",
            required=False,
        )
    if not readers:
        return Check(
            "Card readers",
            "warn",
            "pcscd runs, no reader connected",
            "plug in a PC/SC reader",
            required=False,
        )
    return Check("Card readers", "ok", ", ".join(readers), required=False)


def check_printers(config: OfficeConfig) -> list[Check]:
    checks = []
    if shutil.which("lpstat") is None:
        return [Check("CUPS", "warn", "lpstat not found", "apt-get install cups cups-client", required=False)]
    for role, queue in (("Ticket printer", config.printers.ticket), ("A4 printer", config.printers.a4)):
        if not queue:
            checks.append(
                Check(
                    role,
                    "warn",
                    "not configured (printers.* in the config)",
                    "lpadmin a queue and name it in the config",
                    required=False,
                )
            )
            continue
        status = _run(["lpstat", "-p", queue])
        if not status:
            checks.append(
                Check(
                    role,
                    "fail",
                    f"CUPS queue {queue!r} not found",
                    f"lpadmin -p {queue} -E -v URI -m MODEL, or fix printers.* in the config",
                )
            )
        elif "disabled" in status:
            checks.append(Check(role, "fail", status.strip()[:120], f"cupsenable {queue}"))
        else:
            checks.append(Check(role, "ok", status.strip().splitlines()[0][:120]))
    return checks


def check_voice(config: OfficeConfig) -> Check:
    """Speech for the display's calls: the engines and voices of the configured languages, a sound card."""
    if not config.display_sound:
        return Check("Voice", "ok", "sound switched off (display.sound)", required=False)
    from voice import Synthesizer, VoiceError
    from voice.players import sound_card_present

    synthesizer = Synthesizer()
    missing = []
    for language in config.display_voice_languages:
        try:
            synthesizer.check(language)
        except VoiceError as exc:
            missing.append(f"{language}: {exc}")
    if missing:
        return Check("Voice", "warn", "; ".join(missing)[:160], "./run.sh installs them", required=False)
    if not sound_card_present():
        return Check(
            "Voice", "warn", "no sound card: calls are shown, not heard", "connect speakers", required=False
        )
    return Check("Voice", "ok", ", ".join(config.display_voice_languages), required=False)


def check_clock(clock: OfficeClock) -> Check:
    """The office's clock beside this machine's: they may differ (a server on UTC), the office's counts."""
    now, machine = clock(), datetime.now().astimezone().tzname() or "?"
    found = (
        f"{clock.zone} {now:%Y-%m-%d %H:%M}, business day {clock.today()} (this machine's zone: {machine})"
    )
    return Check("Office clock", "ok", found, required=False)


def check_database(config: OfficeConfig, url: str | None, clock: OfficeClock) -> Check:
    try:
        from store import open_store

        store = open_store(url or config.database_url or None)
        try:
            with store.unit_of_work(write=False) as uow:
                uow.tickets.waiting_counts(config.office_code, clock.today())
            return Check("Database", "ok", store.url.render_as_string(hide_password=True))
        finally:
            store.close()
    except Exception as exc:
        return Check(
            "Database",
            "fail",
            f"{type(exc).__name__}: {exc}"[:160],
            "check database.url / --db and that the server runs",
        )


def _run(command: list[str]) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=10, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def all_checks(config: OfficeConfig, url: str | None, clock: OfficeClock) -> list[Check]:
    steps: list[Callable[[], Check | list[Check]]] = [
        check_python,
        check_qt_libraries,
        check_qt_platform,
        check_fonts,
        check_card_readers,
        lambda: check_printers(config),
        lambda: check_voice(config),
        lambda: check_clock(clock),
        lambda: check_database(config, url, clock),
    ]
    rows: list[Check] = []
    for step in steps:
        result = step()
        rows.extend(result if isinstance(result, list) else [result])
    return rows


def format_table(rows: list[Check]) -> str:
    mark = {"ok": "OK  ", "warn": "WARN", "fail": "FAIL"}
    width = max(len(row.name) for row in rows)
    lines = []
    for row in rows:
        lines.append(f"{mark[row.status]}  {row.name.ljust(width)}  {row.found}")
        if row.status != "ok" and row.remedy:
            lines.append(f"{'':6}{'':{width}}  -> {row.remedy}")
    return "\n".join(lines)


def run_doctor(config: OfficeConfig, url: str | None, clock: OfficeClock) -> int:
    rows = all_checks(config, url, clock)
    print(format_table(rows))
    failed = [row for row in rows if row.status == "fail" and row.required]
    print(f"\n{len(failed)} required part(s) missing." if failed else "\nEverything required is in place.")
    return 1 if failed else 0

"""Madoguchi 窓口: the kiosk, the waiting-room display and the clerk's desk, and their commands.

python main.py                 kiosk, display and desk in one process (one PC, SQLite)
python main.py kiosk|desk|display --config FILE --db URL
python main.py doctor | queue ... | screenshots DIR | read-card
"""

# The command line: the arguments, the roles' windows, and every sub-command dispatched one way (COMMANDS).
# The services are wired in bootstrap.py.
from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from bootstrap import (
    App,
    build_app,
    make_announcer,
    make_appointments,
    make_card_session,
    make_kiosk_forms_printer,
    make_notices,
    make_prompter,
    office_clock,
    ticket_pdf,
    watch_cards,
)
from queueing.errors import QueueError
from settings import ConfigError, OfficeConfig, load_config

ROLES = ("all", "kiosk", "desk", "display")

# Sub-commands whose module provides add_arguments(parser) and run(...): name -> (module, help). What each
# is given (the arguments, the configuration, the wired app's parts) is in COMMANDS, below.
MODULE_COMMANDS = {
    "read-card": ("cardreader.cli", "read a My Number card or IC licence (PIN from stdin)"),
    "simulate": ("queueing.simulate_command", "simulate an office day: waits and the estimate's accuracy"),
    "forms": ("printing.forms_command", "list the form catalog; preview a filled form"),
    "db": ("store.commands", "create, migrate and grant the database (LAN set-up)"),
    "stats": ("printing.stats_command", "a period's statistics: CSV files and a PDF report"),
    "clerk": ("casework.clerk_command", "add clerks, reset a password, list them (the desk's logins)"),
    "purge": ("casework.purge_command", "delete residents' forms whose retention has ended"),
}

# In a window (`all`, --windowed): the kiosk's 1920x1080 screen is drawn scaled into its window
# (kiosk.preview); the display lays out at any size, the desk from 1280 wide.
WINDOW_SIZES = {"KioskWindow": (1280, 720), "DisplayWindow": (1280, 720), "DeskWindow": (1600, 900)}
log = logging.getLogger("madoguchi")


# --- roles -------------------------------------------------------------------------------------------


def run_roles(app: App, role: str, args: argparse.Namespace) -> int:
    """Open the windows of `role` (or all three) and run the Qt + asyncio loop until they close."""
    import asyncio

    import qasync

    from ui.app import ensure_application

    if app.store.feed is None:
        print(
            "The screens need an SQLite database for now (PostgreSQL comes with the LAN set-up).",
            file=sys.stderr,
        )
        return 2
    qt_app = ensure_application(sys.argv[:1])
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with app.store.listening(office=app.config.office_code) as listener, loop:
        # Kiosk and display machines run full screen; `all` on one PC and desks run in windows.
        fullscreen = role in ("kiosk", "display") and not args.windowed
        windows = open_windows(app, role, listener, fullscreen=fullscreen, pseudo=args.pseudo)
        if args.first_frame_report:
            _report_first_frame(windows[0], qt_app)
        closed = asyncio.Event()
        qt_app.lastWindowClosed.connect(closed.set)
        loop.run_until_complete(closed.wait())
    return 0


def open_windows(app: App, role: str, listener: Any, *, fullscreen: bool, pseudo: bool = False) -> list[Any]:
    """Create, wire and show the windows of a role. Returns them, kiosk (or the role's window) first, and
    last the kiosk's preview when it runs in a window (kiosk.preview)."""
    from PySide6.QtGui import QGuiApplication

    from desk.window import DeskWindow
    from forms import load_catalog
    from kiosk.preview import KioskPreview
    from kiosk.window import KioskWindow
    from queue_display.window import DisplayWindow
    from ui.i18n import Translations
    from ui.watcher import ChangeWatcher

    watcher = ChangeWatcher(listener)
    windows: list[Any] = []
    if role in ("all", "kiosk"):
        cards = make_card_session(app.config)
        catalog = load_catalog(fees=app.config.fees or None, services=[s.code for s in app.config.services])
        kiosk = KioskWindow(
            app.queue,
            app.print_ticket,
            app.config.kiosk_result_seconds,
            cards=cards,
            translations=Translations(pseudo=pseudo),  # --pseudo: every text 40 % longer, bracketed
            idle=(app.config.kiosk_idle_warning_seconds, app.config.kiosk_idle_end_seconds),
            print_forms=make_kiosk_forms_printer(app.config, catalog, app.queue.clock),
            catalog=catalog,
            prompter=make_prompter(app),
            appointments=make_appointments(app.config, app.store.unit_of_work, app.queue),
        )
        if cards is not None:
            app.card_watcher = watch_cards(kiosk.on_card_event)
        watcher.changed.connect(kiosk.refresh)
        watcher.connection_changed.connect(lambda _online: kiosk.refresh())  # the notice at once
        windows.append(kiosk)
    if role in ("all", "display"):
        display = DisplayWindow(
            app.queue,
            make_announcer(app),
            app.config.display_voice_languages,
            orientation=app.config.display_orientation,
        )
        watcher.changed.connect(display.refresh)
        windows.append(display)
    if role in ("all", "desk"):
        logout = app.config.desk_idle_logout_minutes * 60
        desk = DeskWindow(
            app.queue,
            app.casework,
            notices=make_notices(app.config, app.store.unit_of_work, app.queue.clock),
            appointments=make_appointments(app.config, app.store.unit_of_work, app.queue),
            idle=(logout - app.config.desk_idle_warning_seconds, logout),
        )
        watcher.changed.connect(desk.refresh)
        desk.check_clerks()
        start_purging(app, desk)
        windows.append(desk)
    watcher.setParent(windows[0])
    screens = QGuiApplication.screens()
    previews = []  # kept with the windows: the kiosk lives inside its preview
    for window in windows:
        window.refresh()
        if isinstance(window, DisplayWindow) and role == "all" and len(screens) > 1:
            window.setScreen(screens[1])  # one PC, two screens: the display faces the waiting room
            window.setGeometry(screens[1].geometry())
            window.showFullScreen()
        elif fullscreen:
            window.showFullScreen()
        elif isinstance(window, KioskWindow):  # a kiosk's screen, scaled into a window: it lays out there
            previews.append(KioskPreview(window))
            previews[-1].resize(*WINDOW_SIZES["KioskWindow"])
            previews[-1].show()
        else:
            window.resize(*WINDOW_SIZES[type(window).__name__])
            window.show()
    return windows + previews


def start_purging(app: App, desk: Any) -> None:
    """Purge expired personal data now and every ten minutes (desk and `all` roles); a purge that
    deleted something makes the desk drop forms it may still show."""
    from desk.purge import PurgeSchedule

    purge = PurgeSchedule(app.casework, parent=desk)
    purge.purged.connect(lambda _result: desk.reload_cases())
    purge.start()


def _report_first_frame(window: Any, qt_app: Any) -> None:
    """For bench/startup.py: print resident memory once the first frame is painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = True
                print(json.dumps({"first_frame": True, "rss_kb": _rss_kb()}), flush=True)
                QTimer.singleShot(0, qt_app.quit)
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def run_stats(args: argparse.Namespace, config: OfficeConfig) -> int:
    """`stats`: the office's finished steps of a period, read from the store, as CSV files and a PDF."""
    from printing import stats_command
    from store import StoreError, open_store
    from store.statistics import finished_steps

    try:
        store = open_store(args.db or config.database_url or None)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        return stats_command.run(
            args,
            lambda start, end: finished_steps(store, config.office_code, start, end),
            config,
            office_clock(config),
        )
    finally:
        store.close()


# --- the command line ------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    # Options may stand before or after the sub-command; SUPPRESS keeps a sub-parser from resetting them.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--config", type=Path, help="office TOML file (default: assets/office.toml)")
    common.add_argument("--db", help="database URL (default: the config's, else SQLite in the user data dir)")
    common.add_argument("-v", "--verbose", action="store_true", help="log debug messages")

    parser = argparse.ArgumentParser(prog="main.py", description=__doc__.split("\n\n")[0], parents=[common])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for role, text in (
        ("all", "kiosk, display and desk in one process (the default)"),
        ("kiosk", "the resident's touchscreen kiosk"),
        ("desk", "a clerk's desk"),
        ("display", "the waiting-room display"),
    ):
        sub = commands.add_parser(role, parents=[common], help=text, description=text)
        sub.add_argument(
            "--windowed", action="store_true", help="a window instead of full screen (kiosk, display)"
        )
        sub.add_argument(
            "--pseudo",
            action="store_true",
            help="pseudo-localisation: every kiosk text 40%% longer between ［ ］, to find clipped layouts",
        )
        sub.add_argument("--first-frame-report", action="store_true", help=argparse.SUPPRESS)
    commands.add_parser("doctor", parents=[common], help="check this machine and print remedies")
    _add_queue_parser(commands, common)
    shots = commands.add_parser("screenshots", parents=[common], help="render every screen to PNG files")
    shots.add_argument("directory", type=Path)
    for name, (module, text) in MODULE_COMMANDS.items():
        sub = commands.add_parser(name, parents=[common], help=text, description=text)
        importlib.import_module(module).add_arguments(sub)
    return parser


def _add_queue_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    from queueing import queue_command

    queue = commands.add_parser("queue", help="queue operations for administrators and scripts")
    queue_command.add_arguments(queue, common)


# Filled in after parsing: set_defaults() would change the option objects that `parents=` shares.
OPTION_DEFAULTS = {
    "config": None,
    "db": None,
    "verbose": False,
    "windowed": False,
    "pseudo": False,
    "first_frame_report": False,
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    for name, value in OPTION_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    return args


def _module_command(name: str) -> Callable[..., int]:
    """A sub-command whose module provides run(...) (MODULE_COMMANDS), imported when it runs."""
    return lambda *given: int(importlib.import_module(MODULE_COMMANDS[name][0]).run(*given))


def _db(args: argparse.Namespace, config: OfficeConfig) -> int:
    args.db = args.db or config.database_url or None
    return _module_command("db")(args)


def _doctor(args: argparse.Namespace, config: OfficeConfig) -> int:
    from doctor import run_doctor

    return run_doctor(config, args.db, office_clock(config))


def _screenshots(args: argparse.Namespace, config: OfficeConfig) -> int:
    from tools.screenshots import render_all

    return render_all(config, args.directory, build_app, partial(ticket_pdf, config))


def _queue(args: argparse.Namespace, app: App) -> int:
    from queueing import queue_command

    uow = app.store.unit_of_work
    appointments = make_appointments(app.config, uow, app.queue)
    return queue_command.run(args, app.queue, appointments, make_notices(app.config, uow, app.queue.clock))


def _roles(args: argparse.Namespace, app: App) -> int:
    return run_roles(app, args.command or "all", args)


# Every sub-command, by what it needs: "args" alone, the office's "config" too, or the wired "app".
COMMANDS: dict[str, tuple[str, Callable[..., int]]] = {
    "read-card": ("args", _module_command("read-card")),
    "simulate": ("args", _module_command("simulate")),
    "db": ("config", _db),
    "stats": ("config", run_stats),
    "forms": ("config", lambda args, config: _module_command("forms")(args, config, office_clock(config))),
    "doctor": ("config", _doctor),
    "screenshots": ("config", _screenshots),
    "queue": ("app", _queue),
    "clerk": ("app", lambda args, app: _module_command("clerk")(args, app.casework)),
    "purge": ("app", lambda args, app: _module_command("purge")(args, app.casework)),
    **{role: ("app", _roles) for role in ROLES},
}


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    needs, run = COMMANDS[args.command or "all"]
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    if needs == "args":
        return run(args)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"The configuration has a problem: {exc}", file=sys.stderr)
        return 2
    if needs == "config":
        return run(args, config)
    from store import StoreError

    try:
        app = build_app(config, args.db)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        return run(args, app)
    except QueueError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())

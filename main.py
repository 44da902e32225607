"""Madoguchi's composition root: arguments, configuration, wiring, roles and sub-commands.

python main.py                 kiosk, display and desk in one process (one PC, SQLite)
python main.py kiosk|desk|display --config FILE --db URL
python main.py doctor | queue ... | screenshots DIR | read-card
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from casework.retention import keep_for_hours
from printing.resident_lines import ResidentLines
from queueing.clock import OfficeClock, office_zone
from queueing.errors import QueueError
from queueing.services import IssuedTicket, QueueService
from settings import ConfigError, OfficeConfig, load_config

ROLES = ("all", "kiosk", "desk", "display")

# Sub-commands whose module provides add_arguments(parser) and run(args): name -> (module, help).
# `forms` and `db` run after the configuration is read (forms gets it; db takes its database URL);
# `clerk` and `purge` after the app is built (they get its casework service, as `queue` gets the queue).
MODULE_COMMANDS = {
    "read-card": ("cardreader.cli", "read a My Number card or IC licence (PIN from stdin)"),
    "simulate": ("queueing.simulate_command", "simulate an office day: waits and the estimate's accuracy"),
    "forms": ("printing.forms_command", "list the form catalog; preview a filled form"),
    "db": ("store.commands", "create, migrate and grant the database (LAN set-up)"),
    "stats": ("printing.stats_command", "a period's statistics: CSV files and a PDF report"),
    "clerk": ("casework.clerk_command", "add clerks, reset a password, list them (the desk's logins)"),
    "purge": ("casework.purge_command", "delete residents' forms whose retention has ended"),
}
AFTER_CONFIG = ("forms", "db", "clerk", "purge", "stats")

# In a window (`all`, --windowed): the kiosk's 1920x1080 screen is drawn scaled into its window
# (kiosk.preview); the display lays out at any size, the desk from 1280 wide.
WINDOW_SIZES = {"KioskWindow": (1280, 720), "DisplayWindow": (1280, 720), "DeskWindow": (1600, 900)}
log = logging.getLogger("madoguchi")


@dataclass
class App:
    """Everything a role needs, wired once."""

    config: OfficeConfig
    store: Any  # store.Store (imported lazily: `--help` should not load SQLAlchemy)
    queue: QueueService
    print_ticket: Callable[[IssuedTicket, ResidentLines | None], bool]
    card_watcher: Any = None  # cardreader.monitor.CardWatcher, when the kiosk reads cards
    announcer: Any = None  # voice.Announcer, when the display speaks
    prompter: Any = None  # voice.Prompter, when the kiosk speaks
    casework: Any = None  # casework.Casework: the desk's clerks and applications

    def close(self) -> None:
        for speaker in (self.announcer, self.prompter):
            if speaker is not None:
                speaker.close()
        if self.card_watcher is not None:
            self.card_watcher.stop()
        self.store.close()


def office_clock(config: OfficeConfig) -> OfficeClock:
    """The office's clock (office.timezone, office.daily_reset_hour): the one every service is given."""
    return OfficeClock(office_zone(config.timezone), config.daily_reset_hour)


def make_ticket_printer(
    config: OfficeConfig, clock: OfficeClock | None = None
) -> Callable[[IssuedTicket, ResidentLines | None], bool]:
    """Render + spool a ticket (with its lines in the resident's language, if any); True if paper came
    out, False if printing is off; raises on failure."""
    from printing.spooler import make_printer
    from printing.ticket import render_ticket, ticket_length_mm, ticket_media

    printer = make_printer(config.printers.ticket or None)
    clock = clock or office_clock(config)

    def print_ticket(issued: IssuedTicket, resident: ResidentLines | None = None) -> bool:
        if printer.switched_off:
            return False
        slip = ticket_slip(config, issued, resident, clock)
        length = ticket_length_mm(slip)  # measured once: the PDF's page and CUPS's media
        pdf = render_ticket(slip, length_mm=length)
        printer.print_pdf(pdf, title=f"ticket {issued.ticket.label}", media=ticket_media(length))
        return True

    return print_ticket


def ticket_slip(
    config: OfficeConfig,
    issued: IssuedTicket,
    resident: ResidentLines | None = None,
    clock: OfficeClock | None = None,
) -> Any:
    """What the ticket of `issued` shows (printing.ticket_slip decides), on the office's clock."""
    from printing.ticket_slip import slip_for

    return slip_for(
        issued,
        office_name=config.office_name,
        service_name=lambda code: config.service(code).name,
        local=(clock or office_clock(config)).local,
        resident=resident,
    )


def ticket_pdf(
    config: OfficeConfig,
    issued: IssuedTicket,
    resident: ResidentLines | None,
    clock: OfficeClock | None = None,
) -> bytes:
    """The ticket of `issued` as a PDF, as the printer would get it (screenshots DIR writes samples)."""
    from printing.ticket import render_ticket

    return render_ticket(ticket_slip(config, issued, resident, clock))


def make_queue(config: OfficeConfig, uow: Any, clock: OfficeClock | None = None) -> QueueService:
    """The queue service of the office `config` describes, over a unit-of-work factory, on the office's
    clock (or `clock`, a test's)."""
    return QueueService(
        office_code=config.office_code,
        office_name=config.office_name,
        services=config.services,
        counters=config.counters,
        uow=uow,
        clock=clock or office_clock(config),
        retention=keep_for_hours(config.privacy_retention_hours),
    )


def make_appointments(config: OfficeConfig, uow: Any, queue: QueueService) -> Any:
    """Appointments (queueing.appointment_service.AppointmentService): import, list, check in; on the
    queue's clock."""
    from queueing.appointment_service import AppointmentService

    return AppointmentService(queue, uow)


def make_notices(config: OfficeConfig, uow: Any, clock: OfficeClock | None = None) -> Any:
    """The display's notices (queueing.notices.NoticeBoard): set and removed at a desk."""
    from queueing.notices import NoticeBoard

    return NoticeBoard(office_code=config.office_code, uow=uow, clock=clock or office_clock(config))


def make_casework(
    config: OfficeConfig, uow: Any, queue: QueueService, clock: OfficeClock | None = None
) -> Any:
    """The desk's casework (casework.Casework): clerks, applications, audit, purge, A4 printing; on the
    queue's clock unless given another."""
    from casework import Casework, retention_policy
    from forms import load_catalog

    clock = clock or queue.clock
    return Casework(
        office_code=config.office_code,
        uow=uow,
        catalog=lambda: load_catalog(fees=config.fees or None, services=[s.code for s in config.services]),
        retention=retention_policy(config.privacy_retention_hours, queue.end_of_business_day),
        printer=make_form_printer(config, clock) if config.printers.a4 else None,  # none: the desk says so
        clock=clock,
    )


def make_form_printer(config: OfficeConfig, clock: OfficeClock | None = None) -> Callable[[Any, str], bool]:
    """Render forms on A4 as one job and print it on `printers.a4`; False when that is switched off.
    Forms are dated on the office's calendar (和暦 too), whatever this machine's zone."""
    from printing.spooler import make_printer

    printer = make_printer(config.printers.a4 or None)
    clock = clock or office_clock(config)

    def print_forms(items: Any, title: str) -> bool:
        if printer.switched_off:
            return False
        from printing.forms_pdf import PrintContext, render_forms

        names = {s.code: s.name for s in config.services}
        context = PrintContext(today=clock.calendar_date(), service_names=names)
        printer.print_pdf(render_forms(items, context), title=title, media="A4")
        return True

    return print_forms


def make_kiosk_forms_printer(
    config: OfficeConfig, catalog: Any, clock: OfficeClock | None = None
) -> Callable[[Any], bool] | None:
    """Pre-printing of a visit's forms at the kiosk where printers.a4 names a queue; else None."""
    if not config.printers.a4:
        return None
    print_forms = make_form_printer(config, clock)
    return lambda applications: print_forms([(catalog[a.form_id], a) for a in applications], "forms")


def build_app(config: OfficeConfig, database_url: str | None = None) -> App:
    """Open the store and wire the services for `config`, all on one office clock."""
    from store import open_store

    store = open_store(database_url or config.database_url or None)
    clock = office_clock(config)
    queue = make_queue(config, store.unit_of_work, clock)
    casework = make_casework(config, store.unit_of_work, queue)
    printer = make_ticket_printer(config, clock)
    return App(config=config, store=store, queue=queue, print_ticket=printer, casework=casework)


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


def make_announcer(app: App) -> Any:
    """The display's chime and voice (voice.Announcer), or None when sound is off in the config."""
    if not app.config.display_sound:
        return None
    from voice import Announcer, Synthesizer, make_player

    app.announcer = Announcer(Synthesizer(), make_player())
    return app.announcer


def make_prompter(app: App) -> Any:
    """The kiosk's spoken guidance (voice.Prompter), or None when the config switches it off."""
    if not app.config.kiosk_voice:
        return None
    from voice import Prompter, Synthesizer, make_player

    app.prompter = Prompter(Synthesizer(), make_player())
    return app.prompter


def make_card_session(config: OfficeConfig) -> Any:
    """The kiosk's card session (kiosk.card_session.CardSession), if this office reads cards."""
    if not config.kiosk_card_reader:
        return None
    from kiosk.card_session import CardSession

    return CardSession()


def watch_cards(on_event: Callable[[Any], object]) -> Any:
    """Start watching PC/SC readers and cards; events arrive on this thread's asyncio loop."""
    import asyncio

    from cardreader.monitor import CardWatcher

    watcher = CardWatcher(asyncio.get_event_loop(), on_event)
    watcher.start()
    return watcher


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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    command = args.command or "all"
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    if command in MODULE_COMMANDS and command not in AFTER_CONFIG:
        return int(importlib.import_module(MODULE_COMMANDS[command][0]).run(args))
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"The configuration has a problem: {exc}", file=sys.stderr)
        return 2
    if command == "db":
        args.db = args.db or config.database_url or None
        return int(importlib.import_module(MODULE_COMMANDS["db"][0]).run(args))
    if command == "stats":
        return run_stats(args, config)
    if command == "forms":
        return int(
            importlib.import_module(MODULE_COMMANDS["forms"][0]).run(args, config, office_clock(config))
        )
    if command == "doctor":
        from doctor import run_doctor

        return run_doctor(config, args.db, office_clock(config))
    if command == "screenshots":
        from tools.screenshots import render_all

        return render_all(config, args.directory, build_app, partial(ticket_pdf, config))
    from store import StoreError

    try:
        app = build_app(config, args.db)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        if command == "queue":
            from queueing import queue_command

            return queue_command.run(
                args,
                app.queue,
                make_appointments(app.config, app.store.unit_of_work, app.queue),
                make_notices(app.config, app.store.unit_of_work, app.queue.clock),
            )
        if command in ("clerk", "purge"):
            return int(importlib.import_module(MODULE_COMMANDS[command][0]).run(args, app.casework))
        return run_roles(app, command, args)
    except QueueError as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        app.close()


if __name__ == "__main__":
    sys.exit(main())

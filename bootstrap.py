"""Madoguchi's composition root: the services an office's configuration describes, wired once and on one
office clock (`build_app`), and the parts each role adds (the ticket and form printers, the card watcher,
the voices). It only wires: what a ticket says is printing.ticket_slip's, what a command does is its
module's; main.py parses the arguments and dispatches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casework.retention import keep_for_hours
from printing.resident_lines import ResidentLines
from queueing.clock import OfficeClock, office_zone
from queueing.services import IssuedTicket, QueueService
from settings import OfficeConfig


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

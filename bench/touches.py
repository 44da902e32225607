"""Touches from the start screen to a ticket, for the two visits issue #4 measures, and what is left to write
by hand on the forms the kiosk hands over.

The kiosk runs offscreen on its own qasync loop with a real queue (a throw-away SQLite file); the resident's
My Number card is the card emulator behind an in-process connection (tests/cardemu's DirectConnection), so
no pcscd is needed. The touch scripts are the ones the UI tests run (tests/ui/resident.py). The 4 PIN digits
are not counted; digits typed on the keypad are counted, and shown apart.

    python bench/touches.py
"""

from __future__ import annotations

import asyncio
import datetime
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import _common  # noqa: F401  (puts the repository on sys.path)
import qasync

from cardreader.monitor import ReaderEvent
from forms import Application, FormTemplate, questions_for, validate
from forms.mapping import facts_for
from forms.model import Row, RowGroup
from kiosk.card_session import CardSession, Connection
from kiosk.window import KioskWindow
from queueing.clock import OfficeClock
from tests.cardemu import DirectConnection, build_card
from tests.helpers.workers import queue_for
from tests.ui.resident import (
    RecordingSubmit,
    Resident,
    certificate_for_myself,
    identify_with_card,
    move_in_as_a_family,
)
from ui.app import ensure_application

READER = "bench reader"
Visit = Callable[[Resident], None]


def open_kiosk(url: str, cards: CardSession) -> tuple[KioskWindow, RecordingSubmit]:
    """A kiosk on a real queue, its card reader holding what `cards` connects to."""
    queue, _store = queue_for(url)
    submit = RecordingSubmit(queue)
    kiosk = KioskWindow(queue, lambda *_: True, result_seconds=60, cards=cards, submit=submit)
    kiosk.resize(1920, 1080)
    kiosk.show()
    kiosk.on_card_event(ReaderEvent("reader_added", READER))
    return kiosk, submit


def yamadas_card(reader: str) -> Connection:
    """The emulated My Number card of 山田 太郎 (tests/data/identities.json: yamada), in process."""
    return cast(Connection, DirectConnection(build_card("yamada")))


def place_card(kiosk: KioskWindow) -> Callable[[], None]:
    kiosk.on_card_event(ReaderEvent("card_inserted", READER))
    return lambda: kiosk.on_card_event(ReaderEvent("card_removed", READER))


def measure(url: str, visit: Visit, run: Callable[..., object]) -> tuple[Resident, list[Application]]:
    """Run one visit from the start screen to the ticket; the touches and the forms handed over."""
    cards = CardSession(connect=yamadas_card)
    kiosk, submit = open_kiosk(url, cards)
    resident = Resident(run, kiosk)
    identify_with_card(resident, lambda: place_card(kiosk))
    visit(resident)
    resident.tap(kiosk.review.ok)
    resident.on(kiosk.result)
    kiosk.close()
    cards.shutdown()
    ((_, applications),) = submit.calls
    return resident, applications


def blank_boxes(template: FormTemplate, app: Application) -> Iterator[str]:
    """The printed boxes left empty although the kiosk asked for them (optional answers the resident
    skipped), by label; boxes whose question does not apply (e.g. 世帯の一部の氏名) are not counted."""
    today = OfficeClock().calendar_date()  # the kiosk's day: the office's calendar, not this machine's
    facts = facts_for(template, app, today)
    asked = {name for q in questions_for(template, app, today=today) for name in q.fields}
    for section in template.layout:
        if section.show_if is not None and not section.show_if.holds(facts):
            continue
        for box in section.boxes:
            if all(app.values.get(name) in (None, "") and name in asked for name in box.fields):
                yield box.label
        group = template.row_group(section.rows) if section.kind == "rows" else None
        if group is not None:
            yield from blank_cells(group, app.rows.get(group.id, []))


def blank_cells(group: RowGroup, rows: Sequence[Row]) -> Iterator[str]:
    for number, row in enumerate(rows, start=1):
        for column in group.columns:
            if column.printed and row.get(column.id) in (None, ""):
                yield f"{group.label}（{number}人目）の{column.label}"


def report(
    name: str, resident: Resident, applications: Sequence[Application], catalog: Mapping[str, FormTemplate]
) -> None:
    """The touches, then per form: required boxes left empty (0: the kiosk blocks them) and blank ones."""
    print(f"{name}:")
    print(
        f"  {resident.touches} touches besides the 4 PIN digits: "
        f"{resident.touches - resident.digits} controls + {resident.digits} digits on the keypad"
    )
    if resident.suggestions_taken:
        print(
            f"  of them {resident.suggestions_taken} 次へ after a suggested answer: since issue 11 a "
            "suggestion fills its box and 次へ confirms it (no touch both chooses and goes on; 7, 111 before)"
        )
    for app in applications:
        template = catalog[app.form_id]
        errors = [p for p in validate(template, app, today=OfficeClock().calendar_date()) if p.is_error]
        blanks = list(blank_boxes(template, app))
        listed = f": {'、'.join(blanks)}" if blanks else ""
        print(
            f"  {template.title}: {len(errors)} required boxes empty; the signature by hand; "
            f"{len(blanks)} optional boxes the resident left blank{listed}"
        )


def main() -> None:
    qt_app = ensure_application()
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    moved = (OfficeClock().calendar_date() - datetime.timedelta(days=3)).isoformat()
    visits: tuple[tuple[str, Visit], ...] = (
        ("住民票の写し for myself with a My Number card", certificate_for_myself),
        (
            "a family of four moving in (the card holder, three typed)",
            lambda r: move_in_as_a_family(r, moved),
        ),
    )
    with tempfile.TemporaryDirectory() as tmp:
        for index, (name, visit) in enumerate(visits):
            url = f"sqlite:///{tmp}/bench{index}.sqlite3"
            resident, applications = measure(url, visit, loop.run_until_complete)
            report(name, resident, applications, resident.kiosk.catalog)
    loop.run_until_complete(asyncio.sleep(0.05))
    loop.close()


if __name__ == "__main__":
    main()

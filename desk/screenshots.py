"""The desk's screens for `python main.py screenshots`: login, a ticket with its forms and their history, a
refused correction, and the 回す picker — on the demo queue (a throw-away database), never a real one."""

from __future__ import annotations

from typing import Any

DESK_SIZE = (1600, 900)
DEMO_CLERK = ("madoguchi.hanako", "窓口 花子")
# A fictional resident whose card could not hold one character (〓), as a card read gives it.
DEMO_CARD = {
    "card_type": "mynumber",
    "name": "𠮷川　髙〓",
    "address": "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス　２０１号室",
    "birth_date": "1948-11-23",
    "sex": "female",
    "substitutions": [],
}
DEMO_ANSWERS = {
    "relationship": "本人",
    "visitor.name_reading": "よしかわ　たかみ",
    "visitor.phone": "0155621234",
}

Shots = dict[str, tuple[Any, tuple[int, int]]]


def desk_pages(app: Any, shots: Shots) -> None:
    """Add the desk's screens to `shots` (the demo queue has counters 1, 2 and 4 serving)."""
    from casework import Clerk, InvalidCorrection
    from desk.window import DeskWindow

    queue, casework = app.queue, app.casework
    clerk = Clerk(*DEMO_CLERK)
    ticket, cases = _demo_ticket(queue, casework, clerk)

    def desk_at_counter_1() -> Any:
        desk = DeskWindow(queue, casework)
        desk.enter(clerk)
        desk.select_counter(1)
        desk.show_state(queue.current(1), queue.snapshot(), queue.waiting_for(1), queue.held())
        desk.show_cases(ticket, cases)
        return desk

    shots["desk-login"] = (DeskWindow(queue, casework), DESK_SIZE)
    shots["desk"] = (desk_at_counter_1(), DESK_SIZE)
    refused = desk_at_counter_1()
    try:
        casework.correct(cases[0].id, "visitor.birth_date", "2099-01-01", clerk)
    except InvalidCorrection as exc:
        refused.applications.refuse(cases[0].id, "visitor.birth_date", "2099-01-01", str(exc))
    view = refused.applications.views()[0]
    view.table.selectRow(view.row_of("visitor.birth_date"))
    shots["desk-correction-refused"] = (refused, DESK_SIZE)
    passing_on = desk_at_counter_1()
    passing_on.operations.transfer.show()
    passing_on.operations.transfer.choose("service", "E")
    shots["desk-transfer"] = (passing_on, DESK_SIZE)


def _demo_ticket(queue: Any, casework: Any, clerk: Any) -> tuple[Any, list[Any]]:
    """A resident for 証明書 then 国保・年金 with a 住民票 request from the card, called to counter 1; the
    clerk has put the 〓 right and another resident is out fetching a document."""
    from forms import build_application

    form = build_application(casework.catalog["juminhyo"], DEMO_CARD, {**DEMO_ANSWERS, "purpose": "年金"})
    issued = queue.issue(["A", "E"], applications=[form.to_json_dict()], printed=False)
    queue.set_priority("A-004", True)  # e.g. a wheelchair user: ahead of the line
    queue.hold(4)
    ticket = queue.call_ticket(1, issued.ticket.label)
    cases = casework.applications_for(ticket.id, clerk)
    casework.correct(cases[0].id, "visitor.name", "𠮷川　髙美", clerk)
    return ticket, casework.applications_for(ticket.id, clerk)

"""The desk's screens for `python main.py screenshots`: login, a ticket with its forms, their history, a
refused correction, and the 回す picker — on the demo queue (a throw-away database), never a real one."""

from __future__ import annotations

from datetime import timedelta
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
    from casework import Clerk, IncompleteForms, InvalidCorrection
    from desk.window import DeskWindow
    from queueing.appointment_service import AppointmentService
    from queueing.notices import NoticeBoard

    queue, casework = app.queue, app.casework
    board = NoticeBoard(office_code=queue.office_code, uow=app.store.unit_of_work, clock=queue.clock)
    board.post("本日は窓口が混み合っています", until=board.now() + timedelta(hours=2))
    appointments = AppointmentService(queue, app.store.unit_of_work)
    clerk = Clerk(*DEMO_CLERK)
    ticket, cases = _demo_ticket(queue, casework, clerk)

    def desk_at(counter: int, at_counter: Any, forms: list[Any]) -> Any:
        desk = DeskWindow(queue, casework, notices=board, appointments=appointments)
        desk.applications.set_printer(True)  # the demo office has an A4 printer (desk-no-a4-printer: none)
        desk.enter(clerk)
        desk.select_counter(counter)
        desk.show_state(queue.current(counter), queue.snapshot(), queue.waiting_for(counter), queue.held())
        desk.show_cases(at_counter, forms)
        return desk

    def desk_at_counter_1() -> Any:
        return desk_at(1, ticket, cases)

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
    history = desk_at_counter_1()
    history.applications.history_button.setChecked(True)  # 変更履歴 in the place of the boxes
    shots["desk-history"] = (history, DESK_SIZE)
    passing_on = desk_at_counter_1()
    passing_on.operations.transfer.show()
    passing_on.operations.transfer.choose("service", "E")
    shots["desk-transfer"] = (passing_on, DESK_SIZE)
    noticing = desk_at_counter_1()
    noticing.notices_button.setChecked(True)
    noticing.notices.text.setText("駐車場が満車です。公共交通機関をご利用ください")
    shots["desk-notices"] = (noticing, DESK_SIZE)
    booked = desk_at_counter_1()
    _show_appointments(appointments, booked)
    shots["desk-appointments"] = (booked, DESK_SIZE)
    family, family_forms = _moving_family(queue, casework, clerk)
    household = desk_at(2, family, family_forms)
    view = household.applications.views()[0]
    view.table.selectRow(view.row_of("members.1.name"))  # the clerk is about to remove the second person
    shots["desk-household"] = (household, DESK_SIZE)
    blank = desk_at(2, family, family_forms)
    try:
        casework.print_forms(family.id, clerk)
    except IncompleteForms as exc:  # the fourth person's birth date and relation are still empty
        blank.applications.set_status(str(exc), error=True)
    blank.applications.offer_blank_print()
    blank.applications.blank_button.click()  # the clerk chose 空欄のまま印刷…: asked once more
    shots["desk-print-blank"] = (blank, DESK_SIZE)
    alone = desk_at_counter_1()
    alone.idle_warning.show()  # desk.idle_warning_seconds before the idle logout
    shots["desk-idle-warning"] = (alone, DESK_SIZE)
    asked, asked_forms = _correction_asked(queue, casework, clerk)
    shots["desk-correction"] = (desk_at(2, asked, asked_forms), DESK_SIZE)
    _asking_and_telling(desk_at_counter_1, shots)


def _asking_and_telling(desk_at_counter_1: Any, shots: Shots) -> None:
    """次の方を呼ぶ and ログアウト asking first with A-001 at the counter, 元に戻す after a finish, and a desk
    without an A4 printer."""
    calling = desk_at_counter_1()
    calling.call_button.click()  # A-001 is at the counter: the desk asks before finishing it
    shots["desk-call-next-asked"] = (calling, DESK_SIZE)
    leaving = desk_at_counter_1()
    leaving.logout_button.click()  # ... and before giving it back to the line
    shots["desk-logout-asked"] = (leaving, DESK_SIZE)
    undoing = desk_at_counter_1()
    undoing.last_action.now = lambda: 0.0  # the offer stands until the picture is taken
    undoing.last_action.tell("A-002 を不在にしました", undoable=True)  # as after 不在 (the demo keeps A-006)
    shots["desk-undo"] = (undoing, DESK_SIZE)
    no_printer = desk_at_counter_1()
    no_printer.applications.set_printer(False)
    shots["desk-no-a4-printer"] = (no_printer, DESK_SIZE)


def _show_appointments(service: Any, desk: Any) -> None:
    """本日の予約 open, with a few of today's reservations besides the kiosk's (one checked in)."""
    from datetime import datetime, time

    from queueing.appointments import Appointment

    day = service.today()
    booked = [("R-3072", "B", time(9, 30)), ("R-4111", "D", time(11)), ("R-5120", "F", time(14, 30))]
    service.import_appointments(
        [Appointment(ref, code, datetime.combine(day, at, service.zone)) for ref, code, at in booked]
    )
    service.check_in("R-3072", late_ok=True)
    desk.appointments_button.setChecked(True)
    desk.appointments.show_entries(day, service.on_day(day))


def _moving_family(queue: Any, casework: Any, clerk: Any) -> tuple[Any, list[Any]]:
    """A family moving in, called to counter 2: the clerk has added a fourth person and typed the name."""
    from forms import build_application

    template = casework.catalog["idou"]
    form = build_application(template, DEMO_CARD, dict(template.example), today=queue.clock.calendar_date())
    issued = queue.issue("B", applications=[form.to_json_dict()])
    queue.finish(2)
    ticket = queue.call_ticket(2, issued.ticket.label)
    [case] = casework.applications_for(ticket.id, clerk)
    casework.add_row(case.id, "members", clerk)
    casework.correct(case.id, "members.3.name", "𠮷川　一", clerk)
    return ticket, casework.applications_for(ticket.id, clerk)


def _correction_asked(queue: Any, casework: Any, clerk: Any) -> tuple[Any, list[Any]]:
    """A resident who said at the kiosk that the card's data is wrong (違うところがある), moving in, called
    to counter 2; another who said so and took only a ticket waits."""
    from forms import build_application, card_filled
    from queueing.model import CorrectionRequest

    template = casework.catalog["idou"]
    form = build_application(template, DEMO_CARD, dict(template.example))
    asked = CorrectionRequest({"idou": card_filled(template, form)})
    issued = queue.issue("B", applications=[form.to_json_dict()], correction=asked)
    queue.issue("B", correction=CorrectionRequest())
    ticket = queue.call_ticket(2, issued.ticket.label)
    return ticket, casework.applications_for(ticket.id, clerk)


def _demo_ticket(queue: Any, casework: Any, clerk: Any) -> tuple[Any, list[Any]]:
    """A resident for 証明書 then 国保・年金 with a 住民票 request from the card, called to counter 1; the
    clerk has put the 〓 right and another resident is out fetching a document."""
    from forms import build_application

    answers, today = {**DEMO_ANSWERS, "purpose": "年金"}, queue.clock.calendar_date()
    form = build_application(casework.catalog["juminhyo"], DEMO_CARD, answers, today=today)
    issued = queue.issue(["A", "E"], applications=[form.to_json_dict()], printed=False)
    queue.set_priority("A-004", True)  # e.g. a wheelchair user: ahead of the line
    queue.hold(4)
    ticket = queue.call_ticket(1, issued.ticket.label)
    cases = casework.applications_for(ticket.id, clerk)
    casework.correct(cases[0].id, "visitor.name", "𠮷川　髙美", clerk)
    return ticket, casework.applications_for(ticket.id, clerk)

"""The desk's casework on a real SQLite file (and, through test_postgres_casework, on PostgreSQL): viewing and
correcting a ticket's forms is audited without values, changes are kept with who and when, and the purge
deletes forms and their changes when their retention ends while the audit stays."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from casework import (
    Casework,
    CaseworkError,
    Clerk,
    IncompleteForms,
    InvalidCorrection,
    LoginRefused,
)
from casework.retention import retention_policy
from forms import Catalog
from queueing.services import QueueService
from tests.helpers.casework import (
    CLERK,
    PASSWORD,
    PERSONAL_VALUES,
    audit_rows,
    change_rows,
    juminhyo,
    make_casework,
)
from tests.helpers.clock import FakeClock


def issue_with_form(queue: QueueService, catalog: Catalog, **answers: object) -> str:
    return queue.issue("A", applications=[juminhyo(catalog, **answers)]).ticket.id


def test_viewing_a_tickets_forms_writes_an_audit_entry(
    casework: Casework, clerk: Clerk, queue: QueueService, form_catalog: Catalog, store: Any
) -> None:
    ticket_id = issue_with_form(queue, form_catalog)
    [case] = casework.applications_for(ticket_id, clerk)
    assert case.template.id == "juminhyo" and case.application.values["visitor.name"] == "𠮷川　髙〓"
    assert case.changes == () and case.errors == ()
    [entry] = audit_rows(store)
    assert (entry["action"], entry["clerk_login"], entry["ticket_id"]) == ("view", clerk.login, ticket_id)
    assert entry["application_id"] == case.id and entry["office"] == "main"
    assert casework.applications_for(queue.issue("A").ticket.id, clerk) == []
    assert len(audit_rows(store)) == 1  # nothing personal was shown: nothing to audit


AUDIT_TEXTS = ("office", "clerk_login", "action", "field")


def test_a_correction_is_kept_with_who_when_old_and_new_and_the_audit_holds_no_value(
    casework: Casework, clerk: Clerk, queue: QueueService, form_catalog: Catalog, store: Any
) -> None:
    ticket_id = issue_with_form(queue, form_catalog)
    [case] = casework.applications_for(ticket_id, clerk)
    corrected = casework.correct(case.id, "visitor.name", "𠮷川　髙美", clerk)
    assert corrected.application.values["visitor.name"] == "𠮷川　髙美"
    assert corrected.application.values["subject.name"] == "𠮷川　髙美"  # "for myself": the subject follows
    assert [(c.field, c.old, c.new, c.clerk_login, c.clerk_name) for c in corrected.changes] == [
        (key, "𠮷川　髙〓", "𠮷川　髙美", *CLERK) for key in ("visitor.name", "subject.name")
    ]
    assert all(c.at.tzinfo is not None for c in corrected.changes)
    [reread] = casework.applications_for(ticket_id, clerk)
    assert reread.application.values["visitor.name"] == "𠮷川　髙美" and len(reread.changes) == 2
    audit = audit_rows(store)
    assert [(e["action"], e["field"]) for e in audit[1:]] == [
        ("correct", "visitor.name"),
        ("correct", "subject.name"),
        ("view", None),
    ]
    assert [e["action"] for e in audit].count("view") == 2
    # every text the audit holds but its random ids and its times, whose digits may hold "0155" by chance
    said = [value for entry in audit for key, value in entry.items() if key in AUDIT_TEXTS and value]
    assert said and not [value for value in (*PERSONAL_VALUES, "髙美") if any(value in text for text in said)]


def test_a_wrong_value_is_refused_and_nothing_is_recorded(
    casework: Casework, clerk: Clerk, queue: QueueService, form_catalog: Catalog, store: Any
) -> None:
    [case] = casework.applications_for(issue_with_form(queue, form_catalog), clerk)
    with pytest.raises(InvalidCorrection, match="今日より後の日付"):
        casework.correct(case.id, "visitor.birth_date", "2099-01-01", clerk)
    [reread] = casework.applications_for(case.ticket_id, clerk)
    assert reread.application.values["visitor.birth_date"] == "1948-11-23"
    assert change_rows(store) == []
    assert {e["action"] for e in audit_rows(store)} == {"view"}
    with pytest.raises(CaseworkError, match="ありません"):
        casework.correct("no-such-form", "visitor.name", "x", clerk)


def test_a_form_added_at_the_desk_is_saved_with_the_ticket_and_completed_box_by_box(
    casework: Casework, clerk: Clerk, queue: QueueService, store: Any
) -> None:
    ticket_id = queue.issue("D").ticket.id  # a resident without a card
    added = casework.add_form(
        ticket_id, "zei_shomei", clerk, answers={"visitor.name": "佐藤　一", "unknown": 1}
    )
    assert added.application.values["visitor.name"] == "佐藤　一"
    assert "unknown" not in added.application.answers
    assert any(p.field == "visitor.address" for p in added.errors)
    done = casework.correct(added.id, "visitor.address", "窓口町一丁目２番３号", clerk)
    assert [(c.field, c.old, c.new) for c in done.changes][:1] == [
        ("visitor.address", None, "窓口町一丁目２番３号")
    ]
    assert [case.id for case in casework.applications_for(ticket_id, clerk)] == [added.id]
    assert [e["action"] for e in audit_rows(store)][:2] == ["add", "correct"]
    with pytest.raises(CaseworkError, match="様式"):
        casework.add_form(ticket_id, "no_such_form", clerk)


def test_a_household_row_added_and_one_removed_are_kept_like_corrections(
    casework: Casework, clerk: Clerk, queue: QueueService, form_catalog: Catalog, store: Any
) -> None:
    from forms import build_application
    from tests.helpers.casework import YOSHINO

    template = form_catalog["idou"]
    moving = build_application(template, YOSHINO, dict(template.example)).to_json_dict()
    ticket_id = queue.issue("B", applications=[moving]).ticket.id
    [case] = casework.applications_for(ticket_id, clerk)
    added = casework.add_row(case.id, "members", clerk)
    assert len(added.application.rows["members"]) == 4
    assert any(p.field == "members.3.name" for p in added.errors)  # to fill, box by box
    casework.correct(case.id, "members.3.name", "𠮷川　一", clerk)
    removed = casework.remove_row(case.id, "members", 1, clerk)
    assert [row.get("name") for row in removed.application.rows["members"]][1:] == ["山田　一郎", "𠮷川　一"]
    assert [(c.field, c.new) for c in removed.changes] == [
        ("members.3", "（行を追加）"),
        ("members.3.name", "𠮷川　一"),
        ("members.1", None),
    ]
    assert "山田　花子" in str(removed.changes[-1].old)
    with pytest.raises(InvalidCorrection, match="異動する方の9人目はありません"):
        casework.remove_row(case.id, "members", 8, clerk)
    assert [(e["action"], e["field"]) for e in audit_rows(store)][1:] == [
        ("correct", "members.3"),
        ("correct", "members.3.name"),
        ("correct", "members.1"),
    ]
    assert "山田" not in repr(audit_rows(store))


def test_purge_deletes_forms_and_their_changes_after_the_business_day_and_keeps_the_audit(
    casework: Casework, clerk: Clerk, queue: QueueService, form_catalog: Catalog, store: Any, clock: FakeClock
) -> None:
    ticket_id = issue_with_form(queue, form_catalog)
    [case] = casework.applications_for(ticket_id, clerk)
    casework.correct(case.id, "visitor.name", "𠮷川　髙美", clerk)
    same_day = issue_with_form(queue, form_catalog)
    assert casework.purge().applications == 0  # 09:00: kept until the 03:00 reset
    clock.advance(hours=17, minutes=59)  # 02:59 the next morning
    assert casework.purge().applications == 0
    clock.advance(minutes=2)
    next_day = issue_with_form(queue, form_catalog)
    result = casework.purge()
    assert (result.applications, result.changes) == (2, 2)
    assert casework.applications_for(ticket_id, clerk) == casework.applications_for(same_day, clerk) == []
    assert change_rows(store) == []
    assert [e["action"] for e in audit_rows(store)] == ["view", "correct", "correct"]  # they outlive the data
    assert len(casework.applications_for(next_day, clerk)) == 1  # the new day's resident keeps theirs


def test_the_retention_setting_keeps_forms_for_so_many_hours(
    store: Any, queue: QueueService, form_catalog: Catalog, clock: FakeClock
) -> None:
    two_hours = make_casework(store, queue, form_catalog, clock)
    two_hours._retention = retention_policy(2, queue.end_of_business_day)
    clerk = two_hours.clerks.create(*CLERK, PASSWORD)
    added = two_hours.add_form(queue.issue("A").ticket.id, "juminhyo", clerk)
    clock.advance(hours=1, minutes=59)
    assert two_hours.purge().applications == 0
    clock.advance(minutes=2)
    assert two_hours.purge().applications == 1
    assert two_hours.applications_for(added.ticket_id, clerk) == []


def test_a_clerk_logs_in_with_the_right_password_only(casework: Casework, store: Any) -> None:
    created = casework.clerks.create(" suzuki.k ", " 鈴木 花子 ", PASSWORD)
    assert created == Clerk(*CLERK)
    assert casework.clerks.verify("suzuki.k", PASSWORD) == created
    for login, password in (("suzuki.k", "wrong horse battery"), ("nobody", PASSWORD), ("suzuki.k", "")):
        with pytest.raises(LoginRefused, match="ログイン名またはパスワードが違います"):
            casework.clerks.verify(login, password)
    with store.unit_of_work(write=False) as uow:
        stored = uow.clerks.get("suzuki.k")
    assert stored.password_hash.startswith("scrypt$n=1024,r=8,p=1$") and PASSWORD not in repr(stored)


def test_an_unknown_login_costs_a_hash_like_a_wrong_password(
    casework: Casework, clerk: Clerk, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed: list[int] = []
    real = hashlib.scrypt

    def counting(password: bytes, **kw: Any) -> bytes:
        hashed.append(kw["n"])
        return real(password, **kw)

    monkeypatch.setattr("casework.passwords.hashlib.scrypt", counting)
    for login in (clerk.login, "nobody"):
        with pytest.raises(LoginRefused):
            casework.clerks.verify(login, "wrong horse battery")
    assert hashed == [1024, 1024]


def test_accounts_refuse_duplicates_bad_logins_and_weak_passwords(casework: Casework, clerk: Clerk) -> None:
    with pytest.raises(CaseworkError, match="既に使われています"):
        casework.clerks.create(clerk.login, "別人", PASSWORD)
    with pytest.raises(CaseworkError, match="ログイン名は"):
        casework.clerks.create("すずき", "鈴木", PASSWORD)
    with pytest.raises(CaseworkError, match="8文字以上"):
        casework.clerks.create("tanaka", "田中", "short")
    assert casework.clerks.all() == [clerk]


def test_a_clerk_changes_their_password_and_the_administrator_resets_one(
    casework: Casework, clerk: Clerk
) -> None:
    with pytest.raises(LoginRefused):
        casework.clerks.change_password(clerk.login, "not my password", "new password 1")
    casework.clerks.change_password(clerk.login, PASSWORD, "new password 1")
    with pytest.raises(LoginRefused):
        casework.clerks.verify(clerk.login, PASSWORD)
    casework.clerks.reset_password(clerk.login, "new password 2")
    assert casework.clerks.verify(clerk.login, "new password 2") == clerk
    with pytest.raises(CaseworkError):
        casework.clerks.reset_password("nobody", "new password 3")


def test_a_weaker_hash_is_replaced_at_login(
    store: Any, queue: QueueService, form_catalog: Catalog, clock: FakeClock
) -> None:
    from casework.passwords import ScryptParams

    old = make_casework(store, queue, form_catalog, clock)
    old.clerks.create(*CLERK, PASSWORD)
    stronger = make_casework(store, queue, form_catalog, clock)
    stronger.clerks._params = ScryptParams(n=2**11, r=8, p=1)
    stronger.clerks.verify(CLERK[0], PASSWORD)
    with store.unit_of_work(write=False) as uow:
        assert uow.clerks.get(CLERK[0]).password_hash.startswith("scrypt$n=2048,")
    assert stronger.clerks.verify(CLERK[0], PASSWORD) == Clerk(*CLERK)


class Tray:
    """A printer that keeps what it was given (the CUPS test prints for real)."""

    def __init__(self, *, on: bool = True, fails: Exception | None = None) -> None:
        self.jobs: list[tuple[list[str], str]] = []
        self.on, self.fails = on, fails

    def __call__(self, items: Any, title: str) -> bool:
        if self.fails is not None:
            raise self.fails
        self.jobs.append(([app.values["visitor.name"] for _, app in items], title))
        return self.on


def test_printing_sends_every_form_as_one_job_and_is_audited(
    store: Any, queue: QueueService, form_catalog: Catalog, clock: FakeClock
) -> None:
    tray = Tray()
    casework = make_casework(store, queue, form_catalog, clock, printer=tray)
    clerk = casework.clerks.create(*CLERK, PASSWORD)
    ticket = queue.issue("A", applications=[juminhyo(form_catalog), juminhyo(form_catalog, copies=2)]).ticket
    assert casework.print_forms(ticket.id, clerk) == 2
    assert tray.jobs == [(["𠮷川　髙〓", "𠮷川　髙〓"], "申請書 A-001")]  # the title names no one
    assert [e["action"] for e in audit_rows(store)] == ["print", "print"]


def test_forms_with_errors_are_not_printed_and_a_failed_printer_records_nothing(
    store: Any, queue: QueueService, form_catalog: Catalog, clock: FakeClock
) -> None:
    tray = Tray(fails=OSError("paper jam"))
    casework = make_casework(store, queue, form_catalog, clock, printer=tray)
    clerk = casework.clerks.create(*CLERK, PASSWORD)
    ticket_id = queue.issue("A", applications=[juminhyo(form_catalog, **{"visitor.phone": "1"})]).ticket.id
    with pytest.raises(IncompleteForms, match="電話番号"):
        casework.print_forms(ticket_id, clerk)
    [case] = casework.applications_for(ticket_id, clerk)
    casework.correct(case.id, "visitor.phone", "0155-62-1234", clerk)
    with pytest.raises(OSError, match="paper jam"):
        casework.print_forms(ticket_id, clerk)
    assert "print" not in {e["action"] for e in audit_rows(store)}
    tray.fails, tray.on = None, False
    with pytest.raises(CaseworkError, match=r"printers\.a4"):
        casework.print_forms(ticket_id, clerk)
    with pytest.raises(CaseworkError, match="印刷する申請書がありません"):
        casework.print_forms(queue.issue("A").ticket.id, clerk)


def test_printing_with_open_problems_leaves_those_boxes_blank_and_names_them_in_the_audit(
    store: Any, queue: QueueService, form_catalog: Catalog, clock: FakeClock
) -> None:
    printed: list[Any] = []
    casework = make_casework(
        store, queue, form_catalog, clock, printer=lambda items, _title: printed.append(items) or True
    )
    clerk = casework.clerks.create(*CLERK, PASSWORD)
    wrong = juminhyo(form_catalog, **{"visitor.phone": "1", "purpose": ""})
    ticket_id = queue.issue("A", applications=[wrong, juminhyo(form_catalog)]).ticket.id
    with pytest.raises(IncompleteForms):
        casework.print_forms(ticket_id, clerk)
    assert casework.print_forms(ticket_id, clerk, leave_blank=True) == 2
    [[(_, first), (_, second)]] = printed
    assert "visitor.phone" not in first.values and "purpose" not in first.values  # to handwrite
    assert first.values["visitor.name"] == "𠮷川　髙〓" and second.values["visitor.phone"] == "0155-62-1234"
    assert [(e["action"], e["field"]) for e in audit_rows(store)] == [
        ("print_blank", "visitor.phone"),
        ("print_blank", "purpose"),
        ("print", None),
    ]
    [case, _] = casework.applications_for(ticket_id, clerk)
    assert case.application.values["visitor.phone"] == "1"  # the stored form is as it was

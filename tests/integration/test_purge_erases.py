"""A purge erases: afterwards no byte of a purged resident's name, reading, address or phone is left in the
SQLite file, its write-ahead log, its shared-memory index or any other file beside it, while the store is
still open (a desk purges while it runs). And the scan that says so finds those bytes when they are there:
with secure_delete off, without the log's checkpoint, and without the rewrite of the personal tables.

SQLite keeps text as UTF-8 here (the database's encoding, checked below); the scan looks for UTF-16 and
JSON's \\u escapes too, so a change of encoding could not hide a copy from it.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from casework import Casework, Clerk
from forms import Catalog
from queueing.services import QueueService
from store import Store, erasure
from tests.helpers.casework import YOSHINO, juminhyo
from tests.helpers.clock import FakeClock

TODOROKI: dict[str, object] = {
    **YOSHINO,
    "name": "轟木　紗耶香",
    "address": "長崎県五島市玉之浦町大宝字鵜渡瀬３３３番地",
}
READING = "とどろき　さやか"
PHONE = "0959-87-2468"
CORRECTED = "轟木　紗耶華"  # the clerk puts the card's name right: old and new are in application_changes
SECRETS = ("轟木", "紗耶香", "紗耶華", "玉之浦町大宝", "鵜渡瀬", "とどろき", PHONE)
BESIDE = (
    "",
    "-wal",
    "-shm",
    ".writer-lock",
    ".writer-queue",
)  # every file SQLite and Madoguchi keep beside the database


def encodings(value: str) -> list[bytes]:
    escaped = json.dumps(value, ensure_ascii=True)[1:-1].encode()
    forms = [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be"), escaped]
    return list(dict.fromkeys(forms))


def leftovers(database: Path, values: tuple[str, ...] = SECRETS) -> dict[str, int]:
    """How many copies of each value, in any encoding, each file beside the database holds (only those
    with any). Fails if a file is there that the scan does not know of."""
    found: dict[str, int] = {}
    for path in sorted(database.parent.glob(database.name + "*")):
        assert path.name[len(database.name) :] in BESIDE, f"an unexpected file beside the database: {path}"
        data = path.read_bytes()
        for value in values:
            if count := sum(data.count(form) for form in encodings(value)):
                found[f"{path.name}: {value}"] = count
    return found


def issue_and_correct(
    queue: QueueService, casework: Casework, clerk: Clerk, catalog: Catalog, residents: int = 12
) -> None:
    """`residents` tickets each with a 住民票 form of the Todoroki family, each corrected by a clerk."""
    for n in range(residents):
        form = juminhyo(catalog, TODOROKI, **{"visitor.name_reading": READING, "visitor.phone": PHONE})
        ticket = queue.issue("A", applications=[form]).ticket
        [case] = casework.applications_for(ticket.id, clerk)
        casework.correct(case.id, "visitor.name", CORRECTED if n % 2 else f"{CORRECTED}{n}", clerk)


def test_the_scan_sees_the_values_before_the_purge(
    store: Store, queue: QueueService, casework: Casework, clerk: Clerk, form_catalog: Catalog
) -> None:
    issue_and_correct(queue, casework, clerk, form_catalog, residents=2)
    found = leftovers(store.database_path)
    assert {key.split(": ")[1] for key in found} == set(SECRETS)


def test_a_purge_leaves_no_byte_of_the_residents_values_in_any_file(
    store: Store,
    queue: QueueService,
    casework: Casework,
    clerk: Clerk,
    form_catalog: Catalog,
    clock: FakeClock,
) -> None:
    issue_and_correct(queue, casework, clerk, form_catalog)
    clock.advance(hours=19)  # 04:00 the next morning: past the daily reset, the forms' retention is over
    kept = queue.issue("A", applications=[juminhyo(form_catalog)]).ticket  # today's resident: kept
    result = casework.purge()
    assert result.applications == 12 and result.changes >= 12
    assert leftovers(store.database_path) == {}
    assert len(casework.applications_for(kept.id, clerk)) == 1
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA encoding").scalar() == "UTF-8"
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_every_connection_zeroes_what_it_deletes(store: Store) -> None:
    connections = [store.engine.connect() for _ in range(3)]  # three of the pool's, each set up anew
    try:
        assert [c.exec_driver_sql("PRAGMA secure_delete").scalar() for c in connections] == [1, 1, 1]
    finally:
        for connection in connections:
            connection.close()


# Rows of varied size that make SQLite split and rebalance pages. Seed and sizes found by trying (the 13th
# seed tried): on SQLite 3.40, without the rewrite, this set leaves one moved copy of a purged row in the
# unallocated space of a page that kept one other row, where secure_delete does not reach.
SPLITTING_SEED, SPLITTING_ROWS, SPLITTING_CHARS = 12, 1000, 4000
MARK = "轟木紗耶香"


def add_splitting_rows(store: Store, now: datetime) -> int:
    """Half the rows expired (carrying MARK), half kept, interleaved; how many expired."""
    pick = random.Random(SPLITTING_SEED)
    expired = 0
    with store.unit_of_work(write=True) as uow:
        for n in range(SPLITTING_ROWS):
            purge = pick.random() < 0.5
            name = f"{MARK}{n}" if purge else f"普通{n}"
            form = {
                "form_id": "juminhyo",
                "values": {"name": name, "pad": "住" * pick.randint(10, SPLITTING_CHARS)},
            }
            uow.applications.add("t" * 32, form, now + timedelta(hours=-1 if purge else 1))
            expired += purge
        uow.commit()
    return expired


def purge_at(store: Store, now: datetime) -> int:
    with store.unit_of_work(write=True) as uow:
        purged = uow.applications.purge(now)
        uow.commit()
    return purged


NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)


def test_rows_that_split_pages_leave_no_moved_copy_behind(store: Store) -> None:
    expired = add_splitting_rows(store, NOW)
    assert purge_at(store, NOW) == expired
    assert leftovers(store.database_path, (MARK,)) == {}


# --- the scan finds what a weaker purge leaves -----------------------------------------------------------


def test_without_secure_delete_the_purged_values_stay_in_the_file(
    store: Store,
    queue: QueueService,
    casework: Casework,
    clerk: Clerk,
    form_catalog: Catalog,
    clock: FakeClock,
) -> None:
    @event.listens_for(store.engine, "connect")
    def _insecure(dbapi_connection: Any, _record: Any) -> None:  # after the store's own settings
        dbapi_connection.execute("PRAGMA secure_delete=OFF")

    store.engine.dispose()  # every connection from now on is made with it
    issue_and_correct(queue, casework, clerk, form_catalog)
    clock.advance(hours=19)
    assert casework.purge().applications == 12
    found = leftovers(store.database_path)
    assert found and all(key.startswith(store.database_path.name + ":") for key in found), found


def test_without_the_checkpoint_the_log_keeps_the_purged_pages(
    store: Store,
    queue: QueueService,
    casework: Casework,
    clerk: Clerk,
    form_catalog: Catalog,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(erasure.SqliteErasure, "after_commit", lambda self: None)
    issue_and_correct(queue, casework, clerk, form_catalog)
    clock.advance(hours=19)
    assert casework.purge().applications == 12
    found = leftovers(store.database_path)
    assert found and all(key.startswith(store.database_path.name + "-wal:") for key in found), found


def test_without_the_rewrite_a_page_that_split_keeps_a_moved_copy(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(erasure.SqliteErasure, "before_commit", lambda self, session: None)
    expired = add_splitting_rows(store, NOW)
    assert purge_at(store, NOW) == expired
    found = leftovers(store.database_path, (MARK,))
    if not found:
        pytest.skip("this SQLite build leaves no moved cell in unallocated space for these rows")
    assert list(found) == [f"{store.database_path.name}: {MARK}"]

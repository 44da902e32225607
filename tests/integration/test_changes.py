"""Change announcements reach listeners in other processes; dead listeners are cleaned up."""

from __future__ import annotations

import subprocess
import sys

from store.changes import ChangeFeed
from tests.conftest import REPO


def test_a_ticket_issued_in_another_process_wakes_this_processes_listener(
    store: object, database_url: str
) -> None:
    with store.listening() as listener:  # type: ignore[attr-defined]
        assert not listener.wait(0)
        subprocess.run(
            [sys.executable, "-m", "tests.helpers.workers", "issue", database_url],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
        assert listener.wait(10.0)


def test_reads_do_not_announce_and_several_writes_are_drained_at_once(store: object) -> None:
    with store.listening() as listener:  # type: ignore[attr-defined]
        with store.unit_of_work(write=False) as uow:  # type: ignore[attr-defined]
            uow.commit()
        assert listener.drain() == 0
        for _ in range(3):
            with store.unit_of_work(write=True) as uow:  # type: ignore[attr-defined]
                uow.commit()
        assert listener.drain() == 3
        assert listener.drain() == 0


def test_a_rolled_back_write_announces_nothing(store: object) -> None:
    with store.listening() as listener:  # type: ignore[attr-defined]
        with store.unit_of_work(write=True):  # type: ignore[attr-defined]
            pass  # no commit: rolled back
        assert listener.drain() == 0


def test_a_listener_left_by_a_dead_process_is_removed_on_the_next_announcement(tmp_path) -> None:  # type: ignore[no-untyped-def]
    feed = ChangeFeed(tmp_path / "feed")
    alive = feed.listen()
    dead = feed.listen()
    dead._sock.close()  # the process died without cleaning up: its socket file remains
    assert dead.path.exists()
    feed.announce()
    assert not dead.path.exists()
    assert alive.drain() == 1
    alive.close()
    feed.close()

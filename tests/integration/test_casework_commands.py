"""`python main.py clerk ...` and `python main.py purge` as an administrator (or a cron job) runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO
from tests.integration.test_cli import main_py


def clerk(database_url: str, *argv: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MADOGUCHI_CLERK_PASSWORD": password} if password is not None else None
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "clerk", *argv, "--db", database_url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_clerks_are_added_listed_and_reset_and_no_password_is_ever_printed(database_url: str) -> None:
    secret = "窓口の秘密のパスワード"
    added = clerk(database_url, "add", "suzuki.k", "--name", "鈴木 花子", password=secret)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "clerk suzuki.k (鈴木 花子): created"
    assert clerk(database_url, "add", "suzuki.k", "--name", "別人", password=secret).returncode == 1
    assert clerk(database_url, "add", "sato", "--name", "佐藤", password="").returncode == 2
    weak = clerk(database_url, "add", "sato", "--name", "佐藤", password="short")
    assert (weak.returncode, weak.stderr.strip()) == (1, "clerk add: パスワードは8文字以上にしてください。")
    reset = main_py(
        "clerk", "passwd", "suzuki.k", "--password-stdin", "--db", database_url, stdin="新しいパスワード\n"
    )
    assert reset.returncode == 0 and reset.stdout.strip() == "clerk suzuki.k: password changed"
    listed = clerk(database_url, "list")
    assert listed.stdout == "suzuki.k\t鈴木 花子\n"
    for run in (added, weak, reset, listed):
        assert secret not in run.stdout + run.stderr and "新しいパスワード" not in run.stdout + run.stderr


def test_purge_prints_what_it_deleted(database_url: str) -> None:
    main_py("queue", "issue", "--service", "A", "--db", database_url)
    done = main_py("purge", "--json", "--db", database_url)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"applications": 0, "changes": 0}
    assert (
        main_py("purge", "--db", database_url).stdout.strip()
        == "purged 0 applications and 0 recorded changes"
    )

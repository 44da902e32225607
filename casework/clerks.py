"""Clerks' accounts: create, verify at login, change or reset a password.

An unknown login and a wrong password are refused with the same words after the same work (a scrypt
hash either way), so the login screen does not tell which logins exist. Passwords pass through and are
gone: only their hashes are stored, and no message or log line carries one.
"""

from __future__ import annotations

import re

from casework.errors import CaseworkError, LoginRefused
from casework.model import Clerk, ClerkAccount
from casework.passwords import (
    DEFAULT_PARAMS,
    ScryptParams,
    burn_time,
    check_new_password,
    hash_password,
    needs_rehash,
    verify_password,
)
from casework.ports import CaseworkUnitOfWorkFactory
from queueing.clock import OfficeClock

_LOGIN = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class ClerkAccounts:
    """The clerks of the office's database."""

    def __init__(
        self, uow: CaseworkUnitOfWorkFactory, clock: OfficeClock, params: ScryptParams = DEFAULT_PARAMS
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._params = params

    def create(self, login: str, display_name: str, password: str) -> Clerk:
        """A new clerk; CaseworkError when the login is taken or malformed or the password too weak."""
        login, display_name = login.strip(), display_name.strip()
        if not _LOGIN.match(login):
            raise CaseworkError("ログイン名は半角の英数字と . _ - で、64文字までにしてください。")
        if not display_name or len(display_name) > 64:
            raise CaseworkError("表示名を64文字までで入力してください。")
        check_new_password(password)
        now = self._clock()
        account = ClerkAccount(login, display_name, hash_password(password, self._params), now, now)
        with self._uow(write=True) as uow:
            if uow.clerks.get(login) is not None:
                raise CaseworkError(f"ログイン名「{login}」は既に使われています。")
            uow.clerks.add(account)
            uow.commit()
        return account.clerk

    def verify(self, login: str, password: str) -> Clerk:
        """The clerk whose password this is; LoginRefused otherwise. A hash made with weaker parameters
        than today's is replaced while the password is at hand."""
        with self._uow(write=False) as uow:
            account = uow.clerks.get(login.strip())
        if account is None:
            burn_time(password, self._params)
            raise LoginRefused()
        if not verify_password(password, account.password_hash):
            raise LoginRefused()
        if needs_rehash(account.password_hash, self._params):
            self._store_password(account.login, password)
        return account.clerk

    def change_password(self, login: str, old_password: str, new_password: str) -> Clerk:
        """A clerk changes their own password, proving the old one first."""
        clerk = self.verify(login, old_password)
        check_new_password(new_password)
        self._store_password(clerk.login, new_password)
        return clerk

    def reset_password(self, login: str, new_password: str) -> Clerk:
        """The administrator sets a new password (a clerk who forgot theirs)."""
        check_new_password(new_password)
        with self._uow(write=False) as uow:
            account = uow.clerks.get(login.strip())
        if account is None:
            raise CaseworkError(f"ログイン名「{login}」の職員はいません。")
        self._store_password(account.login, new_password)
        return account.clerk

    def all(self) -> list[Clerk]:
        with self._uow(write=False) as uow:
            return [account.clerk for account in uow.clerks.all()]

    def _store_password(self, login: str, password: str) -> None:
        password_hash = hash_password(password, self._params)
        with self._uow(write=True) as uow:
            uow.clerks.set_password(login, password_hash, self._clock())
            uow.commit()

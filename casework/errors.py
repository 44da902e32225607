"""What a clerk is told when casework cannot do what was asked; each message is for the clerk, in Japanese."""

from __future__ import annotations


class CaseworkError(Exception):
    """Something a clerk asked for cannot be done; the message says why."""


class LoginRefused(CaseworkError):
    """Unknown login or wrong password (deliberately not saying which)."""

    def __init__(self) -> None:
        super().__init__("ログイン名またはパスワードが違います。")


class PasswordRejected(CaseworkError):
    """A new password does not meet the rules."""

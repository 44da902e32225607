"""Clerks' passwords: a slow, salted, memory-hard hash (scrypt from the standard library).

A stored hash carries its own algorithm, parameters and salt — `scrypt$n=32768,r=8,p=3$<salt>$<hash>`
(salt and hash in base64) — so stronger parameters can come later without locking anyone out: an old
hash still verifies, and `needs_rehash` says when to store a new one. Hashes are compared in constant
time. A password is never logged, printed or kept after the call that needed it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from casework.errors import PasswordRejected

ALGORITHM = "scrypt"
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 8


@dataclass(frozen=True)
class ScryptParams:
    """scrypt's cost: `n` (CPU and memory, a power of two), `r` (block size), `p` (parallel lanes).

    The default is one of OWASP's equivalent settings (N=2^15, r=8, p=3: 32 MiB, ~0.5 s on a 2-core
    desk PC): slow enough to make guessing a stolen table expensive, quick enough for a login.
    """

    n: int = 2**15
    r: int = 8
    p: int = 3

    def encode(self) -> str:
        return f"n={self.n},r={self.r},p={self.p}"

    @classmethod
    def decode(cls, text: str) -> ScryptParams:
        """Parse `n=...,r=...,p=...`; ValueError when it is anything else."""
        parts = dict(item.split("=", 1) for item in text.split(","))
        if set(parts) != {"n", "r", "p"}:
            raise ValueError("scrypt parameters must be n, r and p")
        params = cls(n=int(parts["n"]), r=int(parts["r"]), p=int(parts["p"]))
        if params.n < 2 or params.n & (params.n - 1) or params.r < 1 or params.p < 1:
            raise ValueError("scrypt parameters out of range")
        return params

    def weaker_than(self, other: ScryptParams) -> bool:
        return self.n * self.r * self.p < other.n * other.r * other.p


DEFAULT_PARAMS = ScryptParams()


def check_new_password(password: str) -> None:
    """Refuse a password that is too short or only spaces (the message is shown to the clerk)."""
    if len(password) < MIN_LENGTH or not password.strip():
        raise PasswordRejected(f"パスワードは{MIN_LENGTH}文字以上にしてください。")


def hash_password(password: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    """The storable hash of `password` with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, params)
    return "$".join((ALGORITHM, params.encode(), _b64(salt), _b64(digest)))


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches `stored`; False for a wrong password or an unreadable hash."""
    try:
        params, salt, expected = _parse(stored)
    except ValueError:
        return False
    return hmac.compare_digest(_scrypt(password, salt, params), expected)


def needs_rehash(stored: str, params: ScryptParams = DEFAULT_PARAMS) -> bool:
    """True when `stored` was made with weaker parameters than `params` (store a new hash at login)."""
    try:
        return _parse(stored)[0].weaker_than(params)
    except ValueError:
        return True


def burn_time(password: str, params: ScryptParams = DEFAULT_PARAMS) -> None:
    """Spend as long as a verification would, for a login that does not exist: an unknown login and a
    wrong password then take the same time, and timing does not tell which logins exist."""
    _scrypt(password, b"\0" * SALT_BYTES, params)


def _parse(stored: str) -> tuple[ScryptParams, bytes, bytes]:
    algorithm, params, salt, digest = stored.split("$")
    if algorithm != ALGORITHM:
        raise ValueError(f"unknown password algorithm {algorithm!r}")
    return ScryptParams.decode(params), _unb64(salt), _unb64(digest)


def _scrypt(password: str, salt: bytes, params: ScryptParams) -> bytes:
    memory = 128 * params.r * params.n
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=2 * memory + 2**20,
        dklen=HASH_BYTES,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)

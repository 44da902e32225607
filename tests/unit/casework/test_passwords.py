"""Clerks' passwords: salted scrypt hashes that carry their parameters, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from casework.errors import PasswordRejected
from casework.passwords import (
    ScryptParams,
    burn_time,
    check_new_password,
    hash_password,
    needs_rehash,
    verify_password,
)

FAST = ScryptParams(n=2**10, r=8, p=1)  # the format and the logic; the default's cost is for real logins


def test_a_hash_verifies_its_password_and_refuses_any_other() -> None:
    stored = hash_password("correct horse", FAST)
    assert verify_password("correct horse", stored)
    for wrong in ("correct horsE", "correct horse ", "", "correct"):
        assert not verify_password(wrong, stored)


def test_the_stored_hash_names_its_algorithm_parameters_and_salt_never_the_password() -> None:
    stored = hash_password("窓口のパスワード", FAST)
    algorithm, params, salt, digest = stored.split("$")
    assert (algorithm, params) == ("scrypt", "n=1024,r=8,p=1")
    assert (len(salt), len(digest)) == (24, 44)  # 16 and 32 bytes in base64
    assert "窓口" not in stored and verify_password("窓口のパスワード", stored)


def test_every_hash_has_its_own_salt() -> None:
    first, second = hash_password("same password", FAST), hash_password("same password", FAST)
    assert first != second
    assert first.split("$")[2] != second.split("$")[2]


def test_the_default_parameters_are_memory_hard() -> None:
    params = ScryptParams()
    assert params.r >= 8 and 128 * params.r * params.n >= 32 * 2**20  # 32 MiB for every guess
    assert params.n * params.p >= 3 * 2**15  # OWASP: N=2^15 with p=3 (or an equivalent)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain",
        "md5$x$y$z",
        "scrypt$n=1000,r=8,p=1$AAAA$AAAA",
        "scrypt$n=1024$AAAA$AAAA",
        "scrypt$n=1024,r=8,p=1$!!$AA",
    ],
)
def test_an_unreadable_hash_verifies_nothing(stored: str) -> None:
    assert not verify_password("anything", stored)
    assert needs_rehash(stored)


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr("casework.passwords.hmac.compare_digest", spy)
    stored = hash_password("correct horse", FAST)
    assert not verify_password("wrong horse", stored)
    assert verify_password("correct horse", stored)
    assert len(compared) == 2 and all(len(a) == len(b) == 32 for a, b in compared)


def test_burning_time_for_an_unknown_login_costs_one_hash_with_the_same_parameters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    costs: list[tuple[int, int, int]] = []
    real = hashlib.scrypt

    def spy(password: bytes, **kw: int) -> bytes:
        costs.append((kw["n"], kw["r"], kw["p"]))
        return real(password, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr("casework.passwords.hashlib.scrypt", spy)
    stored = hash_password("correct horse", FAST)
    verify_password("wrong horse", stored)
    burn_time("wrong horse", FAST)
    assert costs == [(1024, 8, 1)] * 3


def test_a_weaker_hash_asks_to_be_replaced() -> None:
    weak = hash_password("correct horse", FAST)
    assert needs_rehash(weak, ScryptParams())
    assert not needs_rehash(weak, FAST)


@pytest.mark.parametrize("password", ["", "short", "1234567", "        "])
def test_a_new_password_needs_eight_characters_and_not_only_spaces(password: str) -> None:
    with pytest.raises(PasswordRejected, match="8文字以上"):
        check_new_password(password)


def test_a_long_japanese_password_is_fine() -> None:
    check_new_password("まどぐちのぱすわーど")

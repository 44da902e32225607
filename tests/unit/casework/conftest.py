"""Fixtures of the casework tests: the shipped form catalog and a read-card identity."""

from __future__ import annotations

import datetime

import pytest

from forms import Catalog, load_catalog

TODAY = datetime.date(2026, 11, 24)
YAMADA: dict[str, object] = {
    "card_type": "mynumber",
    "name": "山田　太郎",
    "address": "東京都千代田区霞が関二丁目１番２号",
    "birth_date": "1980-01-01",
    "sex": "male",
    "substitutions": [],
}


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()

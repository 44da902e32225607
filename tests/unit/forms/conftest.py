"""Fixtures of the forms tests: the shipped catalog and life events, a fixed day, read-card identities."""

from __future__ import annotations

import datetime

import pytest

from forms import Catalog, LifeEvent, load_catalog, load_life_events

TODAY = datetime.date(2026, 11, 21)  # 令和8年

# What `read-card` prints for the shared test residents (tests/data/identities.json).
YAMADA: dict[str, object] = {
    "card_type": "mynumber",
    "name": "山田　太郎",
    "name_reading": None,
    "address": "東京都千代田区霞が関二丁目１番２号",
    "birth_date": "1980-01-01",
    "sex": "male",
    "substitutions": [],
}
YOSHINO: dict[str, object] = {
    **YAMADA,
    "name": "𠮷川　髙美",
    "address": "北海道河西郡芽室町東２条２丁目１４番地　グリーンハイツ芽室東２条アネックス　２０１号室"
    "（南側角部屋）　管理組合気付",
    "birth_date": "1948-11-23",
    "sex": "female",
}
GETA: dict[str, object] = {
    **YAMADA,
    "name": "髙〓　一",
    "address": "京都府与謝郡与謝野町字岩滝１番地",
    "birth_date": "1919-03-03",
    "sex": "not_applicable",
    "substitutions": [{"field": "name", "position": 1, "kind": "substitute", "gaiji_number": None}],
}
SUZUKI: dict[str, object] = {
    "card_type": "drivers_license",
    "name": "鈴木　一郎",
    "name_reading": "すずき　いちろう",
    "address": "兵庫県たつの市龍野町富永１００５番地の１",
    "birth_date": "1989-01-08",
    "sex": None,
    "substitutions": [],
}


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def events(catalog: Catalog) -> dict[str, LifeEvent]:
    return load_life_events(catalog=catalog, services="ABCDEF")

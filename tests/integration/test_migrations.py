"""The schema the migrations build is the schema the code declares."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from store.database import SCHEMA_REVISION, Store, migrations_directory, open_store
from store.tables import Base


def test_the_code_knows_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrations_directory()))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


def test_migrating_an_empty_database_creates_every_declared_table_and_index(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        inspector = inspect(store.engine)
        for table in Base.metadata.sorted_tables:
            assert set(inspector.get_table_names()) >= {table.name}
            assert {c["name"] for c in inspector.get_columns(table.name)} == set(table.columns.keys())
            declared = {index.name for index in table.indexes}
            assert {index["name"] for index in inspector.get_indexes(table.name)} == declared
        assert store.schema_revision() == SCHEMA_REVISION
    finally:
        store.close()


def test_opening_twice_does_not_migrate_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    open_store(url).close()
    again = Store(url)
    try:
        assert again.schema_revision() == SCHEMA_REVISION
    finally:
        again.close()

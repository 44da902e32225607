"""Storage: SQLAlchemy tables, the unit of work, Alembic migrations and change announcements.

The names below load SQLAlchemy on first use, not on `import store`, so that main.py can build its
command line (store.commands) without paying for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.database import Store, StoreError, default_database_url, open_store

__all__ = ["Store", "StoreError", "default_database_url", "open_store"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from store import database

        return getattr(database, name)
    raise AttributeError(f"module 'store' has no attribute {name!r}")

"""Storage: SQLAlchemy tables, the unit of work, Alembic migrations and change announcements."""

from store.database import Store, default_database_url, open_store

__all__ = ["Store", "default_database_url", "open_store"]

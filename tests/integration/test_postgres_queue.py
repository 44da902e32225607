"""The SQLite queue tests again, unchanged, on PostgreSQL: the store must behave the same on both.

Every test of the two modules below is collected here a second time; this module's `database_url`
hands the conftest's `store` and `queue` fixtures (and the worker processes) a fresh PostgreSQL database.
"""

from __future__ import annotations

import pytest

from tests.integration.test_queue_processes import *  # noqa: F403
from tests.integration.test_queue_sqlite import *  # noqa: F403

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url(pg_url: str) -> str:
    return pg_url

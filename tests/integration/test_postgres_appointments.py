"""The appointment tests again, unchanged, on PostgreSQL (row locks instead of SQLite's one writer)."""

from __future__ import annotations

import pytest

from tests.integration.test_appointments import *  # noqa: F403

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url(pg_url: str) -> str:
    return pg_url

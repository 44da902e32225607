"""The casework tests again, unchanged, on PostgreSQL: corrections, audit and purge behave the same on both.

Every test of test_casework is collected here a second time; this module's `database_url` hands the
conftest's `store`, `queue` and `casework` fixtures a fresh PostgreSQL database.
"""

from __future__ import annotations

import pytest

from tests.integration.test_casework import *  # noqa: F403

pytestmark = pytest.mark.postgres


@pytest.fixture
def database_url(pg_url: str) -> str:
    return pg_url

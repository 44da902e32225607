"""Fixtures of the integration tests about casework (the desk's applications, clerks and audit)."""

from __future__ import annotations

import pytest

from casework import Casework, Clerk
from forms import Catalog, load_catalog
from queueing.services import QueueService
from tests.helpers.casework import CLERK, PASSWORD, make_casework
from tests.helpers.clock import FakeClock


@pytest.fixture(scope="session")
def form_catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def casework(store: object, queue: QueueService, form_catalog: Catalog, clock: FakeClock) -> Casework:
    return make_casework(store, queue, form_catalog, clock)


@pytest.fixture
def clerk(casework: Casework) -> Clerk:
    return casework.clerks.create(*CLERK, PASSWORD)

"""Fixtures of the tests that run inside QGIS."""
from __future__ import annotations

import pytest

from processing_helpers import registered_kip_provider


@pytest.fixture
def kip_provider(qgis_processing):
    """KIP's Processing provider, registered for the duration of a test."""
    with registered_kip_provider() as provider:
        yield provider

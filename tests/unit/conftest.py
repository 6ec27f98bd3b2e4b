"""Fixtures for the tests that need no QGIS, and one that loads the Dutch translation."""
from __future__ import annotations

import pytest


@pytest.fixture
def qgis_app_dutch(qgis_app):
    """The QGIS application with KIP's Dutch translation installed."""
    from kip_plugin.i18n import install_translator, remove_translator

    translator = install_translator("nl")
    if translator is None:
        pytest.fail("i18n/kip_nl.qm is missing or unreadable: run make translations")
    yield qgis_app
    remove_translator(translator)

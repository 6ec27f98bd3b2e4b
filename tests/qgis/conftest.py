"""Fixtures of the tests that run inside QGIS: the Processing provider, the demo KIP in a project, the timeline dock."""
from __future__ import annotations

import pytest

from qgis.core import QgsProject, QgsRectangle

from kip_plugin import settings
from kip_plugin.store import project as kip_project
from processing_helpers import registered_kip_provider
from timeline_helpers import RD_NEW, settle


@pytest.fixture
def kip_provider(qgis_processing):
    """KIP's Processing provider, registered for the duration of a test."""
    with registered_kip_provider() as provider:
        yield provider


@pytest.fixture
def kip_in_project(demo_store_copy, qgis_iface):
    """The demo KIP open in the current project; the map shows all of Ede."""
    project = QgsProject.instance()
    project.clear()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(RD_NEW)
    kip_project.open_in_project(demo_store_copy, project)
    extent = QgsRectangle()
    for layer in kip_project.works_layers(project):
        extent.combineExtentWith(layer.extent())
    canvas.setExtent(extent)
    settle()
    yield project
    project.clear()
    settle()


@pytest.fixture
def dock(kip_in_project, qgis_iface):
    """The timeline dock, open, over the demo KIP."""
    from kip_plugin.gui.timeline_dock import TimelineDock

    widget = TimelineDock(qgis_iface, None, kip_in_project)
    widget.resize(1400, 700)
    widget.show()
    settle()
    yield widget
    widget.shutdown()
    widget.close()
    widget.deleteLater()
    settle()


@pytest.fixture
def clean_settings():
    """The timeline starts hidden, as on a fresh install, and is left that way."""
    settings.set_timeline_visible(False)
    yield
    settings.set_timeline_visible(False)

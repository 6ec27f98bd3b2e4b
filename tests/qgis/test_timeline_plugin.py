"""The timeline in the plugin: the toolbar toggle, remembered visibility, nothing left after unload."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget

from kip_plugin import settings
from kip_plugin.gui.timeline_dock import DOCK_OBJECT_NAME
from timeline_helpers import settle, works_count


def _toggle(iface) -> QAction:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # actions of an unloaded plugin are gone
    return iface.mainWindow().findChild(QAction, "mKipAction_timeline")


def _load(iface):
    import kip_plugin

    plugin = kip_plugin.classFactory(iface)
    plugin.initGui()
    return plugin


def _docks(iface):
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    return [d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == DOCK_OBJECT_NAME]


@pytest.fixture
def main_window(qgis_iface, monkeypatch):
    """The main window on screen, docking widgets as QGIS does."""
    window = qgis_iface.mainWindow()
    monkeypatch.setattr(qgis_iface, "addDockWidget", window.addDockWidget, raising=False)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", window.removeDockWidget, raising=False)
    window.show()
    yield window
    window.hide()


def test_the_toolbar_action_shows_the_timeline_and_qgis_remembers_it(
    qgis_iface, main_window, clean_settings, kip_in_project
):
    plugin = _load(qgis_iface)
    try:
        action = _toggle(qgis_iface)
        assert action in plugin.toolbar.actions() and not action.isChecked()
        assert not plugin.timeline.isUserVisible()
        action.trigger()
        settle()
        assert plugin.timeline.isUserVisible() and action.isChecked()
        assert settings.timeline_visible()
        assert len(plugin.timeline.model.table) == works_count(kip_in_project)  # it shows the open KIP
    finally:
        plugin.unload()
    assert settings.timeline_visible()  # unloading (as when QGIS closes) keeps the choice

    plugin = _load(qgis_iface)  # the next session
    try:
        assert plugin.timeline.isUserVisible() and _toggle(qgis_iface).isChecked()
        plugin.timeline.close()  # the dock's own close button
        assert not settings.timeline_visible() and not _toggle(qgis_iface).isChecked()
    finally:
        plugin.unload()


def test_unload_removes_the_dock_and_its_connections(qgis_iface, main_window, clean_settings, kip_in_project):
    project = QgsProject.instance()
    canvas = qgis_iface.mapCanvas()

    def receivers():
        return [
            project.receivers(project.layersAdded),
            project.receivers(project.layersWillBeRemoved),
            project.receivers(project.cleared),
            canvas.receivers(canvas.extentsChanged),
            canvas.receivers(canvas.temporalRangeChanged),
        ]

    before = receivers()
    plugin = _load(qgis_iface)
    _toggle(qgis_iface).trigger()
    settle()
    assert len(_docks(qgis_iface)) == 1
    plugin.unload()
    settle()
    assert _docks(qgis_iface) == []
    assert _toggle(qgis_iface) is None
    assert receivers() == before
    project.clear()  # the signals it listened to fire without a dock behind them
    settle()

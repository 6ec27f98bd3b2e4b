"""Propose schedule on the KIP toolbar: the moves on the timeline, deciding on them, undo."""
from __future__ import annotations

import time

import pytest
from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter

import detection_data as D
from kip_plugin import settings
from kip_plugin.core import schema as S
from kip_plugin.timeline.drawing import ARROW_COLOUR
from timeline_helpers import feature_of, party_layer, row_of, settle


def _wait_for_tasks(app, seconds: float = 120.0) -> None:
    manager = QgsApplication.taskManager()
    deadline = time.time() + seconds
    while time.time() < deadline:
        app.processEvents()
        if manager.countActiveTasks() == 0:
            app.processEvents()
            return
        time.sleep(0.02)
    raise AssertionError("the proposal did not finish")


@pytest.fixture
def plugin(qgis_iface, monkeypatch):
    """KIP loaded into a main window on screen that docks widgets as QGIS does."""
    import kip_plugin

    window = qgis_iface.mainWindow()
    monkeypatch.setattr(qgis_iface, "addDockWidget", window.addDockWidget, raising=False)
    monkeypatch.setattr(qgis_iface, "removeDockWidget", window.removeDockWidget, raising=False)
    window.resize(1600, 900)
    window.show()
    loaded = kip_plugin.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    window.hide()


@pytest.fixture
def proposed(plugin, qgis_iface, qgis_app, new_store):
    """The Bospad plan open in the project, the timeline shown, and a schedule proposed from the toolbar."""
    kip_plugin_loaded = plugin
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    project = QgsProject.instance()
    project.clear()
    kip_plugin_loaded.open_path(new_store.path)
    kip_plugin_loaded.timeline.show()
    settle()
    settings.set_acting_party("*")
    qgis_iface.messageBar().clear_messages()
    action = next(a for a in kip_plugin_loaded.actions if a.objectName() == "mKipAction_schedule")
    assert action.text() == "Propose schedule"
    action.trigger()
    _wait_for_tasks(qgis_app)
    settle()
    yield kip_plugin_loaded, project
    for layer in project.mapLayers().values():
        if layer.isEditable():
            layer.rollBack()
    project.clear()
    settle()


def _arrow_pixels(timeline) -> int:
    """Pixels drawn in the arrow's colour when the timeline is painted."""
    view = timeline.view
    view.fit_all()
    settle()
    image = QImage(QSize(view.viewport().width(), view.viewport().height()), QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    target = ARROW_COLOUR.rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(image.width()) if image.pixel(x, y) == target)


def test_the_toolbar_proposes_and_the_timeline_shows_each_move(proposed, qgis_iface):
    plugin, project = proposed
    messages = qgis_iface.messageBar().get_messages(Qgis.Info)
    assert any("3 works move: digs saved 0 → 2, conflicts 3 → 3" in m for m in messages), messages
    results = [node.layer() for g in project.layerTreeRoot().findGroups(True)
               if g.customProperty("kip/group") == "results" for node in g.findLayers()]
    assert [layer.name() for layer in results] == ["Proposed schedule"]
    timeline = plugin.timeline
    assert set(timeline.model.proposals.moves) == {"RIO-1", "LIA-1", "PRG-1"}
    assert "runs together with" in timeline.model.proposals.reason("PRG-1")
    assert _arrow_pixels(timeline) > 20  # ghost bars with arrows from the planned dates
    panel = plugin.proposal_panel
    assert panel.isVisible() and panel.table.rowCount() == 8
    assert "3 works move" in panel.summary.text()


def test_a_party_decides_only_on_its_own_moves_and_accepting_can_be_undone(proposed):
    plugin, project = proposed
    panel = plugin.proposal_panel
    panel.acting.setCurrentIndex(panel.acting.findData("liander"))
    assert settings.acting_party() == "liander"
    assert panel.accept_all_button.text() == "Accept all mine (1)"
    panel.decide(["PRG-1"], True)  # not Liander's
    assert "only they or a coordinator decide" in panel.message.text()
    assert feature_of(project, "PRG-1")[1][S.F_START].toString("yyyy-MM-dd") == "2028-04-01"

    panel.accept_all()
    layer, feature = feature_of(project, "LIA-1")
    assert layer.isEditable() and feature[S.F_START].toString("yyyy-MM-dd") == "2027-07-31"
    assert layer.undoStack().count() == 1
    timeline = plugin.timeline
    assert set(timeline.model.proposals.moves) == {"RIO-1", "PRG-1"}  # no ghost for an accepted move
    moved_to = feature_of(project, "LIA-1")[1][S.F_START].toJulianDay() - 2440588  # as a day number
    assert timeline.model.table.start[row_of(timeline, "LIA-1")] == moved_to  # the bar moved along
    layer.undoStack().undo()
    settle()
    assert feature_of(project, "LIA-1")[1][S.F_START].toString("yyyy-MM-dd") == "2027-09-01"


def test_a_coordinator_rejects_from_the_timeline(proposed):
    plugin, project = proposed
    timeline = plugin.timeline
    timeline.decide("RIO-1", False)
    settle()
    assert "RIO-1" not in timeline.model.proposals.moves
    assert not party_layer(project, "riolering").isEditable()
    assert feature_of(project, "RIO-1")[1][S.F_START].toString("yyyy-MM-dd") == "2027-03-01"
    panel = plugin.proposal_panel
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "RIO-1")
    assert panel.table.item(row, 5).text() == "Rejected"

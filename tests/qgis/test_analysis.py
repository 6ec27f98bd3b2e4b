"""The toolbar action "Analyse" and analyse_store: both detections on the open KIP, one summary."""
from __future__ import annotations

import time

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QAction

import detection_data as D
from kip_plugin.analysis import analyse_store
from kip_plugin.core import schema as S


def _wait_for_tasks(app, seconds: float = 60.0) -> None:
    manager = QgsApplication.taskManager()
    deadline = time.time() + seconds
    while time.time() < deadline:
        app.processEvents()
        if manager.countActiveTasks() == 0:
            app.processEvents()
            return
        time.sleep(0.02)
    raise AssertionError("the analysis did not finish")


def _results_group(project):
    groups = [g for g in project.layerTreeRoot().findGroups(True) if g.customProperty("kip/group") == "results"]
    return groups[0] if groups else None


def test_analyse_store_writes_styled_results_and_a_summary(new_store, tmp_path):
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    out = tmp_path / "results.gpkg"
    analysis = analyse_store(new_store, out_path=str(out))
    assert analysis.summary == "1 combinations saving 2 digs; 3 conflicts"
    for role, count in (("clusters", 1), ("pairs", 6), ("works", 11), ("conflicts", 3)):
        layer = QgsVectorLayer(f"{out}|layername={role}", role, "ogr")
        assert layer.isValid() and layer.featureCount() == count, role
        _n, _ids, names, _descriptions, _error = layer.listStylesInDatabase()
        assert role in names
    conflicts = QgsVectorLayer(f"{out}|layername=conflicts", "conflicts", "ogr")
    assert conflicts.renderer().type() == "categorizedSymbol"  # its stored style is the default
    conflicts.loadDefaultStyle()  # the whole stored style, time included
    assert conflicts.temporalProperties().isActive()


def test_unusable_works_show_in_the_summary(tmp_path, qgis_app):
    records = D.bospad() + [D.work("BAD", "groen", "green", "2027-05-01", "2027-04-01", D.strip(0, 5))]
    layer = QgsVectorLayer(D.plain_gpkg(str(tmp_path / "plan.gpkg"), records), "Plan", "ogr")
    analysis = analyse_store(None, layers=[layer])
    assert analysis.summary == "1 combinations saving 2 digs; 0 conflicts; 1 works could not be used (see the KIP log)"


def test_the_analyse_button_fills_the_results_group(kip_plugin_loaded, qgis_iface, qgis_app, new_store):
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    project = QgsProject.instance()
    project.clear()
    kip_plugin_loaded.open_path(new_store.path)
    qgis_iface.messageBar().clear_messages()
    action = next(a for a in kip_plugin_loaded.actions if a.objectName() == "mKipAction_analyse")
    assert isinstance(action, QAction) and action.text() == "Analyse"
    for _ in range(2):  # a second run replaces the first results
        action.trigger()
        _wait_for_tasks(qgis_app)
    assert any(m.endswith("1 combinations saving 2 digs; 3 conflicts") for m in qgis_iface.messageBar().get_messages(Qgis.Info))
    group = _results_group(project)
    assert group is not None and group.name() == "KIP results"
    layers = [node.layer() for node in group.findLayers()]
    assert [l.customProperty("kip/result") for l in layers] == ["conflicts", "pairs", "clusters", "works"]
    assert [l.featureCount() for l in layers] == [3, 6, 1, 11]
    assert {f[S.R_KIND] for f in layers[0].getFeatures()} == set(S.CONFLICT_KINDS)
    project.clear()


def test_analyse_without_a_kip_says_what_to_do(kip_plugin_loaded, qgis_iface):
    QgsProject.instance().clear()
    qgis_iface.messageBar().clear_messages()
    kip_plugin_loaded.analyse()
    assert any("Open or create a KIP first." in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))

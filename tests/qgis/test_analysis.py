"""The toolbar action "Analyse" and analyse_store: both detections on the open KIP, one summary."""
from __future__ import annotations

import datetime
import json
import time

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtWidgets import QAction

import detection_data as D
from kip_plugin.analysis import analyse_store
from kip_plugin.core import schema as S
from kip_plugin.store.kipstore import KipStore


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


def test_analyse_store_keeps_styled_results_in_the_kip(new_store, kip_provider):
    D.add_to_store(new_store, D.bospad() + D.conflicts_plan())
    outcome = analyse_store(new_store)
    assert outcome.summary == "1 combinations saving 2 digs; 3 conflicts"
    for role, table, count in (("clusters", S.COMBINATIONS_TABLE, 1), ("pairs", S.PAIRS_TABLE, 6),
                               ("conflicts", S.CONFLICTS_TABLE, 3)):
        layer = QgsVectorLayer(f"{new_store.path}|layername={table}", table, "ogr")
        assert layer.isValid() and layer.featureCount() == count, table
        assert outcome.layers[role].source() == layer.source()
    assert outcome.layers["conflicts"].renderer().type() == "categorizedSymbol"
    assert outcome.layers["conflicts"].temporalProperties().isActive()
    reopened = KipStore.open(new_store.path)
    run = json.loads(reopened.meta["results/detectcombinations"])
    assert run["algorithm"] == "kip:detectcombinations" and run["finished_at"].startswith(str(datetime.date.today().year))


def test_unusable_works_show_in_the_summary(tmp_path, kip_provider):
    records = D.bospad() + [D.work("BAD", "groen", "green", "2027-05-01", "2027-04-01", D.strip(0, 5))]
    layer = QgsVectorLayer(D.plain_gpkg(str(tmp_path / "plan.gpkg"), records), "Plan", "ogr")
    outcome = analyse_store(None, layers=[layer])
    assert outcome.summary == "1 combinations saving 2 digs; 0 conflicts; 1 works could not be used (see the KIP log)"
    assert outcome.layers["clusters"].featureCount() == 1  # a temporary layer: nothing to keep it in


def test_the_analyse_button_keeps_results_with_the_kip(kip_plugin_loaded, qgis_iface, qgis_app, new_store, tmp_path):
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

    def shown():
        group = _results_group(project)
        assert group is not None and group.name() == "KIP results"
        layers = [node.layer() for node in group.findLayers()]
        return [(l.customProperty("kip/result"), l.featureCount()) for l in layers]

    assert shown() == [("conflicts", 3), ("pairs", 6), ("clusters", 1)]
    conflicts = _results_group(project).findLayers()[0].layer()
    assert {f[S.R_KIND] for f in conflicts.getFeatures()} == set(S.CONFLICT_KINDS)
    # Saved and opened again, the project shows the same results, read from the KIP.
    path = str(tmp_path / "kip.qgz")
    assert project.write(path)
    project.clear()
    kip_plugin_loaded.open_path(new_store.path)
    assert shown() == [("conflicts", 3), ("pairs", 6), ("clusters", 1)]
    # Another KIP takes the results of this one off the map.
    other = KipStore.create(str(tmp_path / "other.gpkg"))
    kip_plugin_loaded.open_path(other.path)
    assert _results_group(project) is None or shown() == []
    project.clear()


def test_analyse_without_a_kip_says_what_to_do(kip_plugin_loaded, qgis_iface):
    QgsProject.instance().clear()
    qgis_iface.messageBar().clear_messages()
    kip_plugin_loaded.analyse()
    assert any("Open or create a KIP first." in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))

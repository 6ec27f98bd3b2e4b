"""The timeline tells whose money a combination involves when the mouse rests on one of its works."""
from __future__ import annotations

from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtGui import QHelpEvent
from qgis.PyQt.QtWidgets import QApplication, QToolTip

from kip_plugin.core import schema as S
from kip_plugin.store import project as kip_project
from kip_plugin.tactical.text import euro
from timeline_helpers import bar_centre, memory_layer, settle


def test_hovering_a_combined_work_tells_whose_money_it_involves(dock, kip_in_project):
    t = dock.model.table
    members = [w for w, s in zip(t.work_id, t.status) if s == "planned"][:2]
    layer = memory_layer("Polygon", "combinations", [
        (S.R_CLUSTER_ID, "integer"), (S.R_WORK_IDS, "string"), (S.R_OWNERS, "string"), (S.R_DIGS_SAVED, "integer"),
        (S.R_PROJECT_EUR, "double"), (S.R_MAINTENANCE_EUR, "double"), (S.R_REINSTATEMENT_SAVING_EUR, "double"),
        (S.R_COST_SPLIT, "string"),
    ], [{S.R_CLUSTER_ID: 4, S.R_WORK_IDS: ",".join(members), S.R_OWNERS: "riolering,vitens", S.R_DIGS_SAVED: 1,
         S.R_PROJECT_EUR: 120000.0, S.R_MAINTENANCE_EUR: 450000.0, S.R_REINSTATEMENT_SAVING_EUR: 71616.0,
         S.R_COST_SPLIT: "Riolering € 20,000 (alone € 71,616)"}],
        "POLYGON((170000 450000, 170100 450000, 170100 450100, 170000 450000))")
    kip_in_project.addMapLayer(layer, False)
    kip_project.ensure_group(kip_in_project, "results", "KIP results").addLayer(layer)
    settle()
    dock.link.reload_results()
    centre = bar_centre(dock, members[0])
    QApplication.sendEvent(dock.view.viewport(), QHelpEvent(QEvent.ToolTip, centre, dock.view.viewport().mapToGlobal(centre)))
    text = QToolTip.text()
    assert "Whose money" in text
    assert euro(120000) in text and euro(450000) in text and euro(71616) in text  # as the user's locale writes them
    assert "Riolering € 20,000 (alone € 71,616)" in text

"""The real QGIS desktop under Xvfb: Propose schedule on the KIP toolbar, with OR-Tools inside QGIS's process."""
from __future__ import annotations

import shutil

import pytest

from .desktop import run_qgis

pytestmark = pytest.mark.e2e

BODY = """
import time
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QAction
kip = plugins["kip_plugin"]
kip.open_path(STORE)
kip.timeline.show()
action = iface.mainWindow().findChild(QAction, "mKipAction_schedule")
report["action"] = action.text()
action.trigger()
deadline = time.time() + 150
while time.time() < deadline and (kip.proposal_run is None or kip.proposal_run.layer is None):
    QgsApplication.processEvents()
    time.sleep(0.05)
layer = kip.proposal_run.layer if kip.proposal_run is not None else None
report["proposals"] = layer.featureCount() if layer is not None else None
report["moving"] = sum(1 for f in layer.getFeatures() if f["shift_days"]) if layer is not None else None
report["panel_rows"] = kip.proposal_panel.table.rowCount() if kip.proposal_panel is not None else None
report["ghosts"] = len(kip.timeline.model.proposals.moves)
report["summary"] = kip.proposal_panel.summary.text() if kip.proposal_panel is not None else ""
"""


def test_propose_schedule_runs_inside_the_qgis_desktop(tmp_path):
    from kip_plugin.paths import demo_store_path

    store = tmp_path / "kip.gpkg"
    shutil.copy(demo_store_path(), store)
    report = run_qgis(tmp_path / "qgis", f"STORE = {str(store)!r}\n" + BODY, timeout=300)
    assert "probe_error" not in report, report.get("probe_error")
    assert report["action"] == "Propose schedule"
    assert report["moving"] and report["moving"] > 20  # the Ede demo: dozens of works move
    assert report["ghosts"] == report["moving"] and report["panel_rows"] == report["proposals"]
    assert "digs saved 40 → 59" in report["summary"], report["summary"]
    kip_log = report["logs"].get("KIP", "")
    assert "CRITICAL" not in kip_log, kip_log

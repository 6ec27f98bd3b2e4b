"""The timeline in the real QGIS desktop: opened from the KIP toolbar over the demo, drawn without errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .desktop import ROOT, run_qgis

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--out", str(out)], check=True, stdout=subprocess.DEVNULL
    )
    return out / "kip_demo.qgz"


PROBE_BODY = """
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QAction, QDockWidget
action = iface.mainWindow().findChild(QAction, "mKipAction_timeline")
action.trigger()
for _ in range(5):
    QCoreApplication.processEvents()
dock = next(d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == "KipTimelineDock")
dock.grab()
report["visible"] = dock.isVisible()
report["area"] = int(iface.mainWindow().dockWidgetArea(dock))
report["counts"] = list(dock.model.counts())
report["groups"] = [g.label for g in dock.model.layout().groups]
report["has_results"] = dock.model.has_results()
report["temporal_controller"] = type(iface.mapCanvas().temporalController()).__name__
dock.group_combo.setCurrentIndex(dock.group_combo.findData("combination"))
QCoreApplication.processEvents()
dock.grab()
report["combinations"] = sum(1 for g in dock.model.layout().groups if g.key != "\\x00none")
# A drag reschedules a work; Edit > Undo (Ctrl+Z) takes it back at once, whatever layer was active before.
from qgis.PyQt.QtWidgets import QAction as _Action
t = dock.model.table
rows = [r for r in range(len(t)) if dock.model.shift_limits(r)[1] >= 10 and t.status[r] == "planned"]
row = rows[0]
layer_id, fid = dock.model.locate(row)
layer = QgsProject.instance().mapLayer(layer_id)
other = next(l for l in QgsProject.instance().mapLayers().values() if l.id() != layer_id)
iface.setActiveLayer(other)
layer.startEditing()
before = layer.getFeature(fid)["start_date"]
report["moved"] = dock.link.reschedule(row, 10) and layer.getFeature(fid)["start_date"] == before.addDays(10)
undo = iface.mainWindow().findChild(_Action, "mActionUndo")
undo.trigger()
report["undone"] = layer.getFeature(fid)["start_date"] == before
layer.rollBack()
"""


def test_the_timeline_opens_in_qgis_over_the_demo_without_python_errors(demo_project, tmp_path):
    report = run_qgis(tmp_path, PROBE_BODY, project=str(demo_project))
    assert "probe_error" not in report, report.get("probe_error")
    assert report["visible"]
    assert report["area"] == 8  # Qt.BottomDockWidgetArea
    total, shown, _attention = report["counts"]
    assert total == shown > 300
    assert "Programmering" in report["groups"]
    assert report["temporal_controller"] == "QgsTemporalNavigationObject"
    assert report["has_results"] and report["combinations"] > 5
    assert report["moved"] and report["undone"]
    python_errors = report["logs"].get("Python error", "")
    assert "kip_plugin" not in python_errors, python_errors

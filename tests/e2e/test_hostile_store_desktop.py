"""A KIP store from elsewhere, whose stored style carries Python, opened in the real QGIS desktop: no code runs."""
from __future__ import annotations

import sys

import pytest

from .desktop import ROOT, run_qgis

sys.path.insert(0, str(ROOT / "tests" / "qgis"))

pytestmark = pytest.mark.e2e

PROBE_BODY = """
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QPushButton
store = plugins["kip_plugin"].open_path({store!r})
layer = next(l for l in QgsProject.instance().mapLayers().values()
             if l.customProperty("kip/role") == "works" and l.featureCount())
feature = next(layer.getFeatures())
dialog = iface.getFeatureForm(layer, feature)
dialog.show()
for _ in range(20):
    QCoreApplication.processEvents()
report["form_title"] = dialog.windowTitle()
report["form_buttons"] = [b.text() for b in dialog.findChildren(QPushButton)]
report["actions"] = [a.name() for a in layer.actions().actions()]
report["fields"] = layer.fields().names()
report["ran"] = open({marker!r}).read() if os.path.exists({marker!r}) else ""
dialog.close()
"""


def test_opening_a_work_of_a_hostile_store_runs_none_of_its_code(tmp_path, qgis_app):
    from hostile_store import EVIL_FIELD, make_hostile_store

    marker = tmp_path / "ran.txt"
    store = make_hostile_store(tmp_path / "partner.gpkg", marker)
    report = run_qgis(tmp_path / "qgis", PROBE_BODY.format(store=store.path, marker=str(marker)),
                      settings={"qgis/enableMacros": "Always"})
    assert "probe_error" not in report, report.get("probe_error")
    assert report["form_title"], "the form did not open"
    assert report["ran"] == "" and not marker.exists()
    assert report["actions"] == []
    assert EVIL_FIELD not in report["fields"] and "title" in report["fields"]

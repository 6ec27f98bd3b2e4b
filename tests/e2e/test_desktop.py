"""The real QGIS desktop under Xvfb starts with KIP enabled and opens the demo project cleanly."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .desktop import ROOT, run_qgis

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py"), "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    return out / "kip_demo.qgz"


PROBE_BODY = """
from qgis.PyQt.QtWidgets import QToolBar
report["toolbar"] = [a.text() for t in iface.mainWindow().findChildren(QToolBar)
                     if t.objectName() == "mKipToolBar" for a in t.actions()]
layers = [l for l in QgsProject.instance().mapLayers().values() if l.customProperty("kip/role") == "works"]
report["works_layers"] = len(layers)
report["works"] = sum(l.featureCount() for l in layers)
report["temporal"] = all(l.temporalProperties().isActive() for l in layers)
report["start_label"] = layers[0].attributeAlias(layers[0].fields().indexOf("start_date")) if layers else ""
report["groups"] = [g.name() for g in QgsProject.instance().layerTreeRoot().findGroups(True)]
"""


def test_qgis_starts_with_kip_and_the_demo_project_without_python_errors(demo_project, tmp_path):
    report = run_qgis(tmp_path, PROBE_BODY, project=str(demo_project))
    assert "probe_error" not in report, report.get("probe_error")
    assert report["loaded"], "QGIS did not load the KIP plugin"
    assert "Open KIP…" in report["toolbar"]
    assert report["works_layers"] == 10
    assert report["works"] > 300
    assert report["temporal"]
    python_errors = report["logs"].get("Python error", "")
    assert "kip_plugin" not in python_errors, python_errors
    kip_log = report["logs"].get("KIP", "")
    assert "CRITICAL" not in kip_log, kip_log


def test_qgis_in_dutch_shows_kip_in_dutch(demo_project, tmp_path):
    report = run_qgis(tmp_path, PROBE_BODY, project=str(demo_project), language="nl_NL")
    assert report["loaded"]
    assert "KIP openen…" in report["toolbar"] and "Planning importeren…" in report["toolbar"]
    assert "Open KIP…" not in report["toolbar"]
    # The demo project was made in English; its forms and groups follow the QGIS it is opened in.
    assert report["start_label"] == "Begindatum"
    assert "KIP-resultaten" in report["groups"] and "KIP results" not in report["groups"]

"""Without OR-Tools KIP still loads; proposing a schedule says what is missing instead of failing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh Python in which 'import ortools' fails, as in a QGIS without it.
CODE = r"""
import sys
sys.modules["ortools"] = None
sys.path.insert(0, sys.argv[1])
sys.path.append("/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsProject, QgsVectorLayer
app = QgsApplication([], False); app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
from kip_plugin.processing.provider import KipProvider
provider = KipProvider()
QgsApplication.processingRegistry().addProvider(provider)
print("ALGORITHM", "kip:proposeschedule" in [a.id() for a in provider.algorithms()])
import processing
errors = []
class Listening(QgsProcessingFeedback):
    def reportError(self, text, fatal=False):
        errors.append(text)
layer = QgsVectorLayer(sys.argv[2] + "|layername=works", "works", "ogr")
try:
    processing.run("kip:proposeschedule", {"INPUT": [layer], "OUTPUT_PROPOSALS": "TEMPORARY_OUTPUT"},
                   feedback=Listening())
except Exception:
    pass
print("MESSAGE", any("needs the Python package ortools" in e for e in errors))
from kip_plugin.detection.needs import OPTIONAL_PACKAGES
print("LISTED", [name for name, _requirement, _what in OPTIONAL_PACKAGES])
from kip_plugin.schedule.task import start_proposal
said = []
start_proposal(QgsProject.instance(), lambda text, level: said.append(text))
print("TOOLBAR", any("ortools" in s for s in said))
import os
os._exit(0)
"""

# Without shapely either: the schedule's modules the plugin and the timeline load on their own must not need it.
WITHOUT_SHAPELY = r"""
import sys
sys.modules["shapely"] = None
sys.modules["ortools"] = None
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
import kip_plugin.schedule.decisions, kip_plugin.schedule.task, kip_plugin.schedule.style
import kip_plugin.gui.proposal_panel, kip_plugin.gui.timeline_proposals, kip_plugin.processing.propose_schedule
print("LOADED", True)
import os
os._exit(0)
"""


def test_proposing_a_schedule_says_ortools_is_missing(tmp_path):
    from kip_plugin.paths import demo_store_path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CODE, str(ROOT), str(demo_store_path())], capture_output=True,
                          text=True, env=env, cwd=str(tmp_path), timeout=300)
    lines = [line for line in done.stdout.splitlines()
             if line.split(" ")[0] in ("ALGORITHM", "MESSAGE", "LISTED", "TOOLBAR")]
    assert lines == ["ALGORITHM True", "MESSAGE True", "LISTED ['shapely', 'ortools']", "TOOLBAR True"], (
        done.stdout[-2000:] + done.stderr[-2000:]
    )


def test_the_schedule_modules_kip_loads_need_neither_shapely_nor_ortools(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", WITHOUT_SHAPELY, str(ROOT)], capture_output=True, text=True, env=env,
                          cwd=str(tmp_path), timeout=300)
    assert "LOADED True" in done.stdout, done.stdout[-2000:] + done.stderr[-2000:]

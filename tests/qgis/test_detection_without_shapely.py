"""Without shapely 2 KIP still loads; the detection says what is missing instead of failing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh Python in which 'import shapely' fails, as in a QGIS without it.
CODE = r"""
import sys
sys.modules["shapely"] = None
sys.path.insert(0, sys.argv[1])
sys.path.append("/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer
app = QgsApplication([], False); app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
from kip_plugin.processing.provider import KipProvider
provider = KipProvider()
QgsApplication.processingRegistry().addProvider(provider)
ids = [a.id() for a in provider.algorithms()]
print("ALGORITHMS", "kip:detectcombinations" in ids, "kip:detectconflicts" in ids)
import processing
errors = []
class Listening(QgsProcessingFeedback):
    def reportError(self, text, fatal=False):
        errors.append(text)
layer = QgsVectorLayer(sys.argv[2] + "|layername=works", "works", "ogr")
try:
    processing.run("kip:detectconflicts", {"INPUT": [layer], "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=Listening())
except Exception:
    pass
print("MESSAGE", any("needs the Python package shapely 2" in e for e in errors))
from kip_plugin.analysis import start_analysis
from qgis.core import QgsProject
said = []
start_analysis(QgsProject.instance(), lambda text, level: said.append(text))
print("ANALYSE", any("shapely 2" in s for s in said))
import os
os._exit(0)
"""


def test_the_detection_says_shapely_2_is_missing(tmp_path):
    from kip_plugin.paths import demo_store_path

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CODE, str(ROOT), str(demo_store_path())], capture_output=True,
                          text=True, env=env, cwd=str(tmp_path), timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.split(" ")[0] in ("ALGORITHMS", "MESSAGE", "ANALYSE")]
    assert lines == ["ALGORITHMS True True", "MESSAGE True", "ANALYSE True"], done.stdout[-2000:] + done.stderr[-2000:]

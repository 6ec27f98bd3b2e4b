"""Screenshot of the KIP timeline in the real QGIS desktop: docs/timeline.png (`make screenshot`).

Starts QGIS under Xvfb with the demo project (out/kip_demo.qgz, from `make demo`) and KIP
enabled, opens the timeline as a user would have left it open (the remembered setting),
sets the Temporal Controller to a month, selects a combination on the map, waits for the
map to draw and takes the screen with ImageMagick's `import`.

    .venv/bin/python scripts/timeline_screenshot.py [--project out/kip_demo.qgz] [--out docs/timeline.png]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import qgis_desktop  # noqa: E402

# Runs inside QGIS once it has started: arranges the window, then shoots and quits.
SCENE = r'''
import os
from qgis.utils import iface
from qgis.core import QgsDateTimeRange, QgsInterval, QgsProject, QgsRectangle, QgsTemporalNavigationObject, QgsUnitTypes
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget

OUT = {out!r}

def timeline():
    return next(d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == "KipTimelineDock")

def arrange():
    window = iface.mainWindow()
    window.setGeometry(QApplication.primaryScreen().availableGeometry())  # no window manager to maximise it
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible() and dock.objectName() not in ("KipTimelineDock", "Layers"):
            dock.hide()
    dock = timeline()
    window.resizeDocks([dock], [int(window.height() * 0.55)], Qt.Vertical)
    QTimer.singleShot(1500, select)

def select():
    """Select the largest combination; show its time on the axis and its place on the map."""
    dock = timeline()
    model, t = dock.model, dock.model.table
    clusters = {{}}
    for row in range(len(t)):
        if model.cluster(row):
            clusters.setdefault(model.cluster(row), []).append(row)
    def in_town(rows):  # the middle of Ede, where the map has most to show
        x = sum(t.bbox[r][0] for r in rows) / len(rows)
        y = sum(t.bbox[r][1] for r in rows) / len(rows)
        return 171500 < x < 176500 and 446500 < y < 450500
    rows = max(clusters.values(), key=lambda rows: (in_town(rows), len(rows))) if clusters else [0]
    together = (max(int(t.win_start[r]) for r in rows) + min(int(t.win_end[r]) for r in rows)) // 2
    canvas = iface.mapCanvas()
    x0, y0 = min(t.bbox[r][0] for r in rows), min(t.bbox[r][1] for r in rows)
    x1, y1 = max(t.bbox[r][2] for r in rows), max(t.bbox[r][3] for r in rows)
    size = max(x1 - x0, y1 - y0, 1200) * 1.4
    canvas.setExtent(QgsRectangle((x0 + x1) / 2 - size, (y0 + y1) / 2 - size / 2, (x0 + x1) / 2 + size, (y0 + y1) / 2 + size / 2))
    navigation = canvas.temporalController()
    first, last = QDateTime(QDate(2026, 1, 1), QTime(0, 0)), QDateTime(QDate(2030, 12, 31), QTime(23, 59))
    navigation.setTemporalExtents(QgsDateTimeRange(first, last))
    navigation.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalMonths))
    navigation.setNavigationMode(QgsTemporalNavigationObject.Animated)
    when = QDate(1970, 1, 1).addDays(together)
    month = QDateTime(QDate(when.year(), when.month(), 1), QTime(0, 0))
    navigation.setCurrentFrameNumber(navigation.findBestFrameNumberForFrameStart(month))
    dock.group_combo.setCurrentIndex(dock.group_combo.findData("combination"))
    dock.link.select_rows(rows, "replace")
    dock.view.show_days(together - 330, together + 400)
    top = min(dock.view.bar_rect_in_view(r).top() for r in rows)
    bar = dock.view.verticalScrollBar()
    bar.setValue(bar.value() + top - 200)
    QTimer.singleShot(4000, shoot)

def shoot():
    os.system("import -window root " + OUT)
    os._exit(0)

QTimer.singleShot({delay}, arrange)
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", default=str(ROOT / "out" / "kip_demo.qgz"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "timeline.png"))
    parser.add_argument("--profiles", default=str(ROOT / "build" / "profiles"))
    parser.add_argument("--delay", type=int, default=8000, help="milliseconds to let QGIS start before arranging")
    args = parser.parse_args()
    for tool in ("Xvfb", "import", "qgis"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing (Debian packages xvfb, imagemagick, qgis)", file=sys.stderr)
            return 1
    if not Path(args.project).exists():
        print(f"{args.project} does not exist: run `make demo` first", file=sys.stderr)
        return 1
    out = Path(args.out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    profiles = Path(args.profiles).resolve()
    ini = qgis_desktop.prepare_profile(profiles)
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings(str(ini), QSettings.IniFormat)
    settings.setValue("kip/timeline/visible", True)  # as a user who left the timeline open
    settings.sync()
    scene = Path(tempfile.mkdtemp(prefix="kip_screenshot_")) / "scene.py"
    scene.write_text(SCENE.format(out=str(out), delay=args.delay))
    display = next(n for n in range(99, 200) if not Path(f"/tmp/.X{n}-lock").exists())
    xvfb = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.5)
        env = qgis_desktop.environment()
        env.pop("QT_QPA_PLATFORM", None)
        env["DISPLAY"] = f":{display}"
        subprocess.run(
            qgis_desktop.command(profiles, args.project, str(scene)),
            env=env,
            timeout=240,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    if not out.exists():
        print("QGIS took no screenshot", file=sys.stderr)
        return 1
    print(f"timeline screenshot: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

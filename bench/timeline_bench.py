"""Timeline speed: opening the dock, changing a filter and panning the map, with 10,000 works.

Each operation is timed up to a finished repaint of the timeline (1400 x 600 pixels),
and set side by side with a straightforward implementation that rebuilds the view
per feature: QGIS's feature iterator with the filter as an expression or rectangle,
and one QGraphicsRectItem plus one text item per work.

    .venv/bin/python bench/timeline_bench.py [--works 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import os
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SIZE = (1400, 600)


def make_store(path: Path, n: int, seed: int = 42):
    """A KIP store with ``n`` Ede-like works: short jobs and long projects, half with flexibility."""
    from osgeo import ogr

    from kip_plugin.core import schema as S
    from kip_plugin.store.kipstore import KipStore

    if path.exists():
        return KipStore.open(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    KipStore.create(str(path))
    rng = random.Random(seed)
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName(S.WORKS_TABLE)
    owners = [p.code for p in S.DEFAULT_PARTIES]
    types = list(S.WORK_TYPES)
    statuses = ["planned"] * 6 + ["idea"] * 2 + ["preparation", "execution", "done", "cancelled"]
    ds.StartTransaction()
    for i in range(n):
        x, y = rng.uniform(163000, 182000), rng.uniform(441000, 459000)
        w, h = (rng.uniform(80, 600), rng.uniform(8, 20)) if rng.random() < 0.6 else (rng.uniform(20, 120),) * 2
        start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 5 * 365))
        end = start + dt.timedelta(days=int(rng.choice([rng.uniform(3, 60), rng.uniform(60, 700)])))
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(
            ogr.CreateGeometryFromWkt(f"MULTIPOLYGON((({x} {y},{x + w} {y},{x + w} {y + h},{x} {y + h},{x} {y})))")
        )
        f.SetField(S.F_WORK_ID, f"BENCH-{i:06d}")
        f.SetField(S.F_TITLE, f"Werk {i} Straat {rng.randrange(1, 400)}")
        f.SetField(S.F_OWNER, rng.choice(owners))
        f.SetField(S.F_WORK_TYPE, rng.choice(types))
        f.SetField(S.F_STATUS, rng.choice(statuses))
        f.SetField(S.F_START, start.isoformat())
        f.SetField(S.F_END, end.isoformat())
        if rng.random() < 0.5:
            f.SetField(S.F_EARLIEST_START, (start - dt.timedelta(days=rng.randrange(0, 180))).isoformat())
            f.SetField(S.F_LATEST_END, (end + dt.timedelta(days=rng.randrange(0, 180))).isoformat())
        layer.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    return KipStore.open(str(path))


class _Iface:
    """The few parts of QGIS's interface the timeline uses, over a real map canvas."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.canvas.resize(800, 600)
        self.bar = QgsMessageBar()

    def mapCanvas(self):
        return self.canvas

    def mainWindow(self):
        return self.window

    def messageBar(self):
        return self.bar

    def setActiveLayer(self, layer):
        return True

    def openFeatureForm(self, layer, feature):
        return None


class Timing(float):
    """A median wall time in milliseconds that also knows the best run."""

    best: float = 0.0

    def __format__(self, spec: str) -> str:
        return format(f"{float(self):.1f} ({self.best:.1f})", spec)


def median_ms(run: Callable[[], None], runs: int) -> Timing:
    """Median (and best) wall time of ``run`` in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1000)
    timing = Timing(statistics.median(times))
    timing.best = min(times)
    return timing


def bench_kip(store, runs: int) -> Dict[str, float]:
    """The timeline dock over the store's party layers."""
    from qgis.core import QgsProject, QgsRectangle
    from qgis.PyQt.QtCore import QCoreApplication

    from kip_plugin.gui.timeline_dock import TimelineDock
    from kip_plugin.store import project as kip_project

    project = QgsProject.instance()
    kip_project.open_in_project(store, project)
    iface = _Iface()
    canvas = iface.canvas
    canvas.setDestinationCrs(store.crs)
    canvas.setExtent(QgsRectangle(163000, 441000, 182000, 459000))
    results = {}
    docks = []

    painted = []

    def open_dock():
        dock = TimelineDock(iface, None, project)
        paint = dock.view.paint_content
        dock.view.paint_content = lambda *args: (painted.append(1), paint(*args))
        dock.resize(*SIZE)
        dock.show()
        QCoreApplication.processEvents()  # shows the dock: reads the layers and paints it
        docks.append(dock)

    results["open"] = median_ms(open_dock, runs)
    assert len(painted) >= runs, "the dock was not painted"
    dock = docks.pop()
    for other in docks:
        other.shutdown()
        other.deleteLater()
    QCoreApplication.processEvents()
    hidden = [False]

    def toggle_filter():
        hidden[0] = not hidden[0]
        dock._toggle_status("idea", not hidden[0])
        dock.view.viewport().repaint()

    results["filter"] = median_ms(toggle_filter, runs)
    dock.extent_action.setChecked(True)
    QCoreApplication.processEvents()
    step = [0]

    def pan():
        step[0] += 1
        x = 166000 + (step[0] % 5) * 2500
        canvas.setExtent(QgsRectangle(x, 446000, x + 6000, 452000))
        QCoreApplication.processEvents()
        dock.view.viewport().repaint()

    results["pan"] = median_ms(pan, runs)
    results["shown"] = len(dock.model.layout().index)
    dock.shutdown()
    project.clear()
    return results


def bench_naive(store, runs: int) -> Dict[str, float]:
    """A straightforward timeline: re-read the features and rebuild one scene item per work."""
    from qgis.core import QgsFeatureRequest, QgsRectangle
    from qgis.PyQt.QtCore import QDate, QRectF
    from qgis.PyQt.QtGui import QBrush, QColor, QImage, QPainter
    from qgis.PyQt.QtWidgets import QGraphicsScene, QGraphicsView

    from kip_plugin.core import schema as S

    layers = [store.works_layer(p.code) for p in store.parties()]
    colours = {p.code: QColor(p.colour) for p in store.parties()}
    view = QGraphicsView()
    view.resize(*SIZE)
    origin = QDate(2025, 1, 1)
    image = QImage(SIZE[0], SIZE[1], QImage.Format_ARGB32_Premultiplied)

    def rebuild(expression: str = "", rect: QgsRectangle = None):
        scene = QGraphicsScene()
        y = 0.0
        for layer in layers:
            request = QgsFeatureRequest()
            if expression:
                request.setFilterExpression(expression)
            if rect is not None:
                request.setFilterRect(rect)
            for f in layer.getFeatures(request):
                x0 = origin.daysTo(f[S.F_START]) * 0.5
                x1 = origin.daysTo(f[S.F_END]) * 0.5
                item = scene.addRect(QRectF(x0, y, max(2.0, x1 - x0), 12), brush=QBrush(colours[f[S.F_OWNER]]))
                text = scene.addSimpleText(f[S.F_TITLE])
                text.setPos(x0, y)
                item.setToolTip(f[S.F_WORK_ID])
                y += 16
        view.setScene(scene)
        image.fill(0)
        painter = QPainter(image)
        view.render(painter)
        painter.end()

    results = {"open": median_ms(rebuild, runs)}
    results["filter"] = median_ms(lambda: rebuild("\"status\" <> 'idea'"), runs)
    step = [0]

    def pan():
        step[0] += 1
        x = 166000 + (step[0] % 5) * 2500
        rebuild(rect=QgsRectangle(x, 446000, x + 6000, 452000))

    results["pan"] = median_ms(pan, runs)
    return results


def bench_reading(store, runs: int) -> Dict[str, float]:
    """Reading the works layers: GDAL's columnar interface against QGIS's feature iterator."""
    from qgis.core import QgsFeatureRequest

    from kip_plugin.gui.timeline_source import COLUMN_OF, read_works

    def iterate(layer) -> list:
        """What a plain PyQGIS script does: every feature's fields and bounding box."""
        request = QgsFeatureRequest().setSubsetOfAttributes(list(COLUMN_OF), layer.fields())
        return [(f.attributes(), f.geometry().boundingBox()) for f in layer.getFeatures(request)]

    layers = [store.works_layer(p.code) for p in store.parties()]
    return {
        "fast": median_ms(lambda: read_works(layers), runs),
        "iterator": median_ms(lambda: [iterate(layer) for layer in layers], runs),
    }


def main(argv: List[str] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--works", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data", default=str(ROOT / "build" / "bench"))
    args = parser.parse_args(argv)
    from kip_plugin.headless import start_qgis

    app, _ = start_qgis(widgets=True, processing=False)
    store = make_store(Path(args.data) / f"timeline_{args.works}.gpkg", args.works)
    reading = bench_reading(store, args.runs)
    kip = bench_kip(store, args.runs)
    naive = bench_naive(store, args.runs)
    print(f"Timeline, {args.works:,} works in 10 party layers, {SIZE[0]}x{SIZE[1]} px, redraw included;")
    print(f"ms, median (best) of {args.runs} runs")
    print(f"{'operation':<34}{'KIP timeline':>16}{'naive rebuild':>18}{'speed-up':>10}")
    labels = {
        "open": "open the dock (read + draw)",
        "filter": "change a filter (status)",
        "pan": f"pan the map (extent; {kip['shown']:,} shown)",
    }
    for key, label in labels.items():
        print(f"{label:<34}{kip[key]:>16}{naive[key]:>18}{naive[key] / kip[key]:>9.1f}x")
    print(
        f"{'reading the 10 layers':<34}{reading['fast']:>16}{reading['iterator']:>18}"
        f"{reading['iterator'] / reading['fast']:>9.1f}x  (GDAL columnar vs QGIS feature iterator)"
    )
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip QGIS's exit, which crashes over the dock's leftovers: the measurement is done

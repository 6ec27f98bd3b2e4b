"""Helpers of the timeline tests: settling the event loop, finding rows and bars, the mouse."""

from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtWidgets import QApplication

from kip_plugin.core import schema as S
from kip_plugin.store import project as kip_project

RD_NEW = QgsCoordinateReferenceSystem("EPSG:28992")


def settle() -> None:
    """Let queued work (deferred reloads, repaints) run, as the event loop would."""
    for _ in range(3):
        QCoreApplication.processEvents()


def works_count(project: QgsProject, party: str = "") -> int:
    """How many works the KIP layers of ``project`` hold (of one party, when given)."""
    return sum(
        layer.featureCount()
        for layer in project.mapLayers().values()
        if layer.customProperty("kip/role") == "works" and (not party or layer.customProperty("kip/party") == party)
    )


def party_layer(project: QgsProject, code: str) -> QgsVectorLayer:
    """A party's works layer, found by its custom property."""
    return next(layer for layer in kip_project.works_layers(project) if layer.customProperty("kip/party") == code)


def row_of(dock, work_id: str) -> int:
    """Table row of a work in the dock's model."""
    return dock.model.table.by_work_id[work_id]


def feature_of(project: QgsProject, work_id: str):
    """(layer, feature) of a work."""
    for layer in kip_project.works_layers(project):
        for feature in layer.getFeatures(f"\"{S.F_WORK_ID}\" = '{work_id}'"):
            return layer, feature
    raise KeyError(work_id)


def bar_centre(dock, work_id: str) -> QPoint:
    """Viewport position of the middle of a work's bar, scrolled into view first."""
    row = row_of(dock, work_id)
    dock.view.reveal(row)
    settle()
    rect = dock.view.bar_rect_in_view(row)
    assert rect is not None, f"{work_id} is not on the timeline"
    return rect.center()


def mouse(view, kind: QEvent.Type, pos: QPoint, modifiers=Qt.NoModifier, buttons=Qt.LeftButton) -> None:
    """Send a mouse event to the timeline's viewport, as a user's hand would."""
    button = Qt.NoButton if kind == QEvent.MouseMove else Qt.LeftButton
    event = QMouseEvent(kind, QPointF(pos), button, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def click(view, pos: QPoint, modifiers=Qt.NoModifier) -> None:
    """Press and release the left button at ``pos``."""
    mouse(view, QEvent.MouseButtonPress, pos, modifiers)
    mouse(view, QEvent.MouseButtonRelease, pos, modifiers, Qt.NoButton)
    settle()


def drag(view, start: QPoint, dx: int, steps: int = 4) -> None:
    """Drag horizontally from ``start`` by ``dx`` pixels."""
    mouse(view, QEvent.MouseButtonPress, start)
    for i in range(1, steps + 1):
        mouse(view, QEvent.MouseMove, start + QPoint(round(dx * i / steps), 0))
    mouse(view, QEvent.MouseButtonRelease, start + QPoint(dx, 0), buttons=Qt.NoButton)
    settle()


def memory_layer(
    definition: str, name: str, fields: List[tuple], rows: List[dict], geometry: Optional[str] = None
) -> QgsVectorLayer:
    """A memory layer with the given fields (name, QGIS type name) and rows."""
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"{definition}?crs=EPSG:28992&{spec}", name, "memory")
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        for key, value in values.items():
            if key == "geometry":
                feature.setGeometry(QgsGeometry.fromWkt(value) if value else QgsGeometry())
            else:
                feature[key] = value
        if "geometry" not in values and geometry:
            feature.setGeometry(QgsGeometry.fromWkt(geometry))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def add_results(project: QgsProject, clusters: List[dict], conflicts: List[dict]) -> List[QgsVectorLayer]:
    """Result layers as the detection writes them (contract fields), in KIP's results group."""
    group = kip_project.ensure_group(project, "results", "KIP results")
    cluster_layer = memory_layer(
        "Polygon",
        "combinations",
        [
            (S.R_CLUSTER_ID, "integer"),
            (S.R_N_WORKS, "integer"),
            (S.R_WORK_IDS, "string"),
            (S.R_OWNERS, "string"),
            (S.R_DIGS_SAVED, "integer"),
        ],
        clusters,
        "POLYGON((170000 450000, 170100 450000, 170100 450100, 170000 450000))",
    )
    conflict_layer = memory_layer(
        "LineString",
        "conflicts",
        [(S.R_CONFLICT_ID, "integer"), (S.R_KIND, "string"), (S.R_WORK_A, "string"), (S.R_WORK_B, "string")],
        conflicts,
        "LINESTRING(170000 450000, 170100 450100)",
    )
    for layer in (cluster_layer, conflict_layer):
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    settle()
    return [cluster_layer, conflict_layer]

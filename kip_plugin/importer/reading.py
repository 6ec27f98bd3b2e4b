"""Reading a delivery layer through a mapping: values per KIP field and a geometry per row."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsGeometry,
    QgsPointXY,
    QgsVectorLayer,
)

from ..core.problems import Problem, ProblemError
from ..core.schema import QT_TRANSLATE_NOOP
from .convert import parse_number
from .mapping import ImportPreset, guess_geometry_fields
from .qvalues import to_py

FIELD, EXPRESSION = "field", "expression"
_ALL_COLUMNS = "*"  # what referencedColumns() says for an expression that needs every field


@dataclass
class PreparedMapping:
    """The mapping checked against one source: KIP field -> (field name) or (expression)."""

    entries: Dict[str, Tuple[str, object]]
    x_field: str = ""
    y_field: str = ""
    wkt_field: str = ""


def prepare(layer: QgsVectorLayer, preset: ImportPreset) -> PreparedMapping:
    """Check the mapping against the layer's fields; raise ProblemError naming every field that is missing."""
    names = [f.name() for f in layer.fields()]
    lower = {n.lower(): n for n in names}
    entries: Dict[str, Tuple[str, object]] = {}
    missing: List[str] = []
    for kip, spec in preset.fields.items():
        if spec.lower() in lower:
            entries[kip] = (FIELD, lower[spec.lower()])
            continue
        expression = QgsExpression(spec)
        if expression.hasParserError():
            missing.append("{kip} ← '{spec}'".format(kip=kip, spec=spec))
            continue
        absent = [c for c in expression.referencedColumns() if c and c != _ALL_COLUMNS and c.lower() not in lower]
        if absent:
            missing.append("{kip} ← '{spec}'".format(kip=kip, spec=spec))
            continue
        entries[kip] = (EXPRESSION, expression)
    geometry = {}
    if not layer.isSpatial():
        geometry = guess_geometry_fields(names)
        for role, name in (("x", preset.x_field), ("y", preset.y_field), ("wkt", preset.wkt_field)):
            if name:
                if name.lower() in lower:
                    geometry[role] = lower[name.lower()]
                else:
                    missing.append("{role} ← '{name}'".format(role=role, name=name))
    if missing:
        raise ProblemError(
            QT_TRANSLATE_NOOP(
                "@default", "The mapping uses fields that this source does not have: {missing}. The source has the fields: {fields}. "
                "Adjust the mapping (a saved mapping may be from an older delivery)."
            ),
            missing="; ".join(missing), fields=", ".join(names) or "-",
        )
    return PreparedMapping(entries, geometry.get("x", ""), geometry.get("y", ""), geometry.get("wkt", ""))


def guess_crs(points: Sequence[Tuple[float, float]]) -> Optional[QgsCoordinateReferenceSystem]:
    """WGS 84 for longitude/latitude, RD New for Dutch metre coordinates, else None."""
    if not points:
        return None
    if all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in points):
        return QgsCoordinateReferenceSystem("EPSG:4326")
    if all(-10000 <= x <= 300000 and 280000 <= y <= 630000 for x, y in points):
        return QgsCoordinateReferenceSystem("EPSG:28992")
    return None


def _point(x_value, y_value) -> Tuple[Optional[QgsGeometry], Optional[Problem]]:
    if x_value in (None, "") and y_value in (None, ""):
        return None, Problem(QT_TRANSLATE_NOOP("@default", "The row has no coordinates."), {"kind": "geometry"})
    try:
        x, y = parse_number(x_value), parse_number(y_value)
    except ProblemError:
        x = y = None
    if x is None or y is None:
        return None, Problem(
            QT_TRANSLATE_NOOP("@default", "The coordinates '{x}', '{y}' are not numbers."), {"x": x_value, "y": y_value, "kind": "geometry"}
        )
    return QgsGeometry.fromPointXY(QgsPointXY(x, y)), None


def _wkt(text) -> Tuple[Optional[QgsGeometry], Optional[Problem]]:
    if text in (None, ""):
        return None, Problem(QT_TRANSLATE_NOOP("@default", "The row has no geometry (its WKT field is empty)."), {"kind": "geometry"})
    geometry = QgsGeometry.fromWkt(str(text))
    if geometry.isNull():
        return None, Problem(
            QT_TRANSLATE_NOOP("@default", "'{wkt}' is not a geometry in WKT."), {"wkt": str(text)[:60], "kind": "geometry"}
        )
    return geometry, None


def read_rows(layer: QgsVectorLayer, mapping: PreparedMapping, feedback: Optional[QgsFeedback] = None):
    """The rows of ``layer`` as SourceRow objects, in order, numbered from 1; the layer is only read."""
    from .engine import ImportCancelled, SourceRow

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    total = max(1, layer.featureCount())
    rows: List[SourceRow] = []
    no_location = not layer.isSpatial() and not mapping.wkt_field and not mapping.x_field
    for number, feature in enumerate(layer.getFeatures(), start=1):
        if feedback is not None and number % 200 == 0:
            if feedback.isCanceled():
                raise ImportCancelled()
            feedback.setProgress(min(99.0, 100.0 * number / total))
        context.setFeature(feature)
        raw, problems = {}, []
        for kip, (kind, source) in mapping.entries.items():
            if kind == FIELD:
                raw[kip] = to_py(feature[source])
                continue
            value = source.evaluate(context)
            if source.hasEvalError():
                problems.append(Problem(
                    QT_TRANSLATE_NOOP("@default", "The expression for {field} failed: {error}"),
                    {"field": kip, "error": source.evalErrorString()},
                ))
                continue
            raw[kip] = to_py(value)
        if layer.isSpatial():
            geometry = QgsGeometry(feature.geometry()) if feature.hasGeometry() else None
        elif mapping.wkt_field:
            geometry, problem = _wkt(to_py(feature[mapping.wkt_field]))
            problems += [problem] if problem else []
        elif mapping.x_field:
            geometry, problem = _point(to_py(feature[mapping.x_field]), to_py(feature[mapping.y_field]))
            problems += [problem] if problem else []
        else:
            geometry = None
        if no_location:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "@default", "No location: the table has no geometry and no coordinate columns (x/y, lon/lat) or WKT column; "
                "name them in the mapping."
            ), {"kind": "geometry"}))
        rows.append(SourceRow(number, list(feature.attributes()), raw, geometry, problems))
    return rows


def source_crs(layer: QgsVectorLayer, rows, preset: ImportPreset) -> QgsCoordinateReferenceSystem:
    """The CRS of the delivery's geometries: the preset's, the layer's, or recognised from the coordinates."""
    if preset.source_crs:
        crs = QgsCoordinateReferenceSystem(preset.source_crs)
        if not crs.isValid():
            raise ProblemError(QT_TRANSLATE_NOOP("@default", "'{crs}' is not a coordinate reference system QGIS knows."), crs=preset.source_crs)
        return crs
    if layer.isSpatial() and layer.crs().isValid():
        return layer.crs()
    points = []
    for row in rows:
        if row.geometry is not None and not row.geometry.isNull():
            centre = row.geometry.boundingBox().center()
            points.append((centre.x(), centre.y()))
    if not points:
        return QgsCoordinateReferenceSystem()
    crs = guess_crs(points)
    if crs is None:
        raise ProblemError(QT_TRANSLATE_NOOP(
            "@default", "KIP cannot tell the coordinate system of the coordinates (they are neither longitude/latitude "
            "nor Dutch RD metres); give it as the source CRS."
        ))
    return crs

"""Applying the mapping to a delivery: raw values per KIP field, the party and width per row, the locations."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsFields,
    QgsGeometry,
)

from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from .areas import NONE, WKB, WKT, XY, Locations
from .judge import ImportInput
from .mapping import ImportPreset, guess_geometry_fields, guess_owner_field
from .qvalues import to_py
from .table import Delivery, unique_rows
from ..core.errors import Cancelled, KipError

OWNER_KEY, WIDTH_KEY = "owner", "width"  # the entries of the party and width expressions

FIELD, EXPRESSION = "field", "expression"
_ALL_COLUMNS = "*"  # what referencedColumns() says for an expression that needs every field


@dataclass
class PreparedMapping:
    """The mapping checked against one source: KIP field -> (field name) or (expression)."""

    entries: Dict[str, Tuple[str, object]]
    x_field: str = ""
    y_field: str = ""
    wkt_field: str = ""
    extra: Optional[Dict[str, Tuple[str, object]]] = None  # OWNER_KEY / WIDTH_KEY -> (field name) or (expression)


def prepare(fields: QgsFields, spatial: bool, preset: ImportPreset) -> PreparedMapping:
    """Check the mapping against the source's fields; raise KipError naming every field that is missing."""
    names = [f.name() for f in fields]
    lower = {n.lower(): n for n in names}
    entries: Dict[str, Tuple[str, object]] = {}
    missing: List[str] = []
    wanted = dict(preset.fields)
    if preset.owner_field:
        wanted[OWNER_KEY] = preset.owner_field
    if preset.width_expression:
        wanted[WIDTH_KEY] = preset.width_expression
    for kip, spec in wanted.items():
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
    if not spatial:
        geometry = guess_geometry_fields(names)
        for role, name in (("x", preset.x_field), ("y", preset.y_field), ("wkt", preset.wkt_field)):
            if name:
                if name.lower() in lower:
                    geometry[role] = lower[name.lower()]
                else:
                    missing.append("{role} ← '{name}'".format(role=role, name=name))
    if missing:
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "The mapping uses fields that this source does not have: {missing}. The source has the fields: {fields}. "
                "Adjust the mapping (a saved mapping may be from an older delivery)."
            ),
            missing="; ".join(missing), fields=", ".join(names) or "-",
        )
    extra = {key: entries.pop(key) for key in (OWNER_KEY, WIDTH_KEY) if key in entries}
    return PreparedMapping(entries, geometry.get("x", ""), geometry.get("y", ""), geometry.get("wkt", ""), extra)


def guess_crs(points: Sequence[Tuple[float, float]]) -> Optional[QgsCoordinateReferenceSystem]:
    """WGS 84 for longitude/latitude, RD New for Dutch metre coordinates (most points decide), else None."""
    finite = [(x, y) for x, y in points if x == x and y == y and abs(x) != float("inf") and abs(y) != float("inf")]
    if not finite:
        return None
    lonlat = sum(1 for x, y in finite if -180 <= x <= 180 and -90 <= y <= 90)
    rd = sum(1 for x, y in finite if -10000 <= x <= 300000 and 280000 <= y <= 630000)
    if lonlat > len(finite) / 2:
        return QgsCoordinateReferenceSystem("EPSG:4326")
    if rd > len(finite) / 2:
        return QgsCoordinateReferenceSystem("EPSG:28992")
    return None


def _evaluate(expression: QgsExpression, delivery: Delivery, key: str, problems: Dict[int, List[Problem]],
              feedback: Optional[QgsFeedback]) -> List[object]:
    """An expression evaluated on every row; a failure is that row's problem."""
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.globalScope())
    context.setFields(delivery.fields)
    expression.prepare(context)
    values: List[object] = []
    for row in range(len(delivery)):
        if feedback is not None and row % 1000 == 0 and feedback.isCanceled():
            raise Cancelled()
        context.setFeature(delivery.feature(row))
        value = expression.evaluate(context)
        if expression.hasEvalError():
            problems.setdefault(row, []).append(Problem(
                QT_TRANSLATE_NOOP("@default", "The expression for {field} failed: {error}"),
                {"field": key, "error": expression.evalErrorString()},
            ))
            values.append(None)
            continue
        values.append(to_py(value))
    return values


def _values(entry, delivery: Delivery, key: str, problems, feedback) -> List[object]:
    kind, source = entry
    if kind == FIELD:
        return delivery.column(source)
    return _evaluate(source, delivery, key, problems, feedback)


def locations(delivery: Delivery, mapping: PreparedMapping) -> Locations:
    """Each row's location as delivered: the layer's geometry, a WKT column or coordinate columns."""
    n = len(delivery)
    if delivery.spatial:
        return Locations(WKB, delivery.wkb, n)
    if mapping.wkt_field:
        return Locations(WKT, delivery.column(mapping.wkt_field), n)
    if mapping.x_field:
        return Locations(XY, delivery.column(mapping.x_field), n, delivery.column(mapping.y_field))
    return Locations(NONE, [], n)


def import_input(delivery: Delivery, mapping: PreparedMapping, feedback: Optional[QgsFeedback] = None) -> ImportInput:
    """The delivery as the engine takes it: raw values per KIP field, parties, widths and locations."""
    problems: Dict[int, List[Problem]] = {row: list(found) for row, found in delivery.problems.items()}
    raw = {kip: _values(entry, delivery, kip, problems, feedback) for kip, entry in mapping.entries.items()}
    extra = mapping.extra or {}
    owners = _values(extra[OWNER_KEY], delivery, "owner", problems, feedback) if OWNER_KEY in extra else None
    widths = _values(extra[WIDTH_KEY], delivery, "width", problems, feedback) if WIDTH_KEY in extra else None
    parsed = locations(delivery, mapping)
    owner_column, distinct = "", 0
    if owners is None:
        owner_column = guess_owner_field(delivery.names())
        if owner_column:
            distinct = len([v for v in unique_rows(delivery.column(owner_column))[0] if v not in (None, "")])

    def geometry(row: int):
        if delivery.spatial:
            return delivery.feature(row).geometry() if delivery.wkb[row] is not None else None
        found = parsed.geometry(row)
        if found is None:
            return None
        result = QgsGeometry()
        result.fromWkb(shapely.to_wkb(found, output_dimension=2))
        return result

    return ImportInput(
        rows=delivery.rows, raw=raw, locations=parsed, attributes=delivery.attributes, geometry=geometry,
        problems=problems, owners=owners, widths=widths, notes=list(delivery.notes),
        owner_column=owner_column, owner_column_values=distinct, blank_rows=delivery.blank_rows,
        release=delivery.keep_only,
    )


def source_crs(delivery: Delivery, parsed: Locations, preset: ImportPreset) -> QgsCoordinateReferenceSystem:
    """The CRS of the delivery's geometries: the preset's, the layer's, or recognised from the coordinates."""
    if preset.source_crs:
        crs = QgsCoordinateReferenceSystem(preset.source_crs)
        if not crs.isValid():
            message = QT_TRANSLATE_NOOP("@default", "'{crs}' is not a coordinate reference system QGIS knows.")
            raise KipError(message, crs=preset.source_crs)
        return crs
    if delivery.spatial and delivery.crs.isValid():
        return delivery.crs
    points = parsed.centres()
    if not points:
        return QgsCoordinateReferenceSystem()
    crs = guess_crs(points)
    if crs is None:
        raise KipError(QT_TRANSLATE_NOOP(
            "@default", "KIP cannot tell the coordinate system of the coordinates (they are neither longitude/latitude "
            "nor Dutch RD metres); give it as the source CRS."
        ))
    return crs

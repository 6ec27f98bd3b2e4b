"""A DATEX II publication as rows to import: its records' values, locations and problems."""
from __future__ import annotations

import os
from typing import Any, Dict, List, Tuple

from qgis.core import (
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsGeometryCollection,
    QgsLineString,
    QgsMultiLineString,
    QgsMultiPoint,
    QgsPoint,
)
from qgis.PyQt.QtCore import QVariant

from ..core import schema as S
from ..core.errors import KipError
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from .datex2 import ORIGINAL_FIELDS, Datex2Record, group_by_situation, parse
from .engine import ImportInput

WGS84 = "EPSG:4326"
# The fields a DATEX II record fills.
DATEX_FIELDS = (S.F_WORK_ID, S.F_TITLE, S.F_DESCRIPTION, S.F_WORK_TYPE, S.F_STATUS, S.F_START, S.F_END,
                S.F_ROAD_CLOSURE, S.F_DISRUPTION, S.F_SOURCE)


def read_records(path: str, per_situation: bool = False) -> Tuple[List[Datex2Record], Any]:
    """The records of the publication in the file ``path`` (one per situation if asked) and its time."""
    if not path or not os.path.isfile(path):
        raise KipError(QT_TRANSLATE_NOOP("@default", "The file '{path}' does not exist."), path=path)
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        publication = parse(data)
    except KipError as error:
        raise KipError(QT_TRANSLATE_NOOP("@default", "'{path}': {problem}"), path=os.path.basename(path),
                       problem=error) from None
    records = group_by_situation(publication.records) if per_situation else publication.records
    if not records:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The publication holds no situation records; nothing was imported."))
    return records, publication.publication_time


def record_geometry(record: Datex2Record) -> QgsGeometry:
    """The record's lines and points in WGS 84; empty when it has no coordinates."""
    parts = [QgsLineString([QgsPoint(x, y) for x, y in line]) for line in record.lines]
    parts += [QgsPoint(x, y) for x, y in record.points]
    if not parts:
        return QgsGeometry()
    if len(parts) == 1:
        return QgsGeometry(parts[0])
    if not record.points or not record.lines:
        multi = QgsMultiLineString() if record.lines else QgsMultiPoint()
    else:
        multi = QgsGeometryCollection()
    for part in parts:
        multi.addGeometry(part)
    return QgsGeometry(multi)


def original_fields() -> QgsFields:
    """Fields of the rejected table: the record's own values."""
    fields = QgsFields()
    for name in ORIGINAL_FIELDS:
        fields.append(QgsField(name, QVariant.String))
    return fields


def records_input(records: List[Datex2Record], publication, extent) -> ImportInput:
    """The records as rows to import: their values, work areas' lines and points, and what is wrong with each."""
    from .areas import WKB, Locations  # needs shapely, which KIP can install after it has started

    raw: Dict[str, List[Any]] = {name: [] for name in DATEX_FIELDS}
    originals: List[List[Any]] = []
    geometries: List[QgsGeometry] = []
    problems: Dict[int, List[Problem]] = {}
    for row, record in enumerate(records):
        original = record.original()
        originals.append([original[name] for name in ORIGINAL_FIELDS])
        values = record.work_values(publication)
        for name in DATEX_FIELDS:
            raw[name].append(values.get(name))
        geometry = record_geometry(record)
        found: List[Problem] = []
        if geometry.isNull():
            if record.bad_coordinates:
                found.append(Problem(
                    QT_TRANSLATE_NOOP("@default", "The coordinates '{text}' cannot be read."),
                    {"text": record.bad_coordinates, "kind": "geometry"},
                ))
            elif record.alert_c:
                found.append(Problem(
                    QT_TRANSLATE_NOOP("@default", "The record gives its location only as Alert-C location code(s) {codes}, "
                                      "without coordinates; KIP cannot place it on the map."),
                    {"codes": ", ".join(record.alert_c), "kind": "geometry"},
                ))
        elif extent is not None and not extent.isNull() and not geometry.boundingBox().intersects(extent):
            found.append(Problem(QT_TRANSLATE_NOOP("@default", "The record lies outside the chosen extent.")))
        if not record.record_id:
            found.append(Problem(QT_TRANSLATE_NOOP("@default", "The record has no id.")))
        if found:
            problems[row] = found
        geometries.append(geometry)
    wkb = [None if g.isNull() else bytes(g.asWkb()) for g in geometries]
    return ImportInput(
        rows=list(range(1, len(records) + 1)), raw=raw, locations=Locations(WKB, wkb, len(records)),
        attributes=lambda row: originals[row],
        geometry=lambda row: None if geometries[row].isNull() else QgsGeometry(geometries[row]),
        problems=problems,
    )

"""The import itself: rows of a delivery become works of one party, in one transaction.

Every row read ends up in exactly one of imported, updated, unchanged or rejected.
Nothing is written until every row has been judged; then all changes go to the
store in one transaction, or none do.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsFeedback,
    QgsGeometry,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime

from ..core import schema as S
from ..core.dates import DateReader, detect_order
from ..core.problems import Problem, ProblemError
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import tr
from ..store.kipstore import KipStore
from ..store.transaction import StoreWriteError, provider_error, works_transaction
from .changes import UNCHANGED, Change, compare
from .convert import RowRules, convert_row, date_fields
from .mapping import ImportPreset
from .qvalues import to_py, to_qgis, tr_problem

APPEND, REPLACE = "append", "replace"
MODES = (APPEND, REPLACE)
# Geometries closer than this (metres) count as the same work area: exports round coordinates.
GEOMETRY_TOLERANCE = 0.05


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class SourceRow:
    """One row of a delivery, as read."""

    number: int  # 1-based, in the order of the delivery
    attributes: List[Any]  # original values, for the rejected output
    raw: Dict[str, Any]  # KIP field -> value as read
    geometry: Optional[QgsGeometry]  # in the source CRS; None when the row has none
    problems: List[Problem] = field(default_factory=list)


@dataclass
class ImportOptions:
    """What the user asked for."""

    owner: str
    mapped: Tuple[str, ...]
    preset: ImportPreset = field(default_factory=ImportPreset)
    mode: str = APPEND
    cancel_missing: bool = False
    reject_unknown_codes: bool = True
    source_label: str = ""
    source_crs: QgsCoordinateReferenceSystem = field(default_factory=QgsCoordinateReferenceSystem)


@dataclass
class RejectedRow:
    """A row that could not be used, and why (in the user's language)."""

    number: int
    attributes: List[Any]
    geometry: Optional[QgsGeometry]
    reason: str


@dataclass
class ImportResult:
    """What the import did."""

    rows_read: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: List[RejectedRow] = field(default_factory=list)
    changes: List[Change] = field(default_factory=list)
    geometries: Dict[str, QgsGeometry] = field(default_factory=dict)  # work_id -> work area (store CRS)
    repaired: int = 0
    unknown_codes: Dict[str, Dict[str, int]] = field(default_factory=dict)
    keyword_codes: Dict[str, Tuple[str, str]] = field(default_factory=dict)

    @property
    def rejected_count(self) -> int:
        """Number of rows that could not be used."""
        return len(self.rejected)


def _problem(template: str, **params: Any) -> Problem:
    return Problem(template, params)


class GeometryMaker:
    """Turns a delivered geometry into a KIP work area: transformed, repaired, buffered, multi-polygon."""

    def __init__(self, source_crs: QgsCoordinateReferenceSystem, store_crs: QgsCoordinateReferenceSystem,
                 context: QgsCoordinateTransformContext, preset: ImportPreset) -> None:
        self.transform = QgsCoordinateTransform(source_crs, store_crs, context) if source_crs.isValid() else None
        self.preset = preset
        self.repaired = 0

    def make(self, geometry: Optional[QgsGeometry], work_type: Optional[str]) -> Tuple[Optional[QgsGeometry], Optional[Problem]]:
        """The work area, or a problem in words."""
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return None, _problem(QT_TRANSLATE_NOOP("@default", "The row has no geometry (no location)."))
        if self.transform is None:
            return None, _problem(QT_TRANSLATE_NOOP("@default", "The source has no coordinate reference system; give one."))
        geom = QgsGeometry(geometry)
        try:
            if geom.transform(self.transform) != 0:
                raise QgsCsException("transform")
        except QgsCsException:
            return None, _problem(
                QT_TRANSLATE_NOOP("@default", "The location cannot be converted to the KIP's coordinate system ({crs})."),
                crs=self.transform.destinationCrs().authid(),
            )
        if QgsWkbTypes.isCurvedType(geom.wkbType()):
            geom = QgsGeometry(geom.constGet().segmentize())
        # The works table is 2-D; heights and measures of the source play no part in planning.
        geom.get().dropZValue()
        geom.get().dropMValue()
        # A collection (e.g. a road-works situation with lines and points) is made part by part.
        parts = geom.asGeometryCollection() if geom.type() == QgsWkbTypes.UnknownGeometry else [geom]
        areas, repaired = [], False
        for part in parts:
            kind = part.type()
            if kind in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry):
                width = self.preset.width_for(work_type, kind == QgsWkbTypes.PointGeometry)
                areas.append(part.buffer(width / 2.0, 8))
            elif kind == QgsWkbTypes.PolygonGeometry and not part.isGeosValid():
                fixed = part.makeValid()
                if fixed.isNull() or fixed.isEmpty():
                    return None, _problem(QT_TRANSLATE_NOOP("@default", "The area is invalid and cannot be repaired."))
                areas.append(fixed)
                repaired = True
            elif kind == QgsWkbTypes.PolygonGeometry:
                areas.append(part)
            else:
                return None, _problem(QT_TRANSLATE_NOOP("@default", "The geometry is of a kind KIP cannot use as a work area."))
        if not areas:
            return None, _problem(QT_TRANSLATE_NOOP("@default", "The row has no geometry (no location)."))
        geom = areas[0] if len(areas) == 1 else QgsGeometry.unaryUnion(areas)
        self.repaired += repaired
        if geom.type() != QgsWkbTypes.PolygonGeometry or QgsWkbTypes.isMultiType(geom.wkbType()) is False:
            geom = geom.convertToType(QgsWkbTypes.PolygonGeometry, True) or QgsGeometry()
        if geom.isNull() or geom.isEmpty() or geom.area() <= 0:
            return None, _problem(QT_TRANSLATE_NOOP("@default", "The location has no area, even after buffering; check the widths."))
        return geom, None


def _old_values(feature: QgsFeature) -> Dict[str, Any]:
    names = feature.fields().names()
    return {name: to_py(feature[name]) for name in S.WORK_FIELD_NAMES if name in names}


def _same_geometry(old: QgsGeometry, new: QgsGeometry) -> bool:
    if old.isNull() or new.isNull():
        return old.isNull() and new.isNull()
    if old.isGeosEqual(new):
        return True
    return old.hausdorffDistance(new) <= GEOMETRY_TOLERANCE


def _check_cancel(feedback: Optional[QgsFeedback]) -> None:
    if feedback is not None and feedback.isCanceled():
        raise ImportCancelled()


def run_import(store: KipStore, rows: List[SourceRow], options: ImportOptions,
               context: Optional[QgsCoordinateTransformContext] = None,
               feedback: Optional[QgsFeedback] = None) -> ImportResult:
    """Judge every row, then write the accepted ones in one transaction; raise on failure (nothing written)."""
    result = ImportResult(rows_read=len(rows))
    preset = options.preset
    rules = RowRules(
        owner=options.owner,
        mapped=options.mapped,
        date_reader=DateReader(preset.date_formats),
        date_orders={name: detect_order(r.raw.get(name) for r in rows) for name in date_fields()},
        code_values=preset.code_values,
        reject_unknown_codes=options.reject_unknown_codes,
        id_prefix=preset.id_prefix,
        source=options.source_label,
    )
    maker = GeometryMaker(options.source_crs, store.crs, context or QgsCoordinateTransformContext(), preset)
    accepted: Dict[str, Tuple[SourceRow, Dict[str, Any], QgsGeometry]] = {}
    first_row: Dict[str, int] = {}
    step = max(1, len(rows) // 50)
    for i, row in enumerate(rows):
        if i % step == 0:
            _check_cancel(feedback)
            if feedback is not None:
                feedback.setProgress(40.0 * i / max(1, len(rows)))
        values, problems = convert_row(row.raw, rules)
        problems = list(row.problems) + problems
        geometry, geometry_problem = maker.make(row.geometry, values.get(S.F_WORK_TYPE))
        # Reading already said why a row has no location; do not say it twice.
        told = row.geometry is None and any(p.params.get("kind") == "geometry" for p in row.problems)
        if geometry_problem is not None and not told:
            problems.append(geometry_problem)
        if S.F_WORK_ID not in options.mapped:
            values[S.F_WORK_ID] = rules.new_id()
        work_id = values.get(S.F_WORK_ID)
        if work_id and work_id in first_row:
            problems.append(_problem(
                QT_TRANSLATE_NOOP("@default", "The work id '{id}' appears more than once in the delivery (first in row {row})."),
                id=work_id, row=first_row[work_id],
            ))
        elif work_id:
            first_row[work_id] = row.number
        if problems:
            reason = " ".join(tr_problem(p) for p in problems)
            result.rejected.append(RejectedRow(row.number, row.attributes, row.geometry, reason))
            continue
        accepted[work_id] = (row, values, geometry)
    result.repaired = maker.repaired
    for name, mapper in rules.mappers.items():
        if mapper.unknown:
            result.unknown_codes[name] = dict(mapper.unknown)
        result.keyword_codes.update(mapper.by_keyword)

    layer = store.works_layer()
    existing: Dict[str, Tuple[int, str, Dict[str, Any], QgsGeometry]] = {}
    for feature in layer.getFeatures():
        existing[feature[S.F_WORK_ID]] = (feature.id(), feature[S.F_OWNER], _old_values(feature), QgsGeometry(feature.geometry()))
    _check_cancel(feedback)

    # The source label names the delivery file; a new file name alone is no change of plan.
    compared = tuple(n for n in options.mapped if n != S.F_WORK_ID)
    inserts: List[Tuple[Dict[str, Any], QgsGeometry]] = []
    updates: List[Tuple[int, Dict[str, Any], Optional[QgsGeometry]]] = []
    for work_id, (row, values, geometry) in accepted.items():
        old = existing.get(work_id)
        if old is None:
            if S.F_STATUS not in values or values[S.F_STATUS] is None:
                values[S.F_STATUS] = "planned"
            result.changes.append(compare(work_id, None, values))
            result.geometries[work_id] = geometry
            inserts.append((values, geometry))
            continue
        fid, owner, old_values, old_geometry = old
        if owner != options.owner:
            reason = tr_problem(_problem(
                QT_TRANSLATE_NOOP("@default", "The work id '{id}' belongs to a work of '{owner}' in the KIP; give this party's works their own ids (or an id prefix)."),
                id=work_id, owner=owner,
            ))
            result.rejected.append(RejectedRow(row.number, row.attributes, row.geometry, reason))
            continue
        if S.F_STATUS not in options.mapped and old_values.get(S.F_STATUS) == "cancelled":
            # A work that is delivered again is no longer cancelled.
            values[S.F_STATUS] = "planned"
        fields = compared + ((S.F_STATUS,) if S.F_STATUS in values else ())
        geometry_changed = not _same_geometry(old_geometry, geometry)
        change = compare(work_id, old_values, values, geometry_changed, fields)
        result.geometries[work_id] = geometry
        if change.kind == UNCHANGED:
            result.unchanged += 1
            continue
        result.changes.append(change)
        changed = {n: values[n] for n in change.changed_fields if n in values}
        updates.append((fid, changed, geometry if geometry_changed else None))
    result.rejected.sort(key=lambda r: r.number)

    cancels: List[int] = []
    if options.mode == REPLACE:
        delivered = set(accepted)
        for work_id, (fid, owner, old_values, old_geometry) in existing.items():
            if owner != options.owner or work_id in delivered or old_values.get(S.F_STATUS) == "cancelled":
                continue
            change = compare(work_id, old_values, None)
            change.cancelled = options.cancel_missing
            result.changes.append(change)
            result.geometries[work_id] = old_geometry
            if options.cancel_missing:
                cancels.append(fid)
    result.imported = len(inserts)
    result.updated = len(updates)
    _check_cancel(feedback)
    if feedback is not None:
        feedback.setProgress(50.0)
    if inserts or updates or cancels:
        _write(layer, inserts, updates, cancels, feedback)
    if feedback is not None:
        feedback.setProgress(100.0)
    return result


def _write(layer, inserts, updates, cancels, feedback) -> None:
    """All changes in one transaction; any failure or cancel rolls everything back."""
    fields = layer.fields()
    now = QDateTime.currentDateTime()
    updated_at = fields.indexOf(S.F_UPDATED_AT)
    status = fields.indexOf(S.F_STATUS)
    total = max(1, len(inserts) + len(updates) + len(cancels))
    done = 0
    with works_transaction(layer) as editing:
        for fid, changed, geometry in updates:
            attributes = {fields.indexOf(n): to_qgis(v) for n, v in changed.items()}
            attributes[updated_at] = now
            if not editing.changeAttributeValues(fid, attributes):
                raise StoreWriteError(tr("Could not update a work in the KIP: {error}").format(error=provider_error(editing)))
            if geometry is not None and not editing.changeGeometry(fid, geometry):
                raise StoreWriteError(tr("Could not update a work area in the KIP: {error}").format(error=provider_error(editing)))
            done += 1
            _progress(feedback, done, total)
        for fid in cancels:
            if not editing.changeAttributeValues(fid, {status: "cancelled", updated_at: now}):
                raise StoreWriteError(tr("Could not cancel a work in the KIP: {error}").format(error=provider_error(editing)))
            done += 1
            _progress(feedback, done, total)
        for values, geometry in inserts:
            feature = QgsFeature(fields)
            for name, value in values.items():
                feature[name] = to_qgis(value)
            feature[S.F_UPDATED_AT] = now
            feature.setGeometry(geometry)
            if not editing.addFeature(feature):
                raise StoreWriteError(
                    tr("Could not add the work '{id}' to the KIP: {error}").format(
                        id=values.get(S.F_WORK_ID), error=provider_error(editing)
                    )
                )
            done += 1
            _progress(feedback, done, total)


def _progress(feedback: Optional[QgsFeedback], done: int, total: int) -> None:
    if feedback is None:
        return
    if feedback.isCanceled():
        raise ImportCancelled()
    feedback.setProgress(50.0 + 50.0 * done / total)


def problem_message(error: ProblemError) -> str:
    """A whole-import problem in the user's language."""
    return tr_problem(error.problem)


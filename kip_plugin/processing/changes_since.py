"""kip:changessince — what changed in a KIP since a moment: which works, who, when, what."""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Dict

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, QVariant, Qt

from ..core import schema as S
from ..i18n import tr
from ..importer.qvalues import fields_of
from ..store import history
from .algorithm import SharedKipGroup
from .import_common import KipIoAlgorithm
from .store_parameter import KipStoreParameter


def change_fields() -> QgsFields:
    """The fields of the OUTPUT layer (a contract)."""
    return fields_of(((S.H_WORK_ID, QVariant.String), (S.H_OWNER, QVariant.String),
                      (S.H_OPERATION, QVariant.String), (S.H_CHANGED_BY, QVariant.String),
                      (S.H_CHANGED_AT, QVariant.DateTime), (S.H_CHANGED_FIELDS, QVariant.String),
                      (S.H_OLD_VALUES, QVariant.String), (S.H_NEW_VALUES, QVariant.String)))


def _json(values) -> Any:
    if values is None:
        return None
    shown = {k: v for k, v in values.items() if k != S.GEOMETRY_COLUMN}  # the area is the feature's geometry
    return json.dumps(shown, ensure_ascii=False, sort_keys=True)


class ChangesSinceAlgorithm(SharedKipGroup, KipIoAlgorithm):
    """Lists the history of a KIP since a date and time, per party and area if asked."""

    SINCE = "SINCE"
    PARTIES = "PARTIES"
    AREA = "AREA"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def name(self) -> str:
        return "changessince"

    def displayName(self) -> str:
        return tr("Changes since…")

    def shortHelpString(self) -> str:
        return tr(
            "Lists every work that was added, changed or deleted in the KIP since SINCE (a date and time), oldest "
            "first: work_id, owner, operation (insert, update or delete), changed_by (the database login; empty for a "
            "GeoPackage), changed_at, changed_fields, and the values before and after as JSON. Each row has the work's "
            "area (as it was after the change; before it, for a deletion). PARTIES: only these parties (codes "
            "separated by commas; empty: all). AREA: only works whose area touches these polygons (e.g. one district). "
            "STORE: a .gpkg file or a shared KIP's postgresql:// address (empty: the KIP open in this project)."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(KipStoreParameter(self.STORE, tr("KIP store (empty: the KIP open in this project)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(self.SINCE, tr("Changed since")))
        self.addParameter(QgsProcessingParameterString(self.PARTIES, tr("Only these parties (codes)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AREA, tr("Only works in this area (e.g. a district)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Changes"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Changes listed")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        store = self.store(parameters, context, writable=False)
        since: QDateTime = self.parameterAsDateTime(parameters, self.SINCE, context)
        if not since.isValid():
            raise QgsProcessingException(tr("Give the date and time since when changes are listed (SINCE)."))
        if not store.has_history:
            raise QgsProcessingException(
                tr("The KIP '{path}' keeps no history yet (schema version {version}); open it once for writing to "
                   "bring it up to date.").format(path=store.address, version=store.schema_version))
        wanted = [c.strip() for c in self.parameterAsString(parameters, self.PARTIES, context).split(",") if c.strip()]
        known = {p.code for p in store.parties()}
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise QgsProcessingException(
                tr("Unknown parties: {codes}; this KIP has: {known}.").format(
                    codes=", ".join(unknown), known=", ".join(sorted(known))))
        area = self._area(parameters, context, store)
        moment = since.toUTC().toPyDateTime().replace(tzinfo=_dt.timezone.utc)
        changes = history.changes(store, since=moment, parties=wanted or None)
        fields = change_fields()
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, store.crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        count = 0
        step = max(1, len(changes) // 100)
        for i, change in enumerate(changes):
            if i % step == 0:
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                feedback.setProgress(100.0 * i / max(1, len(changes)))
            geometry = history.geometry_from_hex(change.version_values().get(S.GEOMETRY_COLUMN))
            if area is not None and (geometry.isNull() or not geometry.intersects(area)):
                continue
            feature = QgsFeature(fields)
            moment_at = QDateTime.fromString(change.changed_at.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3], Qt.ISODateWithMs)
            moment_at.setTimeSpec(Qt.UTC)
            feature.setAttributes([
                change.work_id, change.owner, change.operation, change.changed_by, moment_at.toLocalTime(),
                ", ".join(change.changed_fields), _json(change.old_values), _json(change.new_values),
            ])
            if not geometry.isNull():
                feature.setGeometry(geometry)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            count += 1
        feedback.pushInfo(tr("{n} changes since {since}.").format(n=count, since=since.toString(Qt.ISODate)))
        return {self.OUTPUT: dest, self.COUNT: count}

    def _area(self, parameters, context, store):
        source = self.parameterAsSource(parameters, self.AREA, context)
        if source is None:
            return None
        transform = QgsCoordinateTransform(source.sourceCrs(), store.crs, context.transformContext())
        parts = []
        for feature in source.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if not geometry.isNull():
                geometry.transform(transform)
                parts.append(geometry)
        if not parts:
            raise QgsProcessingException(tr("The area layer has no polygons."))
        return QgsGeometry.unaryUnion(parts)

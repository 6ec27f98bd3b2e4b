"""kip:importdatex2 — import road-works situations published as DATEX II (e.g. by the Dutch national platform)."""
from __future__ import annotations

import os
from typing import Any, Dict, List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsGeometryCollection,
    QgsLineString,
    QgsMultiLineString,
    QgsMultiPoint,
    QgsPoint,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import schema as S
from ..core.errors import KipError
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from ..i18n import error_text, tr
from ..importer import datex2
from ..detection.needs import missing_engine
from ..importer.engine import ImportInput, ImportOptions, run_import
from ..importer.mapping import ImportPreset
from .import_common import KipImportAlgorithm

WGS84 = "EPSG:4326"
# The fields a DATEX II record fills.
DATEX_FIELDS = (S.F_WORK_ID, S.F_TITLE, S.F_DESCRIPTION, S.F_WORK_TYPE, S.F_STATUS, S.F_START, S.F_END,
                S.F_ROAD_CLOSURE, S.F_DISRUPTION, S.F_SOURCE)


def record_geometry(record: datex2.Datex2Record) -> QgsGeometry:
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
    for name in datex2.ORIGINAL_FIELDS:
        fields.append(QgsField(name, QVariant.String))
    return fields


class ImportDatex2Algorithm(KipImportAlgorithm):
    """Road-works situations from a DATEX II publication become works of one party."""

    INPUT = "INPUT"
    GROUP_BY = "GROUP_BY"
    LINE_WIDTH = "LINE_WIDTH"
    POINT_WIDTH = "POINT_WIDTH"
    EXTENT = "EXTENT"

    def name(self) -> str:
        return "importdatex2"

    def displayName(self) -> str:
        return tr("Import road works (DATEX II)")

    def shortHelpString(self) -> str:
        return tr(
            "Imports road-works situations from a DATEX II publication (version 3 or 2), the format of the Dutch "
            "national road-works platform.\n\n"
            "Each situation record (or each situation, if you choose) becomes a work: its id, its period "
            "(overall start and end), its location (WGS 84 lines and points, buffered to work areas), whether "
            "it closes the road, and its disruption. Records located only by an Alert-C code, without coordinates, "
            "are rejected with the reason. With an extent, records outside it are rejected as outside the area.\n"
            "OWNER: the party the road works belong to (add it first, e.g. 'rijkswaterstaat')."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT, tr("DATEX II publication"), behavior=QgsProcessingParameterFile.File,
                fileFilter=tr("DATEX II (*.xml);;All files (*)"),
            )
        )
        self.add_store_parameter()
        self.add_owner_parameter()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GROUP_BY, tr("One work per"), options=[tr("Situation record"), tr("Situation")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.LINE_WIDTH, tr("Width of work areas along roads (m)"),
                                         QgsProcessingParameterNumber.Double, defaultValue=10.0, minValue=0.01)
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.POINT_WIDTH, tr("Width of work areas around points (m)"),
                                         QgsProcessingParameterNumber.Double, defaultValue=50.0, minValue=0.01)
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Only records within"), optional=True))
        self.add_mode_parameters()
        self.add_outputs()

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        store = self.store(parameters, context)
        owner = self.owner(parameters, context, store)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path or not os.path.isfile(path):
            raise QgsProcessingException(tr("The file '{path}' does not exist.").format(path=path))
        with open(path, "rb") as handle:
            data = handle.read()
        try:
            publication = datex2.parse(data)
        except KipError as error:
            raise QgsProcessingException(
                tr("'{path}': {problem}").format(path=os.path.basename(path), problem=error_text(error))
            )
        records = publication.records
        if self.parameterAsEnum(parameters, self.GROUP_BY, context) == 1:
            records = datex2.group_by_situation(records)
        if not records:
            raise QgsProcessingException(tr("The publication holds no situation records; nothing was imported."))
        feedback.pushInfo(tr("{n} records read.").format(n=len(records)))
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
        if missing_engine():
            raise QgsProcessingException(tr(
                "KIP's import needs the Python package shapely 2, as the detection does; see the installation guide. "
                "Nothing was imported."))
        data = self._input(records, publication.publication_time, extent)
        preset = ImportPreset(
            point_width=self.parameterAsDouble(parameters, self.POINT_WIDTH, context),
            line_width=self.parameterAsDouble(parameters, self.LINE_WIDTH, context),
            id_prefix="",
        )
        options = ImportOptions(
            owner=owner, mapped=DATEX_FIELDS, preset=preset, mode=self.mode(parameters, context),
            cancel_missing=self.parameterAsBool(parameters, self.CANCEL_MISSING, context),
            reject_unknown_codes=False, source_label="", source_crs=wgs84,
        )
        result = self.run_guarded(lambda: run_import(store, data, options, feedback))
        return self.write_outputs(
            parameters, context, feedback, result, original_fields(), QgsWkbTypes.GeometryCollection, wgs84, store
        )

    def _input(self, records: List[datex2.Datex2Record], publication, extent) -> ImportInput:
        from ..importer.areas import WKB, Locations

        raw: Dict[str, List[Any]] = {name: [] for name in DATEX_FIELDS}
        originals: List[List[Any]] = []
        geometries: List[QgsGeometry] = []
        problems: Dict[int, List[Problem]] = {}
        for row, record in enumerate(records):
            original = record.original()
            originals.append([original[name] for name in datex2.ORIGINAL_FIELDS])
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

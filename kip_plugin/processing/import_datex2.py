"""kip:importdatex2 — import road-works situations published as DATEX II (e.g. by the Dutch national platform)."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..i18n import tr
from ..detection.needs import missing_engine
from ..importer.datex2_input import DATEX_FIELDS, WGS84, original_fields, read_records, records_input
from ..importer.engine import ImportOptions, run_import
from ..importer.mapping import ImportPreset
from .import_common import KipImportAlgorithm

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
        records, publication_time = read_records(self.parameterAsFile(parameters, self.INPUT, context),
                                                 self.parameterAsEnum(parameters, self.GROUP_BY, context) == 1)
        feedback.pushInfo(tr("{n} records read.").format(n=len(records)))
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
        if missing_engine():
            raise QgsProcessingException(tr(
                "KIP's import needs the Python package shapely 2, as the detection does; see the installation guide. "
                "Nothing was imported."))
        data = records_input(records, publication_time, extent)
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

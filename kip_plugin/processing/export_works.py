"""kip:exportworks — the KIP's works as GeoJSON or CSV for partners."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..i18n import tr
from ..store.export import export_works
from .import_common import KipIoAlgorithm


class ExportWorksAlgorithm(KipIoAlgorithm):
    """Writes the works (all, or some parties') to a GeoJSON or CSV file."""

    PARTIES = "PARTIES"
    INCLUDE_CANCELLED = "INCLUDE_CANCELLED"
    SEPARATOR = "SEPARATOR"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"
    SEPARATORS = (";", ",")

    def name(self) -> str:
        return "exportworks"

    def displayName(self) -> str:
        return tr("Export works for partners")

    def shortHelpString(self) -> str:
        return tr(
            "Writes the works of the KIP to a file for partners: GeoJSON (WGS 84, as the GeoJSON standard asks) "
            "or CSV (UTF-8 with BOM, geometry as WKT in the KIP's coordinate system, dates as yyyy-mm-dd; a text that "
            "a spreadsheet would run as a formula, starting with =, +, -, @, tab or return, gets a leading ' so that it "
            "stays text). "
            "The file type follows the extension. PARTIES: codes separated by commas (empty: all). "
            "The file appears only when it is complete: an earlier file of the same name stays as it was until then. "
            "The file can be imported again with Import plan."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add_store_parameter()
        self.addParameter(QgsProcessingParameterString(self.PARTIES, tr("Only these parties (codes)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.INCLUDE_CANCELLED, tr("Include cancelled works"), defaultValue=False))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SEPARATOR, tr("CSV separator"), options=[tr("Semicolon (Dutch Excel)"), tr("Comma")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Export file"), fileFilter=tr("GeoJSON (*.geojson);;CSV (*.csv)"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Works exported")))

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        store = self.store(parameters, context, writable=False)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        wanted = [c.strip() for c in self.parameterAsString(parameters, self.PARTIES, context).split(",") if c.strip()]
        count = export_works(
            store, path, wanted, self.parameterAsBool(parameters, self.INCLUDE_CANCELLED, context),
            self.SEPARATORS[self.parameterAsEnum(parameters, self.SEPARATOR, context)], context.transformContext(),
            feedback)
        feedback.pushInfo(tr("{n} works written to '{path}'.").format(n=count, path=path))
        return {self.OUTPUT: path, self.COUNT: count}

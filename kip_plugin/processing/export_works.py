"""kip:exportworks — the KIP's works as GeoJSON or CSV for partners."""
from __future__ import annotations

import os
from typing import Any, Dict

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsMemoryProviderUtils,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..atomic import atomic_output, is_disk_full, short
from ..core import schema as S
from ..i18n import tr
from ..importer.qvalues import to_py
from .import_common import KipIoAlgorithm

_QTYPES = {S.TEXT: QVariant.String, S.DATE: QVariant.String, S.DATETIME: QVariant.String,
           S.BOOL: QVariant.Bool, S.REAL: QVariant.Double, S.INTEGER: QVariant.LongLong}


def export_fields() -> QgsFields:
    """The works schema, with dates as ISO text so every program reads them the same way."""
    fields = QgsFields()
    for spec in S.WORK_FIELDS:
        fields.append(QgsField(spec.name, _QTYPES[spec.kind]))
    return fields


# A cell starting with one of these is a formula to a spreadsheet program (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: Any) -> Any:
    """A text a spreadsheet would run as a formula, made plain text by a leading quote (OWASP's rule)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _iso(value: Any) -> Any:
    value = to_py(value)
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if hasattr(value, "hour") else value.isoformat()


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
        extension = os.path.splitext(path)[1].lower()
        if extension not in (".geojson", ".json", ".csv"):
            raise QgsProcessingException(
                tr("Choose a file ending in .geojson or .csv, not '{name}'.").format(name=os.path.basename(path))
            )
        wanted = [c.strip() for c in self.parameterAsString(parameters, self.PARTIES, context).split(",") if c.strip()]
        known = {p.code for p in store.parties()}
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise QgsProcessingException(
                tr("Unknown parties: {codes}; this KIP has: {known}.").format(codes=", ".join(unknown), known=", ".join(sorted(known)))
            )
        include_cancelled = self.parameterAsBool(parameters, self.INCLUDE_CANCELLED, context)
        as_csv = extension == ".csv"
        fields = export_fields()
        memory = QgsMemoryProviderUtils.createMemoryLayer("works", fields, QgsWkbTypes.MultiPolygon, store.crs)
        works = store.works_layer()
        features = []
        for feature in works.getFeatures():
            if feedback.isCanceled():
                raise QgsProcessingException(tr("The export was cancelled; no file was written."))
            if wanted and feature[S.F_OWNER] not in wanted:
                continue
            if not include_cancelled and feature[S.F_STATUS] == S.STATUS_CANCELLED:
                continue
            out = QgsFeature(fields)
            for spec in S.WORK_FIELDS:
                if spec.optional and feature.fields().indexOf(spec.name) < 0:
                    continue  # a store made before the field existed
                value = feature[spec.name]
                value = _iso(value) if spec.kind in (S.DATE, S.DATETIME) else to_py(value)
                out[spec.name] = neutralised(value) if as_csv else value
            out.setGeometry(feature.geometry())
            features.append(out)
        if not memory.dataProvider().addFeatures(features)[0]:
            raise QgsProcessingException(tr("Could not prepare the works for writing; no file was written."))
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.fileEncoding = "UTF-8"
        if extension == ".csv":
            separator = self.SEPARATORS[self.parameterAsEnum(parameters, self.SEPARATOR, context)]
            options.driverName = "CSV"
            options.layerOptions = ["GEOMETRY=AS_WKT", "WRITE_BOM=YES",
                                    "SEPARATOR=" + ("SEMICOLON" if separator == ";" else "COMMA")]
        else:
            options.driverName = "GeoJSON"
            options.layerOptions = ["RFC7946=YES", "WRITE_NAME=NO"]
            options.ct = QgsCoordinateTransform(store.crs, QgsCoordinateReferenceSystem("EPSG:4326"), context.transformContext())
        try:
            with atomic_output(path) as partial:
                error, message, _new_file, _new_layer = QgsVectorFileWriter.writeAsVectorFormatV3(
                    memory, partial, context.transformContext(), options
                )
                if error != QgsVectorFileWriter.NoError:
                    raise OSError(0, message)
                if feedback.isCanceled():
                    raise OSError(0, tr("cancelled"))
        except OSError as error:
            reason = short(error.strerror or str(error))
            if is_disk_full(error, os.path.dirname(os.path.abspath(path))):
                raise QgsProcessingException(
                    tr("The disk is full: '{path}' was not written and any earlier file of that name is unchanged.").format(
                        path=path))
            raise QgsProcessingException(
                tr("Could not write '{path}' ({error}); any earlier file of that name is unchanged.").format(
                    path=path, error=reason))
        feedback.pushInfo(tr("{n} works written to '{path}'.").format(n=len(features), path=path))
        return {self.OUTPUT: path, self.COUNT: len(features)}

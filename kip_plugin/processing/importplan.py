"""kip:importplan — import a department's or partner's plan (CSV, XLSX, shapefile, GeoJSON, GeoPackage)."""
from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import settings
from ..core.dates import split_formats
from ..core.problems import ProblemError
from ..i18n import tr
from ..importer import reading
from ..importer.engine import REPLACE, ImportOptions, problem_message, run_import
from ..importer.mapping import (
    ImportPreset,
    check_code_values,
    check_field_mapping,
    check_widths,
    guess_mapping,
    parse_pairs,
)
from ..importer.sources import forced_sheet_headers, open_path
from ..core import schema as S
from .import_common import KipImportAlgorithm, source_label


class ImportPlanAlgorithm(KipImportAlgorithm):
    """Reads a delivery through a mapping and brings its works into the KIP, in one transaction."""

    INPUT = "INPUT"
    MAPPING = "MAPPING"
    SAVE_MAPPING = "SAVE_MAPPING"
    DATE_FORMATS = "DATE_FORMATS"
    CODE_VALUES = "CODE_VALUES"
    UNKNOWN_CODES = "UNKNOWN_CODES"
    POINT_WIDTH = "POINT_WIDTH"
    LINE_WIDTH = "LINE_WIDTH"
    WIDTHS_BY_TYPE = "WIDTHS_BY_TYPE"
    X_FIELD = "X_FIELD"
    Y_FIELD = "Y_FIELD"
    WKT_FIELD = "WKT_FIELD"
    SOURCE_CRS = "SOURCE_CRS"
    ID_PREFIX = "ID_PREFIX"

    def name(self) -> str:
        return "importplan"

    def displayName(self) -> str:  # noqa: N802 (QGIS's name)
        return tr("Import plan")

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS's name)
        return tr(
            "Imports the planned works of one department or partner into the KIP.\n\n"
            "INPUT: a CSV (any encoding, ',' or ';'), XLSX, shapefile, GeoJSON or GeoPackage file, or the id of a layer "
            "in the project. Tables need coordinate columns (x/y or lon/lat) or a WKT column.\n"
            "MAPPING: one line per KIP field, 'kip_field = source field or expression' (or JSON). Empty: the mapping "
            "last saved for the party, else one guessed from the field names.\n"
            "DATE_FORMATS: e.g. 'dd-mm-yyyy; d mmmm yyyy' or 'MM/DD/YYYY hh:mm:ss AM'; empty: recognised automatically.\n"
            "CODE_VALUES: lines 'delivered value = code', e.g. 'Riolering vervangen = sewer'.\n"
            "Points and lines become work areas of the given width (metres), per work type if you like "
            "('sewer = 3').\n"
            "MODE append adds new works and updates works with a known id; replace also reports works missing from "
            "the delivery and, if asked, marks them cancelled.\n"
            "Rows that cannot be used go to the rejected layer with all their values and the reason. Nothing is "
            "written unless the whole import succeeds. STORE: the KIP GeoPackage (empty: the KIP of this project)."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS's name)
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT, tr("Delivery (file, or id of a project layer)"), behavior=QgsProcessingParameterFile.File,
                fileFilter=tr("Plans (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg *.kml *.gml);;All files (*)"),
            )
        )
        self.add_store_parameter()
        self.add_owner_parameter()
        self.addParameter(QgsProcessingParameterString(self.MAPPING, tr("Field mapping"), multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.SAVE_MAPPING, tr("Save the mapping for this party"), defaultValue=False))
        self.addParameter(QgsProcessingParameterString(self.DATE_FORMATS, tr("Date formats (empty: recognise)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.CODE_VALUES, tr("Code values"), multiLine=True, optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.UNKNOWN_CODES, tr("Unknown code values"),
                options=[tr("Reject the row"), tr("Use 'other' / 'planned' / empty")], defaultValue=0,
            )
        )
        for key, title in ((self.POINT_WIDTH, tr("Width of work areas around points (m)")),
                           (self.LINE_WIDTH, tr("Width of work areas along lines (m)"))):
            self.addParameter(
                QgsProcessingParameterNumber(key, title, QgsProcessingParameterNumber.Double, optional=True, minValue=0.01)
            )
        self.addParameter(QgsProcessingParameterString(self.WIDTHS_BY_TYPE, tr("Widths per work type (m)"), multiLine=True, optional=True))
        for key, title in ((self.X_FIELD, tr("X / longitude column")), (self.Y_FIELD, tr("Y / latitude column")),
                           (self.WKT_FIELD, tr("WKT column"))):
            self.addParameter(QgsProcessingParameterString(key, title, optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.SOURCE_CRS, tr("CRS of the delivery (empty: the file's own)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.ID_PREFIX, tr("Work id prefix"), defaultValue="{owner}-", optional=True))
        self.add_mode_parameters()
        self.add_outputs()

    # ---- reading the parameters -----------------------------------------------------

    def _input_layer(self, parameters, context: QgsProcessingContext):
        value = parameters.get(self.INPUT)
        if isinstance(value, QgsVectorLayer):
            return value, value.source()
        text = str(value or "").strip()
        if context.project() is not None:
            layer = context.project().mapLayer(text)
            if isinstance(layer, QgsVectorLayer):
                return layer, layer.source()
        if not text:
            raise QgsProcessingException(tr("Choose the delivery to import."))
        return open_path(text), text

    def _preset(self, parameters, context, owner: str, field_names, feedback) -> ImportPreset:
        text = self.parameterAsString(parameters, self.MAPPING, context)
        if text.strip():
            preset = ImportPreset(fields=check_field_mapping(parse_pairs(text)))
        else:
            saved = settings.import_preset(owner)
            if saved:
                preset = ImportPreset.from_json(saved)
                feedback.pushInfo(tr("Using the mapping saved for '{owner}'.").format(owner=owner))
            else:
                preset = ImportPreset(fields=guess_mapping(field_names))
                feedback.pushInfo(
                    tr("No mapping given; recognised from the field names: {mapping}").format(
                        mapping=", ".join(f"{k} = {v}" for k, v in preset.fields.items()) or "-"
                    )
                )
        formats = self.parameterAsString(parameters, self.DATE_FORMATS, context)
        if formats.strip():
            preset.date_formats = split_formats(formats)
        codes = self.parameterAsString(parameters, self.CODE_VALUES, context)
        if codes.strip():
            for list_name, entries in check_code_values(parse_pairs(codes)).items():
                preset.code_values.setdefault(list_name, {}).update(entries)
        widths = self.parameterAsString(parameters, self.WIDTHS_BY_TYPE, context)
        if widths.strip():
            preset.widths_by_type.update(check_widths(parse_pairs(widths)))
        for key, attribute in ((self.POINT_WIDTH, "point_width"), (self.LINE_WIDTH, "line_width")):
            if parameters.get(key) not in (None, ""):
                setattr(preset, attribute, self.parameterAsDouble(parameters, key, context))
        for key, attribute in ((self.X_FIELD, "x_field"), (self.Y_FIELD, "y_field"), (self.WKT_FIELD, "wkt_field")):
            value = self.parameterAsString(parameters, key, context).strip()
            if value:
                setattr(preset, attribute, value)
        crs = self.parameterAsCrs(parameters, self.SOURCE_CRS, context)
        if crs.isValid():
            preset.source_crs = crs.authid() or crs.toWkt()
        if self.ID_PREFIX in parameters and parameters[self.ID_PREFIX] is not None:
            preset.id_prefix = self.parameterAsString(parameters, self.ID_PREFIX, context)
        return preset

    # ---- running --------------------------------------------------------------------------

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        with forced_sheet_headers():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback) -> Dict[str, Any]:
        store = self.store(parameters, context)
        owner = self.owner(parameters, context, store)
        mode = self.mode(parameters, context)
        try:
            layer, source = self._input_layer(parameters, context)
            names = [f.name() for f in layer.fields()]
            preset = self._preset(parameters, context, owner, names, feedback)
            missing_required = [n for n in (S.F_START, S.F_END) if n not in preset.fields]
            if missing_required:
                raise QgsProcessingException(
                    tr("The mapping gives no source for {fields}; every work needs a start and an end date. "
                       "The source has the fields: {available}.").format(
                        fields=", ".join(missing_required), available=", ".join(names) or "-")
                )
            if mode == REPLACE and S.F_WORK_ID not in preset.fields:
                raise QgsProcessingException(
                    tr("Replace mode matches works on their id: map a source field to work_id.")
                )
            prepared = reading.prepare(layer, preset)
            feedback.pushInfo(tr("Reading {n} rows of '{source}'.").format(n=layer.featureCount(), source=source))
            rows = self.run_guarded(lambda: reading.read_rows(layer, prepared, feedback))
            if not rows:
                raise QgsProcessingException(
                    tr("The delivery '{source}' has no rows; nothing was imported.").format(source=source)
                )
            crs = reading.source_crs(layer, rows, preset)
        except ProblemError as error:
            raise QgsProcessingException(problem_message(error))
        options = ImportOptions(
            owner=owner, mapped=tuple(prepared.entries), preset=preset, mode=mode,
            cancel_missing=self.parameterAsBool(parameters, self.CANCEL_MISSING, context),
            reject_unknown_codes=self.parameterAsEnum(parameters, self.UNKNOWN_CODES, context) == 0,
            source_label=source_label(source), source_crs=crs,
        )
        result = self.run_guarded(lambda: run_import(store, rows, options, context.transformContext(), feedback))
        if self.parameterAsBool(parameters, self.SAVE_MAPPING, context):
            settings.set_import_preset(owner, preset.to_json())
        wkb = QgsWkbTypes.multiType(layer.wkbType()) if layer.isSpatial() else QgsWkbTypes.NoGeometry
        if not layer.isSpatial() and (prepared.x_field or prepared.wkt_field):
            # A table with a location: rejected rows keep theirs, as a layer.
            wkb = QgsWkbTypes.MultiPoint if prepared.x_field else QgsWkbTypes.GeometryCollection
        return self.write_outputs(parameters, context, feedback, result, layer.fields(), wkb, crs, store)


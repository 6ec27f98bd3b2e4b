"""kip:importplan — import a department's or partner's plan (CSV, XLSX, shapefile, GeoJSON, GeoPackage)."""
from __future__ import annotations

from typing import Any, Dict, Tuple

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
    QgsProcessingMultiStepFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .. import settings
from ..core.dates import split_formats
from ..core.errors import KipError
from ..i18n import error_text, tr
from ..detection.needs import missing_engine
from ..importer.engine import REPLACE, ImportOptions, run_import
from ..importer.table import Delivery, from_csv, from_layer
from ..store.edits import layers_with_edits, save_edits
from ..importer.mapping import (
    ImportPreset,
    check_code_values,
    check_field_mapping,
    check_widths,
    guess_mapping,
    parse_pairs,
)
from ..importer.sources import TEXT_EXTENSIONS, check_file, forced_sheet_headers, open_path
from ..core import schema as S
from .import_common import KipImportAlgorithm, source_label


# The settings key of the mapping used for deliveries of several parties.
SEVERAL_PARTIES = "_several"


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
    OWNER_FIELD = "OWNER_FIELD"
    ADD_PARTIES = "ADD_PARTIES"
    WIDTH_EXPRESSION = "WIDTH_EXPRESSION"
    COMMIT_EDITS = "COMMIT_EDITS"

    def name(self) -> str:
        return "importplan"

    def displayName(self) -> str:
        return tr("Import plan")

    def shortHelpString(self) -> str:
        return tr(
            "Imports the planned works of a department or partner (or of many, from one file) into the KIP.\n\n"
            "INPUT: a CSV (any encoding, ',' or ';'), XLSX, shapefile, GeoJSON or GeoPackage file, or the id of a layer "
            "in the project. Tables need coordinate columns (x/y or lon/lat) or a WKT column.\n"
            "MAPPING: one line per KIP field, 'kip_field = source field or expression' (or JSON). Empty: the mapping "
            "last saved for the party, else one guessed from the field names.\n"
            "DATE_FORMATS: e.g. 'dd-mm-yyyy; d mmmm yyyy' or 'MM/DD/YYYY hh:mm:ss AM'; empty: recognised automatically.\n"
            "OWNER: the code of the party for all rows; or OWNER_FIELD: a field or expression naming each row's party "
            "(matched to the parties' codes and names, or through code values such as 'Liander N.V. = liander'); "
            "ADD_PARTIES adds parties the KIP does not know instead of rejecting their rows.\n"
            "CODE_VALUES: lines 'delivered value = code', e.g. 'Riolering vervangen = sewer' (a label such as "
            "'Riolering' works too).\n"
            "Points and lines become work areas of the given width (metres), per work type if you like "
            "('sewer = 3'), or per row with WIDTH_EXPRESSION (e.g. 2 * sqrt(\"surface\" / pi())).\n"
            "MODE append adds new works and updates works with a known id; replace also reports works missing from "
            "the delivery and, if asked, marks them cancelled.\n"
            "Rows that cannot be used go to the rejected layer with all their values and the reason; row numbers are "
            "those of the spreadsheet (the header is row 1). Nothing is written unless the whole import succeeds; the "
            "numbers reported are read back from the KIP. STORE: the KIP GeoPackage (empty: the KIP of this project). "
            "An import refuses while a layer of the KIP has unsaved edits, unless COMMIT_EDITS saves them first."
        )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT, tr("Delivery (file, or id of a project layer)"), behavior=QgsProcessingParameterFile.File,
                fileFilter=tr("Plans (*.csv *.txt *.tsv *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg *.kml *.gml);;All files (*)"),
            )
        )
        self.add_store_parameter()
        self.add_owner_parameter(optional=True)
        self.addParameter(QgsProcessingParameterString(
            self.OWNER_FIELD, tr("Party of each row: source field or expression (empty: OWNER for all rows)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ADD_PARTIES, tr("Add parties the KIP does not know yet (instead of rejecting their rows)"), defaultValue=False))
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
        self.addParameter(QgsProcessingParameterString(
            self.WIDTH_EXPRESSION, tr("Width of each work area (m): expression per row (empty: the widths above)"), optional=True))
        for key, title in ((self.X_FIELD, tr("X / longitude column")), (self.Y_FIELD, tr("Y / latitude column")),
                           (self.WKT_FIELD, tr("WKT column"))):
            self.addParameter(QgsProcessingParameterString(key, title, optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.SOURCE_CRS, tr("CRS of the delivery (empty: the file's own)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.ID_PREFIX, tr("Work id prefix"), defaultValue="{owner}-", optional=True))
        self.add_mode_parameters()
        self.addParameter(QgsProcessingParameterBoolean(
            self.COMMIT_EDITS, tr("Save unsaved edits of this KIP first (else the import refuses)"), defaultValue=False))
        self.add_outputs()

    # ---- reading the parameters -----------------------------------------------------

    def _preset(self, parameters, context, owner: str, field_names, feedback, store) -> ImportPreset:
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
            adding = self.parameterAsBool(parameters, self.ADD_PARTIES, context)
            checked = check_code_values(parse_pairs(codes), [p.code for p in store.parties()], tr, adding)
            for list_name, entries in checked.items():
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

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:
        """On the main thread: unsaved edits of the KIP, and a project layer given as the delivery."""
        self._refusal = ""
        self._delivery = None
        self._layer_source = None
        project = context.project()
        store_path = self.parameterAsFile(parameters, self.STORE, context)
        if not store_path and project is not None:
            from ..store.project import store_address

            store_path = store_address(project)
        pending = layers_with_edits(project, store_path)
        if pending and self.parameterAsBool(parameters, self.COMMIT_EDITS, context):
            errors = save_edits(pending)
            if errors:
                self._refusal = tr("The unsaved edits of the KIP could not be saved ({errors}); nothing was imported.").format(
                    errors="; ".join(errors))
        elif pending:
            self._refusal = tr(
                "The layers {layers} of this KIP have unsaved edits; an import now would be overwritten when they are "
                "saved. Save or discard the edits first (or let KIP save them), then import; nothing was imported."
            ).format(layers=", ".join("'{}'".format(layer.name()) for layer in pending))
        value = parameters.get(self.INPUT)
        text = value.id() if isinstance(value, QgsVectorLayer) else str(value or "").strip()
        layer = value if isinstance(value, QgsVectorLayer) else (project.mapLayer(text) if project and text else None)
        if isinstance(layer, QgsVectorLayer) and not self._refusal:
            if layer.providerType() == "memory" or layer.isModified():
                # Only this QGIS holds these rows: read them here, on the main thread.
                with forced_sheet_headers():
                    self._delivery = self._read_guarded(lambda: from_layer(layer, None, settings.delivery_read_limit()))
            else:
                self._layer_source = (layer.source(), layer.name(), layer.providerType())
        return True

    def _read_guarded(self, read):
        try:
            return read()
        except KipError as error:
            self._refusal = error_text(error)
            return None

    def _read(self, parameters, context, feedback) -> Tuple[Delivery, str]:
        if self._delivery is not None:
            return self._delivery, str(parameters.get(self.INPUT))
        limit = settings.delivery_read_limit()
        if self._layer_source is not None:
            source, name, provider = self._layer_source
            return from_layer(QgsVectorLayer(source, name, provider), feedback, limit), source
        text = str(parameters.get(self.INPUT) or "").strip()
        if not text:
            raise QgsProcessingException(tr("Choose the delivery to import."))
        base = text.split("|")[0]
        if check_file(text) in TEXT_EXTENSIONS:  # what the file really is, in words, before reading it
            return from_csv(base, feedback, limit), text
        return from_layer(open_path(text), feedback, limit), text

    def execute(self, parameters: Dict[str, Any], context: QgsProcessingContext,
                feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        if getattr(self, "_refusal", ""):
            raise QgsProcessingException(self._refusal)
        if missing_engine():
            raise QgsProcessingException(tr(
                "KIP's import needs the Python package shapely 2, as the detection does; see the installation guide. "
                "Nothing was imported."))
        from ..core.spatial import many_objects

        # Millions of values and geometries, none in a cycle: the cycle collector would only walk them again and again.
        with forced_sheet_headers(), many_objects():
            return self._process(parameters, context, feedback)

    def _process(self, parameters, context, feedback) -> Dict[str, Any]:
        from ..importer import reading  # needs shapely 2: loaded when an import runs

        store = self.store(parameters, context)
        owner_field = self.parameterAsString(parameters, self.OWNER_FIELD, context).strip()
        if not owner_field and not self.parameterAsString(parameters, self.OWNER, context).strip():
            raise QgsProcessingException(tr(
                "Give the department or partner of the delivery (OWNER), or the field that names each row's party "
                "(OWNER_FIELD)."))
        owner = self.owner(parameters, context, store) if not owner_field or parameters.get(self.OWNER) else ""
        mode = self.mode(parameters, context)
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        if feedback.isCanceled():
            steps.cancel()  # a cancel before this feedback existed reaches it only this way
        delivery, source = self.run_guarded(lambda: self._read(parameters, context, steps))
        if not len(delivery):
            raise QgsProcessingException(
                tr("The delivery '{source}' has no rows; nothing was imported.").format(source=source)
            )
        names = delivery.names()
        preset = self._preset(parameters, context, owner or SEVERAL_PARTIES, names, feedback, store)
        if owner_field:
            preset.owner_field = owner_field
        width = self.parameterAsString(parameters, self.WIDTH_EXPRESSION, context).strip()
        if width:
            preset.width_expression = width
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
        prepared = reading.prepare(delivery.fields, delivery.spatial, preset)
        feedback.pushInfo(tr("{n} rows read from '{source}'.").format(n=len(delivery), source=source))
        data = self.run_guarded(lambda: reading.import_input(delivery, prepared, steps))
        crs = reading.source_crs(delivery, data.locations, preset)
        options = ImportOptions(
            owner=owner, mapped=tuple(prepared.entries), preset=preset, mode=mode,
            cancel_missing=self.parameterAsBool(parameters, self.CANCEL_MISSING, context),
            reject_unknown_codes=self.parameterAsEnum(parameters, self.UNKNOWN_CODES, context) == 0,
            source_label=source_label(source), source_crs=crs,
            add_parties=self.parameterAsBool(parameters, self.ADD_PARTIES, context),
        )
        steps.setCurrentStep(1)
        result = self.run_guarded(lambda: run_import(store, data, options, steps))
        if self.parameterAsBool(parameters, self.SAVE_MAPPING, context):
            settings.set_import_preset(owner or SEVERAL_PARTIES, preset.to_json())
        wkb = QgsWkbTypes.multiType(delivery.wkb_type) if delivery.spatial else QgsWkbTypes.NoGeometry
        if not delivery.spatial and (prepared.x_field or prepared.wkt_field):
            # A table with a location: rejected rows keep theirs, as a layer.
            wkb = QgsWkbTypes.MultiPoint if prepared.x_field else QgsWkbTypes.GeometryCollection
        return self.write_outputs(parameters, context, feedback, result, delivery.fields, wkb, crs, store)

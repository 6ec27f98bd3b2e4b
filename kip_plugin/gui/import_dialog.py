"""Dialog: import a plan into the KIP, remembering the last mapping per party."""
from __future__ import annotations

import os
from typing import Any, Dict, Optional

from qgis.core import (
    QgsMapLayerProxyModel,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..core import schema as S
from ..core.dates import split_formats
from ..core.problems import ProblemError
from ..i18n import tr
from ..importer.engine import problem_message
from ..importer.mapping import MAPPABLE_FIELDS, ImportPreset, check_code_values, check_widths, guess_mapping, parse_pairs
from ..importer.sources import forced_sheet_headers, open_path

ALGORITHM = "kip:importplan"


def _lines(mapping: Dict[str, Any]) -> str:
    return "\n".join(f"{k} = {v}" for k, v in mapping.items())


class ImportDialog(QDialog):
    """Choose a delivery and a party, check the mapping, import; the mapping is remembered per party."""

    def __init__(self, store, project: Optional[QgsProject] = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Import plan"))
        self.setObjectName("KipImportDialog")
        self.store = store
        self.project = project or QgsProject.instance()
        self.layer: Optional[QgsVectorLayer] = None
        self.source = ""
        self.result: Optional[Dict[str, Any]] = None
        self._build()
        self.party_changed()

    # ---- building -----------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file = QgsFileWidget()
        self.file.setFilter(tr("Plans (*.csv *.txt *.xlsx *.xls *.ods *.shp *.geojson *.json *.gpkg);;All files (*)"))
        self.file.setDefaultRoot(settings.last_import_dir())
        self.file.fileChanged.connect(self.load_file)
        self.layers = QgsMapLayerComboBox()
        self.layers.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.layers.setAllowEmptyLayer(True)
        self.layers.setLayer(None)
        self.layers.layerChanged.connect(self._project_layer_chosen)
        self.party = QComboBox()
        for party in self.store.parties():
            self.party.addItem(f"{party.name} ({party.code})", party.code)
        self.party.currentIndexChanged.connect(self.party_changed)
        form.addRow(tr("Delivery file"), self.file)
        form.addRow(tr("…or a layer of the project"), self.layers)
        form.addRow(tr("Department or partner"), self.party)
        layout.addLayout(form)

        box = QGroupBox(tr("Mapping: source field or expression for each KIP field"))
        grid = QGridLayout(box)
        self.fields: Dict[str, QgsFieldExpressionWidget] = {}
        for row, name in enumerate(MAPPABLE_FIELDS):
            widget = QgsFieldExpressionWidget()
            widget.setAllowEmptyFieldName(True)
            self.fields[name] = widget
            grid.addWidget(QLabel(tr(S.WORK_FIELDS_BY_NAME[name].label)), row, 0)
            grid.addWidget(widget, row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        layout.addWidget(scroll)

        details = QWidget()
        more = QFormLayout(details)
        self.x_field, self.y_field, self.wkt_field = QLineEdit(), QLineEdit(), QLineEdit()
        self.date_formats = QLineEdit()
        self.date_formats.setPlaceholderText(tr("empty: recognised automatically, e.g. dd-mm-yyyy; d mmmm yyyy"))
        self.code_values = QPlainTextEdit()
        self.code_values.setPlaceholderText(tr("Riolering vervangen = sewer"))
        self.code_values.setMaximumHeight(70)
        self.point_width, self.line_width = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.point_width, self.line_width):
            spin.setRange(0.1, 1000.0)
            spin.setSuffix(" m")
        self.widths = QPlainTextEdit()
        self.widths.setPlaceholderText(tr("sewer = 3"))
        self.widths.setMaximumHeight(50)
        self.mode = QComboBox()
        self.mode.addItem(tr("Append: add new works, update works with a known id"), 0)
        self.mode.addItem(tr("Replace: this delivery replaces the party's previous one"), 1)
        self.cancel_missing = QCheckBox(tr("Mark works missing from the delivery as cancelled"))
        more.addRow(tr("X / longitude column"), self.x_field)
        more.addRow(tr("Y / latitude column"), self.y_field)
        more.addRow(tr("WKT column"), self.wkt_field)
        more.addRow(tr("Date formats"), self.date_formats)
        more.addRow(tr("Code values"), self.code_values)
        more.addRow(tr("Width around points"), self.point_width)
        more.addRow(tr("Width along lines"), self.line_width)
        more.addRow(tr("Widths per work type"), self.widths)
        more.addRow(tr("Mode"), self.mode)
        more.addRow("", self.cancel_missing)
        layout.addWidget(details)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.problem)
        layout.addWidget(self.report)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 760)

    # ---- source and party -------------------------------------------------------------------

    def load_file(self, path: str) -> None:
        """Open the delivery file and show its fields in the mapping."""
        self.problem.clear()
        if not path:
            return
        try:
            with forced_sheet_headers():
                layer = open_path(path)
        except ProblemError as error:
            self.problem.setText(problem_message(error))
            self._set_layer(None, "")
            return
        settings.set_last_import_dir(os.path.dirname(path.split("|")[0]))
        self._set_layer(layer, path)

    def _project_layer_chosen(self, layer) -> None:
        if isinstance(layer, QgsVectorLayer):
            self._set_layer(layer, layer.id())

    def _set_layer(self, layer: Optional[QgsVectorLayer], source: str) -> None:
        self.layer, self.source = layer, source
        for widget in self.fields.values():
            widget.setLayer(layer)
        self.party_changed()

    def party_code(self) -> str:
        """The code of the chosen party."""
        return self.party.currentData() or ""

    def set_party(self, code: str) -> None:
        """Choose the party by its code."""
        index = self.party.findData(code)
        if index >= 0:
            self.party.setCurrentIndex(index)
            self.party_changed()

    def party_changed(self) -> None:
        """Show the mapping last used for this party (else one guessed from the fields) and what no longer fits."""
        names = [f.name() for f in self.layer.fields()] if self.layer is not None else []
        saved = settings.import_preset(self.party_code())
        preset = None
        if saved:
            try:
                preset = ImportPreset.from_json(saved)
            except ProblemError as error:
                self.problem.setText(problem_message(error))
        if preset is None:
            preset = ImportPreset(fields=guess_mapping(names))
        self.show_preset(preset)
        gone = sorted({v for v in preset.fields.values() if v.lower() not in {n.lower() for n in names} and _plain(v)})
        if saved and gone and self.layer is not None:
            self.problem.setText(
                tr("The mapping saved for this party uses fields this delivery does not have: {fields}. "
                   "Choose other fields.").format(fields=", ".join(gone))
            )

    def show_preset(self, preset: ImportPreset) -> None:
        """Fill the dialog from a preset."""
        for name, widget in self.fields.items():
            widget.setExpression(preset.fields.get(name, ""))
        self.x_field.setText(preset.x_field)
        self.y_field.setText(preset.y_field)
        self.wkt_field.setText(preset.wkt_field)
        self.date_formats.setText("; ".join(preset.date_formats))
        flat = {value: code for entries in preset.code_values.values() for value, code in entries.items()}
        self.code_values.setPlainText(_lines(flat))
        self.point_width.setValue(preset.point_width)
        self.line_width.setValue(preset.line_width)
        self.widths.setPlainText(_lines(preset.widths_by_type))

    def preset(self) -> ImportPreset:
        """The preset as the dialog shows it; raises ProblemError on a bad entry."""
        fields = {}
        for name, widget in self.fields.items():
            text, _is_expression, _valid = widget.currentField()
            if text.strip():
                fields[name] = text.strip()
        return ImportPreset(
            fields=fields,
            date_formats=split_formats(self.date_formats.text()),
            code_values=check_code_values(parse_pairs(self.code_values.toPlainText())),
            point_width=self.point_width.value(),
            line_width=self.line_width.value(),
            widths_by_type=check_widths(parse_pairs(self.widths.toPlainText())),
            x_field=self.x_field.text().strip(),
            y_field=self.y_field.text().strip(),
            wkt_field=self.wkt_field.text().strip(),
        )

    # ---- importing ----------------------------------------------------------------------

    def parameters(self, preset: ImportPreset) -> Dict[str, Any]:
        """The parameters of kip:importplan for what the dialog shows."""
        return {
            "INPUT": self.source, "STORE": self.store.path, "OWNER": self.party_code(),
            "MAPPING": _lines(preset.fields), "DATE_FORMATS": "; ".join(preset.date_formats),
            "CODE_VALUES": _lines({v: c for entries in preset.code_values.values() for v, c in entries.items()}),
            "POINT_WIDTH": preset.point_width, "LINE_WIDTH": preset.line_width,
            "WIDTHS_BY_TYPE": _lines(preset.widths_by_type), "X_FIELD": preset.x_field, "Y_FIELD": preset.y_field,
            "WKT_FIELD": preset.wkt_field, "MODE": self.mode.currentData(),
            "CANCEL_MISSING": self.cancel_missing.isChecked(),
            "REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT",
        }

    def run_import(self) -> Optional[Dict[str, Any]]:
        """Run the import; on success remember the mapping, show the summary and add the report layers."""
        import processing

        self.problem.clear()
        if not self.source:
            self.problem.setText(tr("Choose the delivery to import."))
            return None
        try:
            preset = self.preset()
        except ProblemError as error:
            self.problem.setText(problem_message(error))
            return None
        feedback = QgsProcessingFeedback()
        feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        try:
            result = processing.run(ALGORITHM, self.parameters(preset), feedback=feedback)
        except QgsProcessingException as error:
            self.problem.setText(str(error))
            return None
        settings.set_import_preset(self.party_code(), preset.to_json())
        self.report.setText(result["SUMMARY"])
        self._show_layers(result)
        self.result = result
        return result

    def _show_layers(self, result: Dict[str, Any]) -> None:
        for key, title in (("REJECTED", tr("Rejected rows")), ("CHANGES", tr("Change report"))):
            layer = result.get(key)
            if isinstance(layer, QgsVectorLayer) and layer.featureCount() > 0:
                layer.setName(f"{title} – {self.party_code()}")
                self.project.addMapLayer(layer)
        for layer in self.project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.customProperty("kip/role") == "works":
                layer.reload()
                layer.triggerRepaint()


def _plain(text: str) -> bool:
    """Whether a mapping entry is a bare field name rather than an expression."""
    return not any(c in text for c in "\"'()|+-*/=<>")

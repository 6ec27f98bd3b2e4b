"""Dialog: import a plan into the KIP, remembering the last mapping per party."""
from __future__ import annotations

import os
from typing import Any, Dict, Optional

from qgis.core import (
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..core import schema as S
from ..core.dates import split_formats
from ..core.errors import KipError
from ..i18n import error_text, tr
from ..detection.styles import RESULT_PROPERTY, put_in_results_group
from ..importer.mapping import (
    MAPPABLE_FIELDS,
    ImportPreset,
    check_code_values,
    check_widths,
    guess_mapping,
    guess_owner_field,
    parse_pairs,
)
from ..importer.sources import forced_sheet_headers, open_path
from ..store.edits import layers_with_edits
from .import_task import ImportRun

# The party choice meaning "each row names its own party".
SEVERAL = "_several"
# Result roles of the import's report layers in "KIP results": a new import replaces the old ones.
RESULT_ROLES = {"REJECTED": "import_rejected", "CHANGES": "import_changes"}


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
        self.running: Optional[ImportRun] = None
        self.ask_about_edits = True
        self._commit_edits = False
        self._preset_used = ImportPreset()
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
        self.party.addItem(tr("Several parties: each row names its own"), SEVERAL)
        self.party.currentIndexChanged.connect(self.party_changed)
        self.owner_field = QgsFieldExpressionWidget()
        self.owner_field.setAllowEmptyFieldName(True)
        self.add_parties = QCheckBox(tr("Add parties the KIP does not know yet"))
        form.addRow(tr("Delivery file"), self.file)
        form.addRow(tr("…or a layer of the project"), self.layers)
        form.addRow(tr("Department or partner"), self.party)
        form.addRow(tr("Party of each row"), self.owner_field)
        form.addRow("", self.add_parties)
        layout.addLayout(form)

        self.tabs = QTabWidget()
        box = QWidget()
        grid = QGridLayout(box)
        self.fields: Dict[str, QgsFieldExpressionWidget] = {}
        for row, name in enumerate(MAPPABLE_FIELDS):
            widget = QgsFieldExpressionWidget()
            widget.setAllowEmptyFieldName(True)
            self.fields[name] = widget
            grid.addWidget(QLabel(tr(S.WORK_FIELDS_BY_NAME[name].label)), row, 0)
            grid.addWidget(widget, row, 1)
        grid.setRowStretch(len(MAPPABLE_FIELDS), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        self.tabs.addTab(scroll, tr("Mapping: source field or expression for each KIP field"))

        details = QWidget()
        more = QFormLayout(details)
        self.x_field, self.y_field, self.wkt_field = QLineEdit(), QLineEdit(), QLineEdit()
        self.date_formats = QLineEdit()
        self.date_formats.setPlaceholderText(tr("empty: recognised automatically, e.g. dd-mm-yyyy; d mmmm yyyy"))
        self.code_values = QPlainTextEdit()
        self.code_values.setPlaceholderText(tr("Riolering vervangen = sewer"))
        self.point_width, self.line_width = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.point_width, self.line_width):
            spin.setRange(0.1, 1000.0)
            spin.setSuffix(" m")
        self.widths = QPlainTextEdit()
        self.widths.setPlaceholderText(tr("sewer = 3"))
        self.widths.setMaximumHeight(70)
        self.width_expression = QgsFieldExpressionWidget()
        self.width_expression.setAllowEmptyFieldName(True)
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
        more.addRow(tr("Width per row (expression)"), self.width_expression)
        more.addRow(tr("Mode"), self.mode)
        more.addRow("", self.cancel_missing)
        self.tabs.addTab(details, tr("Options"))
        layout.addWidget(self.tabs, 1)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(self.report.textInteractionFlags() | Qt.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        layout.addWidget(self.problem)
        layout.addWidget(self.report)
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.AcceptRole)
        self.cancel_button = self.buttons.addButton(tr("Stop"), QDialogButtonBox.ActionRole)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 820)

    # ---- source and party -------------------------------------------------------------------

    def load_file(self, path: str) -> None:
        """Open the delivery file and show its fields in the mapping."""
        self.problem.clear()
        if not path:
            return
        try:
            with forced_sheet_headers():
                layer = open_path(path)
        except KipError as error:
            self.problem.setText(error_text(error))
            self._set_layer(None, "")
            return
        settings.set_last_import_dir(os.path.dirname(path.split("|")[0]))
        self._set_layer(layer, path)

    def _project_layer_chosen(self, layer) -> None:
        if isinstance(layer, QgsVectorLayer):
            self._set_layer(layer, layer.id())

    def _set_layer(self, layer: Optional[QgsVectorLayer], source: str) -> None:
        self.layer, self.source = layer, source
        for widget in list(self.fields.values()) + [self.owner_field, self.width_expression]:
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
            except KipError as error:
                self.problem.setText(error_text(error))
        if preset is None:
            preset = ImportPreset(fields=guess_mapping(names))
            if self.party_code() == SEVERAL:
                preset.owner_field = guess_owner_field(names)
        several = self.party_code() == SEVERAL
        self.owner_field.setEnabled(several)
        self.add_parties.setEnabled(several)
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
        self.owner_field.setExpression(preset.owner_field)
        self.width_expression.setExpression(preset.width_expression)

    def preset(self) -> ImportPreset:
        """The preset as the dialog shows it; raises KipError on a bad entry."""
        fields = {}
        for name, widget in self.fields.items():
            text, _is_expression, _valid = widget.currentField()
            if text.strip():
                fields[name] = text.strip()
        several = self.party_code() == SEVERAL
        return ImportPreset(
            fields=fields,
            date_formats=split_formats(self.date_formats.text()),
            code_values=check_code_values(
                parse_pairs(self.code_values.toPlainText()), [p.code for p in self.store.parties()], tr,
                several and self.add_parties.isChecked(),
            ),
            point_width=self.point_width.value(),
            line_width=self.line_width.value(),
            widths_by_type=check_widths(parse_pairs(self.widths.toPlainText())),
            x_field=self.x_field.text().strip(),
            y_field=self.y_field.text().strip(),
            wkt_field=self.wkt_field.text().strip(),
            owner_field=self.owner_field.currentField()[0].strip() if several else "",
            width_expression=self.width_expression.currentField()[0].strip(),
        )

    # ---- importing ----------------------------------------------------------------------

    def parameters(self, preset: ImportPreset) -> Dict[str, Any]:
        """The parameters of kip:importplan for what the dialog shows."""
        several = self.party_code() == SEVERAL
        return {
            "INPUT": self.source, "STORE": self.store.path, "OWNER": "" if several else self.party_code(),
            "OWNER_FIELD": preset.owner_field if several else "", "ADD_PARTIES": several and self.add_parties.isChecked(),
            "MAPPING": _lines(preset.fields), "DATE_FORMATS": "; ".join(preset.date_formats),
            "CODE_VALUES": _lines({v: c for entries in preset.code_values.values() for v, c in entries.items()}),
            "POINT_WIDTH": preset.point_width, "LINE_WIDTH": preset.line_width,
            "WIDTHS_BY_TYPE": _lines(preset.widths_by_type), "WIDTH_EXPRESSION": preset.width_expression,
            "X_FIELD": preset.x_field, "Y_FIELD": preset.y_field,
            "WKT_FIELD": preset.wkt_field, "MODE": self.mode.currentData(),
            "CANCEL_MISSING": self.cancel_missing.isChecked(), "COMMIT_EDITS": self._commit_edits,
            "REJECTED": "TEMPORARY_OUTPUT", "CHANGES": "TEMPORARY_OUTPUT",
        }

    def start_import(self) -> Optional[ImportRun]:
        """Start the import in the background; the dialog stays usable and can stop it."""
        self.problem.clear()
        self.report.clear()
        if self.running is not None:
            return None
        if not self.source:
            self.problem.setText(tr("Choose the delivery to import."))
            return None
        try:
            preset = self.preset()
        except KipError as error:
            self.problem.setText(error_text(error))
            return None
        if not self._edits_handled():
            return None
        self._preset_used = preset
        self.progress.setValue(0)
        run = ImportRun(self.parameters(preset), self.project, self._finished)
        run.feedback.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.running = run
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        run.start()
        return run

    def _edits_handled(self) -> bool:
        """Ask to save unsaved edits of this KIP first; False when the user would rather not import."""
        self._commit_edits = False
        pending = layers_with_edits(self.project, self.store.path)
        if not pending or not self.ask_about_edits:
            return True
        answer = QMessageBox.question(
            self, tr("Unsaved edits"),
            tr("The layers {layers} of this KIP have unsaved edits. Save them before importing? (Without saving, "
               "the import cannot start: the edits would overwrite what it changes.)").format(
                layers=", ".join("'{}'".format(layer.name()) for layer in pending)),
            QMessageBox.Save | QMessageBox.Cancel, QMessageBox.Save,
        )
        self._commit_edits = answer == QMessageBox.Save
        return self._commit_edits

    def reject(self) -> None:
        """Closing the dialog stops a running import (nothing is written)."""
        self.cancel_import()
        super().reject()

    def cancel_import(self) -> None:
        """Stop the running import; nothing is written."""
        if self.running is not None:
            self.running.cancel()

    def run_import(self) -> Optional[Dict[str, Any]]:
        """Run the import and wait for it (for scripts and tests); the result, or None with the reason shown."""
        run = self.start_import()
        if run is None:
            return None
        run.wait()
        return run.outcome

    def _finished(self, outcome: Optional[Dict[str, Any]], error: str) -> None:
        run, self.running = self.running, None
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if outcome is None:
            self.problem.setText(error)
            return
        settings.set_import_preset(self.party_code(), self._preset_used.to_json())
        self.report.setText(outcome.get("SUMMARY", ""))
        self.progress.setValue(100)
        self._show_layers(run, outcome)
        self.result = outcome

    def _show_layers(self, run: ImportRun, result: Dict[str, Any]) -> None:
        for key, title in (("REJECTED", tr("Rejected rows")), ("CHANGES", tr("Change report"))):
            layer = run.take_layer(result.get(key))
            if layer is None:
                continue
            layer.setCustomProperty(RESULT_PROPERTY, RESULT_ROLES[key])
            if layer.featureCount() > 0:
                layer.setName(f"{title} – {self.party.currentText()}")
                result[key] = layer
                put_in_results_group(self.project, layer, replace=True)
            else:
                self._drop_old(RESULT_ROLES[key])
        for layer in self.project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.customProperty("kip/role") == "works":
                layer.reload()
                layer.triggerRepaint()

    def _drop_old(self, role: str) -> None:
        """An import without rejected rows (or changes) removes the report of an earlier import too."""
        for layer in list(self.project.mapLayers().values()):
            if layer.customProperty(RESULT_PROPERTY) == role:
                self.project.removeMapLayer(layer.id())


def _plain(text: str) -> bool:
    """Whether a mapping entry is a bare field name rather than an expression."""
    return not any(c in text for c in "\"'()|+-*/=<>")

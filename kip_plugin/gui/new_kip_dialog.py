"""Dialog: a new KIP store, with its coordinate system, municipality and parties."""
from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsUnitTypes
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from .. import settings
from ..core import schema as S
from ..core.errors import KipError
from ..core.parties import parse_party_lines
from ..i18n import error_text, tr

DEFAULT, NONE, LIST = 0, 1, 2


class NewKipDialog(QDialog):
    """Asks where the new KIP goes, in which coordinate system, for which municipality and with which parties."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New KIP"))
        self.setObjectName("KipNewKipDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file = QgsFileWidget()
        self.file.setStorageMode(QgsFileWidget.SaveFile)
        self.file.setFilter(tr("KIP store (*.gpkg)"))
        self.file.setDefaultRoot(settings.last_store_dir())
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setCrs(QgsCoordinateReferenceSystem(S.DEFAULT_CRS))
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText(tr("e.g. Ede"))
        form.addRow(tr("File"), self.file)
        form.addRow(tr("Coordinate system (in metres)"), self.crs)
        form.addRow(tr("Municipality"), self.municipality)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Parties to start with")))
        self.choice = QButtonGroup(self)
        default = QRadioButton(tr("The usual Dutch departments and partners ({names})").format(
            names=", ".join(p.name for p in S.DEFAULT_PARTIES)))
        default.setChecked(True)
        none = QRadioButton(tr("None: I add them later"))
        listed = QRadioButton(tr("These, one per line as 'code = name' (add '| partner' for a partner):"))
        for index, button in ((DEFAULT, default), (NONE, none), (LIST, listed)):
            self.choice.addButton(button, index)
            layout.addWidget(button)
        self.parties_text = QPlainTextEdit()
        self.parties_text.setPlaceholderText("riolering = Riolering\nverkeer = Verkeer\nenexis = Enexis | partner")
        self.parties_text.setEnabled(False)
        listed.toggled.connect(self.parties_text.setEnabled)
        layout.addWidget(self.parties_text)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def path(self) -> str:
        """The chosen file, ending in .gpkg."""
        path = self.file.filePath().strip()
        if path and not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        return path

    def parties(self) -> List[S.Party]:
        """The parties chosen; raises KipError on a bad line."""
        choice = self.choice.checkedId()
        if choice == NONE:
            return []
        if choice == LIST:
            text = self.parties_text.toPlainText().strip()
            return parse_party_lines(text) if text else []
        return list(S.DEFAULT_PARTIES)

    def problem_text(self) -> str:
        """Why the entries cannot be used yet, or ''."""
        if not self.path():
            return tr("Choose a file name for the new KIP.")
        crs = self.crs.crs()
        if not crs.isValid() or crs.isGeographic() or crs.mapUnits() != QgsUnitTypes.DistanceMeters:
            return tr("Choose a projected coordinate system in metres, such as EPSG:28992 (Amersfoort / RD New).")
        try:
            self.parties()
        except KipError as error:
            return error_text(error)
        return ""

    def _accept(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        if not problem:
            self.accept()

    def values(self) -> Optional[tuple]:
        """(path, CRS auth id, parties, municipality) as entered."""
        crs = self.crs.crs()
        return self.path(), crs.authid() or crs.toWkt(), self.parties(), self.municipality.text().strip()

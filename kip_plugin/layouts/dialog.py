"""The small dialog behind "Council map…": districts, period, title and page size."""
from __future__ import annotations

import datetime as _dt
from typing import Callable, Optional

from qgis.core import Qgis, QgsFieldProxyModel, QgsMapLayerProxyModel, QgsPrintLayout, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from .. import log
from ..core.errors import KipError
from ..i18n import error_text, tr
from ..store import project as kip_project
from ..store.background import ROLE
from . import items as I
from ..core.works import add_months
from .common import DEFAULT_MONTHS, Period
from .council import default_title
from .in_project import LayoutOptions, add_council_layout


def _district_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    """KIP's districts when the project has them (the context KIP adds), else None."""
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty("kip/role") == "context_wijken":
            return layer
    return None


def _background_layer(project: QgsProject):
    """The background KIP put under the project's works, if any."""
    return next((lyr for lyr in project.mapLayers().values() if lyr.customProperty("kip/role") == ROLE), None)


class CouncilMapDialog(QDialog):
    """Asks what the council map should show; ``options()`` gives the answer."""

    def __init__(self, project: QgsProject, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Council map"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("A print layout with a cover page and one page per district (without districts: "
                              "pages over a grid of the works); adjust it in the layout designer and export it "
                              "from there.")))
        self.districts = QgsMapLayerComboBox()
        self.districts.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.districts.setAllowEmptyLayer(True)  # empty: pages over a grid of the works
        self.name_field = QgsFieldComboBox()
        self.name_field.setFilters(QgsFieldProxyModel.String)
        self.name_field.setAllowEmptyFieldName(True)  # empty: a field called name, naam, statnaam, …
        self.districts.layerChanged.connect(self.name_field.setLayer)
        preferred = _district_layer(project)
        if preferred is not None:
            self.districts.setLayer(preferred)
        self.name_field.setLayer(self.districts.currentLayer())
        if preferred is not None and "statnaam" in preferred.fields().names():
            self.name_field.setField("statnaam")
        today = _dt.date.today()
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        end = add_months(today, DEFAULT_MONTHS)
        self.end = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.title = QLineEdit(default_title())
        self.page_size = QComboBox()
        self.page_size.addItem(tr("A3 landscape"), I.A3)
        self.page_size.addItem(tr("A4 landscape"), I.A4)
        self.with_empty = QCheckBox(tr("Give districts without works a page saying so"))
        self.background = QgsMapLayerComboBox()
        self.background.setAllowEmptyLayer(True)  # empty: the background of the map, else KIP's streets
        self.background.setFilters(QgsMapLayerProxyModel.LineLayer | QgsMapLayerProxyModel.PolygonLayer
                                   | QgsMapLayerProxyModel.RasterLayer)
        self.background.setLayer(_background_layer(project))
        form.addRow(tr("Districts"), self.districts)
        form.addRow(tr("District name field"), self.name_field)
        form.addRow(tr("Period from"), self.start)
        form.addRow(tr("Period until"), self.end)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Page size"), self.page_size)
        form.addRow(tr("Background map"), self.background)
        form.addRow(self.with_empty)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> LayoutOptions:
        """The user's choices; raises KipError when they do not make a council map."""
        layer = self.districts.currentLayer()
        period = Period.make(self.start.date().toPyDate(), self.end.date().toPyDate())
        return LayoutOptions(
            districts=layer if isinstance(layer, QgsVectorLayer) else None,
            name_field=self.name_field.currentField(),
            period=period,
            title=self.title.text().strip() or default_title(),
            page_size=self.page_size.currentData(),
            with_empty=self.with_empty.isChecked(),
            background=self.background.currentLayer(),
        )

    def _accept(self) -> None:
        try:
            self.options()
        except KipError as error:
            self.problem.setText(error_text(error))
            return
        self.accept()


def council_map_action(iface, message: Callable[..., None]) -> Optional[QgsPrintLayout]:
    """The "Council map…" action: ask, add the layout to the project, open it in the layout designer."""
    project = QgsProject.instance()
    if not kip_project.works_layers(project):
        message(tr("Open a KIP first: the council map shows its works."), Qgis.Warning)
        return None
    dialog = CouncilMapDialog(project, iface.mainWindow())
    if not dialog.exec_():
        return None
    try:
        layout = add_council_layout(project, dialog.options(), log.warning)
    except KipError as error:
        message(error_text(error), Qgis.Critical)
        return None
    iface.openLayoutDesigner(layout)
    message(tr("Added the print layout '{name}': a cover and {pages} district pages. Adjust it here and export it "
               "from the layout designer.").format(name=layout.name(), pages=layout.atlas().count()))
    return layout

"""The dialog behind "Background map…": which map KIP draws under the works."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from .. import settings
from ..i18n import tr
from ..store import background

RASTER_SUFFIXES = {".tif", ".tiff", ".png", ".jpg", ".jpeg", ".vrt", ".mbtiles", ".ecw", ".jp2"}


class BackgroundDialog(QDialog):
    """Asks for the background: KIP's choice, the PDOK map, a file, or a layer of the project."""

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Background map"))
        box = QVBoxLayout(self)
        box.addWidget(QLabel(tr("The map drawn under the works on the map and in council maps.")))
        self.automatic = QRadioButton(tr("KIP's choice: the streets shipped with KIP where they cover the works, "
                                         "else the PDOK background map when there is an internet connection"))
        self.pdok = QRadioButton(tr("The PDOK BRT background map (needs an internet connection)"))
        self.file = QRadioButton(tr("A file: BGT or NWB roads, an OpenStreetMap extract, any map"))
        self.path = QgsFileWidget()
        self.path.setFilter(tr("Maps (*.gpkg *.shp *.geojson *.osm *.pbf *.tif *.tiff *.vrt *.mbtiles);;All files (*)"))
        self.layer = QRadioButton(tr("A layer of this project"))
        self.layers = QgsMapLayerComboBox()
        self.layers.setFilters(QgsMapLayerProxyModel.LineLayer | QgsMapLayerProxyModel.PolygonLayer
                               | QgsMapLayerProxyModel.RasterLayer)
        for widget in (self.automatic, self.pdok, self.file, self.path, self.layer, self.layers):
            box.addWidget(widget)
        self.path.fileChanged.connect(lambda _path: self.file.setChecked(True))
        self.layers.layerChanged.connect(lambda _layer: self.layer.setChecked(True))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        current = settings.background_source()
        if current == background.PDOK:
            self.pdok.setChecked(True)
        elif current:
            self.file.setChecked(True)
            self.path.setFilePath(current.partition("|")[2].split("|")[0])
        else:
            self.automatic.setChecked(True)

    def source(self) -> str:
        """The choice as KIP stores it: '', 'pdok' or 'provider|uri'."""
        if self.pdok.isChecked():
            return background.PDOK
        if self.file.isChecked() and self.path.filePath():
            path = self.path.filePath()
            return ("gdal|" if Path(path).suffix.lower() in RASTER_SUFFIXES else "ogr|") + path
        if self.layer.isChecked() and self.layers.currentLayer() is not None:
            return background.source_of(self.layers.currentLayer())
        return ""

"""Context layers: districts, neighbourhoods and the municipal outline, for orientation."""
from __future__ import annotations

from qgis.core import (
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..i18n import tr
from .project import ensure_group

# (layer in the boundaries GeoPackage, outline colour, width mm, label field)
_CONTEXT = (
    ("gemeente", "#303030", 0.8, None),
    ("wijken", "#606060", 0.45, "statnaam"),
    ("buurten", "#b0b0b0", 0.2, None),
)


def context_titles() -> dict:
    """Names of the context layers by their boundaries layer, in the user's language."""
    return {"gemeente": tr("Municipality"), "wijken": tr("Districts"), "buurten": tr("Neighbourhoods")}


def context_group_name() -> str:
    """Title of the layer-tree group holding the context layers."""
    return tr("Context")


def outline_renderer(colour: str, width: float) -> QgsSingleSymbolRenderer:
    """No fill, an outline only: context must not hide the works."""
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": colour, "outline_width": str(width), "outline_width_unit": "MM"}
    )
    return QgsSingleSymbolRenderer(symbol)


def _labels(field: str) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif", 9))
    text.setColor(QColor("#404040"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def add_context_layers(project: QgsProject, boundaries_path: str) -> QgsVectorLayer:
    """Add the boundaries in a "Context" group at the bottom; return the municipal outline."""
    root = project.layerTreeRoot()
    group = ensure_group(project, "context", context_group_name(), index=len(root.children()))
    outline = None
    for name, colour, width, label in _CONTEXT:
        layer = QgsVectorLayer(f"{boundaries_path}|layername={name}", context_titles()[name], "ogr")
        if not layer.isValid():
            continue
        layer.setRenderer(outline_renderer(colour, width))
        if label:
            layer.setLabeling(_labels(label))
            layer.setLabelsEnabled(True)
        layer.setCustomProperty("kip/role", f"context_{name}")
        layer.setAttribution(tr("Source: CBS, Kadaster"))
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        if name == "gemeente":
            outline = layer
    return outline

"""Styles of the council map's layers for print: works by party, combinations, conflicts, districts."""
from __future__ import annotations

from typing import Iterable

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsInvertedPolygonRenderer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBackgroundSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QColor, QFont

from ..core import schema as S
from ..store.background import style_streets
from ..store.styles import overview_renderer
from .items import DISTRICT_MAP
from .snapshot import D_COMBINATION_IDS, D_CONFLICT_IDS, ID_SEPARATOR

FONT_FAMILY = "DejaVu Sans"
COMBINATION_COLOUR = "#1d3557"
CONFLICT_COLOUR = "#d7191c"


# Text on the maps (points, A3; ``scale`` makes it smaller on A4): never under the pages' smallest text.
LABEL_PT = 9.0


def _on_this_page(field: str, list_field: str) -> str:
    """Expression: the feature belongs to the district of the page being drawn (on its district map)."""
    ids = f"string_to_array(attribute(@atlas_feature, '{list_field}'), '{ID_SEPARATOR}')"
    return f"@map_id = '{DISTRICT_MAP}' AND @atlas_feature IS NOT NULL AND array_contains({ids}, \"{field}\")"


def _text_format(size: float, colour: str, bold: bool = False, buffer: bool = True) -> QgsTextFormat:
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    if buffer:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(0.7)
        halo.setColor(QColor("white"))
        text.setBuffer(halo)
    return text


def _labels(
    expression: str, text: QgsTextFormat, placement=QgsPalLayerSettings.OverPoint
) -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = placement
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


# Size (mm) of the dot on a work too small to see on paper.
PRINT_MARKER_MM = 2.0


def style_works(layer: QgsVectorLayer, parties: Iterable[S.Party], scale: float = 1.0) -> None:
    """Works coloured by party, as everywhere in KIP; a work less than a few mm long on paper also gets a dot."""
    renderer = overview_renderer(list(parties))
    for index, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone()
        for position in range(symbol.symbolLayerCount()):
            marker = symbol.symbolLayer(position)
            if isinstance(marker, QgsCentroidFillSymbolLayer):
                marker.subSymbol().setSize(PRINT_MARKER_MM * scale)
        renderer.updateCategorySymbol(index, symbol)
    layer.setRenderer(renderer)


def style_combinations(layer: QgsVectorLayer, scale: float = 1.0) -> None:
    """A dashed dark outline around each combination, labelled with its number (``scale``: smaller pages)."""
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": COMBINATION_COLOUR, "outline_width": str(0.5 * scale), "outline_style": "dash"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    text = _text_format(LABEL_PT * scale, "white", bold=True, buffer=False)
    background = QgsTextBackgroundSettings()
    background.setEnabled(True)
    background.setFillColor(QColor(COMBINATION_COLOUR))
    background.setStrokeWidth(0)
    background.setSize(QSizeF(0.8, 0.4))
    text.setBackground(background)
    # Numbers only where the page's table refers to them; on the overview they would bury the map.
    expression = f'if({_on_this_page(S.R_CLUSTER_ID, D_COMBINATION_IDS)}, "{S.R_CLUSTER_ID}", \'\')'
    layer.setLabeling(_labels(expression, text))
    layer.setLabelsEnabled(True)


def style_conflicts(layer: QgsVectorLayer, scale: float = 1.0) -> None:
    """Conflicts in red, whatever their geometry, labelled with their number (``scale``: smaller pages)."""
    geometry = layer.geometryType()
    if geometry == QgsWkbTypes.PointGeometry:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": CONFLICT_COLOUR, "outline_color": "white", "outline_width": "0.25",
             "size": str(2.4 * scale)}
        )
    elif geometry == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple(
            {"line_color": CONFLICT_COLOUR, "line_width": str(0.6 * scale), "capstyle": "round"}
        )
        # Dots at both ends: works that touch give a conflict line of length zero, which must still show.
        ends = QgsMarkerLineSymbolLayer()
        ends.setPlacement(QgsMarkerLineSymbolLayer.FirstVertex | QgsMarkerLineSymbolLayer.LastVertex)
        ends.setSubSymbol(QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": CONFLICT_COLOUR, "outline_color": "white", "outline_width": "0.2",
             "size": str(1.6 * scale)}
        ))
        symbol.appendSymbolLayer(ends)
    else:
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": CONFLICT_COLOUR, "outline_width": str(0.6 * scale)}
        )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    expression = f'if({_on_this_page(S.R_CONFLICT_ID, D_CONFLICT_IDS)}, "{S.R_CONFLICT_ID}", \'\')'
    placement = QgsPalLayerSettings.Horizontal
    if geometry == QgsWkbTypes.PointGeometry:
        placement = QgsPalLayerSettings.OverPoint
    layer.setLabeling(_labels(expression, _text_format(LABEL_PT * scale, CONFLICT_COLOUR, bold=True), placement))
    layer.setLabelsEnabled(True)


def style_districts(layer: QgsVectorLayer, name_field: str, scale: float = 1.0, page_name: str = "") -> None:
    """District outlines with their names; on a district page the district itself stands out.

    ``page_name`` is the expression giving the name of the page's district.
    """
    page_name = page_name or f"attribute(@atlas_feature, '{name_field}')"
    current = f"@map_id = '{DISTRICT_MAP}' AND \"{name_field}\" = {page_name}"
    root = QgsRuleBasedRenderer.Rule(None)
    this = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1b2a41", "outline_width": str(0.9 * scale)})
    other = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#707070", "outline_width": str(0.35 * scale)})
    for symbol, expression in ((this, current), (other, "ELSE")):
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, "" if expression == "ELSE" else expression)
        if expression == "ELSE":
            rule.setIsElse(True)  # setIsElse(False) would turn the rule into an ELSE rule in QGIS 3.22
        root.appendChild(rule)
    # The district's own outline goes over its neighbours' shared borders.
    this.symbolLayer(0).setRenderingPass(1)
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    layer.setRenderer(renderer)
    # On a district page its own name is the page title; the map names only the neighbours.
    expression = f"if({current}, '', \"{name_field}\")"
    layer.setLabeling(_labels(expression, _text_format(LABEL_PT * scale, "#505050"), QgsPalLayerSettings.Horizontal))
    layer.setLabelsEnabled(True)


def style_mask(layer: QgsVectorLayer, name_field: str, page_name: str = "") -> None:
    """A white veil over everything outside the page's district, so that the district stands out."""
    veil = QgsFillSymbol.createSimple({"color": "255,255,255,150", "outline_style": "no"})
    root = QgsRuleBasedRenderer.Rule(None)
    current = f"\"{name_field}\" = {page_name or f'attribute(@atlas_feature, {name_field!r})'}"
    root.appendChild(QgsRuleBasedRenderer.Rule(veil, 0, 0, current))
    layer.setRenderer(QgsInvertedPolygonRenderer(QgsRuleBasedRenderer(root)))


def style_context(layer: QgsVectorLayer) -> None:
    """Context (e.g. neighbourhoods) as thin grey lines under the works."""
    if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#c4c4c4", "outline_width": "0.18"})
    elif layer.geometryType() == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple({"line_color": "#c4c4c4", "line_width": "0.18"})
    else:
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#c4c4c4", "size": "1", "outline_style": "no"}
        )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabelsEnabled(False)


def style_background(layer: QgsMapLayer, scale: float = 1.0) -> None:
    """The background for print: roads white with a grey edge, their names on the district pages only."""
    if not isinstance(layer, QgsVectorLayer):
        return  # a raster map keeps its own look
    if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple({"color": "#ececec", "outline_color": "#d4d4d4", "outline_width": "0.1"})
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    style_streets(layer, width_mm=0.7 * scale, label_size=LABEL_PT * scale, labels_from_scale=None,
                  only_where=f"@map_id = '{DISTRICT_MAP}'")

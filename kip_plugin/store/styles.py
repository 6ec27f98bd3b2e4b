"""Symbology of the works layers: the party colours, drawn by status."""
from __future__ import annotations

from typing import Iterable, List

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core import schema as S
from ..i18n import tr, tr_code

# A work drawn smaller than this (mm on screen or paper, its longer side) also gets a marker.
SMALL_WORK_MM = 3.0
MARKER_MM = 2.4


def small_work_expression(limit_mm: float = SMALL_WORK_MM) -> str:
    """Expression: the work would be drawn less than ``limit_mm`` long at the scale being drawn (map units: metres)."""
    # No coalesce() around @map_scale: QGIS would work it out once, before the scale is known.
    return f"max(bounds_width($geometry), bounds_height($geometry)) * 1000 / @map_scale < {limit_mm}"


def small_work_marker(colour: QColor, size_mm: float = MARKER_MM) -> QgsCentroidFillSymbolLayer:
    """A dot in ``colour`` on a work that would otherwise be a speck: every work stays visible at every scale."""
    dot = QgsCentroidFillSymbolLayer()
    dot.setPointOnAllParts(False)
    dot.setPointOnSurface(True)
    dot.setSubSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": colour.name(QColor.HexArgb), "outline_color": "white", "outline_width": "0.3",
         "size": str(size_mm)}
    ))
    # createSimple reads #AARRGGBB poorly on some versions; set the colour explicitly.
    dot.subSymbol().symbolLayer(0).setFillColor(colour)
    dot.setDataDefinedProperty(QgsSymbolLayer.PropertyLayerEnabled, QgsProperty.fromExpression(small_work_expression()))
    return dot


def _solid(colour: QColor) -> QgsFillSymbol:
    fill = QColor(colour)
    fill.setAlpha(150)
    symbol = QgsFillSymbol.createSimple(
        {
            "color": fill.name(QColor.HexArgb),
            "outline_color": colour.darker(140).name(),
            "outline_width": "0.4",
            "outline_width_unit": "MM",
        }
    )
    # createSimple reads #AARRGGBB poorly on some versions; set the colour explicitly.
    symbol.symbolLayer(0).setFillColor(fill)
    symbol.appendSymbolLayer(small_work_marker(QColor(colour)))
    return symbol


def _hatched(colour: QColor) -> QgsFillSymbol:
    """Hatched fill with a dashed outline: a work that is only an idea."""
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.6)
    hatch.setLineWidth(0.3)
    hatch.setColor(colour)
    symbol.appendSymbolLayer(hatch)
    outline = QgsSimpleLineSymbolLayer(colour.darker(120), 0.4)
    outline.setPenStyle(Qt.DashLine)
    symbol.appendSymbolLayer(outline)
    symbol.appendSymbolLayer(small_work_marker(QColor(colour)))
    return symbol


def _faded(colour: QColor) -> QgsFillSymbol:
    """Outline only, faded: a work that is done or cancelled."""
    faded = QColor(colour)
    faded.setAlpha(110)
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_style": "dot", "outline_width": "0.3"})
    symbol.symbolLayer(0).setStrokeColor(faded)
    symbol.appendSymbolLayer(small_work_marker(faded, MARKER_MM * 0.75))
    return symbol


def party_renderer(party: S.Party) -> QgsRuleBasedRenderer:
    """The party's colour, drawn by status: solid when planned, hatched as idea, faded when over."""
    colour = QColor(party.colour)
    root = QgsRuleBasedRenderer.Rule(None)
    inactive = ", ".join(f"'{s}'" for s in S.INACTIVE_STATUSES)
    rules = (
        (_hatched(colour), f"\"{S.F_STATUS}\" = '{S.STATUS_IDEA}'", tr_code(S.STATUSES, S.STATUS_IDEA)),
        (_faded(colour), f"\"{S.F_STATUS}\" IN ({inactive})", tr("Done or cancelled")),
        (_solid(colour), "ELSE", party.name),
    )
    for symbol, expression, label in rules:
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, "" if expression == "ELSE" else expression, label)
        if expression == "ELSE":
            rule.setIsElse(True)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def overview_renderer(parties: Iterable[S.Party]) -> QgsCategorizedSymbolRenderer:
    """All works coloured by party: the style plain QGIS shows for the works table."""
    categories: List[QgsRendererCategory] = []
    for party in parties:
        categories.append(QgsRendererCategory(party.code, _solid(QColor(party.colour)), party.name))
    categories.append(QgsRendererCategory(None, _solid(QColor(S.UNKNOWN_PARTY_COLOUR)), tr("Unknown party")))
    return QgsCategorizedSymbolRenderer(S.F_OWNER, categories)

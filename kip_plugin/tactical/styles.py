"""How the tactical results look and where they go: the "KIP results" group, and the "Themes" group."""
from __future__ import annotations

from typing import Dict

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)

from ..core import schema as S
from ..core.opportunities import EXTEND, RENEW
from ..core.schema import QT_TRANSLATE_NOOP
from ..detection.styles import RESULT_PROPERTY, RESULTS_ROLE, results_group_title
from ..i18n import tr, tr_code
from ..store.project import ensure_group
from . import proposals as P

PROPOSALS, SIGNALS, THEME_AREAS, STREETS, WARNINGS, LINKS = (
    "asset_proposals", "theme_signals", "theme_areas", "subsurface", "crowded_trenches", "utility_links")
THEMES_ROLE = "themes"  # the layer-tree group of the theme layers
IN_THEMES_GROUP = (SIGNALS, THEME_AREAS)

# Signal kinds of kip:themesignals, and congestion classes of kip:subsurfacecongestion.
SERVES, OPPORTUNITY, CONTRADICTION = "serves", "opportunity", "contradiction"
SIGNAL_KINDS = {
    SERVES: QT_TRANSLATE_NOOP("@default", "Serves the theme"),
    OPPORTUNITY: QT_TRANSLATE_NOOP("@default", "Could serve the theme"),
    CONTRADICTION: QT_TRANSLATE_NOOP("@default", "Goes against the theme"),
}
LOW, MEDIUM, HIGH = "low", "medium", "high"
CONGESTION = {
    LOW: QT_TRANSLATE_NOOP("@default", "Not crowded"),
    MEDIUM: QT_TRANSLATE_NOOP("@default", "Busy"),
    HIGH: QT_TRANSLATE_NOOP("@default", "Crowded"),
}

SIGNAL_COLOURS = {SERVES: "#1a9850", OPPORTUNITY: "#fdae61", CONTRADICTION: "#d73027"}
CONGESTION_COLOURS = {LOW: "#ffffcc", MEDIUM: "#fd8d3c", HIGH: "#bd0026"}
THEME_COLOURS = {"climate_adaptation": "#2c7fb8", "heat_transition": "#e6550d", "mobility": "#756bb1", "greening": "#31a354"}
LINK_COLOURS = {"electricity": "#e31a1c", "gas": "#ffd92f", "water": "#1f78b4", "telecom": "#33a02c",
                "sewer": "#a6611a", "heat": "#ff00ff", "other": "#737373"}


def themes_group_title() -> str:
    """Title of the layer-tree group holding the theme layers."""
    return tr("Themes")


def layer_title(role: str) -> str:
    """The name a tactical layer gets in the layer tree."""
    return {
        PROPOSALS: tr("Asset opportunities"),
        SIGNALS: tr("Theme signals"),
        THEME_AREAS: tr("Theme areas"),
        STREETS: tr("Subsurface congestion"),
        WARNINGS: tr("Trenches in crowded streets"),
        LINKS: tr("Cables and pipes (KLIC)"),
    }[role]


def signal_label(kind: str) -> str:
    """The translated label of a signal kind."""
    return tr_code(SIGNAL_KINDS, kind)


def congestion_label(level: str) -> str:
    """The translated label of a congestion class."""
    return tr_code(CONGESTION, level)


def _fill(colour: str, outline: str, opacity: float = 0.6, width: str = "0.4", style: str = "solid") -> QgsFillSymbol:
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": width, "style": style})
    symbol.setOpacity(opacity)
    return symbol


def _categories(field: str, colours: Dict[str, str], labels: Dict[str, str], make) -> QgsCategorizedSymbolRenderer:
    return QgsCategorizedSymbolRenderer(
        field, [QgsRendererCategory(code, make(colour), labels[code]) for code, colour in colours.items()]
    )


def _temporal(layer: QgsVectorLayer, start: str, end: str) -> None:
    props: QgsVectorLayerTemporalProperties = layer.temporalProperties()
    props.setIsActive(True)
    props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    props.setStartField(start)
    props.setEndField(end)
    props.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)


def style_tactical(layer: QgsVectorLayer, role: str) -> None:
    """Give a tactical layer its style, map tip and, where it has a period, its time in the Temporal Controller."""
    if role == PROPOSALS:
        labels = {RENEW: tr_code(P.ADVICES, RENEW), EXTEND: tr_code(P.ADVICES, EXTEND)}
        layer.setRenderer(_categories(P.P_ADVICE, {RENEW: "#f46d43", EXTEND: "#4575b4"}, labels,
                                      lambda c: _fill(c, "#252525", 0.65)))
        _temporal(layer, S.F_START, S.F_END)
        layer.setMapTipTemplate(f'<b>[% "{P.P_ASSET_NAME}" %]</b><br>[% "{P.P_DESCRIPTION}" %]')
        layer.setDisplayExpression(f'"{P.P_DESCRIPTION}"')
    elif role == SIGNALS:
        labels = {k: signal_label(k) for k in SIGNAL_KINDS}
        layer.setRenderer(_categories("kind", SIGNAL_COLOURS, labels, lambda c: _fill(c, c, 0.7, "0.6")))
        _temporal(layer, S.F_START, S.F_END)
        layer.setMapTipTemplate('<b>[% "theme_label" %]</b><br>[% "description" %]')
        layer.setDisplayExpression('"description"')
    elif role == THEME_AREAS:
        labels = {k: tr_code(S.THEMES, k) for k in S.THEMES}
        layer.setRenderer(_categories("theme", THEME_COLOURS, labels,
                                      lambda c: _fill(c, c, 0.25, "0.8", "b_diagonal")))
        layer.setMapTipTemplate('<b>[% "name" %]</b><br>[% "summary" %]')
    elif role == STREETS:
        labels = {k: congestion_label(k) for k in CONGESTION}
        layer.setRenderer(_categories("congestion", CONGESTION_COLOURS, labels, lambda c: _fill(c, "#636363", 0.75, "0.2")))
        layer.setMapTipTemplate('<b>[% "street" %]</b><br>[% "summary" %]')
    elif role == WARNINGS:
        layer.setRenderer(_categories("congestion", {HIGH: "#67000d"}, {HIGH: congestion_label(HIGH)},
                                      lambda c: _fill(c, c, 0.8, "0.8", "dense4")))
        _temporal(layer, S.F_START, S.F_END)
        layer.setMapTipTemplate('[% "description" %]')
        layer.setDisplayExpression('"description"')
    elif role == LINKS:
        labels = {"electricity": tr("Electricity"), "gas": tr("Gas"), "water": tr("Water"), "telecom": tr("Telecom"),
                  "sewer": tr("Sewer"), "heat": tr("Heat"), "other": tr("Other")}
        layer.setRenderer(_categories("network", LINK_COLOURS, labels,
                                      lambda c: QgsLineSymbol.createSimple({"line_color": c, "line_width": "0.5"})))
        layer.setMapTipTemplate('<b>[% "theme" %]</b> · [% "operator" %]')
    layer.setCustomProperty(RESULT_PROPERTY, role)
    layer.triggerRepaint()


def put_in_group(project: QgsProject, layer: QgsVectorLayer, role: str) -> None:
    """Move (or add) ``layer`` into the "Themes" or the "KIP results" group."""
    if role in IN_THEMES_GROUP:
        group = ensure_group(project, THEMES_ROLE, themes_group_title())
    else:
        group = ensure_group(project, RESULTS_ROLE, results_group_title())
    root = project.layerTreeRoot()
    node = root.findLayer(layer.id())
    if node is None:
        if project.mapLayer(layer.id()) is None:
            project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        return
    if node.parent() is group:
        return
    group.insertChildNode(0, node.clone())
    node.parent().removeChildNode(node)


class TacticalLayer(QgsProcessingLayerPostProcessorInterface):
    """Styles a tactical result when QGIS loads it and puts it in its group."""

    _instances: Dict[str, "TacticalLayer"] = {}

    def __init__(self, role: str) -> None:
        super().__init__()
        self.role = role

    @classmethod
    def for_role(cls, role: str) -> "TacticalLayer":
        """One post-processor per kind of result, kept alive as QGIS requires."""
        if role not in cls._instances:
            cls._instances[role] = cls(role)
        return cls._instances[role]

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS's name)
        style_tactical(layer, self.role)
        put_in_group(context.project() or QgsProject.instance(), layer, self.role)


def load_as(context, dest_id, role: str) -> None:
    """Have QGIS load the output ``dest_id`` styled, named and grouped."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = layer_title(role)
        details.setPostProcessor(TacticalLayer.for_role(role))

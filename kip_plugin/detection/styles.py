"""How the detection results look and where they go: styles, time, the "KIP results" group."""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsTemplatedLineSymbolLayerBase,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)

from qgis.PyQt.QtGui import QColor

from ..core import schema as S
from ..i18n import tr, tr_code
from ..store.project import ensure_group

RESULT_PROPERTY = "kip/result"  # custom property naming which result a layer shows
CLUSTERS, PAIRS, WORKS, CONFLICTS = "clusters", "pairs", "works", "conflicts"
RESULTS_ROLE = "results"

# Combinations by size: (lowest, highest, colour).
CLUSTER_CLASSES = ((2, 2, "#c7e9c0"), (3, 3, "#74c476"), (4, 5, "#31a354"), (6, 1_000_000, "#006d2c"))
CONFLICT_COLOURS = {
    S.CONFLICT_DIG_AFTER_PAVING: "#d7191c",
    S.CONFLICT_SIMULTANEOUS_CLOSURES: "#fdae61",
    S.CONFLICT_EVENT_DURING_WORKS: "#7b3294",
}
PAIR_COLOUR = "#238b45"


def results_group_title() -> str:
    """Title of the layer-tree group holding the results."""
    return tr("KIP results")


def layer_title(role: str) -> str:
    """The name a result layer gets in the layer tree."""
    return {
        CLUSTERS: tr("Combinations"),
        PAIRS: tr("Combinable pairs"),
        WORKS: tr("Works and their combination"),
        CONFLICTS: tr("Conflicts"),
    }[role]


# Opacity of the combinations' fill: a tint, so that the parties' colours stay visible under it.
CLUSTER_FILL_ALPHA = 50


def _cluster_renderer() -> QgsGraduatedSymbolRenderer:
    ranges = []
    for low, high, colour in CLUSTER_CLASSES:
        fill = QColor(colour)
        fill.setAlpha(CLUSTER_FILL_ALPHA)
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#00441b", "outline_width": "0.6", "outline_width_unit": "MM"}
        )
        symbol.symbolLayer(0).setFillColor(fill)
        if low == high:
            label = tr("{n} works").format(n=low)
        elif high >= CLUSTER_CLASSES[-1][1]:
            label = tr("{n} works or more").format(n=low)
        else:
            label = tr("{low}–{high} works").format(low=low, high=high)
        ranges.append(QgsRendererRange(low - 0.5, high + 0.5, symbol, label))
    return QgsGraduatedSymbolRenderer(S.R_N_WORKS, ranges)


def _end_markers(colour: str, size: str) -> list:
    """Dots on both ends, so that a line between touching works still shows."""
    layers = []
    for placement in (QgsTemplatedLineSymbolLayerBase.FirstVertex, QgsTemplatedLineSymbolLayerBase.LastVertex):
        marker = QgsMarkerLineSymbolLayer()
        marker.setPlacement(placement)
        marker.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": size, "outline_style": "no"}))
        layers.append(marker)
    return layers


def _line(colour: str, width: str, dashed: bool = False, dot: str = "1.6") -> QgsLineSymbol:
    symbol = QgsLineSymbol.createSimple(
        {"line_color": colour, "line_width": width, "line_style": "dash" if dashed else "solid", "capstyle": "round"}
    )
    for layer in _end_markers(colour, dot):
        symbol.appendSymbolLayer(layer)
    return symbol


def _pair_renderer() -> QgsCategorizedSymbolRenderer:
    return QgsCategorizedSymbolRenderer(
        S.R_NEEDS_SHIFT,
        [
            QgsRendererCategory(False, _line(PAIR_COLOUR, "0.6"), tr("Can run together as planned")),
            QgsRendererCategory(True, _line(PAIR_COLOUR, "0.6", dashed=True), tr("Can run together after a shift")),
        ],
    )


def _conflict_renderer() -> QgsCategorizedSymbolRenderer:
    categories = [
        QgsRendererCategory(kind, _line(colour, "1.0", dot="3.0"), tr_code(S.CONFLICT_KINDS, kind))
        for kind, colour in CONFLICT_COLOURS.items()
    ]
    return QgsCategorizedSymbolRenderer(S.R_KIND, categories)


def _works_renderer() -> QgsRuleBasedRenderer:
    """Outlines only: drawn over the party layers, the works keep their owner's colour inside."""
    root = QgsRuleBasedRenderer.Rule(None)
    combined = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#006d2c", "outline_width": "0.6"})
    alone = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#737373", "outline_width": "0.2"})
    alone.setOpacity(0.6)
    root.appendChild(QgsRuleBasedRenderer.Rule(combined, 0, 0, f'"{S.R_CLUSTER_ID}" IS NOT NULL', tr("In a combination")))
    rest = QgsRuleBasedRenderer.Rule(alone, 0, 0, "", tr("Not combined"))
    rest.setIsElse(True)
    root.appendChild(rest)
    return QgsRuleBasedRenderer(root)


_TEMPORAL_FIELDS = {
    CLUSTERS: (S.R_COMMON_START, S.R_COMMON_END),
    PAIRS: (S.F_START, S.F_END),
    WORKS: (S.F_START, S.F_END),
    CONFLICTS: (S.F_START, S.F_END),
}


def style_result(layer: QgsVectorLayer, role: str) -> None:
    """Give a result layer its style, its name, and its period in the Temporal Controller."""
    renderer = {
        CLUSTERS: _cluster_renderer,
        PAIRS: _pair_renderer,
        WORKS: _works_renderer,
        CONFLICTS: _conflict_renderer,
    }[role]()
    layer.setRenderer(renderer)
    start, end = _TEMPORAL_FIELDS[role]
    props: QgsVectorLayerTemporalProperties = layer.temporalProperties()
    props.setIsActive(True)
    props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    props.setStartField(start)
    props.setEndField(end)
    props.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)
    layer.setCustomProperty(RESULT_PROPERTY, role)
    if role == CONFLICTS:
        layer.setMapTipTemplate(f'<b>[% represent_value("{S.R_KIND}") %]</b><br>[% "{S.R_DESCRIPTION}" %]')
        layer.setDisplayExpression(f'"{S.R_DESCRIPTION}"')
    layer.triggerRepaint()


def put_in_results_group(project: QgsProject, layer: QgsVectorLayer, replace: bool = False) -> None:
    """Move (or add) ``layer`` into the "KIP results" group; ``replace`` drops older results of its kind."""
    group = ensure_group(project, RESULTS_ROLE, results_group_title())
    role = layer.customProperty(RESULT_PROPERTY)
    if replace:
        for node in list(group.findLayers()):
            old = node.layer()
            if old is not None and old.id() != layer.id() and old.customProperty(RESULT_PROPERTY) == role:
                project.removeMapLayer(old.id())
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

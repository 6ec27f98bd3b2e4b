"""How the proposals layer looks: its name, its colours, its time."""
from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)

from ..i18n import tr
from .fields import P_NEW_END, P_NEW_START, P_REASON, P_SHIFT_DAYS, P_WORK_ID, ROLE


def layer_title() -> str:
    """The name of the proposals layer in the layer tree."""
    return tr("Proposed schedule")


def style_proposals(layer: QgsVectorLayer) -> None:
    """Moves in blue, works that stay in an unavoidable conflict in red; shown over their new period in time."""
    categories = []
    for value, colour, label in (
        (True, "#1565c0", tr("Moves")),
        (False, "#c62828", tr("Stays: conflict cannot be avoided")),
    ):
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": colour, "outline_width": "0.8", "outline_width_unit": "MM"}
        )
        symbol.setOpacity(0.45)
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer(f'"{P_SHIFT_DAYS}" <> 0', categories))
    props: QgsVectorLayerTemporalProperties = layer.temporalProperties()
    props.setIsActive(True)
    props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    props.setStartField(P_NEW_START)
    props.setEndField(P_NEW_END)
    props.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)
    layer.setCustomProperty("kip/result", ROLE)
    layer.setMapTipTemplate(f'<b>[% "{P_WORK_ID}" %]</b><br>[% "{P_REASON}" %]')
    layer.setDisplayExpression(f'"{P_REASON}"')
    layer.triggerRepaint()

"""How the disruption layers look: graduated by disruption-days, one year at a time in the Temporal Controller."""
from __future__ import annotations

from typing import List

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererRange,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)

from ..i18n import tr

F_AREA = "area_name"
F_STREET = "street"
F_YEAR = "year"
F_DAYS = "disruption_days"
F_DAYS_ALONE = "disruption_days_without_combining"
F_WORKS = "works"

# Light to dark: little to much disruption (ColorBrewer YlOrRd, readable on white paper and screens).
COLOURS = ("#f7f7f7", "#fed976", "#fd8d3c", "#e31a1c", "#800026")


def class_breaks(values: List[float], classes: int = 4) -> List[float]:
    """Upper bounds of ``classes`` classes of the positive ``values`` (quantiles, rounded, increasing)."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return [1.0]
    bounds = []
    for k in range(1, classes + 1):
        value = positive[min(len(positive) - 1, int(round(k * len(positive) / classes)) - 1)]
        value = float(round(value)) if value >= 10 else round(value, 1)
        if not bounds or value > bounds[-1]:
            bounds.append(value)
    bounds[-1] = max(bounds[-1], positive[-1])
    return bounds


def disruption_renderer(values: List[float], lines: bool = False) -> QgsGraduatedSymbolRenderer:
    """Classes of disruption-days: none, then four quantiles of the rest."""
    ranges = []

    def symbol(colour: str):
        if lines:
            return QgsLineSymbol.createSimple({"line_color": colour, "line_width": "1.2", "capstyle": "round"})
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#636363", "outline_width": "0.2"})

    ranges.append(QgsRendererRange(-0.001, 0.0, symbol(COLOURS[0]), tr("No disruption")))
    lower = 0.0
    for colour, upper in zip(COLOURS[1:], class_breaks(values)):
        label = tr("{low} – {high} disruption-days").format(low=f"{lower:g}", high=f"{upper:g}")
        ranges.append(QgsRendererRange(lower, upper, symbol(colour), label))
        lower = upper
    return QgsGraduatedSymbolRenderer(F_DAYS, ranges)


def style_disruption(layer: QgsVectorLayer, lines: bool = False) -> None:
    """Style a disruption layer and show one year at a time in the Temporal Controller."""
    values = [float(f[F_DAYS] or 0) for f in layer.getFeatures()]
    layer.setRenderer(disruption_renderer(values, lines))
    props: QgsVectorLayerTemporalProperties = layer.temporalProperties()
    props.setIsActive(True)
    props.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromExpressions)
    props.setStartExpression(f'make_datetime("{F_YEAR}", 1, 1, 0, 0, 0)')
    props.setEndExpression(f'make_datetime("{F_YEAR}", 12, 31, 23, 59, 59)')
    props.setLimitMode(Qgis.VectorTemporalLimitMode.IncludeBeginIncludeEnd)
    name = F_STREET if lines else F_AREA
    layer.setMapTipTemplate(
        f'<b>[% "{name}" %] [% "{F_YEAR}" %]</b><br>'
        + tr("{with} disruption-days, {without} without combining").format(
            **{"with": f'[% "{F_DAYS}" %]', "without": f'[% "{F_DAYS_ALONE}" %]'}
        )
    )
    layer.triggerRepaint()


class DisruptionLayer(QgsProcessingLayerPostProcessorInterface):
    """Styles a disruption layer when QGIS loads it."""

    _instances = {}

    def __init__(self, lines: bool) -> None:
        super().__init__()
        self.lines = lines

    @classmethod
    def for_kind(cls, lines: bool) -> "DisruptionLayer":
        """One post-processor per kind, kept alive as QGIS requires."""
        if lines not in cls._instances:
            cls._instances[lines] = cls(lines)
        return cls._instances[lines]

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 (QGIS's name)
        if isinstance(layer, QgsVectorLayer):
            style_disruption(layer, self.lines)

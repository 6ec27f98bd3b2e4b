"""The proposals layer: one feature per work that moves (or stays in a conflict that cannot be avoided)."""
from __future__ import annotations

from typing import List

import numpy as np
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFields,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)

from ..core import schema as S
from ..core.schedule_report import WorkReason
from ..detection.reader import WorksInput
from ..detection.results import FeatureTable, _fields, _qdates, _shared
from ..i18n import tr
from .text import ReasonWriter

# Fields of the proposals layer (a contract: scripts and the timeline read them).
P_WORK_ID = S.F_WORK_ID
P_OWNER = S.F_OWNER
P_START = S.F_START
P_END = S.F_END
P_NEW_START = "new_start"
P_NEW_END = "new_end"
P_SHIFT_DAYS = "shift_days"
P_REASON = "reason"
ROLE = "proposals"  # the value of the result custom property of a proposals layer


def proposal_fields() -> QgsFields:
    """Fields of the proposals layer."""
    return _fields(
        [
            (P_WORK_ID, S.TEXT),
            (P_OWNER, S.TEXT),
            (P_START, S.DATE),
            (P_END, S.DATE),
            (P_NEW_START, S.DATE),
            (P_NEW_END, S.DATE),
            (P_SHIFT_DAYS, S.INTEGER),
            (P_REASON, S.TEXT),
        ]
    )


def proposal_features(data: WorksInput, items: List[WorkReason], starts: np.ndarray) -> FeatureTable:
    """One feature per reason, with the work's own geometry."""
    works = data.works
    rows = np.array([r.index for r in items], dtype=np.int64)
    writer = ReasonWriter(works, data.owner_names)
    new_start = starts[rows] if len(rows) else np.zeros(0, dtype=np.int64)
    columns = [
        works.ids[rows].tolist(),
        _shared(works.owners[rows].tolist(), S.TEXT),
        _qdates(works.start[rows]),
        _qdates(works.end[rows]),
        _qdates(new_start),
        _qdates(new_start + works.duration[rows] - 1),
        _shared([r.shift for r in items], S.INTEGER),
        [writer.sentence(r) for r in items],
    ]
    return FeatureTable(proposal_fields(), columns, data.wkb[rows] if len(rows) else [])


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


def is_proposals_layer(layer) -> bool:
    """Whether a layer holds a proposed schedule (by its fields)."""
    fields = layer.fields()
    return all(fields.indexOf(name) >= 0 for name in (P_WORK_ID, P_NEW_START, P_NEW_END, P_SHIFT_DAYS))

"""The proposals layer's features: one per work that moves (or stays in a conflict that cannot be avoided)."""
from __future__ import annotations

from typing import List

import numpy as np
from qgis.core import QgsFields

from ..core import schema as S
from ..core.schedule_report import WorkReason
from ..detection.reader import WorksInput
from ..detection.results import FeatureTable, _fields, _qdates, _shared
from .text import ReasonWriter


def proposal_fields() -> QgsFields:
    """Fields of the proposals layer."""
    return _fields(S.PROPOSAL_RESULT_FIELDS)


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

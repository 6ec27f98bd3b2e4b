"""Which fields of the works each detection reads (what it does not need, it does not read)."""
from __future__ import annotations

from typing import Dict

from ..core import schema as S

# Everything the engine can use, with its kind: combinations and conflicts together.
DETECTION_FIELDS: Dict[str, str] = {
    S.F_WORK_ID: S.TEXT,
    S.F_TITLE: S.TEXT,
    S.F_OWNER: S.TEXT,
    S.F_WORK_TYPE: S.TEXT,
    S.F_STATUS: S.TEXT,
    S.F_START: S.DATE,
    S.F_END: S.DATE,
    S.F_EARLIEST_START: S.DATE,
    S.F_LATEST_END: S.DATE,
    S.F_EXCAVATION: S.BOOL,
    S.F_ROAD_CLOSURE: S.BOOL,
    S.F_DISRUPTION: S.TEXT,
}
COMBINATION_FIELDS = (
    S.F_WORK_ID, S.F_OWNER, S.F_WORK_TYPE, S.F_STATUS, S.F_START, S.F_END, S.F_EARLIEST_START, S.F_LATEST_END,
    S.F_EXCAVATION, S.F_BUDGET_TYPE, S.F_BUDGET_EUR,
)
CONFLICT_FIELDS = tuple(DETECTION_FIELDS)
ALL_FIELDS = tuple(spec.name for spec in S.WORK_FIELDS)

"""The proposals layer's fields and marks: a contract scripts, the timeline and the panel read."""
from __future__ import annotations

from ..core import schema as S

P_WORK_ID = S.F_WORK_ID
P_OWNER = S.F_OWNER
P_START = S.F_START
P_END = S.F_END
P_NEW_START = S.R_NEW_START
P_NEW_END = S.R_NEW_END
P_SHIFT_DAYS = S.R_SHIFT_DAYS
P_REASON = S.R_REASON
ROLE = "proposals"  # the value of the result custom property of a proposals layer
SUMMARY_PROPERTY = "kip/schedule_summary"  # the algorithm's figures, kept with the proposals layer


def is_proposals_layer(layer) -> bool:
    """Whether a layer holds a proposed schedule (by its fields)."""
    fields = layer.fields()
    return all(fields.indexOf(name) >= 0 for name in (P_WORK_ID, P_NEW_START, P_NEW_END, P_SHIFT_DAYS))

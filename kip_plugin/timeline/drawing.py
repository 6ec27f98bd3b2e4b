"""The timeline's visual language, the same on screen and on paper: colours, and works packed into lanes."""
from __future__ import annotations

import heapq
from typing import List, Tuple

import numpy as np
from qgis.PyQt.QtGui import QColor

CONFLICT_COLOUR = QColor("#d50000")
TODAY_COLOUR = QColor("#ef6c00")
CURSOR_COLOUR = QColor("#1565c0")
ATTENTION_COLOUR = QColor("#c62828")
LINK_COLOUR = QColor("#0d3c78")
ARROW_COLOUR = CURSOR_COLOUR  # a proposed move
LANE_GAP_DAYS = 2  # bars sharing a lane keep at least this many days apart on screen


def pack_lanes(starts: np.ndarray, ends: np.ndarray, gap: int = LANE_GAP_DAYS) -> np.ndarray:
    """Lane of each interval (sorted by start) so that intervals in one lane keep ``gap`` days apart."""
    lanes: List[int] = []
    free: List[Tuple[int, int]] = []  # (end of the lane's last bar, lane)
    for s, e in zip(starts.tolist(), ends.tolist()):
        if free and free[0][0] + gap < s:
            lane = free[0][1]
            heapq.heapreplace(free, (e, lane))
        else:
            lane = len(free)
            heapq.heappush(free, (e, lane))
        lanes.append(lane)
    return np.asarray(lanes, dtype=np.int64)

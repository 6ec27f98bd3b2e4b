"""The schedule proposal's defaults, in a module of their own so that KIP loads without shapely or OR-Tools."""
from __future__ import annotations

from typing import FrozenSet

from . import schema as S

DEFAULT_FIXED_STATUSES: FrozenSet[str] = frozenset({S.STATUS_EXECUTION, S.STATUS_DONE, S.STATUS_CANCELLED})
DEFAULT_W_DIG = 30.0
DEFAULT_W_DISRUPTION = 1.0
DEFAULT_W_SHIFT = 0.1
DEFAULT_TIME_LIMIT = 60.0
# Weights count to two decimals: the solver works in whole numbers.
WEIGHT_SCALE = 100

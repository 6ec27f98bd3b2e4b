"""Works as columns (one block per layer, all blocks joined into one table) and the layout drawn from them.

Plain data for the timeline model: numpy arrays and lists, no Qt, no layers.
Days are day numbers since 1970-01-01, as in the detection engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..core import schema as S

NO_DATE = S.NO_DATE  # an empty date


@dataclass
class WorkColumns:
    """The works of one layer as parallel columns; days are day numbers since 1970-01-01."""

    layer_id: str
    fid: np.ndarray  # int64
    work_id: List[str]
    title: List[str]
    owner: List[str]
    work_type: List[str]
    status: List[str]
    start: np.ndarray  # int64, NO_DATE when empty
    end: np.ndarray
    earliest: np.ndarray
    latest: np.ndarray
    bbox: np.ndarray  # (n, 4) float64 xmin, ymin, xmax, ymax in the layer's CRS; NaN without geometry

    def __len__(self) -> int:
        return len(self.fid)


@dataclass(frozen=True)
class PartyInfo:
    """How a department or partner is shown."""

    code: str
    name: str
    colour: str


@dataclass
class GroupRow:
    """A group of rows: its header and, when expanded, its lanes."""

    key: str
    label: str
    colour: str
    y: float
    height: float
    count: int
    collapsed: bool
    attention: bool = False


@dataclass
class Layout:
    """What to draw: groups and bars, bars ordered by their y."""

    groups: List[GroupRow] = field(default_factory=list)
    index: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # table rows shown
    y: np.ndarray = field(default_factory=lambda: np.zeros(0))  # top of each bar's lane
    thin: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))  # drawn in a collapsed header
    combinations: List[np.ndarray] = field(default_factory=list)  # each combination's positions, top to bottom
    height: float = 0.0
    span: Optional[Tuple[int, int]] = None  # first and last day of the works shown
    lane_height: float = 18.0
    header_height: float = 22.0

    @property
    def links(self) -> np.ndarray:
        """Pairs of positions of works linked in a combination (each to the next one down)."""
        pairs = [np.column_stack([c[:-1], c[1:]]) for c in self.combinations]
        return np.concatenate(pairs) if pairs else np.zeros((0, 2), np.int64)

    def position(self, row: int) -> Optional[int]:
        """Position of a table row in this layout, or None when it is not shown."""
        hits = np.flatnonzero(self.index == row)
        return int(hits[0]) if len(hits) else None


def codes(values: Sequence[str]) -> Tuple[np.ndarray, Dict[str, int]]:
    """Small integer codes for strings, so that filters compare integers."""
    mapping = {v: i for i, v in enumerate(dict.fromkeys(values))}  # in order of first appearance
    numbers = np.fromiter(map(mapping.__getitem__, values), np.int64, len(values))
    return numbers, mapping


class WorkTable:
    """All layers' columns joined, with what the filters and the grouping need."""

    def __init__(self, chunks: List[WorkColumns], parties: Dict[str, PartyInfo]):
        self.layer_ids = [c.layer_id for c in chunks]
        sizes = [len(c) for c in chunks]
        self.layer = np.repeat(np.arange(len(chunks), dtype=np.int64), sizes)

        def cat(name: str, dtype) -> np.ndarray:
            parts = [getattr(c, name) for c in chunks]
            return np.concatenate(parts).astype(dtype, copy=False) if parts else np.zeros(0, dtype)

        self.fid = cat("fid", np.int64)
        self.start, self.end = cat("start", np.int64), cat("end", np.int64)
        self.earliest, self.latest = cat("earliest", np.int64), cat("latest", np.int64)
        self.bbox = np.vstack([c.bbox for c in chunks]) if chunks else np.zeros((0, 4))
        self.work_id = list(chain.from_iterable(c.work_id for c in chunks))
        self.title = list(chain.from_iterable(c.title for c in chunks))
        self.owner = list(chain.from_iterable(c.owner for c in chunks))
        self.work_type = list(chain.from_iterable(c.work_type for c in chunks))
        self.status = list(chain.from_iterable(c.status for c in chunks))
        self.offsets = dict(zip(self.layer_ids, np.concatenate([[0], np.cumsum(sizes)])[:-1].tolist()))
        self.sizes = dict(zip(self.layer_ids, sizes))
        self.owner_code, self.owner_map = codes(self.owner)
        self.status_code, self.status_map = codes(self.status)
        no_start, no_end = self.start == NO_DATE, self.end == NO_DATE
        self.bad = no_start | no_end | (self.end < self.start) | np.isnan(self.bbox[:, 0])
        has_early = (self.earliest != NO_DATE) & ~no_start
        has_late = (self.latest != NO_DATE) & ~no_end
        self.win_start = np.where(has_early, np.minimum(self.earliest, self.start), self.start)
        self.win_end = np.where(has_late, np.maximum(self.latest, self.end), self.end)
        self._party_names = {code: p.name for code, p in parties.items()}

    @cached_property
    def haystack(self) -> List[str]:
        """What the text search looks in, per work (built on the first search)."""
        names = self._party_names
        return [f"{t}\n{w}\n{o}\n{names.get(o, '')}".lower() for t, w, o in zip(self.title, self.work_id, self.owner)]

    @cached_property
    def by_work_id(self) -> Dict[str, int]:
        """Table row of each work id (the first, should an id occur twice)."""
        rows: Dict[str, int] = {}
        for i, work_id in enumerate(self.work_id):
            rows.setdefault(work_id, i)
        return rows

    def __len__(self) -> int:
        return len(self.fid)

    def row(self, layer_id: str, fid: int) -> Optional[int]:
        """Table row of a feature, or None."""
        if layer_id not in self.offsets:
            return None
        start, size = self.offsets[layer_id], self.sizes[layer_id]
        hits = np.flatnonzero(self.fid[start : start + size] == fid)
        return start + int(hits[0]) if len(hits) else None

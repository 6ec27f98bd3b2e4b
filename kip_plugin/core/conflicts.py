"""Conflicting works: digging after new paving, road closures at once, an event during works."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from . import schema as S
from .closures import closure_clusters
from .rules import Rules
from .spatial import Progress, candidate_pairs, report, within
from .works import Works, add_years, gap_days

KIND_ORDER = (S.CONFLICT_DIG_AFTER_PAVING, S.CONFLICT_SIMULTANEOUS_CLOSURES, S.CONFLICT_EVENT_DURING_WORKS)


@dataclass
class Conflicts:
    """Conflicting pairs of works (indices into the works), one kind each.

    ``days`` is, for digging after paving, the days from the end of the paving to the
    start of the digging; for the other kinds, the days both works run at once.
    ``start``/``end`` is the period the conflict concerns: the digging, or the overlap.

    A conflict may also be a closure cluster (``grouped``): then ``a`` and ``b`` are its first
    two works, ``members`` lists all of them, ``distance`` is NaN, ``days`` counts the days on
    which two or more of its works close roads at once and ``start``/``end`` runs from the
    first to the last such day. Every conflict's works are
    ``members[offsets[k]:offsets[k + 1]]`` (for a pair: a and b).
    """

    kind: np.ndarray  # str codes of S.CONFLICT_KINDS
    a: np.ndarray
    b: np.ndarray
    distance: np.ndarray
    severity: np.ndarray  # str codes of S.SEVERITIES
    days: np.ndarray
    start: np.ndarray
    end: np.ndarray
    grouped: np.ndarray = None  # bool: a closure cluster rather than a pair
    members: np.ndarray = None
    offsets: np.ndarray = None

    def __post_init__(self) -> None:
        n = len(self.a)
        if self.grouped is None:
            self.grouped = np.zeros(n, dtype=bool)
        if self.members is None:
            self.members = np.column_stack([self.a, self.b]).ravel().astype(np.int64)
            self.offsets = np.arange(0, 2 * n + 1, 2, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.a)

    @property
    def sizes(self) -> np.ndarray:
        """Number of works of each conflict (2 for a pair)."""
        return np.diff(self.offsets)

    def works_of(self, k: int) -> np.ndarray:
        """Indices of the works of conflict ``k``."""
        return self.members[self.offsets[k] : self.offsets[k + 1]]


_ROW_FIELDS = ("kind", "a", "b", "distance", "severity", "days", "start", "end", "grouped")


def _make(kind: str, a, b, distance, high, days, start, end) -> Conflicts:
    return Conflicts(
        kind=np.full(len(a), kind, dtype="<U32"),
        a=a,
        b=b,
        distance=distance,
        severity=np.where(high, S.SEVERITY_HIGH, S.SEVERITY_MEDIUM).astype("<U8"),
        days=days,
        start=start,
        end=end,
    )


def _overlap(works: Works, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Days the planned periods share (0 or less when they do not overlap)."""
    return np.minimum(works.end[a], works.end[b]) - np.maximum(works.start[a], works.start[b]) + 1


def dig_after_paving(
    works: Works, rules: Rules, distance: float, moratorium_years: int, progress: Optional[Progress] = None
) -> Conflicts:
    """A work digs where a road was newly paved, within the moratorium and beyond combining."""
    pave = np.flatnonzero(works.active & np.isin(works.types, list(rules.paving_types)))
    dig = np.flatnonzero(works.active & rules.excavates(works.excavation, works.types))
    paved_until = works.end[pave]
    moratorium_end = add_years(paved_until, moratorium_years)

    def keep(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        a, b = pave[i], dig[j]
        digs_from = works.start[b]
        windows_apart = gap_days(works.window_start[a], works.window_end[a], works.window_start[b], works.window_end[b])
        return (digs_from > paved_until[i]) & (digs_from <= moratorium_end[i]) & (windows_apart > 0)

    i, j = candidate_pairs(works.geoms[pave], works.geoms[dig], distance, keep=keep, progress=progress)
    a, b = pave[i], dig[j]
    near, dist = within(works.geoms[a], works.geoms[b], distance)
    a, b, dist = a[near], b[near], dist[near]
    days = works.start[b] - works.end[a]
    return _make(
        S.CONFLICT_DIG_AFTER_PAVING, a, b, dist, days <= rules.dig_after_paving_high_days, days, works.start[b], works.end[b]
    )


def simultaneous_closures(
    works: Works, rules: Rules, distance: float, progress: Optional[Progress] = None
) -> Conflicts:
    """Two works close roads near each other at the same time."""
    closing = np.flatnonzero(works.active & works.road_closure)

    def keep(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return _overlap(works, closing[i], closing[j]) > 0

    geoms = works.geoms[closing]
    i, j = candidate_pairs(geoms, geoms, distance, self_join=True, keep=keep, progress=progress)
    a, b = closing[i], closing[j]
    near, dist = within(works.geoms[a], works.geoms[b], distance)
    a, b, dist = a[near], b[near], dist[near]
    rank = works.id_rank
    swap = rank[a] > rank[b]
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    days = _overlap(works, a, b)
    start = np.maximum(works.start[a], works.start[b])
    return _make(
        S.CONFLICT_SIMULTANEOUS_CLOSURES, a, b, dist, days >= rules.closures_high_overlap_days, days, start, start + days - 1
    )


def grouped_closures(
    works: Works, rules: Rules, distance: float, progress: Optional[Progress] = None
) -> Conflicts:
    """Road closures at the same time as closure clusters: one conflict per cluster, listing all its works."""
    clusters = closure_clusters(works, rules, distance, progress)
    first, second = clusters.order[clusters.offsets[:-1]], clusters.order[clusters.offsets[:-1] + 1]
    k = len(clusters)
    return Conflicts(
        kind=np.full(k, S.CONFLICT_SIMULTANEOUS_CLOSURES, dtype="<U32"),
        a=first,
        b=second,
        distance=np.full(k, np.nan),
        severity=clusters.severity,
        days=clusters.days,
        start=clusters.start,
        end=clusters.end,
        grouped=np.ones(k, dtype=bool),
        members=clusters.order,
        offsets=clusters.offsets,
    )


def event_during_works(
    works: Works, rules: Rules, distance: float, progress: Optional[Progress] = None
) -> Conflicts:
    """An event takes place near works that cause medium or high disruption."""
    is_event = np.isin(works.types, list(rules.event_types))
    events = np.flatnonzero(works.active & is_event)
    disruptive = np.flatnonzero(works.active & ~is_event & np.isin(works.disruption, S.EVENT_CLASH_DISRUPTIONS))

    def keep(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return _overlap(works, events[i], disruptive[j]) > 0

    i, j = candidate_pairs(works.geoms[events], works.geoms[disruptive], distance, keep=keep, progress=progress)
    a, b = events[i], disruptive[j]
    near, dist = within(works.geoms[a], works.geoms[b], distance)
    a, b, dist = a[near], b[near], dist[near]
    days = _overlap(works, a, b)
    start = np.maximum(works.start[a], works.start[b])
    return _make(
        S.CONFLICT_EVENT_DURING_WORKS, a, b, dist, works.disruption[b] == S.SEVERITY_HIGH, days, start, start + days - 1
    )


def find_conflicts(
    works: Works,
    rules: Rules,
    distance: Optional[float] = None,
    moratorium_years: Optional[int] = None,
    closure_distance: Optional[float] = None,
    event_distance: Optional[float] = None,
    progress: Optional[Progress] = None,
    group_closures: bool = False,
) -> Conflicts:
    """All three kinds of conflict among the active works, ordered by kind and work ids.

    With ``group_closures`` road closures at the same time come as closure clusters, one
    conflict each, instead of one conflict per pair of works.
    """
    distance = rules.distance if distance is None else float(distance)
    years = rules.moratorium_years if moratorium_years is None else int(moratorium_years)
    closure = rules.closure_distance if closure_distance is None else float(closure_distance)
    event = rules.event_distance if event_distance is None else float(event_distance)

    def part(k: int):
        return None if progress is None else (lambda f: progress((k + f) / 3))

    found: List[Conflicts] = [
        dig_after_paving(works, rules, distance, years, part(0)),
        (grouped_closures if group_closures else simultaneous_closures)(works, rules, closure, part(1)),
        event_during_works(works, rules, event, part(2)),
    ]
    report(progress, 1.0)
    return _sorted(works, _concat(found))


def _concat(parts: List[Conflicts]) -> Conflicts:
    rows = {name: np.concatenate([getattr(p, name) for p in parts]) for name in _ROW_FIELDS}
    shifts = np.cumsum([0] + [len(p.members) for p in parts[:-1]])
    offsets = np.concatenate([parts[0].offsets[:1]] + [p.offsets[1:] + shift for p, shift in zip(parts, shifts)])
    return Conflicts(**rows, members=np.concatenate([p.members for p in parts]), offsets=offsets)


def _sorted(works: Works, conflicts: Conflicts) -> Conflicts:
    kind_rank = np.zeros(len(conflicts), dtype=np.int64)
    for position, kind in enumerate(KIND_ORDER):
        kind_rank[conflicts.kind == kind] = position
    rank = works.id_rank
    order = np.lexsort((rank[conflicts.b], rank[conflicts.a], kind_rank))
    sizes = conflicts.sizes[order]
    offsets = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    # Each conflict's works, in the new order of the conflicts.
    taken = np.repeat(conflicts.offsets[:-1][order] - offsets[:-1], sizes) + np.arange(offsets[-1])
    rows = {name: getattr(conflicts, name)[order] for name in _ROW_FIELDS}
    return Conflicts(**rows, members=conflicts.members[taken], offsets=offsets)

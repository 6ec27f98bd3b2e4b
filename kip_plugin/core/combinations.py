"""Combinable pairs of works, and the combinations (clusters) they form.

A pair is combinable when the works lie within a distance of each other, their
windows are at most a number of days apart, they have different owners and
the rule table lets their types combine. A combination is a group of works,
connected through combinable pairs, whose windows share at least one day.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from .rules import Rules
from .spatial import Progress, candidate_pairs, report, within
from .works import Works, gap_days


@dataclass
class Pairs:
    """Combinable pairs; ``a`` and ``b`` index the works, the work id of ``a`` sorting first."""

    a: np.ndarray
    b: np.ndarray
    distance: np.ndarray  # metres
    gap_days: np.ndarray  # between the windows
    planned_gap_days: np.ndarray  # between the planned periods

    def __len__(self) -> int:
        return len(self.a)

    @property
    def needs_shift(self) -> np.ndarray:
        """Whether a work must move within its flexibility for the two to run together."""
        return self.planned_gap_days > 0


@dataclass
class Clusters:
    """Combinations of two or more works; cluster ``k`` holds ``order[offsets[k]:offsets[k+1]]``."""

    labels: np.ndarray  # per work: its cluster, or -1
    order: np.ndarray  # work indices grouped by cluster, by work id within one
    offsets: np.ndarray  # len(clusters) + 1 bounds into ``order``
    common_start: np.ndarray  # day number: first day all members can run together
    common_end: np.ndarray
    digs_saved: np.ndarray
    disruption_days_saved: np.ndarray

    def __len__(self) -> int:
        return len(self.common_start)

    @property
    def sizes(self) -> np.ndarray:
        """Number of works in each cluster."""
        return np.diff(self.offsets)

    def members(self, k: int) -> np.ndarray:
        """Indices of the works of cluster ``k``, by work id."""
        return self.order[self.offsets[k] : self.offsets[k + 1]]


def find_pairs(
    works: Works,
    rules: Rules,
    distance: Optional[float] = None,
    time_gap: Optional[int] = None,
    include_same_owner: bool = False,
    progress: Optional[Progress] = None,
) -> Pairs:
    """All combinable pairs among the active works (parameters left None take the rules' defaults)."""
    distance = rules.distance if distance is None else float(distance)
    time_gap = rules.time_gap if time_gap is None else int(time_gap)
    active = np.flatnonzero(works.active)
    ws, we = works.window_start[active], works.window_end[active]
    owners = works.owner_codes[active]
    types = works.type_codes[active]
    allowed = rules.combinable_matrix(list(works.type_names))

    def keep(i: np.ndarray, j: np.ndarray) -> np.ndarray:
        # The cheap tests, before any exact distance.
        ok = gap_days(ws[i], we[i], ws[j], we[j]) <= time_gap
        if not include_same_owner:
            ok &= owners[i] != owners[j]
        return ok & allowed[types[i], types[j]]

    geoms = works.geoms[active]
    step = None if progress is None else (lambda f: progress(0.8 * f))
    i, j = candidate_pairs(geoms, geoms, distance, self_join=True, keep=keep, progress=step)
    near, dist = within(geoms[i], geoms[j], distance)
    a, b, dist = active[i[near]], active[j[near]], dist[near]
    report(progress, 0.9)
    rank = works.id_rank
    swap = rank[a] > rank[b]
    a, b = np.where(swap, b, a), np.where(swap, a, b)
    order = np.lexsort((rank[b], rank[a]))
    a, b, dist = a[order], b[order], dist[order]
    pairs = Pairs(
        a=a,
        b=b,
        distance=dist,
        gap_days=gap_days(works.window_start[a], works.window_end[a], works.window_start[b], works.window_end[b]),
        planned_gap_days=gap_days(works.start[a], works.end[a], works.start[b], works.end[b]),
    )
    report(progress, 1.0)
    return pairs


def find_clusters(works: Works, pairs: Pairs, rules: Rules) -> Clusters:
    """Group works into combinations: connected by pairs, sharing a day, disjoint and maximal.

    Pairs are merged closest first. Two groups join when a pair links them and their
    common windows still overlap; a group's window only narrows as it grows, so a pair
    refused once stays refused, and after one pass no pair can join two groups whose
    union would share a day.
    """
    n = len(works)
    parent = list(range(n))
    size = [1] * n
    lo = works.window_start.tolist()
    hi = works.window_end.tolist()

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    mergeable = pairs.gap_days == 0  # only works sharing a day can share a window
    candidates = np.flatnonzero(mergeable)
    rank = works.id_rank
    order = candidates[
        np.lexsort((rank[pairs.b[candidates]], rank[pairs.a[candidates]], pairs.distance[candidates]))
    ]
    for a, b in zip(pairs.a[order].tolist(), pairs.b[order].tolist()):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        start, end = max(lo[ra], lo[rb]), min(hi[ra], hi[rb])
        if start > end:
            continue
        if size[ra] < size[rb]:
            ra, rb = rb, ra
        parent[rb] = ra
        size[ra] += size[rb]
        lo[ra], hi[ra] = start, end

    roots = np.arange(n, dtype=np.int64)
    touched = np.unique(np.concatenate([pairs.a[order], pairs.b[order]]))
    roots[touched] = [find(x) for x in touched.tolist()]
    return _clusters_from_roots(works, rules, roots, np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64))


def _clusters_from_roots(works: Works, rules: Rules, roots: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> Clusters:
    n = len(works)
    counts = np.bincount(roots, minlength=n) if n else np.zeros(0, dtype=np.int64)
    grouped = counts[roots] >= 2 if n else np.zeros(0, dtype=bool)
    root_ids = np.flatnonzero(counts >= 2)
    # Number the clusters by their common start, then by their first work id.
    first_rank = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    members = np.flatnonzero(grouped)
    np.minimum.at(first_rank, roots[members], works.id_rank[members])
    cluster_order = root_ids[np.lexsort((first_rank[root_ids], lo[root_ids]))]
    number = np.full(n, -1, dtype=np.int64)
    number[cluster_order] = np.arange(len(cluster_order))
    labels = np.where(grouped, number[roots], -1) if n else np.zeros(0, dtype=np.int64)

    order = members[np.lexsort((works.id_rank[members], labels[members]))]
    k = len(cluster_order)
    sizes = np.bincount(labels[members], minlength=k)
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    digs = rules.excavates(works.excavation, works.types)[order].astype(np.int64)
    duration = works.duration[order]
    starts = offsets[:-1]
    if k:
        dig_count = np.add.reduceat(digs, starts)
        total = np.add.reduceat(duration, starts)
        longest = np.maximum.reduceat(duration, starts)
    else:
        dig_count = total = longest = np.zeros(0, dtype=np.int64)
    return Clusters(
        labels=labels,
        order=order,
        offsets=offsets,
        common_start=lo[cluster_order],
        common_end=hi[cluster_order],
        digs_saved=np.maximum(dig_count - 1, 0),
        disruption_days_saved=total - longest,
    )


def detect_combinations(
    works: Works,
    rules: Rules,
    distance: Optional[float] = None,
    time_gap: Optional[int] = None,
    include_same_owner: bool = False,
    progress: Optional[Progress] = None,
) -> Tuple[Pairs, Clusters]:
    """Pairs and clusters in one go."""
    step = None if progress is None else (lambda f: progress(0.9 * f))
    pairs = find_pairs(works, rules, distance, time_gap, include_same_owner, step)
    clusters = find_clusters(works, pairs, rules)
    report(progress, 1.0)
    return pairs, clusters


def cluster_of_pairs(pairs: Pairs, clusters: Clusters) -> np.ndarray:
    """The cluster of each pair when both its works are in the same one, else -1."""
    la, lb = clusters.labels[pairs.a], clusters.labels[pairs.b]
    return np.where(la == lb, la, -1)


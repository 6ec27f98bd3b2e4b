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


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each of ``n`` nodes, the smallest node it is connected to through the edges (a, b)."""
    label = np.arange(n, dtype=np.int64)
    while len(a):
        hooked = label.copy()
        low = np.minimum(label[a], label[b])
        np.minimum.at(hooked, label[a], low)
        np.minimum.at(hooked, label[b], low)
        while True:  # let every node point straight at its root
            jumped = hooked[hooked]
            if np.array_equal(jumped, hooked):
                break
            hooked = jumped
        if np.array_equal(hooked, label):
            break
        label = hooked
    return label


def find_clusters(works: Works, pairs: Pairs, rules: Rules) -> Clusters:
    """Group works into combinations: connected by pairs, sharing a day, disjoint and maximal.

    Only pairs whose windows share a day can be in one combination. A group of works
    connected by such pairs whose windows all share a day is one combination as it is.
    Other groups are split greedily, closest pairs first: two parts join when a pair
    links them and their common windows still overlap. A part's window only narrows as
    it grows, so a pair refused once stays refused, and after one pass no pair can join
    two parts whose union would share a day.
    """
    n = len(works)
    ws, we = works.window_start, works.window_end
    mergeable = np.flatnonzero(pairs.gap_days == 0)
    a, b = pairs.a[mergeable], pairs.b[mergeable]
    roots = components(n, a, b)
    lo = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
    hi = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    np.maximum.at(lo, roots, ws)
    np.minimum.at(hi, roots, we)
    together = lo[roots] <= hi[roots]
    split = np.flatnonzero(~together[a])
    if len(split):
        _split_greedily(works, pairs, mergeable[split], roots, lo, hi)
    return _clusters_from_roots(works, rules, roots, lo, hi)


def _split_greedily(works: Works, pairs: Pairs, chosen: np.ndarray, roots: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> None:
    """Merge along ``chosen`` pairs, closest first, while windows allow; updates roots, lo and hi in place."""
    rank = works.id_rank
    order = chosen[np.lexsort((rank[pairs.b[chosen]], rank[pairs.a[chosen]], pairs.distance[chosen]))]
    nodes, local = np.unique(np.concatenate([pairs.a[order], pairs.b[order]]), return_inverse=True)
    # Union-find over the nodes numbered 0..m-1, in plain lists: the loop is Python.
    parent = list(range(len(nodes)))
    size = [1] * len(nodes)
    low = works.window_start[nodes].tolist()
    high = works.window_end[nodes].tolist()
    m = len(order)
    for x, y in zip(local[:m].tolist(), local[m:].tolist()):
        while parent[x] != x:  # up to the root, halving the path on the way
            parent[x] = x = parent[parent[x]]
        while parent[y] != y:
            parent[y] = y = parent[parent[y]]
        if x == y:
            continue
        start = low[x] if low[x] > low[y] else low[y]
        end = high[x] if high[x] < high[y] else high[y]
        if start > end:
            continue
        if size[x] < size[y]:
            x, y = y, x
        parent[y] = x
        size[x] += size[y]
        low[x], high[x] = start, end
    local_roots = np.array(parent, dtype=np.int64)
    while True:  # let every node point straight at its root
        jumped = local_roots[local_roots]
        if np.array_equal(jumped, local_roots):
            break
        local_roots = jumped
    roots[nodes] = nodes[local_roots]
    lo[nodes[local_roots]] = np.array(low, dtype=np.int64)[local_roots]
    hi[nodes[local_roots]] = np.array(high, dtype=np.int64)[local_roots]


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


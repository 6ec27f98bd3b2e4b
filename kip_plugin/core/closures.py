"""Closure clusters: road closures tied together by closures near each other at the same time.

Two works *meet* when both close a road, their planned periods share a day and they lie at
most the closure distance apart. A closure cluster is a connected group of works under this
relation: one situation for the council ("these roads around the station are closed at
once"), instead of every pair of it. The pairs themselves are not all needed: a candidate
pair whose works are already in one cluster is never measured.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
import shapely

from . import schema as S
from .combinations import components
from .rules import Rules
from .spatial import MAX_THREADS, Progress, box_distance, grown_diagonals, parallel, report
from .works import Works

# Candidate pairs measured at once; between batches the clusters found so far spare measuring.
BATCH = 5_000
# Works are looked up in space only among those of the same time slice: slices of some times a
# work's usual length (each work then lies in one or two), never shorter or longer than these days.
SLICE_WORKS, MIN_SLICE_DAYS, MAX_SLICE_DAYS = 6, 60, 730


@dataclass
class ClosureClusters:
    """Closure clusters of at least two works, as index arrays into the works.

    Cluster ``k`` holds the works ``order[offsets[k]:offsets[k + 1]]`` (in work-id order).
    ``start``–``end`` runs from the first to the last day on which two or more of its works
    close roads at once; ``days`` counts those days and ``peak`` is the most closures on one day.
    Clusters are ordered by the work id of their first work.
    """

    order: np.ndarray
    offsets: np.ndarray
    start: np.ndarray
    end: np.ndarray
    days: np.ndarray
    peak: np.ndarray
    severity: np.ndarray  # str codes of S.SEVERITIES

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @property
    def sizes(self) -> np.ndarray:
        """Number of works of each cluster."""
        return np.diff(self.offsets)

    def members(self, k: int) -> np.ndarray:
        """Indices of the works of cluster ``k``."""
        return self.order[self.offsets[k] : self.offsets[k + 1]]


def _empty() -> ClosureClusters:
    none = np.zeros(0, dtype=np.int64)
    return ClosureClusters(none, np.zeros(1, dtype=np.int64), none, none, none, none, np.zeros(0, dtype="<U8"))


def closure_labels(works: Works, distance: float, progress: Optional[Progress] = None) -> np.ndarray:
    """For each work, the smallest index of a work it is tied to by closures (-1: it closes no road)."""
    closing = np.flatnonzero(works.active & works.road_closure)
    label = np.full(len(works), -1, dtype=np.int64)
    if not len(closing):
        report(progress, 1.0)
        return label
    start, end = works.start[closing], works.end[closing]
    geoms = works.geoms[closing]
    half = None if progress is None else (lambda f: progress(0.6 * f))
    i, j = meeting_candidates(geoms, start, end, distance, half)
    anchor = _a_vertex(geoms)
    parent = np.arange(len(closing), dtype=np.int64)  # a forest: each cluster's works lead to its smallest
    for lo in range(0, len(i), BATCH):
        bi, bj = i[lo : lo + BATCH], j[lo : lo + BATCH]
        ri, rj = _roots(parent, bi), _roots(parent, bj)
        apart = ri != rj
        if apart.any():
            ai, aj = bi[apart], bj[apart]
            # Two vertices this close prove the works are: only the others need an exact distance.
            near = np.hypot(*(anchor[ai] - anchor[aj]).T) <= distance
            unsure = np.flatnonzero(~near)
            near[unsure] = parallel(shapely.distance, geoms[ai[unsure]], geoms[aj[unsure]]) <= distance
            if near.any():
                _join(parent, ri[apart][near], rj[apart][near])
        report(progress, 0.6 + 0.4 * min(lo + BATCH, len(i)) / len(i))
    label[closing] = closing[_roots(parent, np.arange(len(closing)))]
    return label


def _roots(parent: np.ndarray, nodes: np.ndarray) -> np.ndarray:
    """The root of each of ``nodes`` in the forest ``parent``; the nodes are pointed straight at it."""
    roots = parent[nodes]
    while True:
        up = parent[roots]
        if np.array_equal(up, roots):
            break
        roots = up
    parent[nodes] = roots
    return roots


def _join(parent: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    """Join the trees of roots ``a`` and ``b``, pair by pair, under the smallest root of each new cluster.

    Only the roots the pairs touch are looked at, not the whole forest.
    """
    touched, local = np.unique(np.concatenate([a, b]), return_inverse=True)
    smallest = components(len(touched), local[: len(a)], local[len(a):])
    parent[touched] = touched[smallest]


def _a_vertex(geoms: np.ndarray) -> np.ndarray:
    """One vertex of each geometry (NaN for an empty one), as x, y rows."""
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    anchor = np.full((len(geoms), 2), np.nan)
    first = np.unique(index, return_index=True)
    anchor[first[0]] = coords[first[1]]
    return anchor


def meeting_candidates(
    geoms: np.ndarray, start: np.ndarray, end: np.ndarray, margin: float, progress: Optional[Progress] = None
) -> Tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of works that share a day and whose boxes lie within ``margin``: each pair once.

    Time first: the days are cut into slices and each work goes into the slices it runs in;
    the spatial index of a slice holds only its works, so that works far apart in time are
    never compared. A pair is kept in the slice of the first day the two share.
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(geoms) < 2:
        return empty, empty
    first = int(start.min())
    length = int(np.clip(SLICE_WORKS * np.median(end - start + 1), MIN_SLICE_DAYS, MAX_SLICE_DAYS))
    k0, k1 = (start - first) // length, (end - first) // length
    counts = k1 - k0 + 1
    work_of = np.repeat(np.arange(len(geoms)), counts)
    slice_of = np.repeat(k0, counts) + np.arange(len(work_of)) - np.repeat(np.cumsum(counts) - counts, counts)
    order = np.argsort(slice_of, kind="stable")
    work_of, slice_of = work_of[order], slice_of[order]
    bounds = shapely.bounds(geoms)
    edges = np.flatnonzero(np.diff(slice_of)) + 1
    keys = slice_of[np.concatenate([[0], edges])].tolist()
    jobs = [(members, k) for members, k in zip(np.split(work_of, edges), keys) if len(members) > 1]

    def query(members: np.ndarray, k: int) -> Tuple[np.ndarray, np.ndarray]:
        tree = shapely.STRtree(geoms[members])
        a, b = tree.query(grown_diagonals(bounds[members], margin))
        i, j = members[a], members[b]
        keep = i < j
        i, j = i[keep], j[keep]
        meet = np.maximum(start[i], start[j])
        keep = (meet <= np.minimum(end[i], end[j])) & ((meet - first) // length == k)
        i, j = i[keep], j[keep]
        near = box_distance(bounds[i], bounds[j]) <= margin
        return i[near], j[near]

    parts_i, parts_j = [empty], [empty]
    workers = min(os.cpu_count() or 1, MAX_THREADS)
    with ThreadPoolExecutor(workers) as pool:
        for done, (i, j) in enumerate(pool.map(lambda job: query(*job), jobs), start=1):
            parts_i.append(i)
            parts_j.append(j)
            report(progress, done / len(jobs))
    return np.concatenate(parts_i), np.concatenate(parts_j)


def _together(works: Works, cluster: np.ndarray, members: np.ndarray, k: int):
    """Per cluster: first and last day with two or more closures at once, how many such days, the peak."""
    # Each work adds one closure from its start and takes it away the day after its end.
    key = np.concatenate([cluster, cluster])
    day = np.concatenate([works.start[members], works.end[members] + 1])
    step = np.concatenate([np.ones(len(members), np.int64), -np.ones(len(members), np.int64)])
    order = np.lexsort((day, key))
    key, day, step = key[order], day[order], step[order]
    count = np.cumsum(step)  # every cluster ends at 0, so one running sum serves them all
    last_of_day = np.ones(len(day), dtype=bool)
    last_of_day[:-1] = (key[1:] != key[:-1]) | (day[1:] != day[:-1])
    key, day, count = key[last_of_day], day[last_of_day], count[last_of_day]
    # The count holds from ``day`` until the cluster's next change.
    length = np.zeros(len(day), dtype=np.int64)
    same = key[1:] == key[:-1]
    length[:-1] = np.where(same, day[1:] - day[:-1], 0)
    busy = (count >= 2) & (length > 0)
    first = np.full(k, np.iinfo(np.int64).max)
    last = np.full(k, np.iinfo(np.int64).min)
    days = np.zeros(k, dtype=np.int64)
    peak = np.zeros(k, dtype=np.int64)
    np.minimum.at(first, key[busy], day[busy])
    np.maximum.at(last, key[busy], day[busy] + length[busy] - 1)
    np.add.at(days, key[busy], length[busy])
    np.maximum.at(peak, key, count)
    return first, last, days, peak


def closure_clusters(
    works: Works, rules: Rules, distance: float, progress: Optional[Progress] = None
) -> ClosureClusters:
    """The closure clusters of the active works that close roads, at most ``distance`` metres apart."""
    label = closure_labels(works, distance, progress)
    closing = np.flatnonzero(label >= 0)
    if not len(closing):
        return _empty()
    roots, inverse, sizes = np.unique(label[closing], return_inverse=True, return_counts=True)
    grouped = sizes[inverse] >= 2
    members, cluster = closing[grouped], inverse[grouped]
    if not len(members):
        return _empty()
    rank = works.id_rank
    # Clusters in the order of their first work id, each cluster's works in work-id order.
    first_rank = np.full(len(roots), np.iinfo(np.int64).max)
    np.minimum.at(first_rank, cluster, rank[members])
    kept = np.flatnonzero(sizes >= 2)
    position = np.empty(len(roots), dtype=np.int64)
    position[kept[np.argsort(first_rank[kept], kind="stable")]] = np.arange(len(kept))
    cluster = position[cluster]
    order = np.lexsort((rank[members], cluster))
    members, cluster = members[order], cluster[order]
    k = len(kept)
    offsets = np.zeros(k + 1, dtype=np.int64)
    np.cumsum(np.bincount(cluster, minlength=k), out=offsets[1:])
    start, end, days, peak = _together(works, cluster, members, k)
    high = (np.diff(offsets) >= rules.closures_high_works) | (days >= rules.closures_high_overlap_days)
    severity = np.where(high, S.SEVERITY_HIGH, S.SEVERITY_MEDIUM).astype("<U8")
    return ClosureClusters(members, offsets, start, end, days, peak, severity)

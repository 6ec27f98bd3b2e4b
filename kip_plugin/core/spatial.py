"""Finding works near each other without comparing every pair: STRtree queries in chunks."""
from __future__ import annotations

import gc
import math
import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterator, Optional, Tuple

import numpy as np
import shapely

from .errors import Cancelled

# Works queried at once: bounds the memory of one query and how long a cancel waits.
CHUNK = 20_000
# Below this many geometries, splitting work over threads costs more than it saves.
PARALLEL_FROM = 20_000
MAX_THREADS = 8

# Called with the fraction done; returns False when the user asked to stop.
Progress = Callable[[float], bool]


def report(progress: Optional[Progress], fraction: float) -> None:
    """Report ``fraction`` done; raise Cancelled when the user asked to stop."""
    if progress is not None and progress(min(max(fraction, 0.0), 1.0)) is False:
        raise Cancelled()


@contextmanager
def many_objects() -> Iterator[None]:
    """Pause Python's cycle collector while making very many objects that hold no cycles.

    Otherwise it walks all live objects again and again as the count grows: with a
    million geometries that costs more than making them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parallel(func: Callable[..., np.ndarray], *arrays: np.ndarray, at_least: int = PARALLEL_FROM) -> np.ndarray:
    """``func(*arrays)`` computed in slices on all cores, joined again (with ``at_least`` geometries or more).

    Shapely's vectorised functions release Python's lock while GEOS works, so threads
    really run at once.
    """
    n = len(arrays[0])
    workers = min(os.cpu_count() or 1, MAX_THREADS)
    if n < at_least or workers < 2:
        return func(*arrays)
    bounds = np.linspace(0, n, workers + 1).astype(int)
    with ThreadPoolExecutor(workers) as pool:
        parts = pool.map(lambda lo, hi: func(*(a[lo:hi] for a in arrays)), bounds[:-1], bounds[1:])
        return np.concatenate(list(parts))


def grown_diagonals(bounds: np.ndarray, margin: float) -> np.ndarray:
    """Lines across the boxes of ``bounds`` grown by ``margin``: the same bounding boxes, made faster than boxes."""
    coords = np.empty((len(bounds), 2, 2))
    coords[:, 0, :] = bounds[:, :2] - margin
    coords[:, 1, :] = bounds[:, 2:] + margin
    return shapely.linestrings(coords)


def box_distance(bounds_a: np.ndarray, bounds_b: np.ndarray) -> np.ndarray:
    """Distance between boxes, row by row; never more than the distance between what they hold."""
    dx = np.maximum(0.0, np.maximum(bounds_a[:, 0], bounds_b[:, 0]) - np.minimum(bounds_a[:, 2], bounds_b[:, 2]))
    dy = np.maximum(0.0, np.maximum(bounds_a[:, 1], bounds_b[:, 1]) - np.minimum(bounds_a[:, 3], bounds_b[:, 3]))
    return np.hypot(dx, dy)


def candidate_pairs(
    geoms_a: np.ndarray,
    geoms_b: np.ndarray,
    margin: float,
    self_join: bool = False,
    keep: Optional[Callable[[np.ndarray, np.ndarray], np.ndarray]] = None,
    progress: Optional[Progress] = None,
) -> Tuple[np.ndarray, np.ndarray]:
    """Index pairs (i in a, j in b) whose bounding boxes lie within ``margin`` of each other.

    Every pair closer than ``margin`` is among them (a box distance never exceeds the
    geometry distance): the tree finds the boxes that overlap the grown boxes, and the
    distance between the boxes then drops those that are only diagonally near. With
    ``self_join`` a and b are the same works and only i < j is returned. ``keep(i, j)``
    filters each chunk as soon as it is found, so that cheap tests (time, owner) run
    before any exact distance and memory stays small. Chunks run on all cores.
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(geoms_a) == 0 or len(geoms_b) == 0:
        return empty, empty
    tree = shapely.STRtree(geoms_b)
    bounds_a = shapely.bounds(geoms_a)
    bounds_b = bounds_a if self_join else shapely.bounds(geoms_b)
    # The tree looks only at the bounding box of what it is asked about: diagonals will do.
    queries = grown_diagonals(bounds_a, margin)
    n = len(queries)

    def chunk(lo: int) -> Tuple[np.ndarray, np.ndarray]:
        found = tree.query(queries[lo : lo + size])
        i = found[0].astype(np.int64) + lo
        j = found[1].astype(np.int64)
        if self_join:
            ordered = i < j
            i, j = i[ordered], j[ordered]
        near = box_distance(bounds_a[i], bounds_b[j]) <= margin
        i, j = i[near], j[near]
        if keep is not None and len(i):
            mask = keep(i, j)
            i, j = i[mask], j[mask]
        return i, j

    parts_i, parts_j = [], []
    workers = min(os.cpu_count() or 1, MAX_THREADS)
    # Equal chunks, as many as keep every core busy to the end, none larger than CHUNK.
    chunks = math.ceil(math.ceil(n / CHUNK) / workers) * workers
    size = math.ceil(n / chunks)
    starts = list(range(0, n, size))
    pool = ThreadPoolExecutor(workers)
    try:
        for lo, (i, j) in zip(starts, pool.map(chunk, starts)):
            parts_i.append(i)
            parts_j.append(j)
            report(progress, min(lo + size, n) / n)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # on cancel, chunks not yet started are dropped
    return np.concatenate(parts_i), np.concatenate(parts_j)


def within(geoms_a: np.ndarray, geoms_b: np.ndarray, distance: float) -> Tuple[np.ndarray, np.ndarray]:
    """Mask of pairs no farther apart than ``distance``, and the distances of all pairs."""
    dist = parallel(shapely.distance, geoms_a, geoms_b)
    return dist <= distance, dist

"""The schedule problem: which works may move where, what they could combine with, what they could clash with.

Everything is stated in the detection's own terms, on the works *held to their
dates*: a proposed schedule is judged by running the detection on the works
with their window (earliest start to latest end) narrowed to the dates they are
given. Then

- a **combination** is a group of works linked by combinable pairs whose periods
  all share a day (``combinations.find_clusters``), and
- a **conflict** is what ``conflicts.find_conflicts`` reports.

The problem splits into independent **parts**: the connected components of the
pairs that could be combined and of the pairs of movable works that could
conflict. A conflict with a work that cannot move only limits the dates of the
other work, so it does not join parts.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Tuple

import numpy as np

from . import schema as S
from .combinations import Clusters, components, detect_combinations
from .conflicts import Conflicts, find_conflicts
from .rules import Rules
from .spatial import Progress, candidate_pairs, report, within
from .schedule_defaults import (
    DEFAULT_FIXED_STATUSES,
    DEFAULT_TIME_LIMIT,
    DEFAULT_W_DIG,
    DEFAULT_W_DISRUPTION,
    DEFAULT_W_SHIFT,
    WEIGHT_SCALE,
)
from .works import Works, add_years


@dataclass(frozen=True)
class ScheduleOptions:
    """The parameters of a schedule proposal; distances and years as in the detection."""

    distance: float
    time_gap: int
    moratorium_years: int
    closure_distance: float
    event_distance: float
    fixed_statuses: FrozenSet[str] = DEFAULT_FIXED_STATUSES
    fixed_parties: FrozenSet[str] = frozenset()
    max_shift_days: Optional[int] = None
    w_dig: float = DEFAULT_W_DIG
    w_disruption: float = DEFAULT_W_DISRUPTION
    w_shift: float = DEFAULT_W_SHIFT
    time_limit: float = DEFAULT_TIME_LIMIT

    @property
    def weights(self) -> Tuple[int, int, int]:
        """The weights of a dig, a day of disruption and a day of shift, in hundredths."""
        return tuple(int(round(w * WEIGHT_SCALE)) for w in (self.w_dig, self.w_disruption, self.w_shift))


def options_from_rules(rules: Rules, **overrides) -> ScheduleOptions:
    """Options with the rule file's distances and years, changed by ``overrides``."""
    values = dict(
        distance=rules.distance,
        time_gap=rules.time_gap,
        moratorium_years=rules.moratorium_years,
        closure_distance=rules.closure_distance,
        event_distance=rules.event_distance,
    )
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ScheduleOptions(**values)


@dataclass
class ConflictCandidates:
    """Pairs of works that conflict in at least one schedule; ``a`` paves for digging after paving."""

    kind: np.ndarray  # str codes of S.CONFLICT_KINDS
    a: np.ndarray
    b: np.ndarray
    planned: np.ndarray  # bool: the pair conflicts as planned

    def __len__(self) -> int:
        return len(self.a)


@dataclass
class Part:
    """One independent piece of the problem: its works, and the pairs among them."""

    number: int
    works: np.ndarray  # global work indices, sorted
    edges: np.ndarray  # indices into ScheduleProblem.comb_a/comb_b
    conflicts: np.ndarray  # indices into ScheduleProblem.conflicts
    chains: List[int]  # indices into ScheduleProblem.chains
    movable: int = 0  # how many of its works may move

    def __len__(self) -> int:
        return len(self.works)


@dataclass
class ScheduleProblem:
    """Everything the solvers need, as arrays over all works (inactive works never move)."""

    works: Works
    rules: Rules
    options: ScheduleOptions
    duration: np.ndarray  # days
    planned: np.ndarray  # planned start day
    lo: np.ndarray  # earliest start allowed
    hi: np.ndarray  # latest start allowed
    digs: np.ndarray  # bool
    fixed_reason: np.ndarray  # str: why a work may not move ('' when it may)
    comb_a: np.ndarray  # combinable pairs whose periods can share a day
    comb_b: np.ndarray
    conflicts: ConflictCandidates
    chains: List[np.ndarray]  # as planned: groups linked by overlapping pairs that share no day
    chain_value: np.ndarray  # (chains, 2): digs saved and disruption days saved as the detection splits them
    parts: List[Part] = field(default_factory=list)
    planned_clusters: Optional[Clusters] = None
    planned_conflicts: Optional[Conflicts] = None

    @property
    def movable(self) -> np.ndarray:
        """Works that may take another start day."""
        return self.hi > self.lo

    @property
    def fixed_conflicts(self) -> int:
        """Conflicts of the plan between two works that cannot move: they stay whatever the schedule."""
        c = self.conflicts
        return int((c.planned & ~self.movable[c.a] & ~self.movable[c.b]).sum())

    def end_of(self, starts: np.ndarray) -> np.ndarray:
        """Last day of each work when it starts on ``starts``."""
        return starts + self.duration - 1


# Why a work keeps its dates.
FIXED_INACTIVE = "inactive"
FIXED_STATUS = "status"
FIXED_PARTY = "party"
FIXED_NO_ROOM = "no_room"


def held_to(works: Works, starts: np.ndarray) -> Works:
    """The works run from ``starts`` for their planned duration, their windows narrowed to those dates."""
    start = np.asarray(starts, dtype=np.int64)
    end = start + works.duration - 1
    return dataclasses.replace(works, start=start, end=end, window_start=start, window_end=end, _cache={})


def within_windows(works: Works, lo: np.ndarray, hi: np.ndarray) -> Works:
    """The works with their windows narrowed to the starts allowed (``lo``–``hi``)."""
    return dataclasses.replace(works, window_start=lo, window_end=hi + works.duration - 1, _cache={})


def start_domains(
    works: Works, statuses: np.ndarray, options: ScheduleOptions
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Earliest and latest start of each work, and why a work keeps its dates."""
    duration = works.duration
    lo = works.window_start.copy()
    hi = works.window_end - duration + 1
    if options.max_shift_days is not None:
        lo = np.maximum(lo, works.start - options.max_shift_days)
        hi = np.minimum(hi, works.start + options.max_shift_days)
    reason = np.full(len(works), "", dtype=object)
    reason[hi <= lo] = FIXED_NO_ROOM
    parties = {p.lower() for p in options.fixed_parties}
    reason[np.array([o.lower() in parties for o in works.owners.tolist()], dtype=bool)] = FIXED_PARTY
    reason[np.isin(statuses, list(options.fixed_statuses))] = FIXED_STATUS
    reason[~works.active] = FIXED_INACTIVE
    fixed = reason != ""
    lo = np.where(fixed, works.start, lo)
    hi = np.where(fixed, works.start, hi)
    return lo.astype(np.int64), hi.astype(np.int64), reason


def _overlap_possible(lo, hi, dur, a, b) -> np.ndarray:
    """Whether works a and b can run on a common day within their allowed starts."""
    return (lo[a] <= hi[b] + dur[b] - 1) & (lo[b] <= hi[a] + dur[a] - 1)


def conflict_candidates(
    works: Works, rules: Rules, options: ScheduleOptions, lo, hi, progress: Optional[Progress] = None
) -> ConflictCandidates:
    """Every pair that conflicts in some schedule within the allowed starts (a superset is harmless)."""
    dur = works.duration
    active = works.active
    kinds, found_a, found_b = [], [], []

    def step(k: int):
        return None if progress is None else (lambda f: progress((k + f) / 3))

    # Digging after paving: the dig starts after the paving ends and within the moratorium.
    pave = np.flatnonzero(active & np.isin(works.types, list(rules.paving_types)))
    dig = np.flatnonzero(active & rules.excavates(works.excavation, works.types))
    latest_moratorium = add_years(hi[pave] + dur[pave] - 1, options.moratorium_years)

    def keep_dig(i, j):
        a, b = pave[i], dig[j]
        return (hi[b] > lo[a] + dur[a] - 1) & (lo[b] <= latest_moratorium[i]) & (a != b)

    i, j = candidate_pairs(works.geoms[pave], works.geoms[dig], options.distance, keep=keep_dig, progress=step(0))
    a, b = pave[i], dig[j]
    near, _ = within(works.geoms[a], works.geoms[b], options.distance)
    kinds.append(np.full(int(near.sum()), S.CONFLICT_DIG_AFTER_PAVING, dtype="<U32"))
    found_a.append(a[near])
    found_b.append(b[near])

    closing = np.flatnonzero(active & works.road_closure)

    def keep_closures(i, j):
        return _overlap_possible(lo, hi, dur, closing[i], closing[j])

    geoms = works.geoms[closing]
    i, j = candidate_pairs(geoms, geoms, options.closure_distance, self_join=True, keep=keep_closures, progress=step(1))
    a, b = closing[i], closing[j]
    near, _ = within(works.geoms[a], works.geoms[b], options.closure_distance)
    a, b = a[near], b[near]
    rank = works.id_rank
    swap = rank[a] > rank[b]
    kinds.append(np.full(len(a), S.CONFLICT_SIMULTANEOUS_CLOSURES, dtype="<U32"))
    found_a.append(np.where(swap, b, a))
    found_b.append(np.where(swap, a, b))

    is_event = np.isin(works.types, list(rules.event_types))
    events = np.flatnonzero(active & is_event)
    disruptive = np.flatnonzero(active & ~is_event & np.isin(works.disruption, S.EVENT_CLASH_DISRUPTIONS))

    def keep_events(i, j):
        return _overlap_possible(lo, hi, dur, events[i], disruptive[j])

    i, j = candidate_pairs(
        works.geoms[events], works.geoms[disruptive], options.event_distance, keep=keep_events, progress=step(2)
    )
    a, b = events[i], disruptive[j]
    near, _ = within(works.geoms[a], works.geoms[b], options.event_distance)
    kinds.append(np.full(int(near.sum()), S.CONFLICT_EVENT_DURING_WORKS, dtype="<U32"))
    found_a.append(a[near])
    found_b.append(b[near])
    return ConflictCandidates(
        kind=np.concatenate(kinds),
        a=np.concatenate(found_a).astype(np.int64),
        b=np.concatenate(found_b).astype(np.int64),
        planned=np.zeros(sum(len(k) for k in kinds), dtype=bool),
    )


def conflict_keys(conflicts) -> set:
    """(kind, a, b) of each conflict, to compare sets of conflicts."""
    return set(zip(conflicts.kind.tolist(), conflicts.a.tolist(), conflicts.b.tolist()))


def planned_chains(
    works: Works, planned_works: Works, pairs, clusters: Clusters
) -> Tuple[List[np.ndarray], np.ndarray]:
    """Groups linked by overlapping pairs as planned whose periods share no day, and what the detection saves in them."""
    mergeable = pairs.gap_days == 0
    roots = components(len(works), pairs.a[mergeable], pairs.b[mergeable])
    n = len(works)
    low = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
    high = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    np.maximum.at(low, roots, planned_works.start)
    np.minimum.at(high, roots, planned_works.end)
    counts = np.bincount(roots, minlength=n)
    chain_roots = np.flatnonzero((counts >= 2) & (low > high))
    chains, values = [], []
    for root in chain_roots.tolist():
        members = np.flatnonzero(roots == root)
        inside = np.unique(clusters.labels[members])
        inside = inside[inside >= 0]
        chains.append(members)
        values.append((int(clusters.digs_saved[inside].sum()), int(clusters.disruption_days_saved[inside].sum())))
    return chains, np.array(values, dtype=np.int64).reshape(-1, 2)


def build_problem(
    works: Works,
    rules: Rules,
    options: ScheduleOptions,
    statuses: Optional[np.ndarray] = None,
    progress: Optional[Progress] = None,
) -> ScheduleProblem:
    """The schedule problem for ``works`` (``statuses``: each work's status code, for FIXED_STATUSES)."""
    statuses = np.full(len(works), S.DEFAULT_STATUS, dtype=object) if statuses is None else np.asarray(statuses, dtype=object)
    lo, hi, reason = start_domains(works, statuses, options)
    dur = works.duration.astype(np.int64)

    def step(a: float, b: float):
        return None if progress is None else (lambda f: progress(a + (b - a) * f))

    # Pairs that can share a day: the detection's own pairs, on windows narrowed to the allowed starts.
    pairs, _ = detect_combinations(within_windows(works, lo, hi), rules, options.distance, 0, progress=step(0.0, 0.35))
    report(progress, 0.35)
    comb_a, comb_b = pairs.a, pairs.b
    planned_works = held_to(works, works.start)
    planned_pairs, planned_clusters = detect_combinations(planned_works, rules, options.distance, 0)
    planned_conflicts = find_conflicts(
        planned_works, rules, options.distance, options.moratorium_years, options.closure_distance,
        options.event_distance,
    )
    report(progress, 0.5)
    candidates = conflict_candidates(works, rules, options, lo, hi, step(0.5, 0.9))
    planned_keys = conflict_keys(planned_conflicts)
    candidates.planned = np.array(
        [key in planned_keys for key in zip(candidates.kind.tolist(), candidates.a.tolist(), candidates.b.tolist())],
        dtype=bool,
    )
    chains, chain_value = planned_chains(works, planned_works, planned_pairs, planned_clusters)
    problem = ScheduleProblem(
        works=works,
        rules=rules,
        options=options,
        duration=dur,
        planned=works.start.astype(np.int64),
        lo=lo,
        hi=hi,
        digs=rules.excavates(works.excavation, works.types).astype(bool),
        fixed_reason=reason,
        comb_a=comb_a,
        comb_b=comb_b,
        conflicts=candidates,
        chains=chains,
        chain_value=chain_value,
        planned_clusters=planned_clusters,
        planned_conflicts=planned_conflicts,
    )
    problem.parts = split_parts(problem)
    report(progress, 1.0)
    return problem


def split_parts(problem: ScheduleProblem) -> List[Part]:
    """The independent parts holding at least one movable work, largest first."""
    n = len(problem.works)
    movable = problem.movable
    c = problem.conflicts
    coupled = movable[c.a] & movable[c.b]
    a = np.concatenate([problem.comb_a, c.a[coupled]])
    b = np.concatenate([problem.comb_b, c.b[coupled]])
    roots = components(n, a, b)
    # A part matters when a movable work in it has something to gain or to avoid.
    touched = np.zeros(n, dtype=bool)
    touched[problem.comb_a] = touched[problem.comb_b] = True
    touched[c.a] = touched[c.b] = True
    wanted = np.unique(roots[movable & touched])
    number_of = np.full(n, -1, dtype=np.int64)
    number_of[wanted] = np.arange(len(wanted))
    part_of = number_of[roots]
    order = np.argsort(part_of, kind="stable")
    order = order[part_of[order] >= 0]
    bounds = np.searchsorted(part_of[order], np.arange(len(wanted) + 1))
    edge_part = part_of[problem.comb_a]
    # A conflict belongs to the part of its movable work (both are in one part when both move).
    conflict_part = np.where(movable[c.a], part_of[c.a], np.where(movable[c.b], part_of[c.b], -1))
    edges_by = _group(edge_part, len(wanted))
    conflicts_by = _group(conflict_part, len(wanted))
    chains_by: Dict[int, List[int]] = {}
    for k, members in enumerate(problem.chains):
        p = int(part_of[members[0]])
        if p >= 0:
            chains_by.setdefault(p, []).append(k)
    parts = []
    for p in range(len(wanted)):
        members = order[bounds[p] : bounds[p + 1]]
        parts.append(
            Part(p, np.sort(members), edges_by[p], conflicts_by[p], chains_by.get(p, []), int(movable[members].sum()))
        )
    parts.sort(key=lambda q: (-len(q), int(q.works[0])))
    for number, part in enumerate(parts):
        part.number = number
    return parts


def _group(labels: np.ndarray, count: int) -> List[np.ndarray]:
    """Indices of ``labels`` grouped by label 0..count-1 (negative labels left out)."""
    order = np.argsort(labels, kind="stable")
    order = order[labels[order] >= 0]
    bounds = np.searchsorted(labels[order], np.arange(count + 1))
    return [order[bounds[k] : bounds[k + 1]] for k in range(count)]

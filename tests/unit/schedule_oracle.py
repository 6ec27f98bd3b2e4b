"""The best schedule found by trying every one, each judged by the detection itself.

Slow on purpose and independent of the optimiser: every combination of start days
is held to its dates and handed to ``detect_combinations`` and ``find_conflicts``.
"""
from __future__ import annotations

import dataclasses
from itertools import product
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from kip_plugin.core import schema as S
from kip_plugin.core.combinations import detect_combinations
from kip_plugin.core.conflicts import find_conflicts
from kip_plugin.core.works import Works, make_works_from_records


def allowed_starts(plan: List[Dict], works: Works, options) -> List[List[int]]:
    """The start days each work may take: its window, the shift cap, and whether it may move at all."""
    out = []
    for k, w in enumerate(plan):
        planned = int(works.start[k])
        fixed = (
            w[S.F_STATUS] in options.fixed_statuses
            or w[S.F_STATUS] in S.INACTIVE_STATUSES
            or w[S.F_OWNER].lower() in {p.lower() for p in options.fixed_parties}
        )
        if fixed:
            out.append([planned])
            continue
        first = int(works.window_start[k])
        last = int(works.window_end[k]) - int(works.duration[k]) + 1
        if options.max_shift_days is not None:
            first, last = max(first, planned - options.max_shift_days), min(last, planned + options.max_shift_days)
        out.append(list(range(first, last + 1)))
    return out


def held(works: Works, starts: Sequence[int]) -> Works:
    start = np.asarray(starts, dtype=np.int64)
    end = start + works.duration - 1
    return dataclasses.replace(works, start=start, end=end, window_start=start, window_end=end, _cache={})


def _groups(n: int, pairs) -> List[List[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b, gap in zip(pairs.a.tolist(), pairs.b.tolist(), pairs.gap_days.tolist()):
        if gap == 0:
            parent[find(a)] = find(b)
    groups: Dict[int, List[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def judge(works: Works, rules, options, starts: Sequence[int], planned: Sequence[int],
          planned_chains: List[frozenset], planned_conflicts: set) -> Optional[Tuple[int, int, dict]]:
    """(conflicts, value in hundredths, details) of a schedule, or None when it is not admissible."""
    w_dig, w_dis, w_shift = (int(round(x * 100)) for x in (options.w_dig, options.w_disruption, options.w_shift))
    fixed = held(works, starts)
    pairs, clusters = detect_combinations(fixed, rules, options.distance, options.time_gap)
    conflicts = find_conflicts(fixed, rules, options.distance, options.moratorium_years, options.closure_distance,
                               options.event_distance)
    keys = set(zip(conflicts.kind.tolist(), works.ids[conflicts.a].tolist(), works.ids[conflicts.b].tolist()))
    if not keys <= planned_conflicts:
        return None
    for group in _groups(len(works), pairs):
        if max(starts[i] for i in group) <= min(starts[i] + works.duration[i] - 1 for i in group):
            continue
        if frozenset(group) in planned_chains and all(starts[i] == planned[i] for i in group):
            continue
        return None
    digs = int(clusters.digs_saved.sum())
    days = int(clusters.disruption_days_saved.sum())
    shift = sum(abs(s - p) for s, p in zip(starts, planned))
    details = {"digs": digs, "days": days, "shift": shift, "conflicts": keys, "clusters": len(clusters)}
    return len(keys), w_dig * digs + w_dis * days - w_shift * shift, details


def best(plan: List[Dict], rules, options) -> Tuple[Tuple[int, int], List[int], int]:
    """The best (conflicts, −value) of all schedules, one schedule reaching it, and how many were tried."""
    works, planned, chains, planned_conflicts = context(plan, rules, options)
    top, chosen, tried = None, None, 0
    for starts in product(*allowed_starts(plan, works, options)):
        tried += 1
        verdict = judge(works, rules, options, list(starts), planned, chains, planned_conflicts)
        if verdict is None:
            continue
        score = (verdict[0], -verdict[1])
        if top is None or score < top:
            top, chosen = score, list(starts)
    return top, chosen, tried


def context(plan: List[Dict], rules, options):
    """What ``judge`` needs besides a schedule: the works, the planned starts, chains and conflicts."""
    works = make_works_from_records(plan)
    planned = works.start.tolist()
    fixed = held(works, planned)
    pairs, _ = detect_combinations(fixed, rules, options.distance, options.time_gap)
    chains = [
        frozenset(g) for g in _groups(len(works), pairs)
        if max(planned[i] for i in g) > min(planned[i] + works.duration[i] - 1 for i in g)
    ]
    conflicts = find_conflicts(fixed, rules, options.distance, options.moratorium_years, options.closure_distance,
                               options.event_distance)
    keys = set(zip(conflicts.kind.tolist(), works.ids[conflicts.a].tolist(), works.ids[conflicts.b].tolist()))
    return works, planned, chains, keys

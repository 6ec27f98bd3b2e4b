"""The detection definitions, written out plainly: every pair of works, one by one.

Slow on purpose and independent of the engine (dates as datetime.date, one
shapely distance at a time), so that the engine can be checked against it.
"""
from __future__ import annotations

import datetime as dt
from itertools import combinations, permutations
from typing import Dict, List, Set, Tuple

import shapely

from kip_plugin.core import schema as S


def window(w: Dict) -> Tuple[dt.date, dt.date]:
    return (w[S.F_EARLIEST_START] or w[S.F_START], w[S.F_LATEST_END] or w[S.F_END])


def days_between(p: Tuple[dt.date, dt.date], q: Tuple[dt.date, dt.date]) -> int:
    """0 when the periods share a day, else the days from the earlier end to the later start."""
    return max(0, (max(p[0], q[0]) - min(p[1], q[1])).days)


def planned(w: Dict) -> Tuple[dt.date, dt.date]:
    return (w[S.F_START], w[S.F_END])


def active(w: Dict) -> bool:
    return w[S.F_STATUS] not in ("done", "cancelled")


def digs(w: Dict, rules) -> bool:
    if w[S.F_EXCAVATION] is None:
        return w[S.F_WORK_TYPE] in rules.digging_types
    return bool(w[S.F_EXCAVATION])


def overlap_days(w: Dict, v: Dict) -> int:
    return (min(w[S.F_END], v[S.F_END]) - max(w[S.F_START], v[S.F_START])).days + 1


def years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def pairs(works: List[Dict], rules, distance: float, time_gap: int, same_owner: bool) -> Dict[Tuple[str, str], Tuple]:
    """(work_a, work_b) -> (distance, gap_days, planned_gap_days) for every combinable pair."""
    found = {}
    for w, v in combinations([w for w in works if active(w)], 2):
        d = shapely.distance(w["geometry"], v["geometry"])
        gap = days_between(window(w), window(v))
        if d > distance or gap > time_gap:
            continue
        if w[S.F_OWNER] == v[S.F_OWNER] and not same_owner:
            continue
        if (w[S.F_WORK_TYPE], v[S.F_WORK_TYPE]) in rules.never_combine:
            continue
        a, b = sorted([w, v], key=lambda x: x[S.F_WORK_ID])
        found[(a[S.F_WORK_ID], b[S.F_WORK_ID])] = (d, gap, days_between(planned(w), planned(v)))
    return found


def conflicts(
    works: List[Dict], rules, distance: float, years: int, closure_distance: float, event_distance: float
) -> Set[Tuple[str, str, str, str]]:
    """(kind, work_a, work_b, severity) of every conflict."""
    found = set()
    live = [w for w in works if active(w)]
    for a, b in permutations(live, 2):
        d = shapely.distance(a["geometry"], b["geometry"])
        if (
            a[S.F_WORK_TYPE] in rules.paving_types
            and digs(b, rules)
            and d <= distance
            and a[S.F_END] < b[S.F_START] <= years_later(a[S.F_END], years)
            and days_between(window(a), window(b)) > 0
        ):
            soon = (b[S.F_START] - a[S.F_END]).days <= rules.dig_after_paving_high_days
            found.add((S.CONFLICT_DIG_AFTER_PAVING, a[S.F_WORK_ID], b[S.F_WORK_ID], "high" if soon else "medium"))
        if (
            a[S.F_WORK_TYPE] in rules.event_types
            and b[S.F_WORK_TYPE] not in rules.event_types
            and b[S.F_DISRUPTION] in ("medium", "high")
            and overlap_days(a, b) > 0
            and d <= event_distance
        ):
            severity = "high" if b[S.F_DISRUPTION] == "high" else "medium"
            found.add((S.CONFLICT_EVENT_DURING_WORKS, a[S.F_WORK_ID], b[S.F_WORK_ID], severity))
        if (
            a[S.F_WORK_ID] < b[S.F_WORK_ID]
            and a[S.F_ROAD_CLOSURE]
            and b[S.F_ROAD_CLOSURE]
            and overlap_days(a, b) > 0
            and d <= closure_distance
        ):
            long = overlap_days(a, b) >= rules.closures_high_overlap_days
            found.add((S.CONFLICT_SIMULTANEOUS_CLOSURES, a[S.F_WORK_ID], b[S.F_WORK_ID], "high" if long else "medium"))
    return found


def closure_clusters(works: List[Dict], rules, closure_distance: float) -> Set[Tuple]:
    """(work ids, first day, last day, days with two or more at once, peak, severity) of every closure cluster.

    Works meet when both close a road, share a day and lie at most ``closure_distance`` apart;
    a cluster is a connected group of two or more works under that relation, found by a walk.
    """
    live = [w for w in works if active(w) and w[S.F_ROAD_CLOSURE]]
    neighbours: Dict[str, Set[str]] = {w[S.F_WORK_ID]: set() for w in live}
    for a, b in combinations(live, 2):
        if overlap_days(a, b) > 0 and shapely.distance(a["geometry"], b["geometry"]) <= closure_distance:
            neighbours[a[S.F_WORK_ID]].add(b[S.F_WORK_ID])
            neighbours[b[S.F_WORK_ID]].add(a[S.F_WORK_ID])
    by_id = {w[S.F_WORK_ID]: w for w in live}
    seen: Set[str] = set()
    found = set()
    for work_id in sorted(neighbours):
        if work_id in seen or not neighbours[work_id]:
            continue
        group, todo = {work_id}, [work_id]
        while todo:
            for other in neighbours[todo.pop()]:
                if other not in group:
                    group.add(other)
                    todo.append(other)
        seen |= group
        # Day by day: how many of the group's works close a road.
        first = min(by_id[w][S.F_START] for w in group)
        last = max(by_id[w][S.F_END] for w in group)
        busy = []
        peak = 0
        day = first
        while day <= last:
            count = sum(by_id[w][S.F_START] <= day <= by_id[w][S.F_END] for w in group)
            peak = max(peak, count)
            if count >= 2:
                busy.append(day)
            day += dt.timedelta(days=1)
        serious = len(group) >= rules.closures_high_works or len(busy) >= rules.closures_high_overlap_days
        found.add((tuple(sorted(group)), busy[0], busy[-1], len(busy), peak, "high" if serious else "medium"))
    return found

"""The engine against the plain definitions, on many random small plans (no QGIS needed)."""
from __future__ import annotations

import datetime as dt
from itertools import combinations

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import brute_force as bf
from kip_plugin.core import schema as S
from kip_plugin.core.combinations import cluster_of_pairs, detect_combinations
from kip_plugin.core.conflicts import find_conflicts
from kip_plugin.core.rules import load_rules
from kip_plugin.core.works import make_works_from_records, to_date

RULES = load_rules()
BASE = dt.date(2027, 1, 1)
TYPES = ["road_resurfacing", "road_reconstruction", "sewer", "gas", "green", "event", "lighting"]
OWNERS = ["verkeer", "riolering", "liander"]


@st.composite
def geometry(draw):
    x, y = draw(st.integers(0, 120)), draw(st.integers(0, 120))
    shape = draw(st.sampled_from(["point", "line", "box"]))
    if shape == "point":
        return shapely.Point(x, y)
    dx, dy = draw(st.integers(1, 40)), draw(st.integers(-40, 40))
    if shape == "line":
        return shapely.LineString([(x, y), (x + dx, y + dy)])
    return shapely.box(x, y, x + dx, y + abs(dy) + 1)


@st.composite
def work(draw, number: int):
    # Starts cluster in two seasons a year apart, so that both overlaps and the moratorium occur.
    offset = draw(st.one_of(st.integers(0, 60), st.integers(330, 430)))
    start = BASE + dt.timedelta(days=offset)
    end = start + dt.timedelta(days=draw(st.integers(0, 30)))
    early = draw(st.one_of(st.none(), st.integers(0, 40)))
    late = draw(st.one_of(st.none(), st.integers(0, 40)))
    return {
        S.F_WORK_ID: f"w{number:02d}",
        S.F_TITLE: f"Work {number}",
        S.F_OWNER: draw(st.sampled_from(OWNERS)),
        S.F_WORK_TYPE: draw(st.sampled_from(TYPES)),
        S.F_STATUS: draw(st.sampled_from(["planned", "planned", "idea", "execution", "done", "cancelled"])),
        S.F_START: start,
        S.F_END: end,
        S.F_EARLIEST_START: None if early is None else start - dt.timedelta(days=early),
        S.F_LATEST_END: None if late is None else end + dt.timedelta(days=late),
        S.F_EXCAVATION: draw(st.sampled_from([None, True, False])),
        S.F_ROAD_CLOSURE: draw(st.booleans()),
        S.F_DISRUPTION: draw(st.sampled_from(["none", "low", "medium", "high"])),
        "geometry": draw(geometry()),
    }


@st.composite
def plans(draw):
    n = draw(st.integers(0, 14))
    # Shuffled ids: the engine must not rely on the input order.
    numbers = draw(st.permutations(list(range(n))))
    return [draw(work(k)) for k in numbers]


PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _engine_pairs(plan, distance, time_gap, same_owner):
    works = make_works_from_records(plan)
    pairs, clusters = detect_combinations(works, RULES, distance, time_gap, same_owner)
    return works, pairs, clusters


@PROPERTY_SETTINGS
@given(
    plan=plans(),
    distance=st.sampled_from([0.0, 5.0, 12.5, 25.0, 60.0]),
    time_gap=st.sampled_from([0, 3, 30]),
    same_owner=st.booleans(),
)
def test_pairs_are_exactly_the_combinable_pairs(plan, distance, time_gap, same_owner):
    works, pairs, _clusters = _engine_pairs(plan, distance, time_gap, same_owner)
    expected = bf.pairs(plan, RULES, distance, time_gap, same_owner)
    found = {}
    for k in range(len(pairs)):
        a, b = works.ids[pairs.a[k]], works.ids[pairs.b[k]]
        assert a < b
        found[(a, b)] = (pairs.distance[k], pairs.gap_days[k], pairs.planned_gap_days[k])
    assert set(found) == set(expected)
    for key, (d, gap, planned_gap) in expected.items():
        assert found[key][0] == pytest.approx(d)
        assert found[key][1:] == (gap, planned_gap)
    assert list(pairs.needs_shift) == [g > 0 for g in pairs.planned_gap_days]


@PROPERTY_SETTINGS
@given(
    plan=plans(),
    distance=st.sampled_from([0.0, 12.5, 25.0, 60.0]),
    time_gap=st.sampled_from([0, 5]),
    same_owner=st.booleans(),
)
def test_clusters_have_every_property_of_a_combination(plan, distance, time_gap, same_owner):
    works, pairs, clusters = _engine_pairs(plan, distance, time_gap, same_owner)
    by_id = {w[S.F_WORK_ID]: w for w in plan}
    links = {(works.ids[a], works.ids[b]) for a, b in zip(pairs.a, pairs.b)}
    labels = clusters.labels

    def windows_meet(ids):
        starts, ends = zip(*(bf.window(by_id[i]) for i in ids))
        return max(starts) <= min(ends), max(starts), min(ends)

    seen = set()
    for k in range(len(clusters)):
        members = [str(works.ids[i]) for i in clusters.members(k)]
        assert len(members) >= 2
        assert members == sorted(members)
        assert all(bf.active(by_id[i]) for i in members)
        # (3) disjoint
        assert not seen & set(members)
        seen |= set(members)
        # (1) connected through combinable pairs inside the cluster
        reached, todo = {members[0]}, [members[0]]
        while todo:
            here = todo.pop()
            for other in members:
                if other not in reached and ((here, other) in links or (other, here) in links):
                    reached.add(other)
                    todo.append(other)
        assert reached == set(members)
        # (2) a common window, as reported
        meet, first, last = windows_meet(members)
        assert meet
        assert (to_date(clusters.common_start[k]), to_date(clusters.common_end[k])) == (first, last)
        # What it saves.
        digging = sum(bf.digs(by_id[i], RULES) for i in members)
        assert clusters.digs_saved[k] == max(digging - 1, 0)
        durations = [(by_id[i][S.F_END] - by_id[i][S.F_START]).days + 1 for i in members]
        assert clusters.disruption_days_saved[k] == sum(durations) - max(durations)
    assert {str(works.ids[i]) for i in np.flatnonzero(labels >= 0)} == seen

    # (4) maximal: no pair joins two groups (a lone work is a group of one) whose union shares a day.
    def group(index):
        if labels[index] < 0:
            return [str(works.ids[index])]
        return [str(works.ids[i]) for i in clusters.members(labels[index])]

    for a, b in zip(pairs.a, pairs.b):
        if labels[a] >= 0 and labels[a] == labels[b]:
            continue
        assert not windows_meet(group(a) + group(b))[0]

    in_cluster = cluster_of_pairs(pairs, clusters)
    assert all((c >= 0) == (labels[a] >= 0 and labels[a] == labels[b]) for a, b, c in zip(pairs.a, pairs.b, in_cluster))


@PROPERTY_SETTINGS
@given(
    plan=plans(),
    distance=st.sampled_from([0.0, 25.0, 60.0]),
    years=st.sampled_from([0, 1, 3]),
    closure_distance=st.sampled_from([0.0, 30.0, 90.0]),
    event_distance=st.sampled_from([0.0, 30.0, 90.0]),
)
def test_conflicts_are_exactly_the_defined_conflicts(plan, distance, years, closure_distance, event_distance):
    works = make_works_from_records(plan)
    conflicts = find_conflicts(works, RULES, distance, years, closure_distance, event_distance)
    found = [
        (conflicts.kind[k], works.ids[conflicts.a[k]], works.ids[conflicts.b[k]], conflicts.severity[k])
        for k in range(len(conflicts))
    ]
    assert len(found) == len(set(found))
    assert set(found) == bf.conflicts(plan, RULES, distance, years, closure_distance, event_distance)
    for k in range(len(conflicts)):
        a, b = plan_by_id(plan)[works.ids[conflicts.a[k]]], plan_by_id(plan)[works.ids[conflicts.b[k]]]
        assert conflicts.distance[k] == pytest.approx(shapely.distance(a["geometry"], b["geometry"]))


def plan_by_id(plan):
    return {w[S.F_WORK_ID]: w for w in plan}


@settings(max_examples=100, deadline=None)
@given(plan=plans())
def test_a_combination_is_never_also_a_dig_after_paving_conflict(plan):
    works = make_works_from_records(plan)
    pairs, clusters = detect_combinations(works, RULES)
    conflicts = find_conflicts(works, RULES)
    together = {
        frozenset((works.ids[a], works.ids[b]))
        for a, b, c in zip(pairs.a, pairs.b, cluster_of_pairs(pairs, clusters))
        if c >= 0
    }
    for k in np.flatnonzero(conflicts.kind == S.CONFLICT_DIG_AFTER_PAVING):
        assert frozenset((works.ids[conflicts.a[k]], works.ids[conflicts.b[k]])) not in together


def test_no_pair_is_compared_twice_and_order_of_input_does_not_matter():
    rng = np.random.default_rng(7)
    plan = []
    for k in range(200):
        start = BASE + dt.timedelta(days=int(rng.integers(0, 200)))
        plan.append(
            {
                S.F_WORK_ID: f"w{k:03d}",
                S.F_OWNER: OWNERS[k % 3],
                S.F_WORK_TYPE: TYPES[k % len(TYPES)],
                S.F_STATUS: "planned",
                S.F_START: start,
                S.F_END: start + dt.timedelta(days=20),
                S.F_EARLIEST_START: start - dt.timedelta(days=30),
                S.F_LATEST_END: None,
                S.F_EXCAVATION: None,
                S.F_ROAD_CLOSURE: bool(k % 2),
                S.F_DISRUPTION: "high",
                "geometry": shapely.Point(rng.uniform(0, 500), rng.uniform(0, 500)).buffer(5),
            }
        )
    first = _engine_pairs(plan, 25.0, 0, False)
    second = _engine_pairs(list(reversed(plan)), 25.0, 0, False)
    key = lambda w, p: [(w.ids[a], w.ids[b]) for a, b in zip(p.a, p.b)]  # noqa: E731
    assert key(first[0], first[1]) == key(second[0], second[1])
    assert len(set(key(first[0], first[1]))) == len(first[1])
    clusters_1 = [tuple(first[0].ids[first[2].members(k)]) for k in range(len(first[2]))]
    clusters_2 = [tuple(second[0].ids[second[2].members(k)]) for k in range(len(second[2]))]
    assert clusters_1 == clusters_2


def test_empty_plan_gives_no_pairs_clusters_or_conflicts():
    works = make_works_from_records([])
    pairs, clusters = detect_combinations(works, RULES)
    assert len(pairs) == 0 and len(clusters) == 0
    assert len(find_conflicts(works, RULES)) == 0


def test_all_pairs_found_even_when_a_query_spans_several_chunks(monkeypatch):
    from kip_plugin.core import spatial

    monkeypatch.setattr(spatial, "CHUNK", 7)
    plan = [
        {**w, "geometry": shapely.Point(k * 10.0, 0)}
        for k, w in enumerate(
            {
                S.F_WORK_ID: f"w{k:02d}",
                S.F_OWNER: OWNERS[k % 3],
                S.F_WORK_TYPE: "sewer",
                S.F_STATUS: "planned",
                S.F_START: BASE,
                S.F_END: BASE,
                S.F_EARLIEST_START: None,
                S.F_LATEST_END: None,
                S.F_EXCAVATION: True,
                S.F_ROAD_CLOSURE: True,
                S.F_DISRUPTION: "low",
            }
            for k in range(30)
        )
    ]
    works, pairs, _ = _engine_pairs(plan, 25.0, 0, False)
    assert set(zip(works.ids[pairs.a], works.ids[pairs.b])) == set(bf.pairs(plan, RULES, 25.0, 0, False))
    conflicts = find_conflicts(works, RULES, closure_distance=25.0)
    assert len(conflicts) == len([1 for a, b in combinations(range(30), 2) if abs(a - b) <= 2])

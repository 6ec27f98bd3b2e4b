"""Closure clusters against the plain definition, on many random small plans, and worked examples."""
from __future__ import annotations

import datetime as dt

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

import brute_force as bf
from kip_plugin.core import schema as S
from kip_plugin.core.closures import closure_clusters
from kip_plugin.core.conflicts import find_conflicts
from kip_plugin.core.rules import load_rules
from kip_plugin.core.works import make_works_from_records, to_date
from test_engine_properties import PROPERTY_SETTINGS, plans

RULES = load_rules()
BASE = dt.date(2027, 3, 1)


def _found(works, clusters):
    return {
        (tuple(str(i) for i in works.ids[clusters.members(k)]), to_date(clusters.start[k]), to_date(clusters.end[k]),
         int(clusters.days[k]), int(clusters.peak[k]), str(clusters.severity[k]))
        for k in range(len(clusters))
    }


@PROPERTY_SETTINGS
@given(plan=plans(), closure_distance=st.sampled_from([0.0, 10.0, 30.0, 90.0, 500.0]))
def test_closure_clusters_are_exactly_the_connected_groups_of_closures(plan, closure_distance):
    works = make_works_from_records(plan)
    clusters = closure_clusters(works, RULES, closure_distance)
    assert _found(works, clusters) == bf.closure_clusters(plan, RULES, closure_distance)
    firsts = [str(works.ids[clusters.members(k)[0]]) for k in range(len(clusters))]
    assert firsts == sorted(firsts)


@settings(max_examples=60, deadline=None)
@given(plan=plans(), closure_distance=st.sampled_from([10.0, 90.0]))
def test_grouped_conflicts_keep_the_other_kinds_and_list_every_work_of_a_cluster(plan, closure_distance):
    works = make_works_from_records(plan)
    pairwise = find_conflicts(works, RULES, closure_distance=closure_distance)
    grouped = find_conflicts(works, RULES, closure_distance=closure_distance, group_closures=True)
    closures = S.CONFLICT_SIMULTANEOUS_CLOSURES

    def rows(conflicts, keep):
        return [(conflicts.kind[k], tuple(works.ids[conflicts.works_of(k)]), conflicts.severity[k])
                for k in range(len(conflicts)) if keep(conflicts.kind[k])]

    assert rows(pairwise, lambda kind: kind != closures) == rows(grouped, lambda kind: kind != closures)
    expected = bf.closure_clusters(plan, RULES, closure_distance)
    assert {(ids, severity) for _kind, ids, severity in rows(grouped, lambda kind: kind == closures)} == {
        (ids, severity) for ids, *_rest, severity in expected
    }
    # Every pair of the pairwise list lies inside one cluster.
    cluster_of = {w: ids for ids, *_rest in expected for w in ids}
    for k in np.flatnonzero(pairwise.kind == closures):
        a, b = str(works.ids[pairwise.a[k]]), str(works.ids[pairwise.b[k]])
        assert cluster_of[a] == cluster_of[b]


def _closure(work_id: str, x: float, start_day: int, days: int, owner: str = "riolering") -> dict:
    start = BASE + dt.timedelta(days=start_day)
    return {
        S.F_WORK_ID: work_id, S.F_TITLE: work_id, S.F_OWNER: owner, S.F_WORK_TYPE: "sewer", S.F_STATUS: "planned",
        S.F_START: start, S.F_END: start + dt.timedelta(days=days - 1), S.F_EARLIEST_START: None,
        S.F_LATEST_END: None, S.F_EXCAVATION: True, S.F_ROAD_CLOSURE: True, S.F_DISRUPTION: "high",
        "geometry": shapely.box(x, 0, x + 50, 10),
    }


def test_a_chain_of_closures_is_one_cluster_with_the_days_they_overlap():
    # a–b overlap 10 days (1–10 March), b–c overlap 5 days; a and c never meet; d stands apart.
    plan = [
        _closure("a", 0, 0, 20),
        _closure("b", 300, 10, 30),
        _closure("c", 600, 35, 10),
        _closure("d", 5000, 0, 60),
    ]
    works = make_works_from_records(plan)
    clusters = closure_clusters(works, RULES, 500.0)
    assert len(clusters) == 1
    assert list(works.ids[clusters.members(0)]) == ["a", "b", "c"]
    assert to_date(clusters.start[0]) == dt.date(2027, 3, 11)
    assert to_date(clusters.end[0]) == dt.date(2027, 4, 9)
    assert clusters.days[0] == 10 + 5 and clusters.peak[0] == 2
    assert clusters.severity[0] == "high"  # three works
    pairs = find_conflicts(works, RULES, closure_distance=500.0)
    assert int((pairs.kind == S.CONFLICT_SIMULTANEOUS_CLOSURES).sum()) == 2


def test_many_closures_in_one_area_give_one_conflict_not_every_pair(monkeypatch):
    from kip_plugin.core import closures

    monkeypatch.setattr(closures, "BATCH", 7)  # clusters carried from batch to batch
    plan = [_closure(f"w{k:02d}", (k % 6) * 60.0, k % 3, 30) for k in range(40)]
    works = make_works_from_records(plan)
    grouped = find_conflicts(works, RULES, group_closures=True)
    pairwise = find_conflicts(works, RULES)
    assert len(pairwise) == 40 * 39 // 2
    assert len(grouped) == 1
    assert grouped.sizes[0] == 40 and sorted(works.ids[grouped.works_of(0)]) == [f"w{k:02d}" for k in range(40)]
    assert grouped.severity[0] == "high"
    assert grouped.days[0] == 32 and grouped.start[0] == works.start.min()


def test_two_closures_meeting_briefly_are_a_cluster_of_medium_severity():
    plan = [_closure("a", 0, 0, 10), _closure("b", 100, 5, 10)]
    works = make_works_from_records(plan)
    clusters = closure_clusters(works, RULES, 500.0)
    assert list(works.ids[clusters.members(0)]) == ["a", "b"]
    assert clusters.days[0] == 5 and clusters.severity[0] == "medium"


def test_the_worked_example_of_the_markt_in_the_documentation():
    def closing(work_id, x, start, end):
        record = _closure(work_id, x, 0, 1)
        record[S.F_START], record[S.F_END] = start, end
        record["geometry"] = shapely.box(x, 0, x + 100, 10)
        return record

    plan = [
        closing("Markt", 0, dt.date(2027, 4, 1), dt.date(2027, 6, 30)),
        closing("Molenstraat", 400, dt.date(2027, 6, 1), dt.date(2027, 7, 31)),  # 300 m from the Markt
        closing("Kerkstraat", 900, dt.date(2027, 7, 20), dt.date(2027, 9, 15)),  # 400 m on, 800 m from the Markt
    ]
    works = make_works_from_records(plan)
    clusters = closure_clusters(works, RULES, 500.0)
    assert _found(works, clusters) == {
        (("Kerkstraat", "Markt", "Molenstraat"), dt.date(2027, 6, 1), dt.date(2027, 7, 31), 42, 2, "high")
    }
    assert int((find_conflicts(works, RULES).kind == S.CONFLICT_SIMULTANEOUS_CLOSURES).sum()) == 2

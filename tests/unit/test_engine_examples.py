"""Worked examples a planner recognises, and the rule file (no QGIS needed)."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import shapely

from kip_plugin.core import schema as S
from kip_plugin.core.combinations import detect_combinations
from kip_plugin.core.conflicts import find_conflicts
from kip_plugin.core.errors import Cancelled, KipError
from kip_plugin.core.rules import load_rules
from kip_plugin.core.works import add_years, make_works_from_records, to_date, to_days

RULES = load_rules()
D = dt.date.fromisoformat

# A street in Ede running east from x = 170 000; works are strips along it.
X0, Y0 = 170_000.0, 450_000.0


def strip(x_from: float, x_to: float, y: float = 0.0, width: float = 8.0):
    """A work area along the street, from ``x_from`` to ``x_to`` metres east."""
    return shapely.box(X0 + x_from, Y0 + y, X0 + x_to, Y0 + y + width)


def work(work_id, owner, work_type, start, end, geometry, **extra):
    record = {
        S.F_WORK_ID: work_id,
        S.F_TITLE: work_id,
        S.F_OWNER: owner,
        S.F_WORK_TYPE: work_type,
        S.F_STATUS: "planned",
        S.F_START: D(start),
        S.F_END: D(end),
        S.F_EARLIEST_START: None,
        S.F_LATEST_END: None,
        S.F_EXCAVATION: None,
        S.F_ROAD_CLOSURE: False,
        S.F_DISRUPTION: "low",
        "geometry": geometry,
    }
    for key, value in extra.items():
        record[key] = D(value) if key in (S.F_EARLIEST_START, S.F_LATEST_END) else value
    return record


def bospad():
    """Sewer, water main and cable in one street; the resurfacing may wait for them."""
    return [
        work("RIO-1", "riolering", "sewer", "2027-03-01", "2027-05-31", strip(0, 300),
             **{S.F_LATEST_END: "2027-08-31"}),
        work("VIT-1", "vitens", "water_main", "2027-06-01", "2027-07-31", strip(0, 250, y=12)),
        work("LIA-1", "liander", "electricity", "2027-09-01", "2027-09-30", strip(100, 400, y=-14),
             **{S.F_EARLIEST_START: "2027-05-01"}),
        work("PRG-1", "programmering", "road_resurfacing", "2028-04-01", "2028-04-30", strip(0, 400),
             **{S.F_EARLIEST_START: "2027-07-01"}),
        # Far away in the same months: not part of it.
        work("GRN-1", "groen", "green", "2027-06-01", "2027-06-30", strip(2000, 2100)),
    ]


def test_bospad_four_works_become_one_combination_saving_two_digs():
    works = make_works_from_records(bospad())
    pairs, clusters = detect_combinations(works, RULES)
    assert len(clusters) == 1
    members = list(works.ids[clusters.members(0)])
    assert members == ["LIA-1", "PRG-1", "RIO-1", "VIT-1"]
    # Together from 1 July (resurfacing earliest) to 31 July 2027 (water main end).
    assert (to_date(clusters.common_start[0]), to_date(clusters.common_end[0])) == (D("2027-07-01"), D("2027-07-31"))
    # Sewer, water main and cable dig: three digs become one.
    assert clusters.digs_saved[0] == 2
    # 92 + 61 + 30 + 30 days of works, of which the longest (92) remains.
    assert clusters.disruption_days_saved[0] == 61 + 30 + 30
    shifts = {(works.ids[a], works.ids[b]): s for a, b, s in zip(pairs.a, pairs.b, pairs.needs_shift)}
    assert shifts[("RIO-1", "VIT-1")]  # planned back to back; the sewer may run on
    assert "GRN-1" not in works.ids[np.concatenate([pairs.a, pairs.b])]


def test_works_of_one_department_combine_only_when_asked():
    plan = [
        work("RIO-1", "riolering", "sewer", "2027-03-01", "2027-05-31", strip(0, 100)),
        work("RIO-2", "riolering", "sewer", "2027-04-01", "2027-04-30", strip(110, 200)),
    ]
    works = make_works_from_records(plan)
    assert len(detect_combinations(works, RULES)[0]) == 0
    pairs, clusters = detect_combinations(works, RULES, include_same_owner=True)
    assert len(pairs) == 1 and pairs.distance[0] == pytest.approx(10.0)
    assert len(clusters) == 1


def test_an_event_combines_with_nothing_and_finished_works_take_no_part():
    plan = [
        work("EVT-1", "wijkbeheer", "event", "2027-04-27", "2027-04-27", strip(0, 50)),
        work("RIO-1", "riolering", "sewer", "2027-03-01", "2027-05-31", strip(0, 100)),
        work("LIA-1", "liander", "gas", "2027-03-01", "2027-05-31", strip(0, 100, y=10), **{S.F_STATUS: "done"}),
    ]
    pairs, clusters = detect_combinations(make_works_from_records(plan), RULES)
    assert len(pairs) == 0 and len(clusters) == 0


def test_a_chain_in_time_splits_into_combinations_that_can_each_run_together():
    # A: Jan–Feb, B: Feb–Mar, C: Mar–Apr, all at one crossing. A, B and C never share a day.
    plan = [
        work("A", "riolering", "sewer", "2027-01-01", "2027-02-15", strip(0, 20)),
        work("B", "vitens", "water_main", "2027-02-01", "2027-03-15", strip(0, 20)),
        work("C", "liander", "gas", "2027-03-01", "2027-04-15", strip(0, 20)),
    ]
    works = make_works_from_records(plan)
    pairs, clusters = detect_combinations(works, RULES)
    assert len(pairs) == 2  # A–B and B–C; A and C are two weeks apart
    assert len(clusters) == 1 and clusters.sizes[0] == 2
    assert works.ids[clusters.members(0)].tolist() in (["A", "B"], ["B", "C"])


def test_digging_up_new_paving_is_a_conflict_and_sooner_is_worse():
    plan = [
        work("PRG-1", "programmering", "road_resurfacing", "2026-05-01", "2026-06-30", strip(0, 300)),
        work("VIT-1", "vitens", "water_main", "2027-03-01", "2027-04-30", strip(50, 150)),
        work("LIA-1", "liander", "telecom", "2028-09-01", "2028-09-30", strip(200, 260), **{S.F_EXCAVATION: True}),
        work("RIO-1", "riolering", "sewer", "2029-07-01", "2029-08-31", strip(0, 100)),  # after the moratorium
        work("GRN-1", "groen", "green", "2027-03-01", "2027-03-31", strip(0, 300)),  # does not dig
    ]
    works = make_works_from_records(plan)
    conflicts = find_conflicts(works, RULES)
    found = [(c, works.ids[a], works.ids[b], s) for c, a, b, s in zip(conflicts.kind, conflicts.a, conflicts.b, conflicts.severity)]
    assert found == [
        (S.CONFLICT_DIG_AFTER_PAVING, "PRG-1", "LIA-1", "medium"),
        (S.CONFLICT_DIG_AFTER_PAVING, "PRG-1", "VIT-1", "high"),
    ]
    assert conflicts.days.tolist() == [(D("2028-09-01") - D("2026-06-30")).days, (D("2027-03-01") - D("2026-06-30")).days]


def test_the_moratorium_ends_on_the_same_date_years_later():
    paving = work("PRG-1", "programmering", "road_resurfacing", "2028-01-01", "2028-02-29", strip(0, 100))
    on_the_day = work("RIO-1", "riolering", "sewer", "2031-02-28", "2031-03-31", strip(0, 100))
    day_after = work("RIO-2", "riolering", "sewer", "2031-03-01", "2031-03-31", strip(0, 100))
    works = make_works_from_records([paving, on_the_day, day_after])
    conflicts = find_conflicts(works, RULES, moratorium_years=3)
    assert [works.ids[b] for b in conflicts.b] == ["RIO-1"]


def test_digging_that_could_be_combined_is_not_a_conflict():
    # The resurfacing could wait until the sewer is done: combine, do not quarrel.
    plan = [
        work("PRG-1", "programmering", "road_resurfacing", "2027-04-01", "2027-04-30", strip(0, 100),
             **{S.F_LATEST_END: "2027-10-31"}),
        work("RIO-1", "riolering", "sewer", "2027-06-01", "2027-08-31", strip(0, 100)),
    ]
    works = make_works_from_records(plan)
    assert len(find_conflicts(works, RULES)) == 0
    assert len(detect_combinations(works, RULES)[1]) == 1


def test_road_closures_and_an_event_in_one_neighbourhood():
    plan = [
        work("VRK-1", "verkeer", "road_reconstruction", "2027-04-01", "2027-06-30", strip(0, 100),
             **{S.F_ROAD_CLOSURE: True, S.F_DISRUPTION: "high"}),
        work("LIA-1", "liander", "electricity", "2027-06-01", "2027-07-31", strip(400, 500),
             **{S.F_ROAD_CLOSURE: True, S.F_DISRUPTION: "medium"}),
        work("LIA-2", "liander", "electricity", "2027-06-01", "2027-07-31", strip(1200, 1300),
             **{S.F_ROAD_CLOSURE: True}),
        work("EVT-1", "wijkbeheer", "event", "2027-04-27", "2027-04-27", strip(150, 160)),
    ]
    works = make_works_from_records(plan)
    conflicts = find_conflicts(works, RULES)
    found = {(c, works.ids[a], works.ids[b]): (s, d, days) for c, a, b, s, d, days in zip(
        conflicts.kind, conflicts.a, conflicts.b, conflicts.severity, conflicts.distance, conflicts.days)}
    assert found == {
        # 300 m apart, closed together for all of June (30 days).
        (S.CONFLICT_SIMULTANEOUS_CLOSURES, "LIA-1", "VRK-1"): ("high", pytest.approx(300.0), 30),
        # King's Day market 50 m from the reconstruction.
        (S.CONFLICT_EVENT_DURING_WORKS, "EVT-1", "VRK-1"): ("high", pytest.approx(50.0), 1),
    }
    closure = list(conflicts.kind).index(S.CONFLICT_SIMULTANEOUS_CLOSURES)
    assert (to_date(conflicts.start[closure]), to_date(conflicts.end[closure])) == (D("2027-06-01"), D("2027-06-30"))


def test_add_years_keeps_the_calendar_date():
    days = to_days(np.array(["2026-06-30", "2028-02-29", "2027-12-31"], dtype="datetime64[D]"))
    later = [to_date(d) for d in add_years(days, 3)]
    assert later == [D("2029-06-30"), D("2031-02-28"), D("2030-12-31")]


def test_progress_is_reported_and_cancel_stops_the_detection():
    works = make_works_from_records(bospad())
    seen = []
    detect_combinations(works, RULES, progress=lambda f: seen.append(f) or True)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        find_conflicts(works, RULES, progress=lambda f: False)


def test_the_shipped_rules_hold_the_documented_defaults():
    assert (RULES.distance, RULES.time_gap, RULES.moratorium_years) == (25.0, 0, 3)
    assert (RULES.closure_distance, RULES.event_distance) == (500.0, 250.0)
    assert not RULES.combines("event", "sewer") and not RULES.combines("green", "event")
    assert RULES.combines("sewer", "road_resurfacing")


def test_a_users_rule_file_changes_only_what_it_says(tmp_path):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"never_combine": [["green", "gas"]], "defaults": {"distance_m": 40}}))
    rules = load_rules(path)
    assert rules.distance == 40.0 and rules.moratorium_years == 3
    assert not rules.combines("gas", "green") and rules.combines("event", "sewer")
    plan = [
        work("GRN-1", "groen", "green", "2027-03-01", "2027-03-31", strip(0, 100)),
        work("LIA-1", "liander", "gas", "2027-03-01", "2027-03-31", strip(0, 100, y=10)),
    ]
    assert len(detect_combinations(make_works_from_records(plan), rules)[0]) == 0


@pytest.mark.parametrize(
    "content, words",
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"never_combine": [["event", "fireworks"]]}), "unknown work type 'fireworks'"),
        (json.dumps({"defaults": {"distance_m": -5}}), "'distance_m' must be a number"),
        (json.dumps({"paving_types": "road_resurfacing"}), "'paving_types' must be a list"),
        (json.dumps({"defaults": {"moratorium_years": 2.5}}), "'moratorium_years' must be a whole number"),
    ],
)
def test_a_broken_rule_file_is_refused_with_the_reason(tmp_path, content, words):
    path = tmp_path / "rules.json"
    path.write_text(content)
    with pytest.raises(KipError) as error:
        load_rules(path)
    assert words in str(error.value) and str(path) in str(error.value)

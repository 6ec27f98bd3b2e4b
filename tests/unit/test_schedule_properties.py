"""The optimiser against trying every schedule, on many small random plans (no QGIS needed)."""
from __future__ import annotations

import datetime as dt
from math import prod

import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import schedule_oracle as oracle
from kip_plugin.core import schema as S
from kip_plugin.core.rules import load_rules
from kip_plugin.core.schedule_problem import options_from_rules
from kip_plugin.core.schedule_solve import BY_EVERY_DATE, BY_SOLVER, OPTIMAL, propose
from kip_plugin.core.works import make_works_from_records

RULES = load_rules()
BASE = dt.date(2027, 3, 1)
TYPES = ["road_resurfacing", "road_reconstruction", "sewer", "water_main", "electricity", "green", "event"]
OWNERS = ["programmering", "riolering", "vitens", "liander"]
MAX_SCHEDULES = 250


@st.composite
def work(draw, number: int):
    start = BASE + dt.timedelta(days=draw(st.integers(0, 24)))
    end = start + dt.timedelta(days=draw(st.integers(0, 6)))
    early, late = draw(st.integers(0, 4)), draw(st.integers(0, 4))
    x, y = draw(st.integers(0, 60)), draw(st.integers(0, 30))
    return {
        S.F_WORK_ID: f"w{number}",
        S.F_TITLE: f"Work {number}",
        S.F_OWNER: draw(st.sampled_from(OWNERS)),
        S.F_WORK_TYPE: draw(st.sampled_from(TYPES)),
        S.F_STATUS: draw(st.sampled_from(["planned", "planned", "planned", "idea", "execution", "done"])),
        S.F_START: start,
        S.F_END: end,
        S.F_EARLIEST_START: start - dt.timedelta(days=early) if early else None,
        S.F_LATEST_END: end + dt.timedelta(days=late) if late else None,
        S.F_EXCAVATION: draw(st.sampled_from([None, True, False])),
        S.F_ROAD_CLOSURE: draw(st.booleans()),
        S.F_DISRUPTION: draw(st.sampled_from(["low", "medium", "high"])),
        "geometry": shapely.box(x, y, x + draw(st.integers(1, 30)), y + 6),
    }


@st.composite
def plans(draw):
    n = draw(st.integers(1, 8))
    return [draw(work(k)) for k in draw(st.permutations(list(range(n))))]


@st.composite
def option_sets(draw):
    return options_from_rules(
        RULES,
        distance=draw(st.sampled_from([10.0, 25.0])),
        time_gap=draw(st.sampled_from([0, 5])),
        moratorium_years=draw(st.sampled_from([0, 1])),
        closure_distance=draw(st.sampled_from([0.0, 40.0])),
        event_distance=draw(st.sampled_from([0.0, 30.0])),
        max_shift_days=draw(st.sampled_from([None, None, 2])),
        fixed_parties=frozenset(draw(st.sampled_from([(), ("Vitens",)]))),
        w_dig=draw(st.sampled_from([30.0, 5.0, 0.0])),
        w_disruption=draw(st.sampled_from([1.0, 0.25, 0.0])),
        w_shift=draw(st.sampled_from([0.1, 2.0, 0.0])),
        time_limit=30.0,
    )


def schedules(plan, options) -> int:
    works = make_works_from_records(plan)
    return prod(len(s) for s in oracle.allowed_starts(plan, works, options))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(plan=plans(), options=option_sets())
def test_the_proposal_is_as_good_as_the_best_of_every_schedule(plan, options):
    assume(schedules(plan, options) <= MAX_SCHEDULES)
    best, _chosen, tried = oracle.best(plan, RULES, options)
    assert tried == schedules(plan, options)
    statuses = [w[S.F_STATUS] for w in plan]
    proposal = propose(make_works_from_records(plan), RULES, options, statuses)
    works, planned, chains, planned_conflicts = oracle.context(plan, RULES, options)
    verdict = oracle.judge(works, RULES, options, proposal.starts.tolist(), planned, chains, planned_conflicts)
    assert verdict is not None, "the proposal breaks a rule the plan kept"
    assert (verdict[0], -verdict[1]) == best
    assert proposal.status == OPTIMAL
    assert all(p.method in (BY_EVERY_DATE, BY_SOLVER) for p in proposal.parts)
    # What the optimiser says it gains is what the detection measures.
    at_plan = oracle.judge(works, RULES, options, planned, planned, chains, planned_conflicts)
    gained = verdict[1] - at_plan[1]
    claimed = proposal.value - _value_of_plan(proposal)
    assert claimed == gained
    assert proposal.bound == proposal.value


def _value_of_plan(proposal) -> int:
    from kip_plugin.core.schedule_local import Scorer

    scorer = Scorer(proposal.problem)
    planned = proposal.problem.planned.tolist()
    return sum(-scorer.part_score(part, planned)[1] for part in proposal.problem.parts)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans(), options=option_sets())
def test_what_the_proposal_claims_is_what_the_detection_finds(plan, options):
    from kip_plugin.core.schedule_local import Scorer
    from kip_plugin.core.schedule_report import claims, outcome, outcome_groups

    statuses = [w[S.F_STATUS] for w in plan]
    proposal = propose(make_works_from_records(plan), RULES, options, statuses)
    scorer = Scorer(proposal.problem)
    for starts in (proposal.problem.planned, proposal.greedy_starts, proposal.starts):
        claimed = claims(proposal.problem, scorer, starts)
        found = outcome(proposal.problem, starts)
        assert claimed.groups == outcome_groups(found)
        assert claimed.conflicts == found.keys
        assert (claimed.digs_saved, claimed.disruption_days) == (found.digs_saved, found.disruption_days)
    assert proposal.conflicts == len(outcome(proposal.problem, proposal.starts).conflicts) >= proposal.least_conflicts

"""One part of the schedule problem as a CP-SAT model (OR-Tools), solved within a time limit.

The model, in the detection's terms (see docs/schedule.md):

- each movable work has a start day within its allowed starts and keeps its duration;
- for each combinable pair, exactly one of: the periods meet, the first ends before the
  second starts, or the other way round;
- every work linked to others has a *common day* inside its period, and two works whose
  periods meet through a combinable pair have the same common day: so every group of
  works linked by overlapping pairs shares a day, as a combination of the detection does.
  A group that already lacked a common day in the plan may instead stay exactly as
  planned (``keep``), and is then worth what the detection makes of it;
- the groups are counted through a spanning forest: each linked work is a root or points
  to a partner it meets, one step closer to the root (depths keep it a tree). The root of
  a tree carries whether the tree digs and its longest duration, so that per tree the digs
  saved are the diggers minus one and the disruption days saved are the durations minus
  the longest. A tree only grows inside a group, so the forest never claims more than the
  detection finds, and at the optimum each group is one tree;
- a conflict that was not in the plan must not occur; one that was costs more than
  anything else can gain, so the number of conflicts comes first.

Every variable gets a hint taken from a known admissible schedule (the greedy one), so
the solver starts from it and can only improve on it.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from .schedule_local import DIG, Scorer
from .schedule_problem import Part
from .works import add_years

OPTIMAL, FEASIBLE, UNKNOWN = "optimal", "feasible", "unknown"
# Share of a part's time for finding the fewest conflicts; the rest goes to the value.
FIRST_SHARE = 0.6
# About how long presolve takes per constraint; when that would eat half of a solve's time, it is left out
# (the solver then starts from the hint at once, and improves on it by local search).
PRESOLVE_SECONDS_PER_CONSTRAINT = 3e-4


@dataclass
class PartSolution:
    """What CP-SAT found for one part."""

    status: str  # OPTIMAL, FEASIBLE or UNKNOWN (no solution in time)
    starts: Dict[int, int]  # global work index -> start day
    value: Optional[int]  # the value reached (hundredths)
    bound: Optional[int]  # no schedule with as few conflicts is worth more (hundredths)
    least_conflicts: Optional[int]  # no schedule has fewer conflicts
    seconds: float


@dataclass
class _HintTree:
    """The hint schedule's groups: common day, parent and depth of every linked work."""

    common: Dict[int, int]
    parent: Dict[int, Optional[int]]
    depth: Dict[int, int]
    longest: Dict[int, int]  # longest duration in the subtree of each work
    digs: Dict[int, bool]  # whether the subtree of each work digs
    kept: Dict[int, bool]  # chain -> left as planned


def _hint_tree(sc: Scorer, linked: List[int], chains: List[int], h: Sequence[int]) -> _HintTree:
    kept = {}
    for k in chains:
        members = sc.problem.chains[k].tolist()
        groups = sc.components(members, h)
        kept[k] = all(h[i] == sc.planned[i] for i in members) and len(groups[0]) == len(members) and not any(
            sc.overlaps(i, j, h) for i in members for j in sc.comb[i] if sc.chain_of[j] != k
        )
    tree = _HintTree({}, {}, {}, {}, {}, kept)
    for group in sc.components(linked, h):
        as_planned = kept.get(sc.chain_of[group[0]], False) and sc.chain_of[group[0]] >= 0
        day = max(h[i] for i in group)
        first = group[0]
        tree.parent[first], tree.depth[first] = None, 0
        queue = [first]
        for i in queue:
            tree.common[i] = h[i] if as_planned else day
            if as_planned:
                continue
            for j in sc.comb[i]:
                if j not in tree.parent and sc.overlaps(i, j, h):
                    tree.parent[j], tree.depth[j] = i, tree.depth[i] + 1
                    queue.append(j)
        for i in group:
            if i not in tree.parent:  # members of a chain kept as planned: each its own root
                tree.parent[i], tree.depth[i], tree.common[i] = None, 0, h[i]
    for i in sorted(linked, key=lambda x: -tree.depth[x]):  # leaves first
        tree.longest[i] = max(tree.longest.get(i, 0), sc.dur[i])
        tree.digs[i] = tree.digs.get(i, False) or sc.dig[i]
        p = tree.parent[i]
        if p is not None:
            tree.longest[p] = max(tree.longest.get(p, 0), tree.longest[i])
            tree.digs[p] = tree.digs.get(p, False) or tree.digs[i]
    return tree


def load_cp_model():
    """OR-Tools' CP-SAT module, its libraries bound to their own protobuf.

    QGIS itself links an older protobuf into the process; without deep binding the
    solver's libraries would call into that one and crash.
    """
    import os
    import sys

    if "ortools.sat.python.cp_model" in sys.modules:
        return sys.modules["ortools.sat.python.cp_model"]
    flags = sys.getdlopenflags()
    deep = getattr(os, "RTLD_DEEPBIND", 0)
    if deep:
        sys.setdlopenflags(flags | deep)
    try:
        from ortools.sat.python import cp_model
    finally:
        sys.setdlopenflags(flags)
    return cp_model


class PartModel:
    """The CP-SAT model of one part, every variable hinted with the schedule ``hint``."""

    def __init__(self, scorer: Scorer, part: Part, hint: Sequence[int]) -> None:
        cp_model = load_cp_model()
        self.cp_model = cp_model
        self.m = cp_model.CpModel()
        self.sc, self.part, self.h = scorer, part, hint
        self.start: Dict[int, object] = {}
        self.value: List[Tuple[object, int]] = []  # (variable, coefficient in hundredths)
        self.constant = 0
        self.penalties: List[object] = []
        self.hinted_conflicts = 0
        self._limits: Dict[int, object] = {}
        self._intervals: Dict[int, object] = {}
        self._forbidden: Dict[int, List[Tuple[int, int]]] = {}
        self._build()

    # ---- hinted variables -----------------------------------------------------------------

    def _bool(self, value: bool):
        var = self.m.new_bool_var("")
        self.m.add_hint(var, bool(value))
        return var

    def _int(self, lo: int, hi: int, value: int):
        var = self.m.new_int_var(int(lo), int(hi), "")
        self.m.add_hint(var, int(min(max(value, lo), hi)))
        return var

    def _fixed(self, i: int) -> bool:
        return self.sc.hi[i] <= self.sc.lo[i]

    def s(self, i: int):
        """The start of work ``i``: a variable when it may move, else its planned day.

        Days on which the work would meet a fixed work in a conflict the plan does not have
        are left out of its domain.
        """
        if i not in self.start:
            sc = self.sc
            if self._fixed(i):
                self.start[i] = sc.planned[i]
            else:
                domain = self.cp_model.Domain(sc.lo[i], sc.hi[i])
                for first, last in self._forbidden.get(i, ()):
                    domain = domain.intersection_with(self.cp_model.Domain(first, last).complement())
                var = self.m.new_int_var_from_domain(domain, "")
                self.m.add_hint(var, self.h[i])
                self.start[i] = var
        return self.start[i]

    def interval(self, i: int):
        """The period of work ``i`` as an interval."""
        if i not in self._intervals:
            self._intervals[i] = self.m.new_fixed_size_interval_var(self.s(i), self.sc.dur[i], "")
        return self._intervals[i]

    # ---- two works in time ------------------------------------------------------------------

    def _before(self, x: int, y: int):
        """'x ends before y starts': a literal, True, or None when it cannot happen."""
        sc = self.sc
        if sc.lo[x] + sc.dur[x] > sc.hi[y]:
            return None
        if self._fixed(x) and self._fixed(y):
            return True
        lit = self._bool(self.h[x] + sc.dur[x] <= self.h[y])
        self.m.add(self.s(x) + sc.dur[x] <= self.s(y)).only_enforce_if(lit)
        return lit

    def _meet(self, a: int, b: int):
        """A literal true exactly when the periods of a and b share a day (a constant when both are fixed)."""
        sc = self.sc
        if self._fixed(a) and self._fixed(b):
            return sc.overlaps(a, b, sc.planned)
        apart = [x for x in (self._before(a, b), self._before(b, a)) if x is not None]
        o = self._bool(sc.overlaps(a, b, self.h))
        self.m.add(self.s(a) <= self.s(b) + sc.dur[b] - 1).only_enforce_if(o)
        self.m.add(self.s(b) <= self.s(a) + sc.dur[a] - 1).only_enforce_if(o)
        self.m.add_exactly_one([o] + apart)
        return o

    # ---- the model ----------------------------------------------------------------------------

    def _build(self) -> None:
        sc = self.sc
        self._with_fixed_works()
        for i in self.part.works.tolist():
            if not self._fixed(i):
                far = max(sc.hi[i] - sc.planned[i], sc.planned[i] - sc.lo[i])
                shift = self._int(0, far, abs(self.h[i] - sc.planned[i]))
                self.m.add(shift >= self.s(i) - sc.planned[i])
                self.m.add(shift >= sc.planned[i] - self.s(i))
                self.value.append((shift, -sc.w_shift))
        self._groups()
        self._conflicts()

    def _groups(self) -> None:
        sc, m, problem = self.sc, self.m, self.sc.problem
        edges = [(int(problem.comb_a[e]), int(problem.comb_b[e])) for e in self.part.edges.tolist()]
        if not edges:
            return
        linked = sorted({i for e in edges for i in e})
        tree = _hint_tree(sc, linked, self.part.chains, self.h)
        keep = {}
        for k in self.part.chains:
            keep[k] = self._bool(tree.kept[k])
            for i in problem.chains[k].tolist():
                if not self._fixed(i):
                    m.add(self.s(i) == sc.planned[i]).only_enforce_if(keep[k])
            self.value.append((keep[k], sc.chain_score[k]))
        common = {}
        for i in linked:
            common[i] = self._int(sc.lo[i], sc.hi[i] + sc.dur[i] - 1, tree.common[i])
            m.add(common[i] >= self.s(i))
            m.add(common[i] <= self.s(i) + sc.dur[i] - 1)
        longest = max(sc.dur[i] for i in linked)
        any_dig = any(sc.dig[i] for i in linked)
        root, depth, top, has, choices = {}, {}, {}, {}, {}
        for i in linked:
            root[i] = self._bool(tree.parent[i] is None)
            choices[i] = [root[i]]
            depth[i] = self._int(0, len(linked) - 1, tree.depth[i])
            top[i] = self._int(sc.dur[i], longest, tree.longest[i])
            if any_dig:
                has[i] = True if sc.dig[i] else self._bool(tree.digs[i])
        for a, b in edges:
            o = self._meet(a, b)
            if o is False:
                continue
            ka, kb = sc.chain_of[a], sc.chain_of[b]
            if ka >= 0 and ka == kb:  # inside a chain: one group unless the chain stays as planned
                m.add(common[a] == common[b]).only_enforce_if([keep[ka].Not()] + ([] if o is True else [o]))
            else:
                for k in {ka, kb} - {-1}:  # nothing may join a chain that stays as planned
                    m.add_bool_or([keep[k].Not()] + ([] if o is True else [o.Not()]))
                m.add(common[a] == common[b]).only_enforce_if([] if o is True else [o])
            for x, y in ((a, b), (b, a)):
                p = self._bool(tree.parent[x] == y)
                choices[x].append(p)
                if o is not True:
                    m.add_implication(p, o)
                m.add(depth[x] >= depth[y] + 1).only_enforce_if(p)
                m.add(top[y] >= top[x]).only_enforce_if(p)
                if any_dig and has[y] is not True:
                    m.add_bool_or([p.Not(), has[y]] + ([] if has[x] is True else [has[x].Not()]))
        for i in linked:
            m.add_exactly_one(choices[i])
            if sc.chain_of[i] >= 0:
                m.add_implication(keep[sc.chain_of[i]], root[i])
            # Each tree is charged, at its root, its longest duration and (when it digs) one dig.
            is_root = tree.parent[i] is None
            charged_days = self._int(0, longest, tree.longest[i] if is_root else 0)
            m.add(charged_days >= top[i]).only_enforce_if(root[i])
            self.value.append((charged_days, -sc.w_dis))
            self.constant += sc.w_dis * sc.dur[i]
            if sc.dig[i]:
                self.constant += sc.w_dig
                self.value.append((root[i], -sc.w_dig))
            elif any_dig:
                charged_dig = self._bool(is_root and tree.digs[i])
                m.add_bool_or([root[i].Not(), has[i].Not(), charged_dig])
                self.value.append((charged_dig, -sc.w_dig))

    def _with_fixed_works(self) -> None:
        """Conflicts of a movable work with a fixed one: days to avoid, or days that cost a conflict."""
        sc = self.sc
        self._with_fixed: List[Tuple[int, int, int, int]] = []  # (conflict, work, first, last day it holds)
        for q in self.part.conflicts.tolist():
            a, b = sc.ca[q], sc.cb[q]
            if self._fixed(a) == self._fixed(b):
                continue
            i = b if self._fixed(a) else a
            first, last = sc.conflict_interval(q, i, sc.planned)
            first, last = max(first, sc.lo[i]), min(last, sc.hi[i])
            if first > last:
                continue
            if sc.cplanned[q]:
                self._with_fixed.append((q, i, first, last))
            else:
                self._forbidden.setdefault(i, []).append((first, last))

    def _conflicts(self) -> None:
        sc, m, cp_model = self.sc, self.m, self.cp_model
        for q, i, first, last in self._with_fixed:
            holds = first <= self.h[i] <= last
            stays = self._bool(holds)
            self.hinted_conflicts += int(holds)
            self.penalties.append(stays)
            outside = cp_model.Domain(sc.lo[i], sc.hi[i]).intersection_with(cp_model.Domain(first, last).complement())
            m.add_linear_expression_in_domain(self.s(i), outside).only_enforce_if(stays.Not())
        for q in self.part.conflicts.tolist():
            a, b = sc.ca[q], sc.cb[q]
            if self._fixed(a) or self._fixed(b):
                continue
            stays = None
            if sc.cplanned[q]:
                holds = sc.holds(q, self.h)
                stays = self._bool(holds)
                self.hinted_conflicts += int(holds)
                self.penalties.append(stays)
            if sc.kind[q] != DIG:
                # Apart in time, unless the conflict stays: b's period is then left out of the check.
                if stays is None:
                    m.add_no_overlap([self.interval(a), self.interval(b)])
                else:
                    other = m.new_optional_fixed_size_interval_var(self.s(b), sc.dur[b], stays.Not(), "")
                    m.add_no_overlap([self.interval(a), other])
                continue
            ways_out = [x for x in self._outside_moratorium(a, b) if x is not None]
            m.add_bool_or(ways_out + ([] if stays is None else [stays]))

    def _outside_moratorium(self, a: int, b: int) -> list:
        """'b starts before a ends' and 'b starts after the no-dig period after a': literals, True or None."""
        sc, m, h = self.sc, self.m, self.h
        da = sc.dur[a]
        out = []
        if sc.lo[b] <= sc.hi[a] + da - 1:
            if self._fixed(a) and self._fixed(b):
                out.append(True if sc.planned[b] <= sc.planned[a] + da - 1 else None)
            else:
                lit = self._bool(h[b] <= h[a] + da - 1)
                m.add(self.s(b) <= self.s(a) + da - 1).only_enforce_if(lit)
                out.append(lit)
        ends = np.arange(sc.lo[a], sc.hi[a] + 1, dtype=np.int64) + da - 1
        limits = add_years(ends, sc.years)
        if sc.hi[b] > limits[0]:
            if self._fixed(a) and self._fixed(b):
                out.append(True if sc.planned[b] > limits[0] else None)
            else:
                limit = int(limits[0]) if self._fixed(a) else self._moratorium_end(a, limits)
                lit = self._bool(h[b] > sc.moratorium_end(h[a] + da - 1))
                m.add(self.s(b) >= limit + 1).only_enforce_if(lit)
                out.append(lit)
        return out

    def _moratorium_end(self, a: int, limits: np.ndarray):
        """The last day of the no-dig period after paving work ``a``, as a variable of its start."""
        if a not in self._limits:
            sc, h = self.sc, self.h
            offset = self._int(0, sc.hi[a] - sc.lo[a], h[a] - sc.lo[a])
            self.m.add(offset == self.s(a) - sc.lo[a])
            limit = self._int(int(limits[0]), int(limits[-1]), int(limits[h[a] - sc.lo[a]]))
            self.m.add_element(offset, [int(v) for v in limits], limit)
            self._limits[a] = limit
        return self._limits[a]

    # ---- solving -----------------------------------------------------------------------------

    def _run(self, seconds: float, workers: int, stop: Callable[[], bool], presolve: Optional[bool] = None):
        """One solve of the model as it stands; the solver and its status."""
        cp_model = self.cp_model
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.05, float(seconds))
        solver.parameters.num_workers = max(1, int(workers))
        # On a large model presolve can take longer than the search it would speed up.
        if presolve is None:
            presolve = PRESOLVE_SECONDS_PER_CONSTRAINT * len(self.m.proto.constraints) < seconds / 2
        solver.parameters.cp_model_presolve = presolve
        done = threading.Event()

        def watch() -> None:
            while not done.wait(0.1):
                if stop():
                    solver.stop_search()
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            status = solver.solve(self.m)
        finally:
            done.set()
            watcher.join()
        return solver, status

    def _hint_from(self, solver) -> None:
        """Start the next solve from the solution just found (every variable)."""
        solution = list(solver.response_proto.solution)
        self.m.clear_hints()
        hint = self.m.proto.solution_hint
        hint.vars.extend(range(len(solution)))
        hint.values.extend(solution)

    def solve(self, seconds: float, workers: int, stop: Callable[[], bool]) -> PartSolution:
        """Fewest conflicts first, then the highest value among schedules with that many; within ``seconds``.

        ``stop()`` True ends the search early. The first step gets at most FIRST_SHARE of
        the time; what it leaves goes to the second.
        """
        cp_model = self.cp_model
        begin = time.monotonic()
        solved = (cp_model.OPTIMAL, cp_model.FEASIBLE)
        least, proven = 0, True
        if self.penalties:
            count = sum(self.penalties)
            self.m.minimize(count)
            solver, status = self._run(seconds * FIRST_SHARE, workers, stop)
            left = seconds - (time.monotonic() - begin)
            if status not in solved and left > 0.1 and not stop():  # presolve took the time: start from the hint
                solver, status = self._run(left / 2, workers, stop, presolve=False)
            if status not in solved:
                return PartSolution(UNKNOWN, {}, None, None, None, time.monotonic() - begin)
            found = int(round(solver.objective_value))
            least = int(np.ceil(solver.best_objective_bound - 1e-6))
            proven = status == cp_model.OPTIMAL
            if found < self.hinted_conflicts:  # else the hint (the greedy schedule) is the better start
                self._hint_from(solver)
            self.m.add(count <= found)
        value = cp_model.LinearExpr.weighted_sum([v for v, _ in self.value], [c for _, c in self.value])
        self.m.maximize(value + self.constant)
        left = seconds - (time.monotonic() - begin)
        solver, status = self._run(max(left, 0.05), workers, stop)
        seconds = time.monotonic() - begin
        if status not in solved:
            return PartSolution(UNKNOWN, {}, None, None, None, seconds)
        starts = {i: v if isinstance(v, int) else int(solver.value(v)) for i, v in self.start.items()}
        return PartSolution(
            OPTIMAL if proven and status == cp_model.OPTIMAL else FEASIBLE,
            starts,
            int(round(solver.objective_value)),
            int(np.floor(solver.best_objective_bound + 1e-6)),
            least,
            seconds,
        )

"""Proposing a schedule: split into parts, a greedy start, then each part optimised within the time left.

A part with one movable work is solved exactly by trying its every date (in
stretches, see ``schedule_local``); a larger part goes to CP-SAT, starting from
the greedy schedule, with a share of the time left. A part CP-SAT does not
improve within its time keeps the greedy schedule, so the proposal is never
worse than the greedy one. All of it stays within ``options.time_limit``.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import List, Optional

import numpy as np

from .errors import Cancelled
from .rules import Rules
from .schedule_local import Scorer, greedy
from .schedule_problem import Part, ScheduleProblem, ScheduleOptions, build_problem
from .spatial import Progress, report
from .works import Works

# How the result of a part was found.
BY_EVERY_DATE = "every_date"  # one movable work: all its dates tried
BY_SOLVER = "solver"  # CP-SAT
BY_GREEDY = "greedy"  # the solver found nothing better in its time, or no time was left

OPTIMAL, FEASIBLE = "optimal", "feasible"
# Share of the time limit the greedy start may take at most.
GREEDY_SHARE = 0.25
# Every part gets at least this long, when that much is left.
MIN_PART_SECONDS = 0.2
# Parts with fewer linked works than this are solved on one thread: threads cost more than they bring.
ONE_THREAD_BELOW = 40
MAX_WORKERS = 8
# About how long making the model takes per pair (a conflict, or a fifth of a combinable pair).
BUILD_SECONDS_PER_PAIR = 2e-4


@dataclass
class PartResult:
    """How one part was solved."""

    number: int
    works: int
    movable: int
    method: str
    status: str  # OPTIMAL or FEASIBLE
    conflicts: int  # conflicts left in the part
    value: int  # hundredths: W_DIG × digs saved + W_DISRUPTION × days saved − W_SHIFT × days shifted
    greedy_value: int
    greedy_conflicts: int
    bound: int  # no schedule with as few conflicts is worth more (hundredths)
    least_conflicts: int  # no schedule of the part has fewer conflicts
    seconds: float


@dataclass
class Proposal:
    """A proposed schedule: the start day of every work, and how each part was solved."""

    problem: ScheduleProblem
    starts: np.ndarray
    greedy_starts: np.ndarray
    parts: List[PartResult] = field(default_factory=list)
    seconds: float = 0.0
    build_seconds: float = 0.0
    greedy_seconds: float = 0.0

    @property
    def status(self) -> str:
        """OPTIMAL when every part is proven optimal, else FEASIBLE."""
        return OPTIMAL if all(p.status == OPTIMAL for p in self.parts) else FEASIBLE

    @property
    def value(self) -> int:
        """The objective reached (hundredths), parts added up."""
        return sum(p.value for p in self.parts)

    @property
    def greedy_value(self) -> int:
        """The objective of the greedy schedule (hundredths)."""
        return sum(p.greedy_value for p in self.parts)

    @property
    def bound(self) -> int:
        """No schedule with as few conflicts in each part is worth more (hundredths)."""
        return sum(p.bound for p in self.parts)

    @property
    def conflicts(self) -> int:
        """Conflicts left: in the parts, and between works that cannot move."""
        return sum(p.conflicts for p in self.parts) + self.problem.fixed_conflicts

    @property
    def least_conflicts(self) -> int:
        """No schedule has fewer conflicts."""
        return sum(p.least_conflicts for p in self.parts) + self.problem.fixed_conflicts

    @property
    def moved(self) -> np.ndarray:
        """Indices of the works the proposal moves."""
        return np.flatnonzero(self.starts != self.problem.planned)


def _workers() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def propose(
    works: Works,
    rules: Rules,
    options: ScheduleOptions,
    statuses: Optional[np.ndarray] = None,
    progress: Optional[Progress] = None,
    use_solver: bool = True,
) -> Proposal:
    """The best schedule found within ``options.time_limit`` (with ``use_solver`` False: the greedy one)."""
    begin = time.monotonic()
    # Kept back from the time limit for what comes after the last solve.
    deadline = begin + options.time_limit - min(2.0, 0.03 * options.time_limit)

    def step(a: float, b: float):
        return None if progress is None else (lambda f: progress(a + (b - a) * f))

    problem = build_problem(works, rules, options, statuses, step(0.0, 0.15))
    built = time.monotonic()
    scorer = Scorer(problem)
    parts = sorted(problem.parts, key=lambda p: (len(p), p.number))  # small first: quick and sure
    # The greedy start may take a share of the time; on its own (without the solver) all of it.
    greedy_deadline = built + (GREEDY_SHARE if use_solver else 1.0) * max(0.0, deadline - built)
    greedy_starts, unfinished = greedy(scorer, parts, problem.planned, greedy_deadline, step(0.15, 0.3))
    report(progress, 0.3)
    after_greedy = time.monotonic()
    proposal = Proposal(problem, greedy_starts.copy(), greedy_starts, seconds=0.0,
                        build_seconds=built - begin, greedy_seconds=after_greedy - built)
    starts = greedy_starts.tolist()
    for k, part in enumerate(parts):
        fraction = 0.3 + 0.7 * k / max(1, len(parts))
        report(progress, fraction)
        greedy_score = scorer.part_score(part, starts)
        result = PartResult(
            number=part.number,
            works=len(part),
            movable=part.movable,
            method=BY_GREEDY,
            status=FEASIBLE,
            conflicts=greedy_score[0],
            value=-greedy_score[1],
            greedy_value=-greedy_score[1],
            greedy_conflicts=greedy_score[0],
            bound=scorer.ceiling(part),  # until the solver knows better
            least_conflicts=0,
            seconds=0.0,
        )
        proposal.parts.append(result)
        if part.movable == 1 and not unfinished.intersection(part.works.tolist()):
            result.method, result.status = BY_EVERY_DATE, OPTIMAL
            result.bound, result.least_conflicts = result.value, result.conflicts
        elif use_solver and time.monotonic() < deadline:
            started = time.monotonic()
            _solve_part(scorer, part, starts, result, deadline, sum(len(p) for p in parts[k:]), progress, fraction)
            result.seconds = time.monotonic() - started
    proposal.starts = np.array(starts, dtype=np.int64)
    proposal.parts.sort(key=lambda p: p.number)
    proposal.seconds = time.monotonic() - begin
    report(progress, 1.0)
    return proposal


def _solve_part(scorer: Scorer, part: Part, starts: List[int], result: PartResult, deadline: float,
                works_left: int, progress: Optional[Progress], fraction: float) -> None:
    """Improve one part with CP-SAT within its share of the time left; updates ``starts`` and ``result``."""
    from .schedule_cpsat import OPTIMAL as SOLVED_OPTIMAL
    from .schedule_cpsat import PartModel

    left = deadline - time.monotonic()
    share = max(min(MIN_PART_SECONDS, left), left * len(part) / max(1, works_left))
    if BUILD_SECONDS_PER_PAIR * (len(part.conflicts) + 5 * len(part.edges)) > share * 0.6:
        return  # making the model would take most of the time the part has: it keeps the greedy schedule
    model = PartModel(scorer, part, starts)
    linked = len({int(x) for e in part.edges.tolist() for x in (scorer.problem.comb_a[e], scorer.problem.comb_b[e])})
    workers = 1 if max(linked, part.movable) < ONE_THREAD_BELOW else _workers()
    share = min(share, deadline - time.monotonic())
    if share <= 0:
        return

    def stop() -> bool:
        return progress is not None and progress(fraction) is False

    solution = model.solve(share, workers, stop)
    if stop():
        raise Cancelled()
    if solution.value is None:
        return
    # The solver's bounds hold whether or not its schedule is taken.
    result.least_conflicts = solution.least_conflicts
    result.bound = solution.bound
    trial = list(starts)
    for i, day in solution.starts.items():
        trial[i] = day
    score = scorer.part_score(part, trial)
    if score is None or score > (result.conflicts, -result.value):
        return  # never worse than the greedy schedule
    for i, day in solution.starts.items():
        starts[i] = day
    result.method = BY_SOLVER
    result.conflicts, result.value = score[0], -score[1]
    result.status = OPTIMAL if solution.status == SOLVED_OPTIMAL else FEASIBLE
    if result.status == OPTIMAL:
        result.bound = result.value

"""Scoring a schedule part by part, and the greedy baseline: move one work at a time to its best date.

The score of a part is lexicographic: first the conflicts that remain (fewer is
better), then the value W_DIG × digs saved + W_DISRUPTION × disruption days saved
− W_SHIFT × days shifted (in hundredths). A schedule is *admissible* when no
conflict appears that was not in the plan and every group of works linked by
overlapping combinable pairs shares a day, except a group that already lacked a
common day in the plan and is left exactly as planned (the detection splits such
a group its own way, and that is what it is worth).

The best date for one work, all others staying put, is found exactly: its score
only changes where its period starts or stops meeting another work's, so one
date per stretch between such points (the one closest to its planned date) is
enough.
"""
from __future__ import annotations

import bisect
import time
from collections import deque
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from . import schema as S
from .schedule_problem import Part, ScheduleProblem
from .spatial import report
from .works import add_years

DIG, CLOSURES, EVENT = 0, 1, 2
_KIND_CODE = {S.CONFLICT_DIG_AFTER_PAVING: DIG, S.CONFLICT_SIMULTANEOUS_CLOSURES: CLOSURES,
              S.CONFLICT_EVENT_DURING_WORKS: EVENT}
INADMISSIBLE = None
Score = Tuple[int, int]  # (conflicts, -value): smaller is better


class Scorer:
    """The problem as plain lists, for scoring parts and single moves quickly in Python."""

    def __init__(self, problem: ScheduleProblem) -> None:
        self.problem = problem
        n = len(problem.works)
        self.dur = problem.duration.tolist()
        self.planned = problem.planned.tolist()
        self.lo = problem.lo.tolist()
        self.hi = problem.hi.tolist()
        self.dig = problem.digs.tolist()
        self.w_dig, self.w_dis, self.w_shift = problem.options.weights
        self.years = problem.options.moratorium_years
        self.comb: List[List[int]] = [[] for _ in range(n)]
        for a, b in zip(problem.comb_a.tolist(), problem.comb_b.tolist()):
            self.comb[a].append(b)
            self.comb[b].append(a)
        c = problem.conflicts
        self.kind = [_KIND_CODE[k] for k in c.kind.tolist()]
        self.ca, self.cb, self.cplanned = c.a.tolist(), c.b.tolist(), c.planned.tolist()
        self.conf: List[List[int]] = [[] for _ in range(n)]
        for q, (a, b) in enumerate(zip(self.ca, self.cb)):
            self.conf[a].append(q)
            self.conf[b].append(q)
        self.chain_of = [-1] * n
        for k, members in enumerate(problem.chains):
            for i in members.tolist():
                self.chain_of[i] = k
        self.chain_size = [len(m) for m in problem.chains]
        self.chain_score = [self.w_dig * int(d) + self.w_dis * int(r) for d, r in problem.chain_value.tolist()]
        self._first_end: Dict[int, int] = {}
        self._moratorium_end: Dict[int, int] = {}

    # ---- relations -------------------------------------------------------------------

    def moratorium_end(self, end: int) -> int:
        """Last day of the no-dig period after paving that ends on ``end``."""
        if end not in self._moratorium_end:
            self._moratorium_end[end] = int(add_years(np.array([end]), self.years)[0])
        return self._moratorium_end[end]

    def first_paving_end(self, dig_start: int) -> int:
        """The earliest paving end whose no-dig period still holds a dig starting on ``dig_start``."""
        if dig_start not in self._first_end:
            ends = np.arange(dig_start - 366 * self.years - 2, dig_start - 365 * self.years + 3)
            later = add_years(ends, self.years) >= dig_start
            self._first_end[dig_start] = int(ends[np.argmax(later)])
        return self._first_end[dig_start]

    def holds(self, q: int, s: Sequence[int]) -> bool:
        """Whether conflict candidate ``q`` occurs with the works starting on ``s``."""
        a, b = self.ca[q], self.cb[q]
        end_a = s[a] + self.dur[a] - 1
        if self.kind[q] == DIG:
            return end_a < s[b] <= self.moratorium_end(end_a)
        return s[a] <= s[b] + self.dur[b] - 1 and s[b] <= end_a

    def conflict_interval(self, q: int, i: int, s: Sequence[int]) -> Tuple[int, int]:
        """The starts of work ``i`` (all others as in ``s``) for which conflict ``q`` occurs (may be empty)."""
        a, b = self.ca[q], self.cb[q]
        d = self.dur[i]
        if self.kind[q] != DIG:
            k = b if i == a else a
            return s[k] - d + 1, s[k] + self.dur[k] - 1
        if i == a:  # the paving moves; the dig starts on s[b]
            return self.first_paving_end(s[b]) - d + 1, s[b] - d
        end_a = s[a] + self.dur[a] - 1
        return end_a + 1, self.moratorium_end(end_a)

    def has_stake(self, i: int) -> bool:
        """Whether moving work ``i`` alone can gain anything: it may move and has a partner or a planned conflict."""
        if self.hi[i] <= self.lo[i]:
            return False
        return bool(self.comb[i]) or any(self.cplanned[q] for q in self.conf[i])

    def partners(self, i: int) -> List[int]:
        """The works whose best date may change when work ``i`` moves."""
        return self.comb[i] + [self.cb[q] if self.ca[q] == i else self.ca[q] for q in self.conf[i]]

    def ceiling(self, part: Part) -> int:
        """A value no schedule of the part exceeds: every saving at once, nothing shifted (hundredths)."""
        linked = {int(x) for e in part.edges.tolist() for x in (self.problem.comb_a[e], self.problem.comb_b[e])}
        chains = sum(self.chain_score[k] for k in part.chains)
        return sum(self.w_dis * self.dur[i] + self.w_dig * int(self.dig[i]) for i in linked) + chains

    def overlaps(self, i: int, j: int, s: Sequence[int]) -> bool:
        return s[i] <= s[j] + self.dur[j] - 1 and s[j] <= s[i] + self.dur[i] - 1

    # ---- scores ------------------------------------------------------------------------

    def components(self, works: Sequence[int], s: Sequence[int]) -> List[List[int]]:
        """The groups of ``works`` linked by overlapping combinable pairs (``works`` closed under them)."""
        seen = set()
        groups = []
        for start in works:
            if start in seen:
                continue
            seen.add(start)
            group, stack = [start], [start]
            while stack:
                i = stack.pop()
                for j in self.comb[i]:
                    if j not in seen and self.overlaps(i, j, s):
                        seen.add(j)
                        group.append(j)
                        stack.append(j)
            groups.append(group)
        return groups

    def group_value(self, group: List[int], s: Sequence[int]) -> Optional[int]:
        """What a group is worth (hundredths), or None when it is not admissible."""
        if len(group) < 2:
            return 0
        last_start = max(s[i] for i in group)
        first_end = min(s[i] + self.dur[i] - 1 for i in group)
        if last_start <= first_end:
            digs = sum(1 for i in group if self.dig[i])
            durations = [self.dur[i] for i in group]
            return self.w_dig * max(0, digs - 1) + self.w_dis * (sum(durations) - max(durations))
        k = self.chain_of[group[0]]
        if k >= 0 and len(group) == self.chain_size[k] and all(
            self.chain_of[i] == k and s[i] == self.planned[i] for i in group
        ):
            return self.chain_score[k]
        return INADMISSIBLE

    def shift_cost(self, i: int, start: int) -> int:
        return self.w_shift * abs(start - self.planned[i])

    def part_score(self, part: Part, s: Sequence[int]) -> Optional[Score]:
        """(conflicts left, −value) of a part, or None when its schedule is not admissible."""
        works = part.works.tolist()
        value = 0
        for group in self.components(works, s):
            v = self.group_value(group, s)
            if v is INADMISSIBLE:
                return None
            value += v
        value -= sum(self.shift_cost(i, s[i]) for i in works)
        conflicts = 0
        for q in part.conflicts.tolist():
            if self.holds(q, s):
                if not self.cplanned[q]:
                    return None
                conflicts += 1
        return conflicts, -value

    # ---- one move -------------------------------------------------------------------------

    def region(self, i: int, s: Sequence[int]) -> List[int]:
        """Work ``i`` and every work linked to one of its combinable partners without passing through ``i``."""
        seen = {i}
        stack = list(self.comb[i])
        seen.update(stack)
        while stack:
            k = stack.pop()
            for j in self.comb[k]:
                if j not in seen and j != i and self.overlaps(k, j, s):
                    seen.add(j)
                    stack.append(j)
        return list(seen)

    def best_start(self, i: int, s: List[int]) -> Tuple[int, Score]:
        """The best start for work ``i``, all other works as in ``s``, and the change of score it brings."""
        lo, hi, d, home = self.lo[i], self.hi[i], self.dur[i], self.planned[i]
        region = self.region(i, s) if self.comb[i] else [i]
        # Stretches of starts over which the groups around i stay the same.
        cuts = {lo, hi + 1, home, home + 1}
        for k in region:
            if k != i:
                cuts.add(s[k] - d + 1)
                cuts.add(s[k] + self.dur[k])
        comb_cuts = sorted(c for c in cuts if lo <= c <= hi + 1)
        own = s[i]
        comb_values = [] if len(region) > 1 else [0] * (len(comb_cuts) - 1)
        for start in comb_cuts[:-1] if len(region) > 1 else ():
            s[i] = start
            total = 0
            for group in self.components(region, s):
                v = self.group_value(group, s)
                if v is INADMISSIBLE:
                    total = None
                    break
                total += v
            comb_values.append(total)
        s[i] = own
        # Conflicts: each holds over one stretch of starts.
        events: List[Tuple[int, int, int]] = []  # (start, +1/-1 count, +1/-1 forbidden)
        for q in self.conf[i]:
            first, last = self.conflict_interval(q, i, s)
            first, last = max(first, lo), min(last, hi)
            if first > last:
                continue
            cuts.add(first)
            cuts.add(last + 1)
            if self.cplanned[q]:
                events += [(first, 1, 0), (last + 1, -1, 0)]
            else:
                events += [(first, 0, 1), (last + 1, 0, -1)]
        points = sorted(c for c in cuts if lo <= c <= hi + 1)
        events.sort()
        e, count, forbidden = 0, 0, 0
        best: Optional[Tuple[Score, int]] = None
        current = None
        for k in range(len(points) - 1):
            first, last = points[k], points[k + 1] - 1
            while e < len(events) and events[e][0] <= first:
                count += events[e][1]
                forbidden += events[e][2]
                e += 1
            value = comb_values[bisect.bisect_right(comb_cuts, first) - 1]
            if forbidden or value is INADMISSIBLE:
                continue
            start = min(max(home, first), last)
            score = (count, -(value - self.shift_cost(i, start)))
            if first <= own <= last:
                current = (count, -(value - self.shift_cost(i, own)))
            if best is None or (score, abs(start - home), start) < (best[0], abs(best[1] - home), best[1]):
                best = (score, start)
        if best is None or current is None or best[0] >= current:
            return own, (0, 0)
        return best[1], (best[0][0] - current[0], best[0][1] - current[1])


def greedy(
    scorer: Scorer,
    parts: Sequence[Part],
    starts: Optional[np.ndarray] = None,
    deadline: Optional[float] = None,
    progress: Optional[Callable[[float], bool]] = None,
) -> Tuple[np.ndarray, set]:
    """Move one work at a time to its best date until no move helps (or time is up).

    Every work with something to gain (a combinable partner, or a conflict of the plan) is
    looked at once, in the order of work ids over all parts; a work is looked at again when
    a partner moved. Each move makes its part strictly better, so this ends. Returns the
    start days and the works still waiting to be looked at when time ran out; ``progress``
    hears how far it got and may cancel.
    """
    s = (scorer.problem.planned if starts is None else starts).tolist()
    rank = scorer.problem.works.id_rank
    waiting = [i for part in parts for i in part.works.tolist() if scorer.has_stake(i)]
    waiting.sort(key=lambda i: rank[i])
    queue = deque(waiting)
    queued = set(waiting)
    looked = 0
    while queue:
        if looked % 64 == 0:
            if deadline is not None and time.monotonic() > deadline:
                break
            report(progress, min(1.0, looked / max(1, 2 * len(waiting))))
        i = queue.popleft()
        queued.discard(i)
        start, _change = scorer.best_start(i, s)
        if start != s[i]:
            s[i] = start
            for j in scorer.partners(i):
                if j not in queued and scorer.has_stake(j):
                    queue.append(j)
                    queued.add(j)
        looked += 1
    return np.array(s, dtype=np.int64), queued

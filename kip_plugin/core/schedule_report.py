"""What a proposed schedule changes, measured by the detection itself, and why each work moves.

The figures before and after come from running the detection on the works held to
their dates: as planned, and as proposed. Reasons are English source templates with
parameters (works, dates, spans), translated and worded at the QGIS edge.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import numpy as np

from . import schema as S
from .combinations import Clusters, detect_combinations
from .conflicts import Conflicts, find_conflicts
from .schedule_problem import ScheduleProblem, conflict_keys, held_to
from .schema import QT_TRANSLATE_NOOP


@dataclass
class Outcome:
    """What the detection finds with every work held to the given start days."""

    starts: np.ndarray
    clusters: Clusters
    conflicts: Conflicts
    digs_saved: int
    disruption_days: int  # days of disruption of all active works, combined works counted once

    @property
    def keys(self) -> set:
        """(kind, a, b) of each conflict."""
        return conflict_keys(self.conflicts)


def outcome(problem: ScheduleProblem, starts: np.ndarray) -> Outcome:
    """Run the detection on the works held to ``starts``."""
    works, options = problem.works, problem.options
    held = held_to(works, starts)
    _pairs, clusters = detect_combinations(held, problem.rules, options.distance, options.time_gap)
    conflicts = find_conflicts(
        held, problem.rules, options.distance, options.moratorium_years, options.closure_distance,
        options.event_distance,
    )
    days = int(works.duration[works.active].sum()) - int(clusters.disruption_days_saved.sum())
    return Outcome(np.asarray(starts), clusters, conflicts, int(clusters.digs_saved.sum()), days)


def outcome_groups(result: Outcome) -> set:
    """The combinations of an outcome, each as a frozenset of work indices."""
    clusters = result.clusters
    return {frozenset(int(i) for i in clusters.members(k)) for k in range(len(clusters))}


@dataclass
class Claims:
    """What the optimiser's own model says a schedule holds: its combinations and conflicts."""

    groups: set  # frozensets of work indices
    conflicts: set  # (kind, a, b)
    digs_saved: int
    disruption_days: int


def claims(problem: ScheduleProblem, scorer, starts: np.ndarray) -> Claims:
    """The combinations and conflicts of ``starts`` in the optimiser's terms (re-checked against ``outcome``)."""
    s = [int(x) for x in starts]
    planned = problem.planned_clusters
    in_part = np.zeros(len(problem.works), dtype=bool)
    groups = set()
    for part in problem.parts:
        in_part[part.works] = True
        for group in scorer.components(part.works.tolist(), s):
            if len(group) < 2:
                continue
            if max(s[i] for i in group) <= min(s[i] + scorer.dur[i] - 1 for i in group):
                groups.add(frozenset(group))
            else:  # a chain left as planned: what the detection made of it then
                labels = {int(planned.labels[i]) for i in group} - {-1}
                groups.update(frozenset(int(i) for i in planned.members(k)) for k in labels)
    for k in range(len(planned)):  # where nothing may move, the plan's own combinations
        members = planned.members(k)
        if not in_part[members].any():
            groups.add(frozenset(int(i) for i in members))
    kinds = problem.conflicts.kind
    conflicts = {(kinds[q], scorer.ca[q], scorer.cb[q]) for q in range(len(kinds)) if scorer.holds(q, s)}
    digs, saved = 0, 0
    for group in groups:
        digs += max(0, sum(1 for i in group if scorer.dig[i]) - 1)
        durations = [scorer.dur[i] for i in group]
        saved += sum(durations) - max(durations)
    works = problem.works
    return Claims(groups, conflicts, digs, int(works.duration[works.active].sum()) - saved)


# ---- reasons -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Work:
    """A work named in a reason (index into the works)."""

    index: int


@dataclass(frozen=True)
class Works:
    """Several works named in a reason."""

    indices: Tuple[int, ...]


@dataclass(frozen=True)
class Period:
    """A period of whole days, first and last day."""

    first: int
    last: int


@dataclass(frozen=True)
class Span:
    """A number of days, said as people say it."""

    days: int


@dataclass
class Reason:
    """One sentence part: an English template and its parameters."""

    template: str
    params: Dict[str, object] = field(default_factory=dict)


LATER = QT_TRANSLATE_NOOP("@default", "{span} later")
EARLIER = QT_TRANSLATE_NOOP("@default", "{span} earlier")
STAYS = QT_TRANSLATE_NOOP("@default", "Stays as planned")
JOINS = QT_TRANSLATE_NOOP("@default", "runs together with {works} {period}")
ONE_DIG = QT_TRANSLATE_NOOP("@default", "one dig instead of {n}")
FEWER_DAYS = QT_TRANSLATE_NOOP("@default", "{n} fewer days of disruption")
NO_DIG_IN_NEW_PAVING = QT_TRANSLATE_NOOP(
    "@default", "no longer digs up the new paving of {work} within the {years}-year no-dig period"
)
NEW_PAVING_LEFT_ALONE = QT_TRANSLATE_NOOP(
    "@default", "{work} no longer digs up this new paving within the {years}-year no-dig period"
)
CLOSURES_APART = QT_TRANSLATE_NOOP("@default", "its road closure no longer coincides with that of {work}")
EVENT_APART = QT_TRANSLATE_NOOP("@default", "no longer takes place during {work}")
WORKS_APART = QT_TRANSLATE_NOOP("@default", "the event {work} no longer takes place during these works")
MAKES_ROOM = QT_TRANSLATE_NOOP(
    "@default", "makes room for the move of {work}: at its planned dates the two would conflict"
)
KEEPS_GROUP = QT_TRANSLATE_NOOP(
    "@default", "at its planned dates it would meet {work} without a day the whole group shares"
)
BEST_FIT = QT_TRANSLATE_NOOP("@default", "fits the best schedule found for the works around it")
UNAVOIDABLE = QT_TRANSLATE_NOOP(
    "@default", "the conflict with {work} ({kind}) cannot be avoided within the flexibility of the works"
)


@dataclass
class WorkReason:
    """Why one work moves (or stays in a conflict that cannot be avoided)."""

    index: int
    shift: int
    parts: List[Reason]


def _members(clusters: Clusters, index: int) -> Optional[Tuple[int, ...]]:
    label = int(clusters.labels[index])
    return None if label < 0 else tuple(int(i) for i in clusters.members(label))


def _removed(problem: ScheduleProblem, index: int, kind: str, a: int, b: int) -> Reason:
    other = b if a == index else a
    years = problem.options.moratorium_years
    if kind == S.CONFLICT_DIG_AFTER_PAVING:
        if index == b:
            return Reason(NO_DIG_IN_NEW_PAVING, {"work": Work(other), "years": years})
        return Reason(NEW_PAVING_LEFT_ALONE, {"work": Work(other), "years": years})
    if kind == S.CONFLICT_SIMULTANEOUS_CLOSURES:
        return Reason(CLOSURES_APART, {"work": Work(other)})
    if index == a:
        return Reason(EVENT_APART, {"work": Work(other)})
    return Reason(WORKS_APART, {"work": Work(other)})


def reasons(problem: ScheduleProblem, before: Outcome, after: Outcome, scorer=None) -> List[WorkReason]:
    """A reason for every work that moves, and for every work left in a conflict that cannot be avoided."""
    if scorer is None:
        from .schedule_local import Scorer

        scorer = Scorer(problem)
    starts, planned = after.starts, problem.planned
    moved = np.flatnonzero(starts != planned)
    removed = before.keys - after.keys
    left = after.keys
    by_work: Dict[int, List[Tuple[str, int, int]]] = {}
    for kind, a, b in removed:
        by_work.setdefault(a, []).append((kind, a, b))
        by_work.setdefault(b, []).append((kind, a, b))
    out: List[WorkReason] = []
    for i in moved.tolist():
        parts = [_removed(problem, i, *c) for c in sorted(by_work.get(i, []))]
        now, then = _members(after.clusters, i), _members(before.clusters, i)
        if now is not None and now != then:
            label = int(after.clusters.labels[i])
            parts.append(
                Reason(JOINS, {"works": Works(tuple(k for k in now if k != i)),
                               "period": Period(int(after.clusters.common_start[label]),
                                                int(after.clusters.common_end[label]))})
            )
            digs = int(after.clusters.digs_saved[label])
            if digs:
                parts.append(Reason(ONE_DIG, {"n": digs + 1}))
            days = int(after.clusters.disruption_days_saved[label])
            if days:
                parts.append(Reason(FEWER_DAYS, {"n": days}))
        if not parts:
            parts.append(_why_not_back(scorer, i, after))
        out.append(WorkReason(i, int(starts[i] - planned[i]), parts))
    unavoidable: Dict[int, List[Reason]] = {}
    for kind, a, b in sorted(left):
        for i, other in ((a, b), (b, a)):
            unavoidable.setdefault(i, []).append(Reason(UNAVOIDABLE, {"work": Work(other), "kind": kind}))
    for item in out:
        item.parts.extend(unavoidable.pop(item.index, []))
    for i, parts in sorted(unavoidable.items()):
        out.append(WorkReason(i, 0, parts))
    rank = problem.works.id_rank
    out.sort(key=lambda r: rank[r.index])
    return out


def _why_not_back(scorer, i: int, after: Outcome) -> Reason:
    """Why a work does not stay at its planned dates while the others move: what would go wrong."""
    s = after.starts.tolist()
    s[i] = int(scorer.planned[i])
    for q in scorer.conf[i]:
        if not scorer.cplanned[q] and scorer.holds(q, s):
            other = scorer.cb[q] if scorer.ca[q] == i else scorer.ca[q]
            return Reason(MAKES_ROOM, {"work": Work(other)})
    for group in scorer.components(scorer.region(i, s), s):
        if i in group and scorer.group_value(group, s) is None:
            other = next(k for k in group if k != i)
            return Reason(KEEPS_GROUP, {"work": Work(other)})
    return Reason(BEST_FIT)

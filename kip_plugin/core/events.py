"""What residents experience: works in a period, with combinable works joined into one event.

An event is either one work, or a combination found by the detection engine
(``core.combinations``) among the works in the period: works near each other whose
windows share a day, carried out together. A combined event has one period: it starts
when the earliest of its works was planned to start, but not before all of them may
start (the combination's common start) and, where the common window allows, early
enough to end inside it; it lasts as long as its longest work. On each of its days the
disruption is that of the heaviest work still running, so combining never adds
disruption-days.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
import shapely

from .combinations import detect_combinations
from .rules import Rules
from .spatial import Progress
from .works import Works

# Weight of a day of works per disruption class: a day of medium disruption counts as one disruption-day.
DISRUPTION_WEIGHTS = {"none": 0.0, "low": 0.5, "medium": 1.0, "high": 2.0}


@dataclass
class Event:
    """Works residents see as one: a single work or a combination."""

    key: str  # the work id, or 'combination-' and the first work id of the combination
    members: Tuple[int, ...]  # indices into the works, by work id
    start: int  # day number, first day
    end: int  # day number, last day
    combined: bool

    @property
    def days(self) -> int:
        """Calendar days of the event, both ends included."""
        return self.end - self.start + 1


def in_period(works: Works, start: int, end: int) -> np.ndarray:
    """Indices of the active works that share at least one day with ``start``–``end`` (day numbers)."""
    return np.flatnonzero(works.active & (works.start <= end) & (works.end >= start))


def subset(works: Works, indices: np.ndarray) -> Works:
    """The works at ``indices``, as a Works of their own."""
    return Works(
        ids=works.ids[indices], owners=works.owners[indices], types=works.types[indices],
        start=works.start[indices], end=works.end[indices], window_start=works.window_start[indices],
        window_end=works.window_end[indices], excavation=works.excavation[indices],
        road_closure=works.road_closure[indices], disruption=works.disruption[indices],
        active=works.active[indices], geoms=works.geoms[indices],
        titles=None if works.titles is None else works.titles[indices],
    )


def combined_period(starts: np.ndarray, durations: np.ndarray, common_start: int, common_end: int) -> Tuple[int, int]:
    """First and last day of works carried out together (see the module's description)."""
    longest = int(durations.max())
    latest_start = max(common_start, common_end - longest + 1)
    start = min(max(int(starts.min()), common_start), latest_start)
    return start, start + longest - 1


def make_events(works: Works, rules: Rules, progress: Optional[Progress] = None) -> List[Event]:
    """The events of ``works`` (all of them take part: select the period first), ordered by start and key."""
    events: List[Event] = []
    if len(works) == 0:
        return events
    _pairs, clusters = detect_combinations(works, rules, progress=progress)
    grouped = np.zeros(len(works), dtype=bool)
    for k in range(len(clusters)):
        members = clusters.members(k)
        grouped[members] = True
        start, end = combined_period(
            works.start[members], works.duration[members], int(clusters.common_start[k]), int(clusters.common_end[k])
        )
        key = "combination-" + str(works.ids[members[0]])
        events.append(Event(key, tuple(int(m) for m in members), start, end, True))
    for i in np.flatnonzero(~grouped):
        events.append(Event(str(works.ids[i]), (int(i),), int(works.start[i]), int(works.end[i]), False))
    events.sort(key=lambda e: (e.start, e.key))
    return events


def daily_weights(works: Works, event: Event, members: Optional[Sequence[int]] = None) -> np.ndarray:
    """The disruption weight of each day of ``event``: that of the heaviest work still running.

    The works of a combined event all start on its first day, each running for its own duration.
    With ``members``, only those works of the event count (e.g. the ones in one neighbourhood).
    """
    weights = np.zeros(event.days, dtype=float)
    for i in event.members if members is None else members:
        weight = DISRUPTION_WEIGHTS.get(str(works.disruption[i]), 0.0)
        days = min(int(works.duration[i]), event.days) if event.combined else event.days
        np.maximum(weights[:days], weight, out=weights[:days])
    return weights


def work_weights(works: Works, i: int) -> np.ndarray:
    """The disruption weight of each day of work ``i`` on its own."""
    return np.full(int(works.duration[i]), DISRUPTION_WEIGHTS.get(str(works.disruption[i]), 0.0))


def weighted_days(weights: np.ndarray, first_day: int, start: int, end: int) -> float:
    """The sum of ``weights`` (one per day from ``first_day``) over the days ``start``–``end``."""
    lo = max(start - first_day, 0)
    hi = min(end - first_day + 1, len(weights))
    return float(weights[lo:hi].sum()) if hi > lo else 0.0


def event_geometry(works: Works, event: Event):
    """The area of an event: the union of its works' areas."""
    geoms = works.geoms[list(event.members)]
    return geoms[0] if len(geoms) == 1 else shapely.union_all(geoms)


def events_touching(events: Sequence[Event], works_indices: Sequence[int]) -> List[int]:
    """Indices of the events that hold at least one of ``works_indices``."""
    wanted = set(int(i) for i in works_indices)
    return [k for k, event in enumerate(events) if wanted.intersection(event.members)]

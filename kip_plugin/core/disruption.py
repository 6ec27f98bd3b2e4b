"""Disruption-days per place (a neighbourhood or a street) and year, with and without combining.

A disruption-day is a day of works weighted by its disruption class
(``events.DISRUPTION_WEIGHTS``: low 0.5, medium 1, high 2, none 0). Without combining,
every work in a place counts on its own for each of its days. With combining, works that
the detection joins into one event count once: on each day of the event the heaviest
work still running sets the weight. Only days inside the chosen period count, split over
the calendar years they fall in.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Dict, List, Sequence

import numpy as np

from .events import Event, daily_weights, work_weights, weighted_days
from .works import EPOCH_ORDINAL, Works, to_date



@dataclass
class DisruptionRow:
    """Disruption in one place in one year."""

    place: int  # index of the place
    year: int
    disruption_days: float  # with combining
    disruption_days_without_combining: float
    works: int  # works in the place with at least one day in this year and the period

    @property
    def saved(self) -> float:
        """Disruption-days that combining saves."""
        return self.disruption_days_without_combining - self.disruption_days


def year_bounds(year: int) -> tuple:
    """First and last day number of ``year``."""
    return _dt.date(year, 1, 1).toordinal() - EPOCH_ORDINAL, _dt.date(year, 12, 31).toordinal() - EPOCH_ORDINAL


def years_of(start: int, end: int) -> List[int]:
    """The calendar years the days ``start``–``end`` fall in."""
    return list(range(to_date(start).year, to_date(end).year + 1))


def disruption_by_place(
    works: Works,
    events: Sequence[Event],
    works_of_place: Sequence[Sequence[int]],
    start: int,
    end: int,
) -> List[DisruptionRow]:
    """One row per place and year of the period ``start``–``end`` (day numbers), places in order.

    ``works_of_place[p]`` lists the works (indices) in place ``p``; an event counts in a
    place with those of its works that lie there.
    """
    event_of: Dict[int, int] = {m: k for k, e in enumerate(events) for m in e.members}
    event_weights: Dict[tuple, np.ndarray] = {}
    alone_weights: Dict[int, np.ndarray] = {}
    rows: List[DisruptionRow] = []
    years = years_of(start, end)
    for place, members in enumerate(works_of_place):
        members = [int(i) for i in members]
        here: Dict[int, List[int]] = {}
        for i in members:
            if i in event_of:
                here.setdefault(event_of[i], []).append(i)
        placed = []
        for k, inside in sorted(here.items()):
            key = (k, tuple(inside))
            if key not in event_weights:
                whole = len(inside) == len(events[k].members)
                event_weights[key] = daily_weights(works, events[k], None if whole else inside)
            placed.append((events[k].start, event_weights[key]))
        for year in years:
            first, last = year_bounds(year)
            lo, hi = max(first, start), min(last, end)
            alone = 0.0
            count = 0
            for i in members:
                if works.start[i] > hi or works.end[i] < lo:
                    continue
                count += 1
                if i not in alone_weights:
                    alone_weights[i] = work_weights(works, i)
                alone += weighted_days(alone_weights[i], int(works.start[i]), lo, hi)
            together = sum(weighted_days(weights, first_day, lo, hi) for first_day, weights in placed)
            rows.append(DisruptionRow(place, year, round(together, 1), round(alone, 1), count))
    return rows


def event_disruption_days(works: Works, event: Event) -> float:
    """The disruption-days of one event over its whole period."""
    return float(daily_weights(works, event).sum())


def works_disruption_days(works: Works, members: Sequence[int]) -> float:
    """The disruption-days of works each on its own, over their whole periods."""
    return float(sum(work_weights(works, int(i)).sum() for i in members))

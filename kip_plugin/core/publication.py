"""Everything a publication for residents shows: the works in a period, as events, per street and neighbourhood."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from . import streets as ST
from .disruption import DisruptionRow, disruption_by_place
from .events import Event, event_geometry, in_period, make_events, subset
from .public import PublicWork, highest_disruption
from .rules import Rules
from .spatial import Progress
from .works import Works


@dataclass
class Publication:
    """The works of a period (indices below refer to ``works`` and ``public``), their events and places."""

    works: Works
    public: List[PublicWork]
    events: List[Event]
    start: int  # day numbers of the period
    end: int
    streets: List[ST.Street] = field(default_factory=list)
    street_works: List[List[int]] = field(default_factory=list)
    area_names: List[str] = field(default_factory=list)
    area_geoms: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=object))
    area_works: List[List[int]] = field(default_factory=list)
    area_slugs: List[str] = field(default_factory=list)
    _event_of: Dict[int, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._event_of = {m: k for k, e in enumerate(self.events) for m in e.members}

    def event_of(self, work: int) -> int:
        """The event a work belongs to."""
        return self._event_of[work]

    def events_of(self, work_indices: Sequence[int]) -> List[int]:
        """The events of some works, each once, in the order of the events."""
        return sorted({self._event_of[int(i)] for i in work_indices})

    def event_geometry(self, k: int):
        """The area of event ``k``."""
        return event_geometry(self.works, self.events[k])

    def event_disruption(self, k: int) -> str:
        """The highest disruption class of the works of event ``k``."""
        return highest_disruption([self.public[i].disruption for i in self.events[k].members])

    def event_streets(self) -> List[List[int]]:
        """For each event, the streets (indices) it concerns."""
        result: List[List[int]] = [[] for _ in self.events]
        for s, members in enumerate(self.street_works):
            for k in self.events_of(members):
                result[k].append(s)
        return result

    def event_areas(self) -> List[List[int]]:
        """For each event, the neighbourhoods (indices) it lies in."""
        result: List[List[int]] = [[] for _ in self.events]
        for a, members in enumerate(self.area_works):
            for k in self.events_of(members):
                result[k].append(a)
        return result

    def area_disruption(self) -> List[DisruptionRow]:
        """Disruption-days per neighbourhood and year."""
        return disruption_by_place(self.works, self.events, self.area_works, self.start, self.end)

    def street_disruption(self, streets: Optional[Sequence[int]] = None) -> List[DisruptionRow]:
        """Disruption-days per street (all, or the ``streets`` given) and year; ``place`` indexes ``streets``."""
        chosen = range(len(self.streets)) if streets is None else streets
        return disruption_by_place(self.works, self.events, [self.street_works[s] for s in chosen], self.start, self.end)

    def streets_with_works(self) -> List[int]:
        """Indices of the streets that have works in the period, by label."""
        found = [s for s, members in enumerate(self.street_works) if members]
        return sorted(found, key=lambda s: self.streets[s].label.lower())


def make_publication(
    works: Works,
    public: Sequence[PublicWork],
    rules: Rules,
    start: int,
    end: int,
    street_names: Sequence[str] = (),
    street_geoms: Optional[np.ndarray] = None,
    area_names: Sequence[str] = (),
    area_geoms: Optional[np.ndarray] = None,
    progress: Optional[Progress] = None,
) -> Publication:
    """The publication of the works active in ``start``–``end`` (day numbers); streets and areas are optional."""
    chosen = in_period(works, start, end)
    period_works = subset(works, chosen)
    period_public = [public[int(i)] for i in chosen]
    events = make_events(period_works, rules, progress)
    area_geoms = np.asarray(area_geoms if area_geoms is not None else [], dtype=object)
    streets = ST.group_sections(street_names, street_geoms if street_geoms is not None else np.zeros(0, dtype=object))
    ST.place_streets(streets, list(area_names), area_geoms)
    publication = Publication(
        works=period_works,
        public=period_public,
        events=events,
        start=int(start),
        end=int(end),
        streets=streets,
        street_works=ST.works_of_streets(streets, period_works.geoms),
        area_names=[str(n) for n in area_names],
        area_geoms=area_geoms,
        area_works=ST.works_of_areas(area_geoms, period_works.geoms),
        area_slugs=ST.unique_slugs([str(n) for n in area_names]),
    )
    return publication

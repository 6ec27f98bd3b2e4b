"""How busy the subsurface of each street section is: planned cable and pipe works, and the cables already there.

Per street section (a polygon of the street surface):

- the cable and pipe works planned in the period that reach into it: how many, their
  metres in the section, and their operators. A work area is long and narrow; its metres
  in the section are the length of the rectangle with the same area and perimeter as the
  part inside the section;
- when cables and pipes of KLIC deliveries are known: their metres in the section per m²
  of street (a cable bed counts each cable it holds), and their operators.

The congestion class follows from thresholds in the rule file: a section is *high*
(crowded) when any high threshold is reached, else *medium* when any medium threshold is.
A digging work that reaches into a crowded section gets a warning.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Union

import numpy as np
import shapely

from ..paths import resources_dir
from . import schema as S
from .assets import load_json_rules
from .errors import KipError
from .schema import QT_TRANSLATE_NOOP
from .works import NO_DATE, Works

SUBSURFACE_RULES_FILE_NAME = "subsurface_rules.json"
LOW, MEDIUM, HIGH = "low", "medium", "high"
MEASURES = ("links_per_m2", "works", "operators")


@dataclass(frozen=True)
class SubsurfaceRules:
    """Which works are cable and pipe works, and when a street counts as busy or crowded."""

    cable_pipe_types: FrozenSet[str]
    medium: Dict[str, float]
    high: Dict[str, float]
    source: str = ""


def shipped_subsurface_rules_path() -> Path:
    """The subsurface rule file that ships with KIP."""
    return resources_dir() / SUBSURFACE_RULES_FILE_NAME


def subsurface_rules_from_dict(data: Dict, source: str = "") -> SubsurfaceRules:
    """Subsurface rules from the content of a rule file."""
    types = data.get("cable_pipe_types")
    if not isinstance(types, list) or not set(types) <= set(S.WORK_TYPES):
        unknown = sorted(set(types or []) - set(S.WORK_TYPES)) if isinstance(types, list) else ["?"]
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown work type '{type}' in '{key}'."),
                          source=source, type=unknown[0] if unknown else "?", key="cable_pipe_types")
    classes = data.get("classes") or {}
    thresholds = {}
    for level in (MEDIUM, HIGH):
        table = classes.get(level)
        if not isinstance(table, dict):
            raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be an object."),
                              source=source, key=f"classes.{level}")
        for key, value in table.items():
            if key not in MEASURES or isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise KipError(QT_TRANSLATE_NOOP(
                    "@default", "The rule file '{source}': '{key}' must be a number above 0, and one of: {measures}."),
                    source=source, key=f"classes.{level}.{key}", measures=", ".join(MEASURES))
        thresholds[level] = {k: float(v) for k, v in table.items()}
    return SubsurfaceRules(frozenset(types), thresholds[MEDIUM], thresholds[HIGH], source)


def load_subsurface_rules(path: Optional[Union[str, Path]] = None) -> SubsurfaceRules:
    """The subsurface rules of ``path`` (keys it lacks keep the shipped values), or the shipped rules."""
    data, source = load_json_rules(shipped_subsurface_rules_path(), path)
    return subsurface_rules_from_dict(data, source)


@dataclass
class Streets:
    """Street sections: polygons of the street surface."""

    ids: np.ndarray
    names: np.ndarray
    geoms: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


@dataclass
class CableLinks:
    """Cables and pipes already in the ground (routes of KLIC deliveries)."""

    geoms: np.ndarray
    operators: np.ndarray  # str
    networks: np.ndarray  # str
    cables: np.ndarray  # int: cables along the route

    def __len__(self) -> int:
        return len(self.geoms)


@dataclass
class Congestion:
    """Per street section."""

    area_m2: np.ndarray
    n_works: np.ndarray
    works_m: np.ndarray
    work_operators: List[List[str]]
    links_m: np.ndarray
    link_operators: List[List[str]]
    networks: List[List[str]]
    level: np.ndarray  # LOW, MEDIUM, HIGH
    work_ids: List[List[int]]  # the cable and pipe works of each section (indices into the works)

    @property
    def links_per_m2(self) -> np.ndarray:
        """Metres of cables and pipes per m² of street."""
        return np.where(self.area_m2 > 0, self.links_m / np.maximum(self.area_m2, 1e-9), 0.0)


def rectangle_length(geometry) -> float:
    """Length of the rectangles with the area and perimeter of each part of ``geometry`` (summed).

    A rectangle of length L and width w has area A = L·w and perimeter P = 2(L + w), so
    L = (P/2 + √(P²/4 − 4A)) / 2. For a part rounder than a square the root is taken as 0.
    """
    total = 0.0
    for part in shapely.get_parts(geometry):
        area, perimeter = shapely.area(part), shapely.length(part)
        if area <= 0:
            continue
        half = perimeter / 2.0
        total += (half + math.sqrt(max(half * half - 4.0 * area, 0.0))) / 2.0
    return total


def in_period(works: Works, start: int = NO_DATE, end: int = NO_DATE) -> np.ndarray:
    """Active works whose planned period overlaps ``start``–``end`` (either may be NO_DATE: open)."""
    low = np.iinfo(np.int64).min if start == NO_DATE else start
    high = np.iinfo(np.int64).max if end == NO_DATE else end
    return works.active & (works.start <= high) & (works.end >= low)


def _pairs(geoms_a: np.ndarray, geoms_b: np.ndarray):
    if not len(geoms_a) or not len(geoms_b):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    tree = shapely.STRtree(geoms_b)
    i, j = tree.query(geoms_a, predicate="intersects")
    return i.astype(np.int64), j.astype(np.int64)


def level_of(rules: SubsurfaceRules, links_per_m2: float, works: int, operators: int) -> str:
    """The congestion class of one street section."""
    values = {"links_per_m2": links_per_m2, "works": works, "operators": operators}
    if any(values[key] >= threshold for key, threshold in rules.high.items()):
        return HIGH
    if any(values[key] >= threshold for key, threshold in rules.medium.items()):
        return MEDIUM
    return LOW


def congestion(
    works: Works,
    streets: Streets,
    links: Optional[CableLinks],
    rules: SubsurfaceRules,
    start: int = NO_DATE,
    end: int = NO_DATE,
) -> Congestion:
    """The subsurface of each street section (see the module's text)."""
    n = len(streets)
    candidates = np.flatnonzero(in_period(works, start, end) & np.isin(works.types, list(rules.cable_pipe_types)))
    s, w = _pairs(streets.geoms, works.geoms[candidates])
    w = candidates[w]
    parts = shapely.intersection(works.geoms[w], streets.geoms[s]) if len(s) else np.zeros(0, dtype=object)
    n_works = np.zeros(n, dtype=np.int64)
    works_m = np.zeros(n)
    work_operators: List[set] = [set() for _ in range(n)]
    work_ids: List[List[int]] = [[] for _ in range(n)]
    for street, work, part in zip(s.tolist(), w.tolist(), parts):
        length = rectangle_length(part)
        if length <= 0:
            continue  # the work only touches the section
        n_works[street] += 1
        works_m[street] += length
        work_operators[street].add(str(works.owners[work]))
        work_ids[street].append(work)
    links_m = np.zeros(n)
    link_operators: List[set] = [set() for _ in range(n)]
    networks: List[set] = [set() for _ in range(n)]
    if links is not None and len(links):
        s, k = _pairs(streets.geoms, links.geoms)
        inside = shapely.length(shapely.intersection(links.geoms[k], streets.geoms[s])) if len(s) else np.zeros(0)
        for street, link, length in zip(s.tolist(), k.tolist(), inside.tolist()):
            if length <= 0:
                continue
            links_m[street] += length * int(links.cables[link])
            link_operators[street].add(str(links.operators[link]))
            networks[street].add(str(links.networks[link]))
    area = shapely.area(streets.geoms)
    per_m2 = np.where(area > 0, links_m / np.maximum(area, 1e-9), 0.0)
    level = np.array([level_of(rules, per_m2[i], int(n_works[i]), len(work_operators[i])) for i in range(n)], dtype=object)
    return Congestion(
        area_m2=area, n_works=n_works, works_m=works_m, work_operators=[sorted(x) for x in work_operators],
        links_m=links_m, link_operators=[sorted(x) for x in link_operators], networks=[sorted(x) for x in networks],
        level=level, work_ids=work_ids,
    )


def crowded_trenches(works: Works, digs: np.ndarray, streets: Streets, result: Congestion, rules: SubsurfaceRules,
                     start: int = NO_DATE, end: int = NO_DATE):
    """(work, street) pairs of digging works in the period that reach into a street section already crowded.

    "Already": the section is crowded by its cables and the other planned works, the
    work itself not counted.
    """
    candidates = np.flatnonzero(in_period(works, start, end) & digs)
    if not len(candidates) or not len(streets):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    i, j = _pairs(works.geoms[candidates], streets.geoms)
    w, s = candidates[i], j
    inside = shapely.area(shapely.intersection(works.geoms[w], streets.geoms[s])) > 0
    w, s = w[inside], s[inside]
    per_m2 = result.links_per_m2
    keep = np.zeros(len(w), dtype=bool)
    for k, (work, street) in enumerate(zip(w.tolist(), s.tolist())):
        others = [o for o in result.work_ids[street] if o != work]
        operators = {str(works.owners[o]) for o in others}
        keep[k] = level_of(rules, float(per_m2[street]), len(others), len(operators)) == HIGH
    return w[keep], s[keep]

"""Streets from road sections, and which works and neighbourhoods concern each street.

A street is a set of road sections (e.g. BGT or NWB sections) with the same name that
touch or nearly touch each other: the same name in two villages of a municipality makes
two streets. A work concerns a street when the street runs at least ``ALONG_M`` metres
through the work's area (grown by ``REACH_M``), or when it is the street the work
touches most: a sewer along the Kerkstraat concerns the Kerkstraat, not every side
street it crosses.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Sequence

import numpy as np
import shapely

from .combinations import components

# Sections of the same name at most this far apart belong to one street (metres).
JOIN_M = 25.0
# How far beyond its area a work is still felt in the street (metres).
REACH_M = 5.0
# A work concerns a street that runs at least this far through its (grown) area (metres).
ALONG_M = 30.0


@dataclass
class Street:
    """A named street, possibly made of several road sections."""

    name: str
    geometry: object  # shapely (Multi)LineString in the works' metric CRS
    sections: List[int] = field(default_factory=list)  # indices of the road sections
    area: str = ""  # the neighbourhood it lies in most, when neighbourhoods are given
    label: str = ""  # the name, with the neighbourhood or a number when names repeat
    slug: str = ""  # a file name for the street's pages, unique


def slugify(text: str) -> str:
    """A lower-case ASCII name for files and addresses: 'Prins Bernhardlaan' -> 'prins-bernhardlaan'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def unique_slugs(texts: Sequence[str]) -> List[str]:
    """Slugs of ``texts``, numbered where two would be the same."""
    seen: Dict[str, int] = {}
    result = []
    for text in texts:
        slug = slugify(text)
        if slug in seen:
            seen[slug] += 1
            slug = f"{slug}-{seen[slug]}"
        else:
            seen[slug] = 1
        result.append(slug)
    return result


def group_sections(names: Sequence[str], geoms: np.ndarray, join: float = JOIN_M) -> List[Street]:
    """Streets from road sections: same name and connected within ``join`` metres; ordered by name."""
    names = [str(n).strip() for n in names]
    geoms = np.asarray(geoms, dtype=object)
    streets: List[Street] = []
    by_name: Dict[str, List[int]] = {}
    for i, name in enumerate(names):
        if name and geoms[i] is not None and not shapely.is_empty(geoms[i]):
            by_name.setdefault(name, []).append(i)
    for name in sorted(by_name, key=str.lower):
        members = np.array(by_name[name], dtype=np.int64)
        parts = geoms[members]
        if len(members) == 1:
            roots = np.zeros(1, dtype=np.int64)
        else:
            tree = shapely.STRtree(parts)
            a, b = tree.query(parts, predicate="dwithin", distance=join)
            keep = a < b
            roots = components(len(members), a[keep], b[keep])
        for root in np.unique(roots):
            chosen = members[roots == root]
            geometry = shapely.line_merge(shapely.union_all(geoms[chosen]))
            streets.append(Street(name, geometry, [int(i) for i in chosen]))
    return streets


def place_streets(streets: Sequence[Street], area_names: Sequence[str], area_geoms: np.ndarray) -> None:
    """Give each street its neighbourhood (where most of it lies), a unique label and a slug."""
    area_geoms = np.asarray(area_geoms, dtype=object)
    for street in streets:
        street.area = ""
    if len(area_geoms):
        tree = shapely.STRtree(area_geoms)
        for street in streets:
            candidates = tree.query(street.geometry, predicate="intersects")
            if len(candidates):
                lengths = shapely.length(shapely.intersection(street.geometry, area_geoms[candidates]))
                street.area = str(area_names[int(candidates[int(np.argmax(lengths))])])
    repeated = Counter(street.name for street in streets)
    for street in streets:
        with_area = repeated[street.name] > 1 and street.area
        street.label = f"{street.name} ({street.area})" if with_area else street.name
    still = Counter(street.label for street in streets)
    number: Dict[str, int] = {}
    for street in streets:
        if still[street.label] > 1:
            number[street.label] = number.get(street.label, 0) + 1
            street.label = f"{street.label} [{number[street.label]}]"
    for street, slug in zip(streets, unique_slugs([s.label for s in streets])):
        street.slug = slug


def works_of_streets(
    streets: Sequence[Street], work_geoms: np.ndarray, reach: float = REACH_M, along: float = ALONG_M
) -> List[List[int]]:
    """For each street, the works (indices into ``work_geoms``) that concern it, in index order."""
    result: List[List[int]] = [[] for _ in streets]
    work_geoms = np.asarray(work_geoms, dtype=object)
    if not len(streets) or not len(work_geoms):
        return result
    lines = np.array([s.geometry for s in streets], dtype=object)
    tree = shapely.STRtree(lines)
    grown = shapely.buffer(work_geoms, reach, quad_segs=4)
    w, s = tree.query(grown, predicate="intersects")
    if not len(w):
        return result
    lengths = shapely.length(shapely.intersection(lines[s], grown[w]))
    best = np.full(len(work_geoms), -1.0)
    np.maximum.at(best, w, lengths)
    chosen = (lengths >= along) | ((lengths >= best[w]) & (lengths > 0))
    for work, street in sorted(zip(w[chosen].tolist(), s[chosen].tolist())):
        result[street].append(work)
    return result


def works_of_areas(area_geoms: np.ndarray, work_geoms: np.ndarray) -> List[List[int]]:
    """For each area, the works (indices) whose area overlaps it, in index order."""
    area_geoms = np.asarray(area_geoms, dtype=object)
    result: List[List[int]] = [[] for _ in range(len(area_geoms))]
    work_geoms = np.asarray(work_geoms, dtype=object)
    if not len(area_geoms) or not len(work_geoms):
        return result
    tree = shapely.STRtree(work_geoms)
    a, w = tree.query(area_geoms, predicate="intersects")
    for area, work in sorted(zip(a.tolist(), w.tolist())):
        result[area].append(work)
    return result


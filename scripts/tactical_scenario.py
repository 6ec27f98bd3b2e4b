"""The tactical layer of the Ede demo: road sections, sewer pipes, two theme areas and a small utility network.

Seeded and pure Python (shapely): the streets are the demo's own streets (the same seed
gives the same streets), and the neighbourhoods are chosen by the planned works of the demo
store, so that every signal of KIP's tactical algorithms shows: assets due for renewal under
planned digs, works serving, missing and going against a theme, and crowded streets.
"""
from __future__ import annotations

import math
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

from shapely.geometry import LineString, Polygon
from shapely.ops import substring

from demo_scenario import Street, make_streets

ACTIVE = ("idea", "planned", "preparation", "execution")
DIGGING = ("road_reconstruction", "sewer", "water_main", "gas", "electricity", "telecom", "district_heating", "lighting")
STREET_HALF_WIDTH = 5.0  # m: a street of 10 m from front garden to front garden
MANHOLE_SPACING = (55.0, 85.0)  # m between the manholes that end a sewer pipe
CONDITIONS = (1, 2, 3, 4, 5, 6)
CONDITION_WEIGHTS = (10, 25, 30, 20, 10, 5)

# The operators of the utility network (fictitious source codes; the demo's partners by name).
OPERATORS = {"KL9901": "Liander", "KL9902": "Vitens", "KL9903": "Glasvezel Ede"}
# (network id suffix, IMKL feature, theme, operator, offset from the street's centre line in m, share of streets)
NETWORKS = (
    ("ls", "Elektriciteitskabel", "laagspanning", "KL9901", -3.5, 1.0),
    ("ms", "Elektriciteitskabel", "middenspanning", "KL9901", -2.5, 0.35),
    ("gld", "OlieGasChemicalienPijpleiding", "gasLageDruk", "KL9901", 3.0, 0.85),
    ("wa", "Waterleiding", "water", "KL9902", 3.8, 0.9),
    ("dt", "Kabelbed", "datatransport", "KL9903", -4.3, 0.6),
)


@dataclass
class RoadSection:
    section_id: str
    street: str
    surface: str
    year_laid: int
    last_maintenance: int
    preventive: bool
    condition: int
    geometry: Polygon


@dataclass
class SewerPipe:
    pipe_id: str
    street: str
    material: str
    year_laid: int
    diameter_mm: int
    geometry: LineString


@dataclass
class ThemeArea:
    theme: str
    name: str
    goal: str
    start: str
    end: str
    off_gas_year: int
    geometry: Polygon


@dataclass
class Route:
    """One cable or pipe along a street: an IMKL cable feature with its one route."""

    network: str  # suffix of the network it belongs to
    feature: str
    theme: str
    operator: str
    cables: int
    geometry: LineString


@dataclass
class TacticalDemo:
    roads: List[RoadSection] = field(default_factory=list)
    sewers: List[SewerPipe] = field(default_factory=list)
    areas: List[ThemeArea] = field(default_factory=list)
    routes: List[Route] = field(default_factory=list)
    focus: List[str] = field(default_factory=list)


def neighbourhood_counts(buurten, works) -> Dict[str, Counter]:
    """Per neighbourhood: its active planned works by type (a work counts where its centre lies)."""
    counts: Dict[str, Counter] = {name: Counter() for name, _ in buurten}
    for work_type, status, geometry in works:
        if status not in ACTIVE:
            continue
        centre = geometry.centroid
        for name, polygon in buurten:
            if polygon.contains(centre):
                counts[name][work_type] += 1
                counts[name]["all"] += 1
                break
    return counts


def _sections(street: Street, rng: random.Random, number: int) -> RoadSection:
    polygon = street.line.buffer(STREET_HALF_WIDTH, cap_style="flat")
    surface = "asphalt" if street.line.length > 300 or rng.random() < 0.3 else "clinkers"
    laid = rng.randint(1988, 2021)
    maintained = laid + rng.randint(8, 15) if surface == "asphalt" and rng.random() < 0.3 else 0
    return RoadSection(
        section_id=f"WV-{number:04d}", street=street.name, surface=surface, year_laid=laid,
        last_maintenance=maintained if 0 < maintained <= 2025 else 0, preventive=rng.random() < 0.15,
        condition=rng.choices(CONDITIONS, CONDITION_WEIGHTS)[0], geometry=polygon,
    )


def _pipes(street: Street, rng: random.Random, first: int) -> List[SewerPipe]:
    laid = rng.randint(1955, 2015)
    material = rng.choice(["concrete", "vitrified_clay"]) if laid < 1978 else rng.choice(["pvc", "concrete"])
    diameter = rng.choice([300, 300, 400, 500])
    pipes, position, number = [], 0.0, first
    length = street.line.length
    while position < length - 1:
        step = min(rng.uniform(*MANHOLE_SPACING), length - position)
        part = substring(street.line, position, position + step)
        pipes.append(SewerPipe(f"RS-{number:05d}", street.name, material, laid, diameter, part))
        number += 1
        position += step
    return pipes


def _routes(street: Street, rng: random.Random) -> List[Route]:
    routes = []
    for suffix, feature, theme, operator, offset, share in NETWORKS:
        if rng.random() >= share:
            continue
        line = street.line.offset_curve(offset)
        if line.is_empty or line.length < 10:
            continue
        cables = rng.randint(2, 7) if feature == "Kabelbed" else 1
        routes.append(Route(suffix, feature, theme, operator, cables, line))
    return routes


def build(buurten, works, seed: int = 228) -> TacticalDemo:
    """The whole tactical demo for ``seed``; ``works`` are (work_type, status, shapely geometry)."""
    streets = make_streets(buurten, random.Random(seed))  # the demo's streets, as make_demo_data.py made them
    rng = random.Random(seed + 13)
    counts = neighbourhood_counts(buurten, works)
    focus = [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1]["all"], kv[0]))[:4]]
    polygons = dict(buurten)
    heat = max(focus, key=lambda n: (counts[n]["gas"], n))
    flood = max((n for n in focus if n != heat),
                key=lambda n: (counts[n]["road_reconstruction"] + counts[n]["sewer"], n))
    demo = TacticalDemo(focus=focus)
    demo.areas = [
        ThemeArea("climate_adaptation", f"Wateroverlast {flood}", "Geen water in huizen bij een bui van 70 mm in een uur",
                  "2026-01-01", "2030-12-31", 0, polygons[flood]),
        ThemeArea("heat_transition", f"{heat} aardgasvrij", "In 2035 van het aardgas af; warmtenet in de hoofdstraten",
                  "2026-01-01", "2035-12-31", 2035, polygons[heat]),
    ]
    mine = [s for s in streets if s.buurt in focus]
    for number, street in enumerate(mine, start=1):
        demo.roads.append(_sections(street, rng, number))
        demo.sewers.extend(_pipes(street, rng, len(demo.sewers) + 1))
        if street.buurt in (flood, heat):
            demo.routes.extend(_routes(street, rng))
    return demo


def bounds_of(demo: TacticalDemo) -> Tuple[float, float, float, float]:
    """The box around the utility network (for the IMKL file's envelope)."""
    xs, ys = [], []
    for route in demo.routes:
        minx, miny, maxx, maxy = route.geometry.bounds
        xs += [minx, maxx]
        ys += [miny, maxy]
    return (math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys))) if xs else (0, 0, 0, 0)

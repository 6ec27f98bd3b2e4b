"""A seeded, realistic planning scenario for Ede: works of every party over 2026-2030.

Pure Python and shapely: the streets are generated inside Ede's real neighbourhoods (a
rotated street grid per neighbourhood, a few long roads in the countryside), the works are
laid along and between them with the shapes real plans have, and on purpose some works can
be combined and some conflict. ``make_demo_data.py`` writes the result into a KIP store.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import substring

REFERENCE_DAY = dt.date(2026, 11, 1)  # statuses are set as seen on this day
FIRST_DAY = dt.date(2026, 1, 5)
LAST_START = dt.date(2030, 6, 30)
UPDATED_AT = dt.datetime(2026, 11, 1, 9, 0, 0)

STREET_NAMES = (
    "Kerkstraat", "Molenstraat", "Stationsweg", "Dorpsstraat", "Schoolstraat", "Beukenlaan", "Eikenlaan",
    "Lindelaan", "Parkweg", "Bergweg", "Heideweg", "Zandlaan", "Bosweg", "Veldweg", "Kastanjelaan",
    "Julianastraat", "Beatrixlaan", "Wilhelminaweg", "Prins Bernhardlaan", "Oranjestraat", "Nassaulaan",
    "Marktstraat", "Torenstraat", "Brinkweg", "Akkerweg", "Esdoornlaan", "Berkenweg", "Wilgenlaan",
    "Populierenlaan", "Acacialaan", "Meidoornweg", "Vlierstraat", "Hazelaarweg", "Dennenweg",
    "Valkenweg", "Merelstraat", "Lijsterweg", "Zwaluwstraat", "Spechtlaan", "Uilenweg", "Reigerstraat",
    "Tulpstraat", "Rozenlaan", "Lelieweg", "Narcisstraat", "Irisweg", "Seringenlaan", "Klaverweg",
    "Rembrandtlaan", "Vermeerstraat", "Frans Halsweg", "Mozartlaan", "Beethovenstraat", "Chopinweg",
    "Ambachtsweg", "Handelsweg", "Industrieweg", "Spoorlaan", "Vijverlaan", "Beekweg", "Slotlaan",
    "Hoflaan", "Burgemeester Visserweg", "Kapelweg", "Enghweg", "Hakweg", "Schaapsweg", "Verlengde Weg",
)

# The shape and planning habits of each type of work.
# type: (duration days (min, max), half width m, excavation, closure chance, disruption, budget)
TYPE_HABITS: Dict[str, Tuple[Tuple[int, int], float, bool, float, str, Optional[str]]] = {
    "sewer": ((60, 180), 2.5, True, 0.5, "high", "maintenance"),
    "road_resurfacing": ((10, 40), 5.0, False, 0.4, "medium", "maintenance"),
    "road_reconstruction": ((90, 270), 8.0, True, 0.7, "high", "project"),
    "water_main": ((30, 120), 1.5, True, 0.15, "medium", None),
    "electricity": ((30, 180), 1.0, True, 0.1, "medium", None),
    "gas": ((30, 120), 1.0, True, 0.1, "medium", None),
    "district_heating": ((120, 360), 1.5, True, 0.4, "high", "project"),
    "lighting": ((14, 60), 1.0, True, 0.0, "low", "maintenance"),
    "green": ((20, 90), 6.0, False, 0.0, "low", "maintenance"),
    "traffic_measure": ((7, 60), 6.0, False, 0.25, "medium", "project"),
    "building_project": ((360, 900), 0.0, False, 0.1, "medium", "project"),
    "event": ((1, 4), 0.0, False, 1.0, "high", None),
    "resident_initiative": ((7, 45), 0.0, False, 0.0, "low", None),
}

TITLES = {
    "sewer": ("Vervanging riolering {s}", "Afkoppelen hemelwater {s}", "Relining riool {s}"),
    "road_resurfacing": ("Nieuwe deklaag {s}", "Groot onderhoud asfalt {s}", "Herstraten {s}"),
    "road_reconstruction": ("Herinrichting {s}", "Reconstructie {s}"),
    "water_main": ("Vervanging waterleiding {s}", "Nieuwe hoofdwaterleiding {s}"),
    "electricity": ("Netverzwaring middenspanning {s}", "Nieuwe laagspanningskabel {s}", "Kabels voor laadpalen {s}"),
    "gas": ("Vervanging gasleiding {s}", "Saneren gasleiding {s}"),
    "district_heating": ("Aanleg warmtenet {b}", "Warmtenet {b}, tracé {s}"),
    "lighting": ("LED-verlichting {s}", "Vervanging lichtmasten {s}"),
    "green": ("Herplant bomen {s}", "Vergroening {b}", "Wadi en regenwaterberging {b}"),
    "traffic_measure": ("30 km-zone {s}", "Fietsstraat {s}", "Veiliger kruispunt {s}", "Parkeervakken {s}"),
    "building_project": ("Woningbouw {b}", "Nieuwbouw {b} fase {n}", "Transformatie kantoren {b}"),
    "event": ("Kermis {b}", "Braderie {s}", "Koningsdag {b}", "Avondvierdaagse {b}", "Zomerfestival {b}"),
    "resident_initiative": ("Geveltuinen {s}", "Buurtmoestuin {b}", "Speelplek {b}", "Pluktuin {b}"),
}

DESCRIPTIONS = {
    "sewer": "Vervangen van het gemengde riool door een gescheiden stelsel; de straat gaat open.",
    "road_resurfacing": "Frezen en opnieuw asfalteren of straten van de rijbaan.",
    "road_reconstruction": "Volledige herinrichting van de straat: rijbaan, trottoirs, parkeren en groen.",
    "water_main": "Vervangen van de drinkwaterleiding in het trottoir.",
    "electricity": "Leggen van nieuwe elektriciteitskabels voor de energietransitie.",
    "gas": "Vervangen van verouderde gasleidingen.",
    "district_heating": "Aanleg van transport- en distributieleidingen van het warmtenet.",
    "lighting": "Vervangen van masten en armaturen door LED-verlichting.",
    "green": "Aanplant en onderhoud van bomen en groen, ook voor klimaatadaptatie.",
    "traffic_measure": "Aanpassing van de weg voor veiligheid en doorstroming.",
    "building_project": "Bouwproject met bouwverkeer en bouwterrein.",
    "event": "Evenement in de openbare ruimte; de weg is afgesloten.",
    "resident_initiative": "Initiatief van bewoners in hun eigen straat of buurt.",
}

# How many works each party plans at random, by type.
PARTY_PLANS: Dict[str, Dict[str, int]] = {
    "programmering": {"road_resurfacing": 26, "road_reconstruction": 14},
    "wijkbeheer": {"road_resurfacing": 14, "lighting": 20, "green": 8},
    "riolering": {"sewer": 44},
    "groen": {"green": 32},
    "verkeer": {"traffic_measure": 28, "event": 12},
    "ruimtelijke_projecten": {"building_project": 16, "district_heating": 8},
    "liander": {"electricity": 42, "gas": 18},
    "vitens": {"water_main": 32},
    "woonstede": {"building_project": 16},
    "bewoners": {"resident_initiative": 24},
}

ID_PREFIX = {
    "programmering": "PRG", "wijkbeheer": "WKB", "riolering": "GRP", "groen": "GRN", "verkeer": "VRK",
    "ruimtelijke_projecten": "RPR", "liander": "LIA", "vitens": "VIT", "woonstede": "WST", "bewoners": "BWI",
}

CONTACTS = {
    "programmering": "Team Programmering, Gemeente Ede", "wijkbeheer": "Wijkbeheerder, Gemeente Ede",
    "riolering": "Team Water en Riolering, Gemeente Ede", "groen": "Team Groen, Gemeente Ede",
    "verkeer": "Team Verkeer, Gemeente Ede", "ruimtelijke_projecten": "Projectbureau, Gemeente Ede",
    "liander": "Liander, omgevingsmanager Ede", "vitens": "Vitens, projectleider Gelderse Vallei",
    "woonstede": "Woonstede, projectteam", "bewoners": "Bewonerscommissie",
}


# The strategic themes a kind of work serves by what it is (chosen by title, without drawing at random,
# so that the works of the demo stay the same whatever themes they get).
THEMES_BY_TITLE = {
    "Afkoppelen hemelwater {s}": "climate_adaptation",
    "Wadi en regenwaterberging {b}": "climate_adaptation,greening",
    "Vergroening {b}": "greening",
    "Herplant bomen {s}": "greening",
    "Fietsstraat {s}": "mobility",
    "Aanleg warmtenet {b}": "heat_transition",
    "Warmtenet {b}, tracé {s}": "heat_transition",
}


def themes_for(work_type: str, title_template: str) -> str:
    """The themes (codes separated by commas) a planned work carries in the demo."""
    return THEMES_BY_TITLE.get(title_template, "")


@dataclass
class Street:
    """A generated street: its line, name and neighbourhood."""

    line: LineString
    name: str
    buurt: str
    urban: bool


@dataclass
class Work:
    """One planned work, in the schema's field names."""

    attrs: Dict[str, object]
    geometry: MultiPolygon
    tags: List[str] = field(default_factory=list)  # which deliberate case it belongs to


def _grid(poly: Polygon, rng: random.Random, spacing: float) -> List[LineString]:
    """A street grid over ``poly``, rotated at random, clipped to it."""
    cx, cy = poly.centroid.x, poly.centroid.y
    minx, miny, maxx, maxy = poly.bounds
    radius = math.hypot(maxx - minx, maxy - miny)
    angle = rng.uniform(0, 90)
    lines = []
    offset = rng.uniform(0, spacing)
    k = -radius + offset
    while k < radius:
        for vertical in (False, True):
            line = LineString([(cx - radius, cy + k), (cx + radius, cy + k)])
            if vertical:
                line = affinity.rotate(line, 90, origin=(cx, cy))
            lines.append(affinity.rotate(line, angle, origin=(cx, cy)))
        k += spacing * rng.uniform(0.8, 1.2)
    inner = poly.buffer(-12)
    result = []
    for line in lines:
        clipped = line.intersection(inner)
        for part in getattr(clipped, "geoms", [clipped]):
            if isinstance(part, LineString) and part.length > 60:
                result.append(part)
    return result


def make_streets(buurten: List[Tuple[str, Polygon]], rng: random.Random) -> List[Street]:
    """Streets for every neighbourhood: a dense grid in town, a few long roads outside."""
    streets: List[Street] = []
    for name, poly in buurten:
        urban = poly.area < 2.5e6
        spacing = rng.uniform(90, 150) if urban else rng.uniform(700, 1100)
        names = list(STREET_NAMES)
        rng.shuffle(names)
        for i, line in enumerate(_grid(poly, rng, spacing)):
            # Long streets are planned in stretches of at most about 700 m.
            pieces = max(1, int(line.length // 700) + 1)
            for p in range(pieces):
                part = substring(line, p * line.length / pieces, (p + 1) * line.length / pieces)
                label = names[i % len(names)] + ("" if i < len(names) else f" {i // len(names) + 1}")
                streets.append(Street(part, label, name, urban))
    return streets


def _multi(geom) -> MultiPolygon:
    geom = geom.buffer(0)
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    return MultiPolygon([g for g in geom.geoms if isinstance(g, Polygon)])


class Scenario:
    """Builds the works of the demo, deterministically from a seed."""

    def __init__(self, buurten: List[Tuple[str, Polygon]], seed: int = 228):
        self.rng = random.Random(seed)
        self.buurten = buurten
        self.streets = make_streets(buurten, self.rng)
        self.urban_streets = [s for s in self.streets if s.urban]
        self.works: List[Work] = []
        self._seq: Dict[str, int] = {}

    # ---- geometry ---------------------------------------------------------------

    def stretch(self, street: Street, length: float, start: Optional[float] = None) -> LineString:
        """A stretch of ``street`` of about ``length`` metres."""
        length = min(length, street.line.length)
        if start is None:
            start = self.rng.uniform(0, street.line.length - length)
        return substring(street.line, start, start + length)

    def area_for(self, work_type: str, street: Street, line: Optional[LineString] = None) -> MultiPolygon:
        """The work area of a type of work at ``street`` (along ``line`` when given)."""
        rng = self.rng
        half = TYPE_HABITS[work_type][1]
        if work_type in ("building_project",):
            size = rng.uniform(70, 220)
            centre = street.line.interpolate(rng.uniform(0, 1), normalized=True)
            rect = box(-size / 2, -size * 0.35, size / 2, size * 0.35)
            rect = affinity.rotate(rect, rng.uniform(0, 180))
            return _multi(affinity.translate(rect, centre.x, centre.y))
        if work_type in ("event", "resident_initiative"):
            radius = rng.uniform(35, 110) if work_type == "event" else rng.uniform(10, 25)
            centre = street.line.interpolate(rng.uniform(0.2, 0.8), normalized=True)
            return _multi(Point(centre).buffer(radius, quad_segs=4))
        if work_type == "traffic_measure" and rng.random() < 0.4:
            return _multi(Point(street.line.coords[0]).buffer(rng.uniform(18, 30), quad_segs=4))
        if line is None:
            lengths = {
                "sewer": (150, 600), "road_resurfacing": (100, 350), "road_reconstruction": (150, 500),
                "water_main": (200, 800), "electricity": (250, 1200), "gas": (200, 700),
                "district_heating": (300, 1000), "lighting": (150, 600), "green": (80, 300),
                "traffic_measure": (80, 250),
            }[work_type]
            line = self.stretch(street, rng.uniform(*lengths))
        return _multi(line.buffer(half, cap_style="flat", quad_segs=2))

    # ---- attributes -------------------------------------------------------------

    def new_work(
        self,
        owner: str,
        work_type: str,
        street: Street,
        start: dt.date,
        geometry: MultiPolygon,
        duration: Optional[int] = None,
        flexibility=None,
        tag: str = "",
    ) -> Work:
        """A work with realistic attributes.

        ``flexibility``: days it may move (earlier, later); None draws it at random, False gives none.
        """
        rng = self.rng
        (dmin, dmax), _half, digs, closure_chance, disruption, budget = TYPE_HABITS[work_type]
        duration = duration if duration is not None else rng.randint(dmin, dmax)
        end = start + dt.timedelta(days=duration - 1)
        if flexibility is None:
            flexibility = (rng.randint(30, 365), rng.randint(30, 365)) if work_type != "event" and rng.random() < 0.5 else False
        year = start.year
        self._seq[owner] = self._seq.get(owner, 0) + 1
        work_id = f"{ID_PREFIX[owner]}-{year}-{self._seq[owner]:03d}"
        if work_type == "lighting":
            digs = rng.random() < 0.5
        template = rng.choice(TITLES[work_type])
        title = template.format(s=street.name, b=street.buurt, n=rng.randint(1, 3))
        themes = themes_for(work_type, template)
        attrs = {
            "work_id": work_id,
            "title": title,
            "description": DESCRIPTIONS[work_type],
            "owner": owner,
            "work_type": work_type,
            "status": self._status(start, end),
            "start_date": start,
            "end_date": end,
            "earliest_start": start - dt.timedelta(days=flexibility[0]) if flexibility else None,
            "latest_end": end + dt.timedelta(days=flexibility[1]) if flexibility else None,
            "excavation": digs,
            "road_closure": rng.random() < closure_chance,
            "disruption": disruption if rng.random() < 0.8 else rng.choice(["low", "medium", "high"]),
            "budget_type": budget,
            "budget_eur": self._budget(work_type, geometry) if budget else None,
            "contact": CONTACTS[owner],
            "source": f"demo:{owner}",
            "updated_at": UPDATED_AT + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 30)),
            "themes": themes or None,
        }
        work = Work(attrs, geometry, [tag] if tag else [])
        self.works.append(work)
        return work

    def _status(self, start: dt.date, end: dt.date) -> str:
        rng = self.rng
        if rng.random() < 0.03:
            return "cancelled"
        if end < REFERENCE_DAY:
            return "done"
        if start <= REFERENCE_DAY:
            return "execution"
        months = (start - REFERENCE_DAY).days / 30.4
        if months < 6:
            return "preparation"
        if months < 24:
            return "planned"
        return "idea" if rng.random() < 0.4 else "planned"

    def _budget(self, work_type: str, geometry: MultiPolygon) -> float:
        per_m2 = {"sewer": 450, "road_resurfacing": 35, "road_reconstruction": 180, "district_heating": 900,
                  "lighting": 60, "green": 40, "traffic_measure": 120, "building_project": 15}[work_type]
        return float(round(geometry.area * per_m2 * self.rng.uniform(0.7, 1.3), -3))

    def random_day(self, first: dt.date = FIRST_DAY, last: dt.date = LAST_START) -> dt.date:
        """A working day between ``first`` and ``last``."""
        day = first + dt.timedelta(days=self.rng.randint(0, (last - first).days))
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        return day

    def pick_street(self, urban: bool = True) -> Street:
        """A street, most often in town."""
        if urban or self.rng.random() < 0.85:
            return self.rng.choice(self.urban_streets)
        return self.rng.choice(self.streets)

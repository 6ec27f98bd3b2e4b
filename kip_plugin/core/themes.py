"""Strategic themes (line of sight): how the planned works serve, could serve or go against them.

A theme area has a theme (climate adaptation, heat transition, mobility, greening), a
goal and a period; for the heat transition also the year the neighbourhood goes off gas.
A work that lies in the area during its period

- **serves** the theme when its ``themes`` field names it, or when its type serves the
  theme by nature (a heat network, new green);
- **goes against** it when its type contradicts the theme: a new gas main in a
  neighbourhood that goes off gas within the main's life;
- **could serve** it when its type opens the street anyway (a reconstruction in a
  flooding hot spot without climate measures): an opportunity.

Per area and per theme: the share of the area touched by works in the period, and the
share touched by works that serve the theme.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Sequence, Union

import numpy as np
import shapely

from ..paths import resources_dir
from . import schema as S
from .assets import load_json_rules
from .errors import KipError
from .schema import QT_TRANSLATE_NOOP
from .works import NO_DATE, Works, to_date

THEME_RULES_FILE_NAME = "theme_rules.json"
SERVES, OPPORTUNITY, CONTRADICTION = "serves", "opportunity", "contradiction"
NO_YEAR = -1


@dataclass(frozen=True)
class ThemeRule:
    """Which work types serve, could serve or go against one theme."""

    serves: FrozenSet[str]
    opportunity: FrozenSet[str]
    contradicts: FrozenSet[str]
    contradiction_life_years: int  # a contradicting work lasts this long; it contradicts when the area's year comes sooner


@dataclass(frozen=True)
class ThemeRules:
    """The theme rule file."""

    themes: Dict[str, ThemeRule]
    source: str = ""


def shipped_theme_rules_path() -> Path:
    """The theme rule file that ships with KIP."""
    return resources_dir() / THEME_RULES_FILE_NAME


def _types(table: Dict, key: str, theme: str, source: str) -> FrozenSet[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a list of work types."),
                          source=source, key=f"{theme}.{key}")
    unknown = sorted(set(value) - set(S.WORK_TYPES))
    if unknown:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown work type '{type}' in '{key}'."),
                          source=source, type=unknown[0], key=f"{theme}.{key}")
    return frozenset(value)


def theme_rules_from_dict(data: Dict, source: str = "") -> ThemeRules:
    """Theme rules from the content of a rule file."""
    table = data.get("themes")
    if not isinstance(table, dict):
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be an object."),
                          source=source, key="themes")
    themes = {}
    for theme, rule in table.items():
        if theme not in S.THEMES:
            raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown theme '{theme}'; use one of: {themes}."),
                              source=source, theme=theme, themes=", ".join(S.THEMES))
        life = rule.get("contradiction_life_years", 0)
        if isinstance(life, bool) or not isinstance(life, int) or life < 0:
            raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a whole number."),
                              source=source, key=f"{theme}.contradiction_life_years")
        themes[theme] = ThemeRule(
            serves=_types(rule, "serves", theme, source), opportunity=_types(rule, "opportunity", theme, source),
            contradicts=_types(rule, "contradicts", theme, source), contradiction_life_years=life,
        )
    return ThemeRules(themes, source)


def load_theme_rules(path: Optional[Union[str, Path]] = None) -> ThemeRules:
    """The theme rules of ``path`` (keys it lacks keep the shipped values), or the shipped rules."""
    data, source = load_json_rules(shipped_theme_rules_path(), path)
    return theme_rules_from_dict(data, source)


@dataclass
class ThemeAreas:
    """Theme areas as parallel arrays; geometries in the works' metric CRS."""

    themes: np.ndarray  # str, codes of S.THEMES
    names: np.ndarray  # str
    goals: np.ndarray  # str
    start: np.ndarray  # day numbers, NO_DATE: no start
    end: np.ndarray
    until_year: np.ndarray  # int, e.g. the year the neighbourhood goes off gas; NO_YEAR unknown
    geoms: np.ndarray

    def __len__(self) -> int:
        return len(self.themes)


@dataclass
class Signals:
    """One row per (work, area) with something to say; indices into the works and the areas."""

    work: np.ndarray
    area: np.ndarray
    kind: np.ndarray  # SERVES, OPPORTUNITY or CONTRADICTION

    def __len__(self) -> int:
        return len(self.work)


@dataclass
class Shares:
    """Per area and per theme: how much of it works touch in the period, and works that serve it."""

    area_m2: np.ndarray
    touched_m2: np.ndarray
    served_m2: np.ndarray
    theme_area_m2: Dict[str, float]
    theme_touched_m2: Dict[str, float]
    theme_served_m2: Dict[str, float]

    def touched_share(self, a: int) -> float:
        """Share of area ``a`` touched by works."""
        return float(self.touched_m2[a] / self.area_m2[a]) if self.area_m2[a] > 0 else 0.0

    def served_share(self, a: int) -> float:
        """Share of area ``a`` touched by works that serve its theme."""
        return float(self.served_m2[a] / self.area_m2[a]) if self.area_m2[a] > 0 else 0.0

    def theme_share(self, theme: str, served: bool = False) -> float:
        """Share of all areas of ``theme`` touched (by serving works when ``served``)."""
        total = self.theme_area_m2.get(theme, 0.0)
        part = (self.theme_served_m2 if served else self.theme_touched_m2).get(theme, 0.0)
        return part / total if total > 0 else 0.0


def _in_period(works: Works, areas: ThemeAreas, w: np.ndarray, a: np.ndarray) -> np.ndarray:
    start = np.where(areas.start[a] == NO_DATE, np.iinfo(np.int64).min, areas.start[a])
    end = np.where(areas.end[a] == NO_DATE, np.iinfo(np.int64).max, areas.end[a])
    return (works.start[w] <= end) & (works.end[w] >= start)


def meeting(works: Works, areas: ThemeAreas) -> tuple:
    """(work, area) index pairs of active works that overlap an area (more than a shared edge) in its period."""
    active = np.flatnonzero(works.active)
    if not len(active) or not len(areas):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    tree = shapely.STRtree(areas.geoms)
    found_w, found_a = tree.query(works.geoms[active], predicate="intersects")
    w, a = active[found_w], found_a.astype(np.int64)
    inside = shapely.area(shapely.intersection(works.geoms[w], areas.geoms[a])) > 0
    w, a = w[inside], a[inside]
    keep = _in_period(works, areas, w, a)
    return w[keep], a[keep]


def find_signals(works: Works, work_themes: Sequence[Sequence[str]], areas: ThemeAreas, rules: ThemeRules) -> Signals:
    """What each work in a theme area says about that theme (see the module's text)."""
    w_all, a_all = meeting(works, areas)
    rows_w, rows_a, kinds = [], [], []
    for w, a in zip(w_all.tolist(), a_all.tolist()):
        theme = str(areas.themes[a])
        rule = rules.themes.get(theme)
        if rule is None:
            continue
        work_type = str(works.types[w])
        kind = None
        if theme in work_themes[w]:
            kind = SERVES
        elif work_type in rule.contradicts and _contradicts(works, areas, rule, w, a):
            kind = CONTRADICTION
        elif work_type in rule.serves:
            kind = SERVES
        elif work_type in rule.opportunity:
            kind = OPPORTUNITY
        if kind is not None:
            rows_w.append(w)
            rows_a.append(a)
            kinds.append(kind)
    return Signals(np.array(rows_w, dtype=np.int64), np.array(rows_a, dtype=np.int64), np.array(kinds, dtype=object))


def _contradicts(works: Works, areas: ThemeAreas, rule: ThemeRule, w: int, a: int) -> bool:
    until = int(areas.until_year[a])
    if until == NO_YEAR:
        return True
    return until < to_date(int(works.end[w])).year + rule.contradiction_life_years


def shares(works: Works, areas: ThemeAreas, signals: Signals) -> Shares:
    """Touched and served areas per theme area and per theme."""
    w_all, a_all = meeting(works, areas)
    serving = {(int(w), int(a)) for w, a, k in zip(signals.work, signals.area, signals.kind) if k == SERVES}
    n = len(areas)
    touched, served = np.zeros(n), np.zeros(n)
    touched_parts: List[List] = [[] for _ in range(n)]
    served_parts: List[List] = [[] for _ in range(n)]
    for w, a in zip(w_all.tolist(), a_all.tolist()):
        touched_parts[a].append(works.geoms[w])
        if (w, a) in serving:
            served_parts[a].append(works.geoms[w])
    for a in range(n):
        if touched_parts[a]:
            touched[a] = shapely.area(shapely.intersection(shapely.union_all(touched_parts[a]), areas.geoms[a]))
        if served_parts[a]:
            served[a] = shapely.area(shapely.intersection(shapely.union_all(served_parts[a]), areas.geoms[a]))
    theme_area, theme_touched, theme_served = {}, {}, {}
    for theme in sorted(set(areas.themes.tolist())):
        members = np.flatnonzero(areas.themes == theme)
        whole = shapely.union_all(areas.geoms[members])
        theme_area[theme] = float(shapely.area(whole))
        parts = [g for a in members for g in touched_parts[a]]
        good = [g for a in members for g in served_parts[a]]
        theme_touched[theme] = float(shapely.area(shapely.intersection(shapely.union_all(parts), whole))) if parts else 0.0
        theme_served[theme] = float(shapely.area(shapely.intersection(shapely.union_all(good), whole))) if good else 0.0
    return Shares(shapely.area(areas.geoms), touched, served, theme_area, theme_touched, theme_served)

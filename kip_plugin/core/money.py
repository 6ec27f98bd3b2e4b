"""Whose money: project and maintenance budgets in a combination, what one reinstatement saves, and a split.

Every work that digs has to reinstate the street surface over its trench. Done apart,
each party pays for its own trench: the **separate** reinstatement is the sum over the
trenches of their area times the cost per m² of the surface they lie in. Done together,
the street is reinstated once: the **combined** reinstatement is the cost of the union of
the trenches, less what a paving work of the combination (a resurfacing or a
reconstruction) paves anyway. The **saving** is the difference.

The combined cost is proposed to be shared between the parties that dig, by trench area
(each party's share of the trench area) or in equal parts per trench.

The costs per m² by surface type and the way of splitting are in ``resources/money_rules.json``.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Tuple, Union

import numpy as np
import shapely

from ..paths import resources_dir
from .assets import load_json_rules
from .errors import KipError
from .rules import Rules
from .spatial import parallel
from .schema import QT_TRANSLATE_NOOP
from .works import Works

MONEY_RULES_FILE_NAME = "money_rules.json"
SURFACES = ("asphalt", "clinkers", "tiles", "unpaved")
SPLIT_TRENCH_AREA, SPLIT_EQUAL = "trench_area", "equal"
SPLITS = (SPLIT_TRENCH_AREA, SPLIT_EQUAL)
PROJECT, MAINTENANCE = "project", "maintenance"
# From this many combinations the geometry work is split over the cores.
PARALLEL_FROM = 2_000


@dataclass(frozen=True)
class MoneyRules:
    """Costs of reinstating a street surface, and how shared costs are split."""

    eur_per_m2: Dict[str, float]
    default_surface: str
    split: str
    source: str = ""


def shipped_money_rules_path() -> Path:
    """The money rule file that ships with KIP."""
    return resources_dir() / MONEY_RULES_FILE_NAME


def money_rules_from_dict(data: Dict, source: str = "") -> MoneyRules:
    """Money rules from the content of a rule file."""
    costs = data.get("reinstatement_eur_per_m2")
    if not isinstance(costs, dict) or not costs:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be an object."),
                          source=source, key="reinstatement_eur_per_m2")
    for surface, value in costs.items():
        if surface not in SURFACES:
            message = QT_TRANSLATE_NOOP(
                "@default", "The rule file '{source}': unknown surface '{surface}'; use one of: {surfaces}.")
            raise KipError(message, source=source, surface=surface, surfaces=", ".join(SURFACES))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a number of at least 0."),
                              source=source, key=f"reinstatement_eur_per_m2.{surface}")
    default = data.get("default_surface")
    if default not in costs:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be one of the surfaces priced."),
                          source=source, key="default_surface")
    split = data.get("split", SPLIT_TRENCH_AREA)
    if split not in SPLITS:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be one of: {values}."),
                          source=source, key="split", values=", ".join(SPLITS))
    return MoneyRules({k: float(v) for k, v in costs.items()}, default, split, source)


def load_money_rules(path: Optional[Union[str, Path]] = None) -> MoneyRules:
    """The money rules of ``path`` (keys it lacks keep the shipped values), or the shipped rules."""
    data, source = load_json_rules(shipped_money_rules_path(), path)
    return money_rules_from_dict(data, source)


@dataclass
class Surfaces:
    """Street surfaces: polygons with their surface type (codes of SURFACES)."""

    geoms: np.ndarray
    kinds: np.ndarray

    def __len__(self) -> int:
        return len(self.geoms)


class Pricer:
    """The cost of reinstating areas: each part at the price of the surface it lies in."""

    def __init__(self, rules: MoneyRules, surfaces: Optional[Surfaces] = None):
        self.rules = rules
        self.surfaces = surfaces if surfaces is not None and len(surfaces) else None
        self.tree = shapely.STRtree(self.surfaces.geoms) if self.surfaces is not None else None

    def costs(self, geometries: np.ndarray) -> np.ndarray:
        """€ to reinstate each geometry; parts outside every known surface at the default surface's price."""
        geometries = np.asarray(geometries, dtype=object)
        areas = np.nan_to_num(shapely.area(geometries)) if len(geometries) else np.zeros(0)
        default = self.rules.eur_per_m2[self.rules.default_surface]
        if self.tree is None or not len(geometries):
            return areas * default
        i, j = self.tree.query(geometries, predicate="intersects")
        inside = shapely.area(shapely.intersection(geometries[i], self.surfaces.geoms[j]))
        prices = np.array([self.rules.eur_per_m2.get(str(kind), default) for kind in self.surfaces.kinds])
        cost = np.bincount(i, weights=inside * prices[j], minlength=len(geometries))
        covered = np.bincount(i, weights=inside, minlength=len(geometries))
        return cost + np.maximum(areas - covered, 0.0) * default


@dataclass
class CombinationMoney:
    """The money of each combination (arrays indexed like the combinations)."""

    project_eur: np.ndarray
    maintenance_eur: np.ndarray
    separate_eur: np.ndarray
    combined_eur: np.ndarray
    split: List["OrderedDict[str, Tuple[float, float]]"]  # owner -> (proposed share, what it would pay alone)
    method: str = SPLIT_TRENCH_AREA  # how the combined cost was split

    @property
    def saving_eur(self) -> np.ndarray:
        """What one reinstatement saves against one per trench."""
        return self.separate_eur - self.combined_eur


def _union_of_collections(collections: np.ndarray) -> np.ndarray:
    """The union of the polygons of each collection (buffering a collection by 0 unions it)."""
    return shapely.buffer(collections, 0)


def _pairs_within(labels: np.ndarray):
    """All index pairs (i < j) of elements with the same label; ``labels`` sorted."""
    n = len(labels)
    if n < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    ends = np.searchsorted(labels, labels, side="right")
    counts = ends - np.arange(n) - 1
    total = int(counts.sum())
    i = np.repeat(np.arange(n), counts)
    first = np.repeat(np.cumsum(counts) - counts, counts)
    j = i + 1 + (np.arange(total) - first)
    return i, j


def _overlap_candidates(bounds: np.ndarray, labels: np.ndarray, is_trench: np.ndarray):
    """Pairs (i, j) of one combination, at least one a trench, whose boxes overlap with area."""
    i, j = _pairs_within(labels)
    keep = (is_trench[i] | is_trench[j])
    keep &= (np.minimum(bounds[i, 2], bounds[j, 2]) > np.maximum(bounds[i, 0], bounds[j, 0]))
    keep &= (np.minimum(bounds[i, 3], bounds[j, 3]) > np.maximum(bounds[i, 1], bounds[j, 1]))
    return i[keep], j[keep]


def _combined(works: Works, involved: np.ndarray, labels: np.ndarray, is_trench: np.ndarray, alone_by_member: np.ndarray,
              separate: np.ndarray, pricer: Pricer) -> np.ndarray:
    """Per combination the cost of one reinstatement (see the module's text).

    Only combinations where a trench may overlap another trench or a paving work need
    geometry: with two such works, one intersection (the cost of a union is the sum of the
    costs less that of the overlap); with more, the union of the trenches less the paved area.
    """
    combined = separate.copy()
    geoms = works.geoms[involved]
    if len(geoms) < 2:
        return combined
    i, j = _overlap_candidates(shapely.bounds(geoms), labels, is_trench)
    candidates = np.unique(labels[i])
    if not len(candidates):
        return combined
    size = np.bincount(labels, minlength=len(separate))
    two = candidates[size[candidates] == 2]
    if len(two):
        first = np.searchsorted(labels, two)
        a, b = first, first + 1
        overlap = pricer.costs(parallel(shapely.intersection, geoms[a], geoms[b], at_least=PARALLEL_FROM))
        both_trenches = is_trench[a] & is_trench[b]
        # Two trenches: their costs less the overlap; a trench and a paving work: the trench less what is paved.
        combined[two] = np.where(both_trenches, alone_by_member[a] + alone_by_member[b] - overlap,
                                 np.where(is_trench[a], alone_by_member[a], alone_by_member[b]) - overlap)
    many = candidates[size[candidates] > 2]
    if len(many):
        wanted = np.zeros(len(separate), dtype=bool)
        wanted[many] = True
        pick = wanted[labels]
        trench_pick, paver_pick = pick & is_trench, pick & ~is_trench
        groups, compact = np.unique(labels[trench_pick], return_inverse=True)
        # Buffering a collection by 0 unions its polygons, for every combination at once.
        unions = parallel(_union_of_collections, shapely.geometrycollections(geoms[trench_pick], indices=compact),
                          at_least=PARALLEL_FROM)
        paved = np.full(len(separate), None, dtype=object)
        if paver_pick.any():
            paver_groups, paver_compact = np.unique(labels[paver_pick], return_inverse=True)
            paved[paver_groups] = parallel(_union_of_collections,
                                           shapely.geometrycollections(geoms[paver_pick], indices=paver_compact),
                                           at_least=PARALLEL_FROM)
        cut = np.not_equal(paved[groups], None)
        unions[cut] = parallel(shapely.difference, unions[cut], paved[groups][cut], at_least=PARALLEL_FROM)
        combined[groups] = pricer.costs(unions)
    return combined


def combination_money(works: Works, offsets: np.ndarray, order: np.ndarray, rules: Rules, money_rules: MoneyRules,
                      budget_types: Optional[np.ndarray] = None, budget_eur: Optional[np.ndarray] = None,
                      surfaces: Optional[Surfaces] = None) -> CombinationMoney:
    """The money of each combination ``order[offsets[k]:offsets[k+1]]`` (see the module's text)."""
    n, k = len(works), len(offsets) - 1
    budget_types = np.full(n, "", dtype=object) if budget_types is None else np.asarray(budget_types, dtype=object)
    budget_eur = np.full(n, np.nan) if budget_eur is None else np.asarray(budget_eur, dtype=float)
    members = np.asarray(order, dtype=np.int64)
    labels = np.repeat(np.arange(k), np.diff(offsets))
    amounts = np.nan_to_num(budget_eur[members])
    kinds = budget_types[members]
    project = np.bincount(labels, weights=np.where(kinds == PROJECT, amounts, 0.0), minlength=k)
    maintenance = np.bincount(labels, weights=np.where(kinds == MAINTENANCE, amounts, 0.0), minlength=k)
    digs = rules.excavates(works.excavation[members], works.types[members])
    paving = np.isin(works.types[members], list(rules.paving_types))
    trench = digs & ~paving
    involved = trench | paving
    pricer = Pricer(money_rules, surfaces)
    alone_by_member = np.zeros(int(involved.sum()))
    is_trench = trench[involved]
    alone_by_member[is_trench] = pricer.costs(works.geoms[members[trench]])
    alone = alone_by_member[is_trench]
    trenches, trench_labels = members[trench], labels[trench]
    separate = np.bincount(trench_labels, weights=alone, minlength=k)
    combined = _combined(works, members[involved], labels[involved], is_trench, alone_by_member, separate, pricer)
    if money_rules.split == SPLIT_EQUAL:
        weights = np.ones(len(trenches))
    else:
        weights = np.nan_to_num(shapely.area(works.geoms[trenches])) if len(trenches) else np.zeros(0)
    totals = np.bincount(trench_labels, weights=weights, minlength=k)
    counts = np.bincount(trench_labels, minlength=k)
    fraction = np.where(totals[trench_labels] > 0, weights / np.where(totals > 0, totals, 1.0)[trench_labels],
                        1.0 / np.maximum(counts[trench_labels], 1))
    shares = combined[trench_labels] * fraction
    # Per combination and owner (owners in alphabetical order): the proposed share and what it would pay alone.
    names, owner_codes = np.unique(works.owners[trenches].astype(str), return_inverse=True) if len(trenches) \
        else (np.zeros(0, dtype=str), np.zeros(0, dtype=np.int64))
    width = max(len(names), 1)
    keys, inverse = np.unique(trench_labels * width + owner_codes, return_inverse=True)
    share_sum = np.bincount(inverse, weights=shares, minlength=len(keys))
    alone_sum = np.bincount(inverse, weights=alone, minlength=len(keys))
    ordered: List["OrderedDict[str, Tuple[float, float]]"] = [OrderedDict() for _ in range(k)]
    for key, share, cost in zip(keys.tolist(), share_sum.tolist(), alone_sum.tolist()):
        ordered[key // width][str(names[key % width])] = (share, cost)
    return CombinationMoney(project, maintenance, separate, combined, ordered, money_rules.split)

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
from typing import Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import shapely

from ..paths import resources_dir
from .assets import load_json_rules
from .errors import EngineError
from .rules import Rules
from .schema import QT_TRANSLATE_NOOP
from .works import Works

MONEY_RULES_FILE_NAME = "money_rules.json"
SURFACES = ("asphalt", "clinkers", "tiles", "unpaved")
SPLIT_TRENCH_AREA, SPLIT_EQUAL = "trench_area", "equal"
SPLITS = (SPLIT_TRENCH_AREA, SPLIT_EQUAL)
PROJECT, MAINTENANCE = "project", "maintenance"


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
        raise EngineError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be an object."),
                          source=source, key="reinstatement_eur_per_m2")
    for surface, value in costs.items():
        if surface not in SURFACES:
            raise EngineError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown surface '{surface}'; use one of: {surfaces}."),
                              source=source, surface=surface, surfaces=", ".join(SURFACES))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise EngineError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a number of at least 0."),
                              source=source, key=f"reinstatement_eur_per_m2.{surface}")
    default = data.get("default_surface")
    if default not in costs:
        raise EngineError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be one of the surfaces priced."),
                          source=source, key="default_surface")
    split = data.get("split", SPLIT_TRENCH_AREA)
    if split not in SPLITS:
        raise EngineError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be one of: {values}."),
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
    """The cost of reinstating an area: each part at the price of the surface it lies in."""

    def __init__(self, rules: MoneyRules, surfaces: Optional[Surfaces] = None):
        self.rules = rules
        self.surfaces = surfaces if surfaces is not None and len(surfaces) else None
        self.tree = shapely.STRtree(self.surfaces.geoms) if self.surfaces is not None else None

    def cost(self, geometry) -> float:
        """€ to reinstate ``geometry``; parts outside every known surface at the default surface's price."""
        if geometry is None or shapely.is_empty(geometry):
            return 0.0
        total_area = float(shapely.area(geometry))
        default = self.rules.eur_per_m2[self.rules.default_surface]
        if self.tree is None:
            return total_area * default
        cost, covered = 0.0, 0.0
        for k in self.tree.query(geometry, predicate="intersects").tolist():
            area = float(shapely.area(shapely.intersection(geometry, self.surfaces.geoms[k])))
            kind = str(self.surfaces.kinds[k])
            cost += area * self.rules.eur_per_m2.get(kind, default)
            covered += area
        return cost + max(total_area - covered, 0.0) * default


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


def _budget_sums(members: np.ndarray, budget_types: np.ndarray, budget_eur: np.ndarray) -> Tuple[float, float]:
    kinds, amounts = budget_types[members], budget_eur[members]
    known = ~np.isnan(amounts)
    project = float(amounts[known & (kinds == PROJECT)].sum())
    maintenance = float(amounts[known & (kinds == MAINTENANCE)].sum())
    return project, maintenance


def money_of_group(works: Works, members: Sequence[int], rules: Rules, pricer: Pricer,
                   budget_types: np.ndarray, budget_eur: np.ndarray, split: str):
    """(project €, maintenance €, separate €, combined €, split) of one group of works."""
    members = np.asarray(members, dtype=np.int64)
    project, maintenance = _budget_sums(members, budget_types, budget_eur)
    digs = rules.excavates(works.excavation[members], works.types[members])
    paving = np.isin(works.types[members], list(rules.paving_types))
    trenches = members[digs & ~paving]
    pavers = members[paving]
    alone = OrderedDict()
    separate = 0.0
    for w in trenches.tolist():
        cost = pricer.cost(works.geoms[w])
        separate += cost
        owner = str(works.owners[w])
        alone[owner] = alone.get(owner, 0.0) + cost
    if len(trenches):
        union = shapely.union_all(works.geoms[trenches])
        if len(pavers):
            union = shapely.difference(union, shapely.union_all(works.geoms[pavers]))
        combined = pricer.cost(union)
    else:
        combined = 0.0
    shares: "OrderedDict[str, Tuple[float, float]]" = OrderedDict()
    if len(trenches):
        if split == SPLIT_EQUAL:
            weights = np.ones(len(trenches))
        else:
            weights = shapely.area(works.geoms[trenches])
        weights = weights / weights.sum() if weights.sum() > 0 else np.full(len(trenches), 1.0 / len(trenches))
        for w, weight in zip(trenches.tolist(), weights.tolist()):
            owner = str(works.owners[w])
            share = shares.get(owner, (0.0, alone[owner]))[0] + combined * weight
            shares[owner] = (share, alone[owner])
    return project, maintenance, separate, combined, OrderedDict(sorted(shares.items()))


def combination_money(works: Works, offsets: np.ndarray, order: np.ndarray, rules: Rules, money_rules: MoneyRules,
                      budget_types: Optional[np.ndarray] = None, budget_eur: Optional[np.ndarray] = None,
                      surfaces: Optional[Surfaces] = None) -> CombinationMoney:
    """The money of each combination ``order[offsets[k]:offsets[k+1]]``."""
    n = len(works)
    budget_types = np.full(n, "", dtype=object) if budget_types is None else np.asarray(budget_types, dtype=object)
    budget_eur = np.full(n, np.nan) if budget_eur is None else np.asarray(budget_eur, dtype=float)
    pricer = Pricer(money_rules, surfaces)
    k = len(offsets) - 1
    columns = [np.zeros(k) for _ in range(4)]
    splits = []
    for c in range(k):
        members = order[offsets[c]:offsets[c + 1]]
        values = money_of_group(works, members, rules, pricer, budget_types, budget_eur, money_rules.split)
        for column, value in zip(columns, values[:4]):
            column[c] = value
        splits.append(values[4])
    return CombinationMoney(*columns, splits, money_rules.split)

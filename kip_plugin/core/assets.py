"""Asset life cycles: the rule file per asset type, and each asset's renewal window.

An asset (a road section, a sewer pipe, a street light) was laid in a year and perhaps
maintained since; its material has a life of so many years, longer with preventive
maintenance. That gives a renewal window: the years in which it is due for renewal.
A bad condition (NEN 2767 class 5 or 6) pulls the window towards the reference year.

The rules ship as ``resources/asset_rules.json``; a user's copy only needs the keys it
changes. Plain Python and numpy: the QGIS side reads the layers.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional, Tuple, Union

import numpy as np

from ..paths import resources_dir
from . import schema as S
from .errors import KipError
from .schema import QT_TRANSLATE_NOOP

ASSET_RULES_FILE_NAME = "asset_rules.json"

# Asset types: code -> English label.
ASSET_TYPES: Dict[str, str] = {
    "road_section": QT_TRANSLATE_NOOP("@default", "Road section"),
    "sewer_pipe": QT_TRANSLATE_NOOP("@default", "Sewer pipe"),
    "lighting": QT_TRANSLATE_NOOP("@default", "Street light"),
}

MATERIALS: Dict[str, str] = {
    "asphalt": QT_TRANSLATE_NOOP("@default", "Asphalt"),
    "clinkers": QT_TRANSLATE_NOOP("@default", "Clinkers and pavers"),
    "tiles": QT_TRANSLATE_NOOP("@default", "Tiles"),
    "concrete": QT_TRANSLATE_NOOP("@default", "Concrete"),
    "pvc": QT_TRANSLATE_NOOP("@default", "PVC"),
    "vitrified_clay": QT_TRANSLATE_NOOP("@default", "Vitrified clay"),
    "steel": QT_TRANSLATE_NOOP("@default", "Steel"),
    "aluminium": QT_TRANSLATE_NOOP("@default", "Aluminium"),
}

UNITS = ("m2", "m", "piece")
NO_YEAR = -1  # an unknown year in the integer columns
NO_CONDITION = 0


@dataclass(frozen=True)
class MaterialRule:
    """Life and costs of one material of an asset type; costs are per unit (m², m or piece)."""

    life: Tuple[int, int]  # years, without preventive maintenance
    life_preventive: Optional[Tuple[int, int]]  # years with it; None: the same as ``life``
    renewal_eur: float
    extension_years: int  # years one life-extending treatment adds; 0: none exists
    extension_eur: float

    def life_for(self, preventive: bool) -> Tuple[int, int]:
        """The life in years, given whether the asset gets preventive maintenance."""
        return self.life_preventive if preventive and self.life_preventive else self.life


@dataclass(frozen=True)
class AssetTypeRule:
    """How KIP treats one asset type."""

    unit: str
    work_type: str  # the work that renews it
    owner: str  # the party that owns such assets unless the asset says otherwise
    default_material: str
    work_width: float  # metres: the work area drawn around a pipe or a light when renewed
    materials: Dict[str, MaterialRule]


@dataclass(frozen=True)
class AssetRules:
    """The asset rule file."""

    types: Dict[str, AssetTypeRule]
    horizon_years: int
    distance: float
    condition_due_years: Dict[int, int]  # condition class -> renewal due within this many years
    source: str = ""

    def material(self, asset_type: str, material: str) -> MaterialRule:
        """The rule of ``material`` for ``asset_type`` (the type's default material when unknown)."""
        rule = self.types[asset_type]
        return rule.materials.get(material) or rule.materials[rule.default_material]


def shipped_asset_rules_path() -> Path:
    """The asset rule file that ships with KIP."""
    return resources_dir() / ASSET_RULES_FILE_NAME


def _error(template: str, source: str, **params) -> KipError:
    return KipError(template, source=source, **params)


def _number(table: Dict, key: str, source: str, whole: bool = False) -> Union[int, float]:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a number of at least 0."),
                     source, key=key)
    if whole and value != int(value):
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a whole number."), source, key=key)
    return int(value) if whole else float(value)


def _years(table: Dict, key: str, source: str) -> Optional[Tuple[int, int]]:
    value = table.get(key)
    if value is None:
        return None
    if (not isinstance(value, list) or len(value) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not 0 < value[0] <= value[1]):
        raise _error(QT_TRANSLATE_NOOP(
            "@default", "The rule file '{source}': '{key}' must be two whole numbers of years, the shortest first, like [12, 20]."
        ), source, key=key)
    return int(value[0]), int(value[1])


def _material(name: str, table: Dict, source: str) -> MaterialRule:
    key = f"materials.{name}"
    if name not in MATERIALS:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown material '{material}'; use one of: {materials}."),
                     source, material=name, materials=", ".join(MATERIALS))
    if not isinstance(table, dict):
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be an object."), source, key=key)
    life = _years(table, "life_years", source)
    if life is None:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' needs 'life_years'."), source, key=key)
    return MaterialRule(
        life=life,
        life_preventive=_years(table, "life_years_preventive", source),
        renewal_eur=_number(table, "renewal_eur", source),
        extension_years=_number({"v": table.get("extension_years", 0)}, "v", source, whole=True),
        extension_eur=_number({"v": table.get("extension_eur", 0.0)}, "v", source),
    )


def _asset_type(name: str, table: Dict, source: str) -> AssetTypeRule:
    if name not in ASSET_TYPES:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown asset type '{type}'; use one of: {types}."),
                     source, type=name, types=", ".join(ASSET_TYPES))
    unit = table.get("unit")
    if unit not in UNITS:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': the unit of '{type}' must be one of: {units}."),
                     source, type=name, units=", ".join(UNITS))
    work_type = table.get("work_type")
    if work_type not in S.WORK_TYPES:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown work type '{type}' in '{key}'."),
                     source, type=work_type, key=f"{name}.work_type")
    materials_table = table.get("materials")
    if not isinstance(materials_table, dict) or not materials_table:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be an object."), source,
                     key=f"{name}.materials")
    materials = {m: _material(m, t, source) for m, t in materials_table.items()}
    default = table.get("default_material")
    if default not in materials:
        message = QT_TRANSLATE_NOOP(
            "@default", "The rule file '{source}': the default material of '{type}' must be one of its materials.")
        raise _error(message, source, type=name)
    return AssetTypeRule(
        unit=unit, work_type=work_type, owner=str(table.get("owner") or ""), default_material=default,
        work_width=_number({"v": table.get("work_width_m", 2.0)}, "v", source), materials=materials,
    )


def asset_rules_from_dict(data: Dict, source: str = "") -> AssetRules:
    """Asset rules from the content of a rule file (complete, after merging with the shipped one)."""
    defaults = data.get("defaults") or {}
    types_table = data.get("asset_types")
    if not isinstance(types_table, dict) or not types_table:
        raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be an object."), source, key="asset_types")
    due = {}
    for key, value in (data.get("condition_due_years") or {}).items():
        if not str(key).isdigit():
            raise _error(QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a whole number."), source,
                         key=f"condition_due_years.{key}")
        due[int(key)] = _number({"v": value}, "v", source, whole=True)
    return AssetRules(
        types={name: _asset_type(name, table, source) for name, table in types_table.items()},
        horizon_years=_number(defaults, "horizon_years", source, whole=True),
        distance=_number(defaults, "distance_m", source),
        condition_due_years=due,
        source=source,
    )


def _read(path: Path) -> Dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as error:
        raise KipError(QT_TRANSLATE_NOOP("@default", "Cannot read the rule file '{source}': {error}"),
                          source=str(path), error=error.strerror or str(error)) from error
    except ValueError as error:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}' is not valid JSON: {error}"),
                          source=str(path), error=str(error)) from error
    if not isinstance(data, dict):
        raise KipError(QT_TRANSLATE_NOOP("@default", "The rule file '{source}' must hold a JSON object."), source=str(path))
    return data


def merge(base: Dict, override: Dict) -> Dict:
    """``override`` laid over ``base``, objects merged key by key at every depth."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = merge(base[key], value)
        else:
            merged[key] = value
    return merged


def load_json_rules(shipped: Path, path: Optional[Union[str, Path]] = None) -> Tuple[Dict, str]:
    """The content of a shipped rule file with a user's file laid over it, and the name of the file used."""
    data = _read(shipped)
    if path:
        return merge(data, _read(Path(path))), str(path)
    return data, str(shipped)


def load_asset_rules(path: Optional[Union[str, Path]] = None) -> AssetRules:
    """The asset rules of ``path`` (keys it lacks keep the shipped values), or the shipped rules."""
    data, source = load_json_rules(shipped_asset_rules_path(), path)
    return asset_rules_from_dict(data, source)


@dataclass
class Assets:
    """Assets as parallel arrays, geometries in a metric CRS."""

    ids: np.ndarray  # str
    types: np.ndarray  # str, codes of ASSET_TYPES
    names: np.ndarray  # str
    materials: np.ndarray  # str, codes of MATERIALS ('' when unknown)
    owners: np.ndarray  # str ('' : the type's owner)
    year_laid: np.ndarray  # int
    last_maintenance: np.ndarray  # int, NO_YEAR when never
    preventive: np.ndarray  # bool
    condition: np.ndarray  # int, NEN 2767 class 1 (excellent) .. 6 (very poor), NO_CONDITION unknown
    geoms: np.ndarray  # shapely
    _cache: Dict[str, np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.ids)


def make_assets(records) -> Assets:
    """Assets from dicts with the keys of ``Assets`` in the singular (asset_id, asset_type, …) and ``geometry``."""
    rows = list(records)

    def column(key, default=None):
        return [row.get(key, default) for row in rows]

    def years(key):
        return np.array([NO_YEAR if v is None else int(v) for v in column(key)], dtype=np.int64)

    return Assets(
        ids=np.array(column("asset_id"), dtype=object),
        types=np.array(column("asset_type"), dtype=object),
        names=np.array([v or "" for v in column("name")], dtype=object),
        materials=np.array([v or "" for v in column("material")], dtype=object),
        owners=np.array([v or "" for v in column("owner")], dtype=object),
        year_laid=years("year_laid"),
        last_maintenance=years("last_maintenance"),
        preventive=np.array([bool(v) for v in column("preventive", False)], dtype=bool),
        condition=np.array([NO_CONDITION if v is None else int(v) for v in column("condition")], dtype=np.int64),
        geoms=np.array(column("geometry") + [None], dtype=object)[:-1],
    )


@dataclass
class Windows:
    """Per asset: its renewal window in whole years, and what the straight-line write-off needs."""

    start: np.ndarray  # first year it is due for renewal
    end: np.ndarray  # last year
    base: np.ndarray  # the year its current life began (laid, or renewed by maintenance)
    life: np.ndarray  # float: expected life in years (the middle of the life range)
    quantity: np.ndarray  # float: m², m or pieces
    unit_cost: np.ndarray  # € per unit to renew
    extension_years: np.ndarray  # int
    extension_cost: np.ndarray  # € per unit per treatment
    owner: np.ndarray  # str: the asset's owner, or its type's


def quantity_of(geoms: np.ndarray, units) -> np.ndarray:
    """Square metres of areas, metres of lines, one per light."""
    import shapely

    units = np.asarray(units, dtype=object)
    result = np.ones(len(geoms), dtype=float)
    areas, lines = units == "m2", units == "m"
    if areas.any():
        result[areas] = shapely.area(geoms[areas])
    if lines.any():
        result[lines] = shapely.length(geoms[lines])
    return result


def renewal_windows(assets: Assets, rules: AssetRules, reference_year: int) -> Windows:
    """Each asset's renewal window: its life counted from when it was laid or last renewed.

    With a condition class in ``condition_due_years`` the renewal is due within that many
    years of ``reference_year``: the window ends no later than that, and starts no later
    than the reference year.
    """
    n = len(assets)
    start = np.zeros(n, dtype=np.int64)
    end = np.zeros(n, dtype=np.int64)
    life = np.zeros(n, dtype=float)
    unit_cost = np.zeros(n, dtype=float)
    ext_years = np.zeros(n, dtype=np.int64)
    ext_cost = np.zeros(n, dtype=float)
    units, owners = [], []
    base = np.where(assets.last_maintenance > assets.year_laid, assets.last_maintenance, assets.year_laid)
    for i in range(n):
        type_rule = rules.types[assets.types[i]]
        material = rules.material(assets.types[i], assets.materials[i])
        low, high = material.life_for(bool(assets.preventive[i]))
        start[i], end[i] = base[i] + low, base[i] + high
        life[i] = (low + high) / 2.0
        due = rules.condition_due_years.get(int(assets.condition[i]))
        if due is not None:
            end[i] = min(end[i], reference_year + due)
            start[i] = min(start[i], reference_year, end[i])
        unit_cost[i] = material.renewal_eur
        ext_years[i] = material.extension_years
        ext_cost[i] = material.extension_eur
        units.append(type_rule.unit)
        owners.append(assets.owners[i] or type_rule.owner)
    return Windows(
        start=start, end=end, base=base.astype(np.int64), life=life,
        quantity=quantity_of(assets.geoms, units), unit_cost=unit_cost,
        extension_years=ext_years, extension_cost=ext_cost, owner=np.array(owners, dtype=object),
    )


def residual_value(cost: np.ndarray, base: np.ndarray, life: np.ndarray, year: np.ndarray) -> np.ndarray:
    """Book value in ``year`` of assets costing ``cost`` new, written off straight-line over ``life`` from ``base``."""
    remaining = np.clip((base + life - year) / life, 0.0, 1.0)
    return cost * remaining

"""The rule table of the detection: which work types combine, which dig, the default distances.

The rules ship as ``resources/rules.json``; a user may edit it, or pass a copy
to the algorithms. Keys missing from a user's file keep the shipped values.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, FrozenSet, Optional, Sequence, Tuple, Union

import numpy as np

from ..paths import resources_dir
from . import schema as S
from .errors import KipError
from .schema import QT_TRANSLATE_NOOP

RULES_FILE_NAME = "rules.json"
ANY_TYPE = "*"

# Keys of the rule file.
K_DEFAULTS = "defaults"
K_DISTANCE = "distance_m"
K_TIME_GAP = "time_gap_days"
K_MORATORIUM = "moratorium_years"
K_CLOSURE_DISTANCE = "closure_distance_m"
K_EVENT_DISTANCE = "event_distance_m"
K_NEVER_COMBINE = "never_combine"
K_PAVING = "paving_types"
K_DIGGING = "digging_types"
K_EVENTS = "event_types"
K_SEVERITY = "severity"
K_DIG_HIGH_DAYS = "dig_after_paving_high_days"
K_CLOSURE_HIGH_DAYS = "closures_high_overlap_days"
K_CLOSURE_HIGH_WORKS = "closures_high_works"


def shipped_rules_path() -> Path:
    """The rule file that ships with KIP."""
    return resources_dir() / RULES_FILE_NAME


@dataclass(frozen=True)
class Rules:
    """Which works combine and conflict, and the default thresholds."""

    distance: float
    time_gap: int
    moratorium_years: int
    closure_distance: float
    event_distance: float
    never_combine: FrozenSet[Tuple[str, str]]  # both orders, '*' expanded
    paving_types: FrozenSet[str]
    digging_types: FrozenSet[str]
    event_types: FrozenSet[str]
    dig_after_paving_high_days: int
    closures_high_overlap_days: int
    source: str = ""
    closures_high_works: int = 3  # a closure cluster of this many works is serious whatever its length

    def combines(self, type_a: str, type_b: str) -> bool:
        """Whether works of these two types may be combined."""
        return (type_a, type_b) not in self.never_combine

    def combinable_matrix(self, types: Sequence[str]) -> np.ndarray:
        """Square boolean matrix: may a work of ``types[i]`` combine with one of ``types[j]``."""
        n = len(types)
        matrix = np.ones((n, n), dtype=bool)
        for i, a in enumerate(types):
            for j, b in enumerate(types):
                matrix[i, j] = self.combines(a, b)
        return matrix

    def digs_by_default(self, types: np.ndarray) -> np.ndarray:
        """Whether works of these types dig when their excavation field is empty."""
        return np.isin(types, list(self.digging_types))

    def excavates(self, excavation: np.ndarray, types: np.ndarray) -> np.ndarray:
        """Whether each work digs: its excavation field, or the type's default when that is empty."""
        known = excavation >= 0
        return np.where(known, excavation == 1, self.digs_by_default(types))


def _type_list(value, key: str, source: str) -> FrozenSet[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a list of work types."),
            source=source,
            key=key,
        )
    unknown = sorted(set(value) - set(S.WORK_TYPES))
    if unknown:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown work type '{type}' in '{key}'."),
            source=source,
            type=unknown[0],
            key=key,
        )
    return frozenset(value)


def _never_combine(value, source: str) -> FrozenSet[Tuple[str, str]]:
    pairs = set()
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item)):
            raise KipError(
                QT_TRANSLATE_NOOP(
                    "@default",
                    "The rule file '{source}': '{key}' must be a list of pairs of work types, like [\"event\", \"*\"].",
                ),
                source=source,
                key=K_NEVER_COMBINE,
            )
        sides = []
        for name in item:
            if name == ANY_TYPE:
                sides.append(list(S.WORK_TYPES))
            elif name in S.WORK_TYPES:
                sides.append([name])
            else:
                raise KipError(
                    QT_TRANSLATE_NOOP("@default", "The rule file '{source}': unknown work type '{type}' in '{key}'."),
                    source=source,
                    type=name,
                    key=K_NEVER_COMBINE,
                )
        for a in sides[0]:
            for b in sides[1]:
                pairs.add((a, b))
                pairs.add((b, a))
    return frozenset(pairs)


def _number(table: Dict, key: str, source: str, kind=float) -> Union[int, float]:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a number of at least 0."),
            source=source,
            key=key,
        )
    if kind is int and value != int(value):
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The rule file '{source}': '{key}' must be a whole number."),
            source=source,
            key=key,
        )
    return kind(value)


def _read(path: Path) -> Dict:
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as error:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "Cannot read the rule file '{source}': {error}"),
            source=str(path),
            error=error.strerror or str(error),
        ) from error
    except ValueError as error:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The rule file '{source}' is not valid JSON: {error}"),
            source=str(path),
            error=str(error),
        ) from error
    if not isinstance(data, dict):
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "The rule file '{source}' must hold a JSON object."), source=str(path)
        )
    return data


def _merge(base: Dict, override: Dict) -> Dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = {**base[key], **value}
        else:
            merged[key] = value
    return merged


def rules_from_dict(data: Dict, source: str = "") -> Rules:
    """Rules from the parsed content of a rule file (complete, after merging with the shipped one)."""
    defaults = data.get(K_DEFAULTS) or {}
    severity = data.get(K_SEVERITY) or {}
    return Rules(
        distance=_number(defaults, K_DISTANCE, source),
        time_gap=_number(defaults, K_TIME_GAP, source, int),
        moratorium_years=_number(defaults, K_MORATORIUM, source, int),
        closure_distance=_number(defaults, K_CLOSURE_DISTANCE, source),
        event_distance=_number(defaults, K_EVENT_DISTANCE, source),
        never_combine=_never_combine(data.get(K_NEVER_COMBINE), source),
        paving_types=_type_list(data.get(K_PAVING), K_PAVING, source),
        digging_types=_type_list(data.get(K_DIGGING), K_DIGGING, source),
        event_types=_type_list(data.get(K_EVENTS), K_EVENTS, source),
        dig_after_paving_high_days=_number(severity, K_DIG_HIGH_DAYS, source, int),
        closures_high_overlap_days=_number(severity, K_CLOSURE_HIGH_DAYS, source, int),
        source=source,
        closures_high_works=_number(severity, K_CLOSURE_HIGH_WORKS, source, int),
    )


def load_rules(path: Optional[Union[str, Path]] = None) -> Rules:
    """The rules of ``path`` (keys it lacks keep the shipped values), or the shipped rules."""
    shipped = shipped_rules_path()
    data = _read(shipped)
    source = str(shipped)
    if path:
        data = _merge(data, _read(Path(path)))
        source = str(path)
    return rules_from_dict(data, source)


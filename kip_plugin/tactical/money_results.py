"""Whose money in the detection results: the money columns of the combinations, and street surfaces to price them."""
from __future__ import annotations

from typing import Dict, List, Optional

import numpy as np
import shapely
from qgis.core import QgsCoordinateTransform, QgsFeatureSource, QgsGeometry

from ..core import schema as S
from ..core.money import SURFACES, CombinationMoney, MoneyRules, Surfaces, combination_money, load_money_rules
from ..core.rules import Rules, load_rules
from ..i18n import tr
from ..importer.qvalues import to_py
from . import asset_mapping as M
from qgis.PyQt.QtCore import QLocale

SURFACE_FIELD_NAMES = ("surface", "material", "verhardingssoort", "verharding", "verhardingstype", "deklaag")
_UNPAVED_WORDS = ("onverhard", "halfverhard", "gras", "gazon", "berm", "groen", "beplanting", "grind", "unpaved")


def money_of_clusters(data, clusters, rules: Optional[Rules] = None, money_rules: Optional[MoneyRules] = None,
                      surfaces: Optional[Surfaces] = None) -> CombinationMoney:
    """The money of each combination of ``clusters``, from the works' budgets and trenches."""
    columns = data.columns
    return combination_money(
        data.works, clusters.offsets, clusters.order, rules or load_rules(), money_rules or load_money_rules(),
        columns.get(S.F_BUDGET_TYPE), columns.get(S.F_BUDGET_EUR), surfaces,
    )


class SplitWriter:
    """'Liander € 40,672 (alone € 71,616); Vitens € 33,894 (alone € 43,620)', with one locale and template for all."""

    def __init__(self, owner_names: Dict[str, str]):
        self.owner_names = owner_names
        self.template = tr("{party} {share} (alone {alone})")
        self.amount = tr("€ {amount}")
        self.locale = QLocale()

    def euro(self, value: float) -> str:
        return self.amount.format(amount=self.locale.toString(int(round(value))))

    def text(self, split) -> str:
        return "; ".join(
            self.template.format(party=self.owner_names.get(owner) or owner, share=self.euro(share), alone=self.euro(alone))
            for owner, (share, alone) in split.items()
        )


def money_columns(money: CombinationMoney, owner_names: Dict[str, str]) -> List[list]:
    """The money columns of the combinations layer, in the order of ``cluster_fields``."""
    rounded = [np.round(values, 2).tolist() for values in (
        money.project_eur, money.maintenance_eur, money.separate_eur, money.combined_eur, money.saving_eur)]
    writer = SplitWriter(owner_names)
    return rounded + [[money.method] * len(money.split), [writer.text(s) or None for s in money.split]]


def read_surfaces(source: QgsFeatureSource, crs, context) -> Surfaces:
    """Street surfaces from polygons with a surface field ('surface', 'verhardingssoort', …); others are left out."""
    names = source.fields().names()
    lower = {n.lower(): n for n in names}
    field = next((lower[n] for n in SURFACE_FIELD_NAMES if n in lower), None)
    if field is None:
        return Surfaces(np.zeros(0, dtype=object), np.zeros(0, dtype=object))
    transform = None
    if source.sourceCrs().isValid() and source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context)
    words = M.WordMapper(M.A_MATERIAL)
    geoms, kinds = [], []
    for feature in source.getFeatures():
        value = to_py(feature[field])
        kind = words.code(value) if value not in (None, "") else None
        if kind not in SURFACES:
            kind = "unpaved" if value and any(w in str(value).lower() for w in _UNPAVED_WORDS) else None
        if kind is None or not feature.hasGeometry():
            continue
        geometry = QgsGeometry(feature.geometry())
        if transform is not None:
            geometry.transform(transform)
        geoms.append(shapely.from_wkb(bytes(geometry.asWkb())))
        kinds.append(kind)
    return Surfaces(np.array(geoms + [None], dtype=object)[:-1], np.array(kinds, dtype=object))

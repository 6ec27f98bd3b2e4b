"""Asset proposals as a layer (the output of kip:assetopportunities) and accepted proposals as works."""
from __future__ import annotations

import datetime as _dt
import math
from typing import Dict, List, Optional, Tuple

import shapely
from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QVariant

from ..core import schema as S
from ..core.assets import ASSET_TYPES, MATERIALS, AssetRules, Assets, Windows
from ..core.opportunities import EXTEND, NO_WORK, RENEW, Opportunities
from ..core.schema import QT_TRANSLATE_NOOP
from ..core.works import Works, to_date
from ..detection.describe import date_text
from ..i18n import tr, tr_code
from ..importer.qvalues import fields_of
from .text import euro

# Fields of the proposals layer (a contract: documented in docs/tactical.md).
P_ID, P_ASSET_ID, P_ASSET_TYPE, P_ASSET_NAME, P_MATERIAL = "proposal_id", "asset_id", "asset_type", "asset_name", "material"
P_OWNER, P_QUANTITY, P_UNIT, P_RENEWAL_TYPE = "owner", "quantity", "unit", "renewal_type"
P_WINDOW_START, P_WINDOW_END = "renewal_start", "renewal_end"
P_WORK_ID, P_WORK_TITLE, P_WORK_OWNER, P_DIG_START, P_DIG_END = "work_id", "work_title", "work_owner", "dig_start", "dig_end"
P_YEARS_TO_WINDOW, P_RENEW_COST, P_WRITTEN_OFF = "years_to_window", "renew_cost_eur", "written_off_eur"
P_NEXT_WORK_ID, P_NEXT_START, P_NEXT_END = "next_work_id", "next_dig_start", "next_dig_end"
P_EXTENSION_YEARS, P_EXTENSION_COST, P_DIGS_SAVED = "extension_years", "extension_cost_eur", "digs_saved"
P_ADVICE, P_DESCRIPTION, P_DECISION = "advice", "description", "decision"
ADVICES = {
    RENEW: QT_TRANSLATE_NOOP("@default", "Renew in this dig"),
    EXTEND: QT_TRANSLATE_NOOP("@default", "Extend its life to the next dig"),
}
DECISIONS = (RENEW, EXTEND)

_SPEC = (
    (P_ID, QVariant.Int), (P_ASSET_ID, QVariant.String), (P_ASSET_TYPE, QVariant.String), (P_ASSET_NAME, QVariant.String),
    (P_MATERIAL, QVariant.String), (P_OWNER, QVariant.String), (P_QUANTITY, QVariant.Double), (P_UNIT, QVariant.String),
    (P_RENEWAL_TYPE, QVariant.String), (P_WINDOW_START, QVariant.Int), (P_WINDOW_END, QVariant.Int),
    (P_WORK_ID, QVariant.String), (P_WORK_TITLE, QVariant.String), (P_WORK_OWNER, QVariant.String),
    (P_DIG_START, QVariant.Date), (P_DIG_END, QVariant.Date), (P_YEARS_TO_WINDOW, QVariant.Int),
    (P_RENEW_COST, QVariant.Double), (P_WRITTEN_OFF, QVariant.Double), (P_NEXT_WORK_ID, QVariant.String),
    (P_NEXT_START, QVariant.Date), (P_NEXT_END, QVariant.Date), (P_EXTENSION_YEARS, QVariant.Int),
    (P_EXTENSION_COST, QVariant.Double), (P_DIGS_SAVED, QVariant.Int), (P_ADVICE, QVariant.String),
    (P_DESCRIPTION, QVariant.String), (P_DECISION, QVariant.String), (S.F_START, QVariant.Date), (S.F_END, QVariant.Date),
)
WKB_TYPE = QgsWkbTypes.MultiPolygon


def proposal_fields() -> QgsFields:
    """Fields of the proposals layer."""
    return fields_of(_SPEC)


def _qdate(day: int) -> QDate:
    d = to_date(day)
    return QDate(d.year, d.month, d.day)


def _money(value: float) -> Optional[float]:
    return None if value is None or math.isnan(value) else round(float(value), 2)


def proposal_area(geometry, asset_type: str, rules: AssetRules):
    """The work area of a renewal: the road section itself, a strip along a pipe, a circle around a light."""
    if shapely.get_type_id(geometry) in (3, 6):  # polygon, multipolygon
        return geometry
    half = rules.types[asset_type].work_width / 2.0
    return shapely.buffer(geometry, half, cap_style="flat" if shapely.get_type_id(geometry) in (1, 5) else "round")


class ProposalWriter:
    """Makes the features of the proposals layer, with a sentence each."""

    def __init__(self, works: Works, assets: Assets, windows: Windows, rules: AssetRules, owner_names: Dict[str, str]):
        self.works, self.assets, self.windows, self.rules = works, assets, windows, rules
        self.owner_names = owner_names

    def _owner(self, code: str) -> str:
        return self.owner_names.get(code) or code

    def _title(self, w: int) -> str:
        titles = self.works.titles
        return str(titles[w]) if titles is not None and titles[w] else str(self.works.ids[w])

    def describe(self, found: Opportunities, k: int) -> str:
        """One translated sentence about proposal ``k``."""
        a, w, n = int(found.asset[k]), int(found.work[k]), int(found.next_work[k])
        assets = self.assets
        name = assets.names[a] or assets.ids[a]
        text = tr(
            "'{title}' ({owner}) digs from {start} where {type} '{asset}' ({material}) is due for renewal in "
            "{first}–{last}. Renewing it in that dig costs {cost} and writes off {written_off} of its value."
        ).format(
            title=self._title(w), owner=self._owner(str(self.works.owners[w])), start=date_text(self.works.start[w]),
            type=tr_code(ASSET_TYPES, assets.types[a]).lower(), asset=name, material=tr_code(MATERIALS, assets.materials[a]).lower(),
            first=int(self.windows.start[a]), last=int(self.windows.end[a]), cost=euro(found.renew_cost[k]),
            written_off=euro(found.residual_value[k]),
        )
        if n != NO_WORK and found.extension_years[k] == 0:
            text += " " + tr("It can also wait for '{next}' ({year}) without any extra work.").format(
                next=self._title(n), year=to_date(int(self.works.start[n])).year)
        elif n != NO_WORK and found.extension_years[k] > 0:
            text += " " + tr("Extending its life by {years} years to '{next}' ({year}) costs {cost}.").format(
                years=int(found.extension_years[k]), next=self._title(n), year=to_date(int(self.works.start[n])).year,
                cost=euro(found.extension_cost[k]))
        elif n != NO_WORK:
            text += " " + tr("Its life cannot be extended to the next dig '{next}' ({year}).").format(
                next=self._title(n), year=to_date(int(self.works.start[n])).year)
        else:
            text += " " + tr("No later dig is planned there.")
        if found.digs_saved[k]:
            text += " " + tr("Either way its renewal needs no trench of its own.")
        return text

    def features(self, found: Opportunities, fields: QgsFields) -> List[QgsFeature]:
        """One feature per proposal, on the area the renewal would take."""
        works, assets, windows = self.works, self.assets, self.windows
        result = []
        for k in range(len(found)):
            a, w, n = int(found.asset[k]), int(found.work[k]), int(found.next_work[k])
            asset_type = str(assets.types[a])
            area = proposal_area(assets.geoms[a], asset_type, self.rules)
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(shapely.multipolygons(shapely.get_parts(area))))
            has_ext = found.extension_years[k] >= 0
            feature = QgsFeature(fields)
            feature.setAttributes([
                k + 1, str(assets.ids[a]), asset_type, str(assets.names[a]) or None, str(assets.materials[a]),
                str(windows.owner[a]), round(float(windows.quantity[a]), 2), self.rules.types[asset_type].unit,
                self.rules.types[asset_type].work_type, int(windows.start[a]), int(windows.end[a]),
                str(works.ids[w]), self._title(w), str(works.owners[w]), _qdate(works.start[w]), _qdate(works.end[w]),
                int(found.years_to_window[k]), _money(found.renew_cost[k]), _money(found.residual_value[k]),
                None if n == NO_WORK else str(works.ids[n]), None if n == NO_WORK else _qdate(works.start[n]),
                None if n == NO_WORK else _qdate(works.end[n]), int(found.extension_years[k]) if has_ext else None,
                _money(found.extension_cost[k]) if has_ext else None, int(found.digs_saved[k]), str(found.advice[k]),
                self.describe(found, k), None, _qdate(works.start[w]), _qdate(works.end[w]),
            ])
            feature.setGeometry(geometry)
            result.append(feature)
        return result


# ---- accepted proposals become works --------------------------------------------------


def _date(value) -> Optional[_dt.date]:
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value if isinstance(value, _dt.date) else None


def work_from_proposal(values: Dict[str, object]) -> Tuple[Optional[Dict[str, object]], str]:
    """The work an accepted proposal becomes (schema field names), or None and why not (translated)."""
    decision = str(values.get(P_DECISION) or "").strip().lower()
    if decision not in DECISIONS:
        return None, tr("its decision '{value}' is neither 'renew' nor 'extend'").format(value=values.get(P_DECISION) or "")
    if decision == RENEW:
        start, end = _date(values.get(P_DIG_START)), _date(values.get(P_DIG_END))
        with_work = values.get(P_WORK_TITLE) or values.get(P_WORK_ID)
    else:
        start, end = _date(values.get(P_NEXT_START)), _date(values.get(P_NEXT_END))
        with_work = values.get(P_NEXT_WORK_ID)
        if start is None or values.get(P_EXTENSION_YEARS) is None:
            return None, tr("it cannot be extended: no later dig, or no life-extending treatment")
    if start is None or end is None:
        return None, tr("it has no dig period")
    first, last = values.get(P_WINDOW_START), values.get(P_WINDOW_END)
    earliest = min(start, _dt.date(int(first), 1, 1)) if first is not None else start
    latest = max(end, _dt.date(int(last), 12, 31)) if last is not None else end
    cost = float(values.get(P_RENEW_COST) or 0.0)
    if decision == EXTEND:
        cost += float(values.get(P_EXTENSION_COST) or 0.0)
    owner = str(values.get(P_OWNER) or "")
    asset = values.get(P_ASSET_NAME) or values.get(P_ASSET_ID)
    title = tr("Renew {asset} with '{work}'").format(asset=asset, work=with_work)
    return {
        S.F_WORK_ID: f"{owner}-asset-{values.get(P_ASSET_ID)}",
        S.F_TITLE: title,
        S.F_DESCRIPTION: values.get(P_DESCRIPTION),
        S.F_OWNER: owner,
        S.F_WORK_TYPE: values.get(P_RENEWAL_TYPE),
        S.F_STATUS: S.STATUS_IDEA,
        S.F_START: start,
        S.F_END: end,
        S.F_EARLIEST_START: earliest,
        S.F_LATEST_END: latest,
        S.F_BUDGET_TYPE: "maintenance",
        S.F_BUDGET_EUR: round(cost, 2),
        S.F_SOURCE: "kip:assetopportunities",
    }, ""


"""Asset opportunities: a planned dig meets an asset that is due for renewal soon.

For each asset, the first planned dig that meets it (lies within a distance) in a year
from which its renewal window starts within the horizon. Two options are costed:

- **renew** in that dig: the renewal cost now, and the book value written off because
  the asset is renewed before the end of its expected life (straight-line);
- **extend** its life until the next planned dig that meets it, with as many
  life-extending treatments as it takes to reach that year from the start of its window.

The cheaper extra cost is the advice: the write-off of renewing early against the cost
of extending. Either way the renewal does not need a dig of its own.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .assets import AssetRules, Assets, Windows, residual_value
from .rules import Rules
from .spatial import Progress, candidate_pairs, report, within
from .works import Works, to_date

RENEW, EXTEND = "renew", "extend"
NO_WORK = -1


@dataclass
class Opportunities:
    """One row per asset that a dig meets in time; indices into the assets and the works."""

    asset: np.ndarray
    work: np.ndarray  # the dig to renew the asset in
    next_work: np.ndarray  # the next dig meeting the asset, or NO_WORK
    dig_year: np.ndarray
    years_to_window: np.ndarray  # window start minus the dig's year (negative: overdue)
    renew_cost: np.ndarray  # €
    residual_value: np.ndarray  # € written off when renewed in the dig
    extension_years: np.ndarray  # years of life added to reach the next dig (-1: not possible)
    extension_cost: np.ndarray  # € (NaN: not possible)
    digs_saved: np.ndarray  # 1 when the renewal would have dug a trench of its own
    advice: np.ndarray  # RENEW or EXTEND

    def __len__(self) -> int:
        return len(self.asset)


def _years(days: np.ndarray) -> np.ndarray:
    return np.array([to_date(int(d)).year for d in days], dtype=np.int64)


def _empty() -> Opportunities:
    i = np.zeros(0, dtype=np.int64)
    f = np.zeros(0, dtype=float)
    return Opportunities(i, i, i, i, i, f, f, i, f, i, np.zeros(0, dtype=object))


def find_opportunities(
    works: Works,
    assets: Assets,
    windows: Windows,
    asset_rules: AssetRules,
    rules: Rules,
    horizon_years: Optional[int] = None,
    distance: Optional[float] = None,
    progress: Optional[Progress] = None,
) -> Opportunities:
    """The opportunities of ``assets`` among the active digging ``works`` (see the module's text)."""
    horizon = asset_rules.horizon_years if horizon_years is None else int(horizon_years)
    distance = asset_rules.distance if distance is None else float(distance)
    digs = np.flatnonzero(works.active & rules.excavates(works.excavation, works.types))
    if not len(digs) or not len(assets):
        return _empty()
    step = None if progress is None else (lambda f: progress(0.7 * f))
    i, j = candidate_pairs(assets.geoms, works.geoms[digs], distance, progress=step)
    near, _dist = within(assets.geoms[i], works.geoms[digs][j], distance)
    pair_asset, pair_work = i[near], digs[j[near]]
    report(progress, 0.8)
    dig_years = _years(works.start)
    # Per asset, its digs in time order (then by work id).
    order = np.lexsort((works.id_rank[pair_work], works.start[pair_work], pair_asset))
    pair_asset, pair_work = pair_asset[order], pair_work[order]
    rows = []
    k = 0
    while k < len(pair_asset):
        a = pair_asset[k]
        stop = k
        while stop < len(pair_asset) and pair_asset[stop] == a:
            stop += 1
        candidates = pair_work[k:stop]
        for position, w in enumerate(candidates):
            if windows.start[a] <= dig_years[w] + horizon:
                later = [v for v in candidates[position + 1:] if works.start[v] > works.end[w]]
                rows.append((a, w, later[0] if later else NO_WORK))
                break
        k = stop
    report(progress, 0.9)
    if not rows:
        return _empty()
    asset, work, next_work = (np.array(column, dtype=np.int64) for column in zip(*rows))
    year = dig_years[work]
    cost = windows.unit_cost[asset] * windows.quantity[asset]
    written_off = residual_value(cost, windows.base[asset], windows.life[asset], year)
    ext_years = np.full(len(asset), -1, dtype=np.int64)
    ext_cost = np.full(len(asset), np.nan)
    for r, (a, n) in enumerate(zip(asset.tolist(), next_work.tolist())):
        per_treatment = int(windows.extension_years[a])
        if n == NO_WORK:
            continue
        needed = max(0, int(dig_years[n]) - int(windows.start[a]))
        if needed == 0:
            ext_years[r], ext_cost[r] = 0, 0.0
        elif per_treatment > 0:
            treatments = math.ceil(needed / per_treatment)
            ext_years[r] = treatments * per_treatment
            ext_cost[r] = treatments * windows.extension_cost[a] * windows.quantity[a]
    renewal_types = np.array([asset_rules.types[t].work_type for t in assets.types[asset]], dtype=object)
    digs_saved = rules.digs_by_default(renewal_types.astype(str)).astype(np.int64)
    advice = np.where(~np.isnan(ext_cost) & (np.nan_to_num(ext_cost, nan=np.inf) < written_off), EXTEND, RENEW).astype(object)
    report(progress, 1.0)
    return Opportunities(
        asset=asset, work=work, next_work=next_work, dig_year=year,
        years_to_window=windows.start[asset] - year, renew_cost=cost, residual_value=written_off,
        extension_years=ext_years, extension_cost=ext_cost, digs_saved=digs_saved, advice=advice,
    )

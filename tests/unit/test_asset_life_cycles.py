"""Asset life cycles and the opportunities a planned dig gives, worked out by hand (no QGIS needed)."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import shapely

from kip_plugin.core.assets import load_asset_rules, make_assets, renewal_windows
from kip_plugin.core.errors import KipError
from kip_plugin.core.opportunities import EXTEND, NO_WORK, RENEW, find_opportunities
from kip_plugin.core.rules import load_rules
from kip_plugin.core.works import make_works_from_records

RULES = load_rules()
ASSET_RULES = load_asset_rules()
X0, Y0 = 170_000.0, 450_000.0
D = dt.date.fromisoformat


def box(x_from, x_to, y_from, y_to):
    return shapely.box(X0 + x_from, Y0 + y_from, X0 + x_to, Y0 + y_to)


def work(work_id, work_type, start, end, geometry, owner="vitens"):
    return {"work_id": work_id, "owner": owner, "work_type": work_type, "start_date": D(start), "end_date": D(end),
            "status": "planned", "geometry": geometry, "title": work_id}


def bospad_works():
    """A water main in 2027 over the road and the sewer; a cable in 2029 beside the road; a resurfacing."""
    return make_works_from_records([
        work("VIT-1", "water_main", "2027-06-01", "2027-07-31", box(0, 250, 0, 8)),
        work("LIA-1", "electricity", "2029-03-01", "2029-04-30", box(0, 400, 14, 16), owner="liander"),
        work("PRG-9", "road_resurfacing", "2028-05-01", "2028-05-31", box(0, 400, -2, 10), owner="programmering"),
    ])


def bospad_assets(road_laid=2012, light_condition=None):
    return make_assets([
        {"asset_id": "R1", "asset_type": "road_section", "name": "Bospad", "material": "asphalt",
         "year_laid": road_laid, "geometry": box(0, 250, -2, 10)},  # 250 m × 12 m = 3 000 m²
        {"asset_id": "S1", "asset_type": "sewer_pipe", "material": "concrete", "year_laid": 1962,
         "geometry": shapely.LineString([(X0, Y0 + 4), (X0 + 300, Y0 + 4)])},  # 300 m
        {"asset_id": "L1", "asset_type": "lighting", "material": "steel", "year_laid": 1990,
         "condition": light_condition, "geometry": shapely.Point(X0 + 50, Y0 + 20)},
        {"asset_id": "R2", "asset_type": "road_section", "material": "clinkers", "year_laid": 2020,
         "geometry": box(250, 400, -2, 10)},  # new clinkers: not due for decades
        {"asset_id": "S2", "asset_type": "sewer_pipe", "material": "concrete", "year_laid": 1950,
         "geometry": shapely.LineString([(X0, Y0 + 900), (X0 + 300, Y0 + 900)])},  # no dig comes near
    ])


def opportunities(assets, reference_year=2026, **options):
    works = bospad_works()
    windows = renewal_windows(assets, ASSET_RULES, reference_year)
    found = find_opportunities(works, assets, windows, ASSET_RULES, RULES, **options)
    rows = {}
    for k in range(len(found)):
        nxt = found.next_work[k]
        rows[assets.ids[found.asset[k]]] = {
            "work": works.ids[found.work[k]],
            "next": None if nxt == NO_WORK else works.ids[nxt],
            "renew": found.renew_cost[k], "written_off": found.residual_value[k],
            "ext_years": found.extension_years[k], "ext_cost": found.extension_cost[k],
            "digs_saved": found.digs_saved[k], "advice": found.advice[k], "to_window": found.years_to_window[k],
        }
    return rows, windows


def test_renewal_windows_follow_the_life_of_each_material():
    assets = bospad_assets()
    _rows, windows = opportunities(assets)
    # Asphalt laid 2012 lasts 12–20 years without preventive work: due 2024–2032.
    assert (windows.start[0], windows.end[0]) == (2024, 2032)
    # Concrete sewer laid 1962 lasts 60–80 years: due 2022–2042.
    assert (windows.start[1], windows.end[1]) == (2022, 2042)
    # A steel mast of 1990 lasts 40–50 years: due 2030–2040.
    assert (windows.start[2], windows.end[2]) == (2030, 2040)
    assert windows.quantity[0] == pytest.approx(3000.0)
    assert windows.quantity[1] == pytest.approx(300.0)
    assert windows.quantity[2] == 1.0


def test_preventive_maintenance_and_a_later_renewal_postpone_the_window():
    assets = make_assets([
        {"asset_id": "A", "asset_type": "road_section", "material": "asphalt", "year_laid": 2000, "preventive": True,
         "geometry": box(0, 10, 0, 10)},
        {"asset_id": "B", "asset_type": "road_section", "material": "asphalt", "year_laid": 2000, "last_maintenance": 2015,
         "geometry": box(0, 10, 0, 10)},
    ])
    windows = renewal_windows(assets, ASSET_RULES, 2026)
    assert (windows.start[0], windows.end[0]) == (2030, 2035)  # 30–35 years with preventive work
    assert (windows.start[1], windows.end[1]) == (2027, 2035)  # counted from the new top layer of 2015


def test_a_poor_condition_makes_the_asset_due_now():
    _rows, windows = opportunities(bospad_assets(light_condition=5))
    # Condition 5 (poor): due within 3 years of 2026, so the window 2030–2040 becomes 2026–2029.
    assert (windows.start[2], windows.end[2]) == (2026, 2029)


def test_the_water_main_is_the_chance_to_renew_the_road_and_the_sewer():
    rows, _ = opportunities(bospad_assets())
    assert set(rows) == {"R1", "S1", "L1"}  # R2 is not due, S2 is not met by any dig

    road = rows["R1"]
    assert (road["work"], road["next"]) == ("VIT-1", "LIA-1")
    assert road["to_window"] == 2024 - 2027  # overdue by three years
    assert road["renew"] == pytest.approx(35.0 * 3000)  # € 105 000
    # Expected life 16 years (the middle of 12–20) from 2012: end of life 2028; one year of 16 left in 2027.
    assert road["written_off"] == pytest.approx(105_000 * 1 / 16)  # € 6 562.50
    # Waiting for the cable of 2029 means 2029 − 2024 = 5 years more: one treatment of 5 years at € 6/m².
    assert (road["ext_years"], road["ext_cost"]) == (5, pytest.approx(6.0 * 3000))
    assert road["advice"] == RENEW  # € 6 562.50 written off < € 18 000 of extension
    assert road["digs_saved"] == 0  # a new top layer does not dig

    sewer = rows["S1"]
    assert (sewer["work"], sewer["next"]) == ("VIT-1", None)
    assert sewer["renew"] == pytest.approx(540.0 * 300)  # € 162 000
    # Expected life 70 years from 1962: end of life 2032; 5 of 70 years left in 2027.
    assert sewer["written_off"] == pytest.approx(162_000 * 5 / 70)  # € 11 571.43
    assert sewer["ext_years"] == -1 and np.isnan(sewer["ext_cost"])
    assert (sewer["advice"], sewer["digs_saved"]) == (RENEW, 1)

    light = rows["L1"]
    assert light["work"] == "LIA-1"  # the water main lies 12 m away, the cable 4 m
    assert light["renew"] == pytest.approx(2000.0)
    assert light["written_off"] == pytest.approx(2000.0 * 6 / 45)  # life 45 years from 1990: 6 left in 2029


def test_a_younger_road_is_better_kept_until_the_next_dig():
    rows, _ = opportunities(bospad_assets(road_laid=2014))
    road = rows["R1"]
    # Due 2026–2034, end of life 2030: renewing in 2027 writes off 3/16 of € 105 000 = € 19 687.50,
    # while one treatment (2029 − 2026 = 3 years needed, 5 given) costs € 18 000.
    assert road["written_off"] == pytest.approx(105_000 * 3 / 16)
    assert road["ext_cost"] == pytest.approx(18_000.0)
    assert road["advice"] == EXTEND


def test_the_horizon_limits_how_far_ahead_a_renewal_may_be():
    rows, _ = opportunities(bospad_assets(), horizon_years=0)
    # The light is due from 2030; the cable digs in 2029: not within 0 years.
    assert "L1" not in rows and "R1" in rows


def test_a_dig_too_far_away_meets_nothing():
    rows, _ = opportunities(bospad_assets(), distance=1.0)
    assert "L1" not in rows  # the cable lies 4 m from the light


def test_a_broken_asset_rule_file_is_named_with_its_key(tmp_path):
    path = tmp_path / "assets.json"
    path.write_text(json.dumps({"asset_types": {"road_section": {"materials": {"asphalt": {"life_years": [20, 12]}}}}}))
    with pytest.raises(KipError) as error:
        load_asset_rules(path)
    assert "life_years" in str(error.value) and str(path) in str(error.value)
    path.write_text(json.dumps({"asset_types": {"bridge": {}}}))
    with pytest.raises(KipError) as error:
        load_asset_rules(path)
    assert "bridge" in str(error.value)


def test_a_user_rule_file_changes_only_what_it_names(tmp_path):
    path = tmp_path / "assets.json"
    path.write_text(json.dumps({"asset_types": {"sewer_pipe": {"materials": {"concrete": {"renewal_eur": 700}}}}}))
    rules = load_asset_rules(path)
    assert rules.material("sewer_pipe", "concrete").renewal_eur == 700
    assert rules.material("sewer_pipe", "concrete").life == (60, 80)
    assert rules.material("road_section", "asphalt").life == (12, 20)

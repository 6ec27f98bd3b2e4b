"""Whose money: budgets, one reinstatement instead of several, and a split of the shared cost, by hand (no QGIS)."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import shapely

from kip_plugin.core.errors import KipError
from kip_plugin.core.money import Surfaces, combination_money, load_money_rules
from kip_plugin.core.rules import load_rules
from kip_plugin.core.works import make_works_from_records

RULES = load_rules()
MONEY = load_money_rules()
ASPHALT, CLINKERS, TILES = 228.49, 29.84, 21.81  # € per m², the shipped defaults
D = dt.date.fromisoformat


def strip(x_from, x_to, y=0.0, width=8.0):
    return shapely.box(x_from, y, x_to, y + width)


def work(work_id, owner, work_type, geometry):
    return {"work_id": work_id, "owner": owner, "work_type": work_type, "start_date": D("2027-06-01"),
            "end_date": D("2027-07-31"), "status": "planned", "geometry": geometry}


def bospad(with_resurfacing=True):
    records = [
        work("RIO-1", "riolering", "sewer", strip(0, 300)),  # 2 400 m² in the asphalt carriageway
        work("VIT-1", "vitens", "water_main", strip(0, 250, y=12)),  # 2 000 m² in the tiled footway
        work("LIA-1", "liander", "electricity", strip(100, 400, y=-14)),  # 2 400 m² in the clinker verge
    ]
    if with_resurfacing:
        records.append(work("PRG-1", "programmering", "road_resurfacing", strip(0, 400)))
    return make_works_from_records(records)


SURFACES = Surfaces(np.array([strip(0, 400), strip(0, 400, y=12)], dtype=object), np.array(["asphalt", "tiles"], dtype=object))


def money(works, surfaces=SURFACES, rules=MONEY, budget_types=None, budget_eur=None):
    order = np.arange(len(works))
    return combination_money(works, np.array([0, len(works)]), order, RULES, rules, budget_types, budget_eur, surfaces)


def test_the_resurfacing_saves_the_sewer_trench_reinstatement():
    result = money(bospad())
    separate = 2400 * ASPHALT + 2000 * TILES + 2400 * CLINKERS  # € 548 376 + € 43 620 + € 71 616
    assert result.separate_eur[0] == pytest.approx(separate)
    # The new surface covers the sewer trench: only the footway and the verge are reinstated.
    assert result.combined_eur[0] == pytest.approx(2000 * TILES + 2400 * CLINKERS)  # € 115 236
    assert result.saving_eur[0] == pytest.approx(2400 * ASPHALT)  # € 548 376


def test_the_shared_reinstatement_is_split_by_trench_area():
    split = money(bospad()).split[0]
    combined = 2000 * TILES + 2400 * CLINKERS
    assert list(split) == ["liander", "riolering", "vitens"]
    assert split["riolering"] == (pytest.approx(combined * 2400 / 6800), pytest.approx(2400 * ASPHALT))
    assert split["vitens"][0] == pytest.approx(combined * 2000 / 6800)  # € 33 893.53 instead of € 43 620 alone
    assert split["liander"][1] == pytest.approx(2400 * CLINKERS)


def test_trenches_side_by_side_save_nothing_and_overlapping_ones_their_overlap():
    assert money(bospad(with_resurfacing=False)).saving_eur[0] == pytest.approx(0)
    works = make_works_from_records([work("A", "vitens", "water_main", strip(0, 100, 0, 4)),
                                     work("B", "liander", "gas", strip(0, 100, 2, 4))])
    result = money(works, surfaces=None)
    # 400 + 400 m² apart, 600 m² together, all at the default surface (clinkers).
    assert result.separate_eur[0] == pytest.approx(800 * CLINKERS)
    assert result.saving_eur[0] == pytest.approx(200 * CLINKERS)


def test_equal_split_configured_in_the_rule_file(tmp_path):
    path = tmp_path / "money.json"
    path.write_text(json.dumps({"split": "equal"}))
    works = make_works_from_records([work("A", "vitens", "water_main", strip(0, 100, 0, 4)),
                                     work("B", "liander", "gas", strip(0, 50, 2, 4))])
    split = money(works, surfaces=None, rules=load_money_rules(path)).split[0]
    combined = (400 + 200 - 100) * CLINKERS  # 100 × 4 m and 50 × 4 m overlapping on 50 × 2 m
    assert split["vitens"][0] == pytest.approx(combined / 2) and split["liander"][0] == pytest.approx(combined / 2)


def test_project_and_maintenance_money_are_kept_apart():
    works = bospad()
    types = np.array(["maintenance", "", "project", "maintenance"], dtype=object)
    amounts = np.array([500_000.0, 300_000.0, 200_000.0, 80_000.0])
    result = money(works, budget_types=types, budget_eur=amounts)
    assert (result.project_eur[0], result.maintenance_eur[0]) == (200_000, 580_000)


def test_a_broken_money_rule_file_names_the_key(tmp_path):
    path = tmp_path / "money.json"
    path.write_text(json.dumps({"reinstatement_eur_per_m2": {"gravel": 5}}))
    with pytest.raises(KipError) as error:
        load_money_rules(path)
    assert "gravel" in str(error.value)


def test_a_resurfacing_over_part_of_one_trench_saves_that_part():
    works = make_works_from_records([work("RIO-1", "riolering", "sewer", strip(0, 300)),
                                     work("PRG-1", "programmering", "road_resurfacing", strip(0, 100))])
    result = money(works, surfaces=None)
    # 300 × 8 m of trench, of which 100 × 8 m is paved anew anyway: 1 600 m² to reinstate.
    assert result.combined_eur[0] == pytest.approx(1600 * CLINKERS)
    assert result.saving_eur[0] == pytest.approx(800 * CLINKERS)
    assert result.split[0]["riolering"] == (pytest.approx(1600 * CLINKERS), pytest.approx(2400 * CLINKERS))


def test_three_trenches_overlapping_each_other_count_each_square_metre_once():
    works = make_works_from_records([work("A", "vitens", "water_main", strip(0, 100, 0, 4)),
                                     work("B", "liander", "gas", strip(0, 100, 2, 4)),
                                     work("C", "kpn", "telecom", strip(0, 100, 3, 4))])
    result = money(works, surfaces=None)
    # Three 400 m² trenches on y 0–4, 2–6 and 3–7: together y 0–7, 700 m².
    assert result.separate_eur[0] == pytest.approx(1200 * CLINKERS)
    assert result.combined_eur[0] == pytest.approx(700 * CLINKERS)

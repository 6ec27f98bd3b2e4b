"""Line of sight: which works serve, could serve or go against a theme, worked out by hand (no QGIS)."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import shapely

from kip_plugin.core.errors import KipError
from kip_plugin.core.themes import (
    CONTRADICTION, NO_YEAR, OPPORTUNITY, SERVES, ThemeAreas, find_signals, load_theme_rules, shares,
)
from kip_plugin.core.works import make_works_from_records, to_days

RULES = load_theme_rules()
D = dt.date.fromisoformat


def box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def work(work_id, work_type, year, geometry, themes=""):
    return ({"work_id": work_id, "owner": "x", "work_type": work_type, "start_date": D(f"{year}-03-01"),
             "end_date": D(f"{year}-06-30"), "status": "planned", "geometry": geometry}, themes)


def plan():
    rows = [
        # The flooding hot spot, 100 × 100 m, 2026–2030.
        work("W1", "road_reconstruction", 2027, box(0, 0, 100, 10)),  # 1 000 m², no climate measures
        work("W2", "green", 2028, box(0, 50, 50, 60)),  # 500 m², green serves by its nature
        work("W3", "sewer", 2027, box(20, 0, 40, 100), "climate_adaptation"),  # 2 000 m², disconnects rainwater
        work("W4", "electricity", 2027, box(90, 90, 110, 110)),  # 100 m² inside; says nothing about the theme
        work("W5", "road_resurfacing", 2032, box(0, 20, 100, 30)),  # after the period
        # The neighbourhood going off gas in 2035, 2026–2035.
        work("G1", "gas", 2027, box(200, 0, 300, 2)),
        work("D1", "district_heating", 2030, box(200, 10, 300, 12)),
        work("S1", "sewer", 2028, box(200, 20, 300, 24)),
    ]
    works = make_works_from_records([r for r, _ in rows])
    themes = [[t for t in themes.split(",") if t] for _, themes in rows]
    areas = ThemeAreas(
        themes=np.array(["climate_adaptation", "heat_transition"], dtype=object),
        names=np.array(["Wateroverlast Oost", "Aardgasvrij West"], dtype=object),
        goals=np.array(["", ""], dtype=object),
        start=to_days(["2026-01-01", "2026-01-01"]), end=to_days(["2030-12-31", "2035-12-31"]),
        until_year=np.array([NO_YEAR, 2035]),
        geoms=np.array([box(0, 0, 100, 100), box(200, 0, 300, 100)], dtype=object),
    )
    return works, themes, areas


def signals_of(works, themes, areas, rules=RULES):
    found = find_signals(works, themes, areas, rules)
    return {works.ids[w]: k for w, k in zip(found.work, found.kind)}, found


def test_what_each_work_says_about_its_theme():
    works, themes, areas = plan()
    kinds, _ = signals_of(works, themes, areas)
    assert kinds == {
        "W1": OPPORTUNITY,  # a reconstruction in a flooding hot spot without climate measures
        "W2": SERVES, "W3": SERVES,
        "G1": CONTRADICTION,  # a gas main of 2027 lasts 50 years; the neighbourhood goes off gas in 2035
        "D1": SERVES, "S1": OPPORTUNITY,  # the sewer trench could take the heat network along
    }


def test_a_gas_work_is_no_contradiction_when_it_outlives_nothing():
    works, themes, areas = plan()
    areas.until_year[1] = 2090  # off gas only after the main's life: 2027 + 50 = 2077 < 2090
    kinds, _ = signals_of(works, themes, areas)
    assert "G1" not in kinds


def test_the_share_of_each_area_touched_and_served_in_the_period():
    works, themes, areas = plan()
    _, found = signals_of(works, themes, areas)
    result = shares(works, areas, found)
    # Touched: W1 1 000 + W2 500 + W3 2 000 + W4 100 (inside) − W1∩W3 200 − W2∩W3 200 = 3 200 of 10 000 m².
    assert result.touched_m2[0] == pytest.approx(3200)
    assert result.touched_share(0) == pytest.approx(0.32)
    # Served: W2 500 + W3 2 000 − W2∩W3 200 = 2 300 m².
    assert result.served_share(0) == pytest.approx(0.23)
    # The heat-transition area: three strips of 100 m by 2, 2 and 4 m: 800 of 10 000 m²; D1 serves 200.
    assert result.touched_share(1) == pytest.approx(0.08)
    assert result.served_share(1) == pytest.approx(0.02)
    assert result.theme_share("climate_adaptation") == pytest.approx(0.32)
    assert result.theme_share("heat_transition", served=True) == pytest.approx(0.02)


def test_areas_of_one_theme_count_together():
    works, themes, areas = plan()
    areas.themes[1] = "climate_adaptation"
    areas.until_year[1] = NO_YEAR
    _, found = signals_of(works, themes, areas)
    result = shares(works, areas, found)
    assert result.theme_share("climate_adaptation") == pytest.approx((3200 + 800) / 20_000)


def test_a_broken_theme_rule_file_names_the_key(tmp_path):
    path = tmp_path / "themes.json"
    path.write_text(json.dumps({"themes": {"mobility": {"serves": ["bicycles"]}}}))
    with pytest.raises(KipError) as error:
        load_theme_rules(path)
    assert "bicycles" in str(error.value) and "mobility.serves" in str(error.value)

"""The crowded subsurface: cable and pipe works and cables per street section, worked out by hand (no QGIS)."""
from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
import shapely

from kip_plugin.core.errors import KipError
from kip_plugin.core.rules import load_rules
from kip_plugin.core.subsurface import (
    HIGH, LOW, MEDIUM, CableLinks, Streets, congestion, crowded_trenches, load_subsurface_rules, rectangle_length,
)
from kip_plugin.core.works import make_works_from_records, to_days

RULES = load_subsurface_rules()
D = dt.date.fromisoformat
START, END = to_days(["2027-01-01", "2030-12-31"])


def box(x0, y0, x1, y1):
    return shapely.box(x0, y0, x1, y1)


def work(work_id, owner, work_type, year, geometry):
    return {"work_id": work_id, "owner": owner, "work_type": work_type, "start_date": D(f"{year}-04-01"),
            "end_date": D(f"{year}-05-31"), "status": "planned", "geometry": geometry}


def street(streets):
    return Streets(np.array([s[0] for s in streets], dtype=object), np.array([s[0] for s in streets], dtype=object),
                   np.array([s[1] for s in streets], dtype=object))


def line(y, x0, x1):
    return shapely.LineString([(x0, y), (x1, y)])


@pytest.fixture
def bospad():
    works = make_works_from_records([
        work("VIT-1", "vitens", "water_main", 2027, box(0, 0, 250, 2)),
        work("LIA-1", "liander", "electricity", 2028, box(50, 4, 300, 5)),
        work("PRG-1", "programmering", "road_reconstruction", 2029, box(0, 0, 300, 10)),
        work("RIO-1", "riolering", "sewer", 2035, box(0, 0, 300, 3)),  # after the period
        work("X1", "liander", "gas", 2028, box(0, 102, 100, 103)),
        work("X2", "liander", "electricity", 2028, box(0, 104, 100, 105)),
        work("X3", "kpn", "telecom", 2028, box(0, 106, 100, 107)),
    ])
    streets = street([("A", box(0, 0, 100, 10)), ("B", box(100, 0, 300, 10)), ("C", box(0, 100, 100, 110))])
    links = CableLinks(
        geoms=np.array([line(2, 0, 300), line(4, 0, 300), line(6, 0, 100), line(8, 0, 300)], dtype=object),
        operators=np.array(["liander", "liander", "kpn", "vitens"], dtype=object),
        networks=np.array(["electricity", "gas", "telecom", "water"], dtype=object),
        cables=np.array([1, 1, 8, 1]),  # a cable bed of eight fibre cables
    )
    return works, streets, links


def test_the_length_of_a_trench_is_the_length_of_its_rectangle():
    assert rectangle_length(box(0, 0, 100, 2)) == pytest.approx(100)  # P/2 = 102, √(102² − 4·200) = 98
    assert rectangle_length(shapely.MultiPolygon([box(0, 0, 30, 1), box(50, 0, 70, 1)])) == pytest.approx(50)
    assert rectangle_length(box(0, 0, 10, 10)) == pytest.approx(10)  # a square: its side


def test_each_street_section_counts_its_works_and_cables(bospad):
    works, streets, links = bospad
    result = congestion(works, streets, links, RULES, START, END)
    # A (100 × 10 m = 1 000 m²): the water main 100 m and the cable 50 m; cables 100 + 100 + 8 × 100 + 100 = 1 100 m.
    assert result.n_works[0] == 2 and result.works_m[0] == pytest.approx(150)
    assert result.work_operators[0] == ["liander", "vitens"]
    assert result.links_m[0] == pytest.approx(1100)
    assert result.links_per_m2[0] == pytest.approx(1.1)
    assert result.level[0] == HIGH  # 1.1 m of cable per m² ≥ 1.0
    # B (200 × 10 m = 2 000 m²): water main 150 m, cable 200 m; cables 200 + 200 + 200 = 600 m: 0.3 m/m².
    assert result.works_m[1] == pytest.approx(350)
    assert result.links_per_m2[1] == pytest.approx(0.3)
    assert result.level[1] == MEDIUM  # two works of two operators
    # C: three cable works of two operators, no known cables: crowded by the works planned.
    assert (result.n_works[2], result.level[2]) == (3, HIGH)
    assert result.networks[0] == ["electricity", "gas", "telecom", "water"]


def test_trenches_in_a_street_already_crowded_are_warned(bospad):
    works, streets, links = bospad
    result = congestion(works, streets, links, RULES, START, END)
    digs = load_rules().excavates(works.excavation, works.types)
    w, s = crowded_trenches(works, digs, streets, result, RULES, START, END)
    found = sorted((works.ids[i], streets.ids[j]) for i, j in zip(w, s))
    # A is crowded by its cables alone: every trench in it is warned, the reconstruction too.
    # In C each work sees only two others of at most two operators: busy, not crowded.
    assert found == [("LIA-1", "A"), ("PRG-1", "A"), ("VIT-1", "A")]


def test_without_cables_and_period_every_work_counts():
    works = make_works_from_records([work("A1", "x", "gas", 2040, box(0, 0, 10, 1))])
    result = congestion(works, street([("S", box(0, 0, 10, 10))]), None, RULES)
    assert (result.n_works[0], result.level[0]) == (1, LOW)


def test_a_broken_subsurface_rule_file_names_the_key(tmp_path):
    path = tmp_path / "subsurface.json"
    path.write_text(json.dumps({"classes": {"high": {"cables": 3}}}))
    with pytest.raises(KipError) as error:
        load_subsurface_rules(path)
    assert "classes.high.cables" in str(error.value)

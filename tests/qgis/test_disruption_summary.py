"""kip:disruptionsummary: disruption-days per neighbourhood and street, with and without combining, styled."""
from __future__ import annotations

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingException

from processing_helpers import run_kip
from residents_data import PERIOD, town_places, town_store
from kip_plugin.paths import demo_store_path, demo_streets_path, ede_boundaries_path


def _rows(layer, key="area_name"):
    return {(f[key], f["year"]): (f["disruption_days"], f["disruption_days_without_combining"], f["works"])
            for f in layer.getFeatures()}


def test_combining_saves_the_disruption_of_the_shorter_work(kip_provider, tmp_path):
    store, places = town_store(tmp_path), town_places(tmp_path)
    result = run_kip("disruptionsummary", {
        "STORE": store.path, "AREAS": places["areas"], **PERIOD, "OUTPUT": "TEMPORARY_OUTPUT",
        "STREETS": places["streets"], "STREET_OUTPUT": "TEMPORARY_OUTPUT",
    })
    areas = _rows(result["OUTPUT"])
    # Sewer: 120 days high (2 each) = 240; water main 60 days medium = 60; together 240.
    # The residents' gardens have no disruption; the done resurfacing does not count.
    assert areas[("Centrum", 2027)] == (240.0, 300.0, 3)
    assert areas[("Veldhuizen", 2027)] == (15.0, 15.0, 1)  # 30 days of low disruption
    assert [f.geometry().type() for f in result["OUTPUT"].getFeatures()][0] == 2  # polygons
    streets = _rows(result["STREET_OUTPUT"], "street")
    assert streets[("Kerkstraat (Centrum)", 2027)] == (240.0, 300.0, 2)
    assert streets[("Molenweg", 2027)] == (15.0, 15.0, 1)
    assert ("Kerkstraat (Veldhuizen)", 2027) not in streets  # no works there


def test_every_neighbourhood_and_year_of_the_demo(kip_provider):
    result = run_kip("disruptionsummary", {
        "STORE": str(demo_store_path()), "AREAS": f"{ede_boundaries_path()}|layername=buurten",
        "START": "2027-01-01", "END": "2028-12-31", "OUTPUT": "TEMPORARY_OUTPUT",
    })
    rows = _rows(result["OUTPUT"])
    assert len(rows) == 71 * 2
    with_combining = sum(r[0] for r in rows.values())
    without = sum(r[1] for r in rows.values())
    assert 0 < with_combining < without
    assert sum(1 for r in rows.values() if r[2] > 0) > 50


def test_the_layer_is_styled_by_disruption_days_one_year_at_a_time(kip_provider, tmp_path):
    from kip_plugin.residents.styles import style_disruption

    store, places = town_store(tmp_path), town_places(tmp_path)
    layer = run_kip("disruptionsummary", {"STORE": store.path, "AREAS": places["areas"], **PERIOD,
                                          "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    style_disruption(layer)
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "disruption_days"
    labels = [r.label() for r in renderer.ranges()]
    assert labels[0] == "No disruption" and "disruption-days" in labels[-1]
    assert layer.temporalProperties().isActive()


def test_clear_errors(kip_provider, tmp_path):
    store, places = town_store(tmp_path), town_places(tmp_path)
    with pytest.raises(QgsProcessingException, match="needs a street layer"):
        run_kip("disruptionsummary", {"STORE": store.path, "AREAS": places["areas"], "OUTPUT": "TEMPORARY_OUTPUT",
                                      "STREET_OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="has no field 'wijk'"):
        run_kip("disruptionsummary", {"STORE": store.path, "AREAS": places["areas"], "AREA_NAME_FIELD": "wijk",
                                      "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="ends .* before it starts"):
        run_kip("disruptionsummary", {"STORE": store.path, "AREAS": places["areas"], "START": "2028-01-01",
                                      "END": "2027-01-01", "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="must hold polygons"):
        run_kip("disruptionsummary", {"STORE": store.path, "AREAS": f"{demo_streets_path()}|layername=straten",
                                      "OUTPUT": "TEMPORARY_OUTPUT"})

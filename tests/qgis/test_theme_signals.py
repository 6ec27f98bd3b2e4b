"""kip:themesignals on theme areas as a municipality draws them, into the 'Themes' group."""
from __future__ import annotations

import pytest
from qgis.core import QgsProject

from kip_plugin.store.project import find_group

from processing_helpers import run_kip
from tactical_data import store_with, theme_areas_layer, theme_plan


@pytest.fixture
def themed_store(new_store, tmp_path):
    store_with(new_store, theme_plan())
    return new_store, theme_areas_layer(tmp_path)


def test_works_in_theme_areas_serve_miss_or_go_against_the_theme(themed_store, kip_provider):
    store, areas = themed_store
    result = run_kip("themesignals", {"STORE": store.path, "THEME_AREAS": areas, "OUTPUT": "TEMPORARY_OUTPUT",
                                      "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    signals = {f["work_id"]: f for f in result["OUTPUT"].getFeatures()}
    assert {k: f["kind"] for k, f in signals.items()} == {
        "W1": "opportunity", "W2": "serves", "W3": "serves", "G1": "contradiction", "D1": "serves"}
    assert (result["N_SERVES"], result["N_OPPORTUNITIES"], result["N_CONTRADICTIONS"]) == (3, 1, 1)
    assert "2035" in signals["G1"]["description"] and "Gasleiding Beekstraat" in signals["G1"]["description"]
    assert signals["W1"].geometry().area() == pytest.approx(1000)  # the part of the work inside the area
    areas_out = {f["name"]: f for f in result["OUTPUT_AREAS"].getFeatures()}
    # The unknown theme is reported and left out, not dropped silently from the count: two areas remain.
    assert set(areas_out) == {"Hotspot Dorpsstraat", "Beekstraat aardgasvrij"}
    hotspot = areas_out["Hotspot Dorpsstraat"]
    # W1 1 000 + W2 500 + W3 2 000 − W1∩W3 200 − W2∩W3 200 = 3 100 of 10 000 m²; serving: 500 + 2 000 − 200.
    assert hotspot["touched_share"] == pytest.approx(0.31)
    assert hotspot["served_share"] == pytest.approx(0.23)
    assert (hotspot["n_serves"], hotspot["n_opportunities"], hotspot["n_contradictions"]) == (2, 1, 0)
    assert hotspot["start_date"].toString("yyyy-MM-dd") == "2026-01-01"
    assert hotspot["end_date"].toString("yyyy-MM-dd") == "2030-12-31"


def test_the_results_land_in_the_themes_group(themed_store, kip_provider):
    import processing

    store, areas = themed_store
    project = QgsProject.instance()
    project.clear()
    processing.runAndLoadResults("kip:themesignals", {"STORE": store.path, "THEME_AREAS": areas,
                                                      "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_AREAS": "TEMPORARY_OUTPUT"})
    group = find_group(project, "themes")
    assert group is not None and group.name() == "Themes"
    names = sorted(node.layer().name() for node in group.findLayers())
    assert names == ["Theme areas", "Theme signals"]
    signals = next(n.layer() for n in group.findLayers() if n.layer().name() == "Theme signals")
    assert signals.renderer().type() == "categorizedSymbol"
    assert signals.temporalProperties().isActive()
    project.clear()

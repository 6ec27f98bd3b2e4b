"""Whose money in the combinations: budgets, the reinstatement saved and the proposed split, as the user sees them."""
from __future__ import annotations

import pytest
from osgeo import ogr

import detection_data as D
from processing_helpers import run_kip
from tactical_data import box, write_layer

ASPHALT, CLINKERS, TILES = 228.49, 29.84, 21.81


@pytest.fixture
def bospad_with_budgets(new_store):
    plan = D.bospad()
    budgets = {"RIO-1": ("maintenance", 500_000.0), "LIA-1": ("project", 200_000.0), "PRG-1": ("maintenance", 80_000.0)}
    for record in plan:
        if record["work_id"] in budgets:
            record["budget_type"], record["budget_eur"] = budgets[record["work_id"]]
    D.add_to_store(new_store, plan)
    return new_store


def test_the_combination_says_whose_money_and_what_one_reinstatement_saves(bospad_with_budgets, tmp_path, kip_provider):
    surfaces = write_layer(str(tmp_path / "wegvakken.gpkg"), "wegvakken", ogr.wkbPolygon, [
        {"verhardingssoort": "Asfaltbeton", "geometry": box(0, 400, 0, 8)},  # the carriageway of the Bospad
        {"verhardingssoort": "Tegels 30x30", "geometry": box(0, 400, 12, 20)},  # the north footway
    ])
    result = run_kip("detectcombinations", {"INPUT": [bospad_with_budgets.works_uri()], "SURFACES": surfaces,
                                            "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT"})
    [cluster] = list(result["OUTPUT_CLUSTERS"].getFeatures())
    assert (cluster["project_eur"], cluster["maintenance_eur"]) == (200_000, 580_000)
    # Apart: the sewer 2 400 m² of asphalt, the water main 2 000 m² of tiles, the cable 2 400 m² of clinkers.
    assert cluster["reinstatement_separate_eur"] == pytest.approx(2400 * ASPHALT + 2000 * TILES + 2400 * CLINKERS, abs=0.01)
    # Together with the new surface over the sewer: only the footway and the verge are reinstated.
    assert cluster["reinstatement_combined_eur"] == pytest.approx(2000 * TILES + 2400 * CLINKERS, abs=0.01)
    assert cluster["reinstatement_saving_eur"] == pytest.approx(2400 * ASPHALT, abs=0.01)
    assert cluster["split_method"] == "trench_area"
    assert cluster["cost_split"].startswith("Liander ")
    assert "Riolering" in cluster["cost_split"] and "Vitens" in cluster["cost_split"]


def test_without_surfaces_every_trench_is_priced_as_clinkers(bospad_with_budgets, kip_provider):
    result = run_kip("detectcombinations", {"INPUT": [bospad_with_budgets.works_uri()], "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT"})
    [cluster] = list(result["OUTPUT_CLUSTERS"].getFeatures())
    assert cluster["reinstatement_saving_eur"] == pytest.approx(2400 * CLINKERS, abs=0.01)

"""kip:assetopportunities on asset registers as municipalities keep them, and accepting its proposals."""
from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from kip_plugin.core import schema as S

from processing_helpers import run_kip
from tactical_data import asset_layers, bospad_digs, store_with


@pytest.fixture
def bospad(new_store, tmp_path):
    store_with(new_store, bospad_digs())
    return new_store, asset_layers(tmp_path)


def _run(store, layers, **extra):
    params = {"STORE": store.path, "ROADS": layers["roads"], "SEWERS": layers["sewers"], "LIGHTING": layers["lights"],
              "REFERENCE_YEAR": 2026, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_kip("assetopportunities", params)


def _by_asset(layer):
    return {f["asset_id"]: f for f in layer.getFeatures()}


def test_the_water_main_is_the_chance_to_renew_the_road_and_the_sewer(bospad, kip_provider):
    store, layers = bospad
    result = _run(store, layers)
    rows = _by_asset(result["OUTPUT"])
    # WV-2 (new clinkers) is not due; WV-3 has no year and is reported, not dropped silently.
    assert set(rows) == {"WV-1", "RS-1", "OV-1"}
    assert result["N_UNUSABLE"] == 1
    road = rows["WV-1"]
    assert (road["material"], road["owner"], road["renewal_type"]) == ("asphalt", "programmering", "road_resurfacing")
    assert (road["renewal_start"], road["renewal_end"]) == (2024, 2032)
    assert (road["work_id"], road["next_work_id"]) == ("VIT-1", "LIA-1")
    assert road["renew_cost_eur"] == pytest.approx(105_000)
    assert road["written_off_eur"] == pytest.approx(6_562.5)
    assert road["extension_cost_eur"] == pytest.approx(18_000)
    assert road["advice"] == "renew"
    assert "Waterleiding Bospad" in road["description"] and "Kabel Bospad" in road["description"]
    sewer = rows["RS-1"]
    assert (sewer["quantity"], sewer["unit"], sewer["digs_saved"]) == (pytest.approx(300), "m", 1)
    assert sewer["written_off_eur"] == pytest.approx(162_000 * 5 / 70, abs=0.01)
    assert sewer["next_work_id"] is None or sewer["next_work_id"] == "" or not sewer["next_work_id"]
    light = rows["OV-1"]
    # Condition 5 in 2026: due 2026–2029, met by the cable of 2029.
    assert (light["renewal_start"], light["renewal_end"], light["work_id"]) == (2026, 2029, "LIA-1")
    assert result["DIGS_SAVED"] == 2  # the sewer and the light would each have had a trench of their own
    assert result["N_OPPORTUNITIES"] == 3


def test_a_mapping_names_the_fields_and_wrong_ones_are_refused(bospad, kip_provider):
    store, layers = bospad
    mapping = "asset_id = vaknummer\nyear_laid = aanlegjaar + 2\nmaterial = verhardingssoort"
    rows = _by_asset(_run(store, layers, ROADS_MAPPING=mapping)["OUTPUT"])
    assert (rows["WV-1"]["renewal_start"], rows["WV-1"]["renewal_end"]) == (2026, 2034)  # laid 2014 by the expression
    with pytest.raises(QgsProcessingException) as error:
        _run(store, layers, ROADS_MAPPING="year_laid = bouwjaar")
    assert "bouwjaar" in str(error.value) and "aanlegjaar" in str(error.value)
    with pytest.raises(QgsProcessingException) as error:
        run_kip("assetopportunities", {"STORE": store.path, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "asset layer" in str(error.value)


def test_accepted_proposals_become_works_of_the_asset_owner(bospad, tmp_path, kip_provider):
    store, layers = bospad
    out = str(tmp_path / "proposals.gpkg")
    _run(store, layers, OUTPUT=out)
    proposals = QgsVectorLayer(out, "proposals", "ogr")
    decisions = {"WV-1": "extend", "RS-1": "renew", "OV-1": "demolish"}
    proposals.startEditing()
    index = proposals.fields().indexOf("decision")
    for feature in proposals.getFeatures():
        proposals.changeAttributeValue(feature.id(), index, decisions[feature["asset_id"]])
    assert proposals.commitChanges()
    result = run_kip("acceptassetproposals", {"INPUT": out, "STORE": store.path})
    assert (result["ADDED"], result["UPDATED"], result["SKIPPED"]) == (2, 0, 1)
    works = {f[S.F_WORK_ID]: f for f in store.works_layer().getFeatures()}
    sewer = works["riolering-asset-RS-1"]
    assert (sewer[S.F_OWNER], sewer[S.F_WORK_TYPE], sewer[S.F_STATUS]) == ("riolering", "sewer", "idea")
    # Renewed with the water main: planned in its period, free to move within the window 2022–2042.
    assert (sewer[S.F_START].toString("yyyy-MM-dd"), sewer[S.F_END].toString("yyyy-MM-dd")) == ("2027-06-01", "2027-07-31")
    assert sewer[S.F_EARLIEST_START].toString("yyyy-MM-dd") == "2022-01-01"
    assert sewer[S.F_LATEST_END].toString("yyyy-MM-dd") == "2042-12-31"
    assert (sewer[S.F_BUDGET_TYPE], sewer[S.F_BUDGET_EUR]) == ("maintenance", pytest.approx(162_000))
    assert sewer.geometry().area() == pytest.approx(300 * 3.0, rel=0.01)  # a 3 m wide strip along the pipe
    road = works["programmering-asset-WV-1"]
    # Kept until the cable: planned with it in 2029, budget renewal plus extension.
    assert road[S.F_START].toString("yyyy-MM-dd") == "2029-03-01"
    assert road[S.F_BUDGET_EUR] == pytest.approx(105_000 + 18_000)
    # Accepting again updates the same works instead of adding new ones.
    again = run_kip("acceptassetproposals", {"INPUT": out, "STORE": store.path})
    assert (again["ADDED"], again["UPDATED"]) == (0, 2)
    assert sum(1 for _ in store.works_layer().getFeatures()) == 5


def test_the_new_works_take_part_in_the_detection(bospad, tmp_path, kip_provider):
    store, layers = bospad
    out = str(tmp_path / "proposals.gpkg")
    _run(store, layers, OUTPUT=out)
    proposals = QgsVectorLayer(out, "proposals", "ogr")
    proposals.startEditing()
    index = proposals.fields().indexOf("decision")
    for feature in proposals.getFeatures():
        if feature["asset_id"] == "RS-1":
            proposals.changeAttributeValue(feature.id(), index, "renew")
    assert proposals.commitChanges()
    run_kip("acceptassetproposals", {"INPUT": out, "STORE": store.path})
    result = run_kip("detectcombinations", {"INPUT": [store.works_uri()], "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT"})
    members = [f["work_ids"].split(",") for f in result["OUTPUT_CLUSTERS"].getFeatures()]
    # Free to move within 2022–2042, the sewer renewal joins a dig in the street (the closest pair first).
    assert any("riolering-asset-RS-1" in ids and len(ids) >= 2 for ids in members)

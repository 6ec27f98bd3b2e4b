"""kip:subsurfacecongestion: planned cable and pipe works and KLIC cables per street section."""
from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import NULL

from processing_helpers import run_kip
from tactical_data import store_with, street_sections, subsurface_plan

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "imkl_sample.xml"


@pytest.fixture
def bospad(new_store, tmp_path):
    store_with(new_store, subsurface_plan())
    return new_store, street_sections(tmp_path)


def _run(store, streets, **extra):
    params = {"STORE": store.path, "STREETS": streets, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_WARNINGS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_kip("subsurfacecongestion", params)


def test_each_street_section_gets_its_works_cables_and_class(bospad, kip_provider):
    store, streets = bospad
    run_kip("importimkl", {"INPUT": str(SAMPLE), "STORE": store.path})
    result = _run(store, streets)
    rows = {f["section_id"]: f for f in result["OUTPUT"].getFeatures()}
    first = rows["BP-1"]
    # 100 × 10 m: water main 100 m, cable 50 m, fibre 100 m, by three operators.
    assert (first["street"], first["n_works"], first["works_m"]) == ("Bospad", 3, pytest.approx(250))
    assert first["operators"] == "kpn,liander,vitens"
    # KLIC: low voltage 100 m + gas 100 m + a cable bed of 3 × 100 m = 500 m on 1 000 m².
    assert (first["links_m"], first["links_per_m2"]) == (pytest.approx(500), pytest.approx(0.5))
    assert first["link_operators"] == "Glasvezel Gelderland,Netbeheer Vallei"
    assert first["congestion"] == "high"
    second = rows["BP-2"]
    # 200 × 10 m: 200 + 100 + 3 × 150 = 750 m of cables: 0.375 m/m²; two works of two operators: busy.
    assert second["links_per_m2"] == pytest.approx(0.375)
    assert second["congestion"] == "medium"
    assert rows["HW-1"]["congestion"] == "low"
    assert "Netbeheer Vallei" in first["summary"]
    # Only the reconstruction meets a street crowded without it: each cable work sees two others of two operators.
    warnings = list(result["OUTPUT_WARNINGS"].getFeatures())
    assert [(f["work_id"], f["section_id"]) for f in warnings] == [("PRG-1", "BP-1")]
    assert "Herinrichting Bospad" in warnings[0]["description"]
    assert (result["N_CROWDED"], result["N_WARNINGS"]) == (1, 1)


def test_without_klic_the_planned_works_count_and_the_period_limits_them(bospad, kip_provider):
    store, streets = bospad
    rows = {f["section_id"]: f for f in _run(store, streets)["OUTPUT"].getFeatures()}
    assert rows["BP-1"]["links_m"] == NULL  # no cables known: left empty, not 0
    assert rows["BP-1"]["congestion"] == "high"  # three works of three operators
    limited = {f["section_id"]: f for f in _run(store, streets, START="2028-01-01", END="2028-12-31")["OUTPUT"].getFeatures()}
    assert limited["BP-1"]["n_works"] == 2  # the water main of 2027 is outside the period
    assert limited["BP-1"]["congestion"] == "medium"

"""The tactical layer of the Ede demo: reproducible from its seed, and every tactical signal shows in it."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from osgeo import ogr

from kip_plugin.paths import demo_store_path, resources_dir
from processing_helpers import run_kip

ROOT = Path(__file__).resolve().parents[2]
DEMO = resources_dir() / "demo"
TACTICAL = DEMO / "ede_tactical.gpkg"


def _rows(path: Path, layer: str):
    ds = ogr.Open(str(path))
    rows = sorted((tuple(f.GetField(i) for i in range(f.GetFieldCount())), f.GetGeometryRef().ExportToWkt())
                  for f in ds.GetLayerByName(layer))
    ds = None
    return rows


def test_the_generator_reproduces_the_shipped_tactical_demo(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_tactical_demo.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for layer in ("wegvakken", "rioolstrengen", "themagebieden"):
        assert _rows(tmp_path / "ede_tactical.gpkg", layer) == _rows(TACTICAL, layer), layer
    assert (tmp_path / "ede_klic_imkl.xml").read_bytes() == (DEMO / "ede_klic_imkl.xml").read_bytes()


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, qgis_app):
    path = tmp_path_factory.mktemp("tactical_demo") / "kip.gpkg"
    shutil.copy(demo_store_path(), path)
    return str(path)


def test_every_tactical_signal_shows_in_the_demo(demo_store, kip_provider):
    roads, sewers, areas = (f"{TACTICAL}|layername={n}" for n in ("wegvakken", "rioolstrengen", "themagebieden"))
    klic = run_kip("importimkl", {"INPUT": str(DEMO / "ede_klic_imkl.xml"), "STORE": demo_store})
    assert klic["N_LINKS"] > 100 and klic["N_OPERATORS"] == 3 and klic["N_PROBLEMS"] == 0
    assets = run_kip("assetopportunities", {"STORE": demo_store, "ROADS": roads, "SEWERS": sewers,
                                            "REFERENCE_YEAR": 2026, "OUTPUT": "TEMPORARY_OUTPUT"})
    advice = {f["advice"] for f in assets["OUTPUT"].getFeatures()}
    assert assets["N_OPPORTUNITIES"] > 0 and assets["DIGS_SAVED"] > 0 and advice == {"renew", "extend"}
    assert assets["N_UNUSABLE"] == 0  # the registers' Dutch field names and words are all understood
    themes = run_kip("themesignals", {"STORE": demo_store, "THEME_AREAS": areas, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert themes["N_SERVES"] > 0 and themes["N_OPPORTUNITIES"] > 0 and themes["N_CONTRADICTIONS"] > 0
    streets = run_kip("subsurfacecongestion", {"STORE": demo_store, "STREETS": roads, "START": "2026-11-01",
                                               "END": "2030-12-31", "OUTPUT": "TEMPORARY_OUTPUT",
                                               "OUTPUT_WARNINGS": "TEMPORARY_OUTPUT"})
    assert streets["N_CROWDED"] > 0 and streets["N_WARNINGS"] > 0
    combinations = run_kip("detectcombinations", {"INPUT": [f"{demo_store}|layername=works"], "SURFACES": roads,
                                                  "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT"})
    savings = [f["reinstatement_saving_eur"] for f in combinations["OUTPUT_CLUSTERS"].getFeatures()]
    assert any(s > 0 for s in savings)
